#include "logging/filelogger.h"
#include "logging/logcategories.h"
#include "logging/secretredactor.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

namespace {

// Stands in for Qt's default handler below the FileLogger, so bulk logging does not flood the
// test output; it records what would have reached stderr.
QStringList s_forwarded;
void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_forwarded.append(message);
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList lines(const QString &path)
{
    return readAll(path).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

// FileLogger: what the operator finds in <dataDir>/logs after something went wrong.
class TestFileLogger : public QObject
{
    Q_OBJECT

private:
    QtMessageHandler m_outer = nullptr;

private Q_SLOTS:
    void init()
    {
        s_forwarded.clear();
        m_outer = qInstallMessageHandler(recordingHandler);
    }
    void cleanup() { qInstallMessageHandler(m_outer); }

    void writesFormattedLines()
    {
        QTemporaryDir dir;
        SecretRedactor redactor;
        QString path;
        {
            FileLogger logger(dir.filePath(QStringLiteral("logs")), 1024 * 1024, 3, redactor);
            path = logger.filePath();
            QVERIFY(logger.isWritingFile());
            qCWarning(lcNet) << "connection refused by" << 42;
            qCInfo(lcDb).noquote() << "migrated to version 3";
        }
        QCOMPARE(path, dir.filePath(QStringLiteral("logs/artist-studio.log")));
        const QStringList written = lines(path);
        QCOMPARE(written.size(), 2);
        static const QRegularExpression format(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\S* (\w+) ([\w.]+): (.*)$)"));
        const QRegularExpressionMatch first = format.match(written[0]);
        QVERIFY2(first.hasMatch(), qPrintable(written[0]));
        QCOMPARE(first.captured(1), QStringLiteral("warning"));
        QCOMPARE(first.captured(2), QStringLiteral("studio.net"));
        QCOMPARE(first.captured(3), QStringLiteral("connection refused by 42"));
        const QRegularExpressionMatch second = format.match(written[1]);
        QVERIFY2(second.hasMatch(), qPrintable(written[1]));
        QCOMPARE(second.captured(1), QStringLiteral("info"));
        QCOMPARE(second.captured(2), QStringLiteral("studio.db"));
        // The previous handler (stderr in the app) still gets every message.
        QCOMPARE(s_forwarded.size(), 2);
    }

    void appendsAcrossRuns()
    {
        QTemporaryDir dir;
        SecretRedactor redactor;
        for (int run = 0; run < 2; ++run) {
            FileLogger logger(dir.path(), 1024 * 1024, 3, redactor);
            qCWarning(lcApp) << "run" << run;
        }
        QCOMPARE(lines(dir.filePath(FileLogger::fileName())).size(), 2);
    }

    void registeredSecretNeverReachesTheFile()
    {
        QTemporaryDir dir;
        SecretRedactor redactor;
        const QString secret = QStringLiteral("sk-live-ABCDEF0123456789");
        redactor.addSecret(secret);
        QString path;
        {
            FileLogger logger(dir.path(), 1024 * 1024, 3, redactor);
            path = logger.filePath();
            qCWarning(lcGeneration).noquote() << "request failed with key" << secret;
            qCWarning(lcNet) << "header" << (QStringLiteral("Bearer ") + secret);
        }
        const QString content = readAll(path);
        QVERIFY(!content.contains(secret));
        QVERIFY(!content.contains(u"ABCDEF0123456789"));
        QCOMPARE(content.count(SecretRedactor::placeholder()), 2);
        // Nor does it reach stderr.
        QCOMPARE(s_forwarded.size(), 2);
        for (const QString &message : std::as_const(s_forwarded))
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }

    void rotationKeepsConfiguredFiles_data()
    {
        QTest::addColumn<int>("keepFiles");
        QTest::newRow("keep 2") << 2;
        QTest::newRow("keep 5") << 5;
        QTest::newRow("keep none") << 0;
    }
    void rotationKeepsConfiguredFiles()
    {
        QFETCH(int, keepFiles);
        QTemporaryDir dir;
        SecretRedactor redactor;
        const qint64 maxBytes = 2048;
        const int messages = 400; // ~100 bytes per line: far more than keepFiles + 1 files hold
        QString path;
        {
            FileLogger logger(dir.path(), maxBytes, keepFiles, redactor);
            path = logger.filePath();
            for (int i = 0; i < messages; ++i)
                qCWarning(lcApp).noquote()
                    << QStringLiteral("message %1 ").arg(i, 4, 10, QChar(u'0')) + QString(40, u'x');
        }
        QStringList expectedFiles{FileLogger::fileName()};
        for (int n = 1; n <= keepFiles; ++n)
            expectedFiles.append(FileLogger::fileName() + u'.' + QString::number(n));
        QStringList present = QDir(dir.path()).entryList(QDir::Files);
        present.sort();
        expectedFiles.sort();
        QCOMPARE(present, expectedFiles);

        // Each file within the limit; newest in the live file, older ones in .1, .2 ...,
        // continuous across the files.
        QStringList all;
        for (int n = keepFiles; n >= 0; --n) {
            const QString file = n == 0 ? path : path + u'.' + QString::number(n);
            QVERIFY2(QFileInfo(file).size() <= maxBytes, qPrintable(file));
            all += lines(file);
        }
        QVERIFY(all.last().contains(
            QStringLiteral("message %1 ").arg(messages - 1, 4, 10, QChar(u'0'))));
        static const QRegularExpression number(QStringLiteral("message (\\d+) "));
        for (int i = 1; i < all.size(); ++i) {
            const int previous = number.match(all[i - 1]).captured(1).toInt();
            QCOMPARE(number.match(all[i]).captured(1).toInt(), previous + 1);
        }
    }

    void uninstallsOnDestruction()
    {
        QTemporaryDir dir;
        SecretRedactor redactor;
        QString path;
        {
            FileLogger logger(dir.path(), 1024 * 1024, 3, redactor);
            path = logger.filePath();
            qCWarning(lcApp) << "while installed";
        }
        qCWarning(lcApp) << "after destruction";
        QCOMPARE(lines(path).size(), 1);
        QCOMPARE(s_forwarded.size(), 2); // the outer handler is back in place
    }

    void concurrentLoggingLosesNoLine()
    {
        QTemporaryDir dir;
        SecretRedactor redactor;
        QString path;
        {
            FileLogger logger(dir.path(), 64 * 1024 * 1024, 1, redactor);
            path = logger.filePath();
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([t] {
                    for (int i = 0; i < 250; ++i)
                        qCWarning(lcNet).noquote()
                            << QStringLiteral("thread %1 line %2").arg(t).arg(i);
                });
            }
            for (std::thread &thread : threads)
                thread.join();
        }
        const QStringList written = lines(path);
        QCOMPARE(written.size(), 1000);
        for (const QString &line : written)
            QVERIFY2(line.contains(u" warning studio.net: thread "), qPrintable(line));
    }

    void unwritableLogDirStillLogsToStderr()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-dir"));
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        SecretRedactor redactor;
        FileLogger logger(file, 1024 * 1024, 3, redactor); // a file where the folder should be
        QVERIFY(!logger.isWritingFile());
        qCWarning(lcApp) << "still visible";
        QCOMPARE(s_forwarded.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFileLogger)
#include "tst_filelogger.moc"
