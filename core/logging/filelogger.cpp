#include "logging/filelogger.h"

#include "logging/secretredactor.h"

#include <QDateTime>
#include <QDir>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>

namespace {

// The handler is a plain function: it finds the active logger here. Guarded by s_mutex, which
// also serializes writes to the file.
QMutex s_mutex;
FileLogger *s_active = nullptr;
std::atomic<bool> s_quietConsole = false;
std::atomic<QtMessageHandler> s_previous = nullptr; // read without the mutex on recursion
// A message logged while handling one (e.g. a QFile warning) must not re-enter the mutex.
thread_local bool t_inHandler = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

} // namespace

FileLogger::FileLogger(const QString &logsDir, qint64 maxFileBytes, int keepFiles,
                       SecretRedactor &redactor)
    : m_filePath(QDir(logsDir).filePath(fileName()))
    , m_maxFileBytes(qMax<qint64>(1024, maxFileBytes))
    , m_keepFiles(qMax(0, keepFiles))
    , m_redactor(redactor)
{
    QDir().mkpath(logsDir);
    QMutexLocker lock(&s_mutex);
    openFile();
    Q_ASSERT_X(!s_active, "FileLogger", "only one FileLogger may be active at a time");
    s_active = this;
    m_previousHandler = qInstallMessageHandler(&FileLogger::handleMessage);
    s_previous = m_previousHandler;
}

FileLogger::~FileLogger()
{
    qInstallMessageHandler(m_previousHandler);
    // Waits for a message being written on another thread before the file goes away.
    QMutexLocker lock(&s_mutex);
    if (s_active == this) {
        s_active = nullptr;
        s_previous = nullptr;
    }
    m_file.close();
}

bool FileLogger::isWritingFile() const
{
    QMutexLocker lock(&s_mutex);
    return m_file.isOpen();
}

QString FileLogger::formatLine(QtMsgType type, const char *category, const QString &message)
{
    return QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + u' ' +
           QLatin1String(levelName(type)) + u' ' +
           QLatin1String(category && *category ? category : "default") + QStringLiteral(": ") +
           message;
}

void FileLogger::setQuietConsole(bool quiet)
{
    s_quietConsole = quiet;
}

void FileLogger::handleMessage(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    if (t_inHandler) {
        // Never recurse into the file (or the mutex); the previous handler still prints it.
        const QString redacted = SecretRedactor::instance().redact(message);
        if (QtMessageHandler previous = s_previous.load())
            previous(type, context, redacted);
        return;
    }
    t_inHandler = true;
    QtMessageHandler previous = nullptr;
    QString redacted;
    {
        QMutexLocker lock(&s_mutex);
        previous = s_previous.load();
        if (s_active) {
            redacted = s_active->m_redactor.redact(message);
            s_active->writeLine(formatLine(type, context.category, redacted));
        } else {
            redacted = SecretRedactor::instance().redact(message);
        }
    }
    // With a quiet console the file alone gets debug/info; a headless command's stderr is for
    // its errors.
    const bool toConsole = !s_quietConsole || (type != QtDebugMsg && type != QtInfoMsg);
    if (toConsole && previous)
        previous(type, context, redacted);
    else if (toConsole)
        std::fputs(qPrintable(qFormatLogMessage(type, context, redacted) + u'\n'), stderr);
    t_inHandler = false;
}

bool FileLogger::openFile()
{
    m_file.setFileName(m_filePath);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return true;
    std::fprintf(stderr, "artist-studio: cannot open the log file %s: %s\n", qPrintable(m_filePath),
                 qPrintable(m_file.errorString()));
    return false;
}

void FileLogger::rotate()
{
    m_file.close();
    // Log files are appended to line by line, so QSaveFile does not fit; rotation renames.
    const QString oldest = m_filePath + u'.' + QString::number(m_keepFiles);
    QFile::remove(m_keepFiles > 0 ? oldest : m_filePath);
    for (int n = m_keepFiles - 1; n >= 1; --n)
        QFile::rename(m_filePath + u'.' + QString::number(n),
                      m_filePath + u'.' + QString::number(n + 1));
    if (m_keepFiles > 0)
        QFile::rename(m_filePath, m_filePath + QStringLiteral(".1"));
    openFile();
}

void FileLogger::writeLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.isOpen() && m_file.size() > 0 && m_file.size() + bytes.size() > m_maxFileBytes)
        rotate();
    if (!m_file.isOpen())
        return;
    m_file.write(bytes);
    m_file.flush(); // a crash right after must not lose the line that explains it
}
