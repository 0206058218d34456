#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>

class SecretRedactor;

// Installs a Qt message handler that sends every message, with registered secrets blanked
// out, both to the previous handler (Qt's default: stderr with QT_MESSAGE_PATTERN, so
// QT_LOGGING_RULES and Qt's formatting keep working) and to a rotating log file
//   <logsDir>/artist-studio.log  ->  .1  ->  .2 ... -> .keepFiles (oldest deleted)
// one line per message: "2024-05-01T12:00:00.123+02:00 warning studio.net: message".
// The file rotates before a line would take it past maxFileBytes. At most one FileLogger is
// active at a time; the destructor restores the previous handler.
// Owning thread: created and destroyed on the main thread; the handler runs on whichever thread
// logs, serialized by one mutex around the file.
class FileLogger
{
public:
    FileLogger(const QString &logsDir, qint64 maxFileBytes, int keepFiles,
               SecretRedactor &redactor);
    ~FileLogger();
    FileLogger(const FileLogger &) = delete;
    FileLogger &operator=(const FileLogger &) = delete;

    QString filePath() const { return m_filePath; }
    // False when the log file could not be opened; messages still reach stderr.
    bool isWritingFile() const;

    // Debug and info messages go to the file only, not to stderr (headless commands, whose
    // stderr is for errors). Warnings and worse still reach both.
    static void setQuietConsole(bool quiet);

    static QString fileName() { return QStringLiteral("artist-studio.log"); }
    // "time level category: message", without the newline.
    static QString formatLine(QtMsgType type, const char *category, const QString &message);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);
    void writeLine(const QString &line); // called with the handler mutex held
    void rotate();
    bool openFile();

    const QString m_filePath;
    const qint64 m_maxFileBytes;
    const int m_keepFiles;
    SecretRedactor &m_redactor;
    QFile m_file;
    QtMessageHandler m_previousHandler = nullptr;
};
