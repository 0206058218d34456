#include "settings/datadir.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// DataDir: where the studio keeps its data and how a bad location is reported.
class TestDataDir : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("ARTIST_STUDIO_DATA_DIR"); }
    void cleanup() { qunsetenv("ARTIST_STUDIO_DATA_DIR"); }

    void precedence_data()
    {
        QTest::addColumn<bool>("giveCommandLine");
        QTest::addColumn<bool>("giveEnvironment");
        QTest::addColumn<QString>("expectedRoot"); // "cli", "env" or "standard"
        QTest::addColumn<int>("expectedSource");
        QTest::newRow("command line beats environment")
            << true << true << QStringLiteral("cli") << int(DataDir::Source::CommandLine);
        QTest::newRow("command line alone")
            << true << false << QStringLiteral("cli") << int(DataDir::Source::CommandLine);
        QTest::newRow("environment beats standard")
            << false << true << QStringLiteral("env") << int(DataDir::Source::Environment);
        QTest::newRow("standard location")
            << false << false << QStringLiteral("standard") << int(DataDir::Source::Standard);
    }
    void precedence()
    {
        QFETCH(bool, giveCommandLine);
        QFETCH(bool, giveEnvironment);
        QFETCH(QString, expectedRoot);
        QFETCH(int, expectedSource);
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir temp;
        const QString cli = temp.filePath(QStringLiteral("from-cli"));
        const QString env = temp.filePath(QStringLiteral("from-env"));
        if (giveEnvironment)
            qputenv("ARTIST_STUDIO_DATA_DIR", env.toUtf8());

        const Result<DataDir> dir = DataDir::resolve(giveCommandLine ? cli : QString());
        QVERIFY2(dir.ok(), dir.ok() ? "" : qPrintable(dir.error().message));
        const QString expected =
            expectedRoot == u"cli" ? cli
            : expectedRoot == u"env"
                ? env
                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(dir->root(), QDir::cleanPath(expected));
        QCOMPARE(int(dir->source()), expectedSource);
        QVERIFY(QFileInfo(dir->root()).isDir());
    }

    void createsSubfoldersAndNamesFiles()
    {
        TestEnvironment environment;
        const QString root = environment.path(QStringLiteral("nested/studio"));
        const Result<DataDir> dir = DataDir::resolve(root);
        QVERIFY(dir.ok());
        for (const QString &folder :
             {dir->reportsDir(), dir->logsDir(), dir->mediaDir(), dir->releasesDir()}) {
            QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
            QCOMPARE(QFileInfo(folder).dir().path(), root);
        }
        QCOMPARE(dir->databasePath(), root + QStringLiteral("/studio.sqlite"));
        // The write probe leaves nothing behind.
        QCOMPARE(QDir(root).entryList(QDir::Files | QDir::Hidden).size(), 0);
        // Resolving again (next start) works on the existing folder.
        QVERIFY(DataDir::resolve(root).ok());
    }

    void relativeCommandLinePathIsMadeAbsolute()
    {
        TestEnvironment environment;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(environment.dataDir()));
        const Result<DataDir> dir = DataDir::resolve(QStringLiteral("relative/../data"));
        QDir::setCurrent(previous);
        QVERIFY(dir.ok());
        QCOMPARE(dir->root(), QDir::cleanPath(environment.path(QStringLiteral("data"))));
    }

    void unusablePathIsAClearError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("root is a file") << QStringLiteral("file") << QStringLiteral("is a file");
        QTest::newRow("parent is a file")
            << QStringLiteral("under-file") << QStringLiteral("Cannot create");
        QTest::newRow("read-only directory")
            << QStringLiteral("read-only") << QStringLiteral("not writable");
    }
    void unusablePathIsAClearError()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedWords);
        TestEnvironment environment;
        const QString file = environment.path(QStringLiteral("a-file"));
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();

        QString path;
        if (kind == u"file") {
            path = file;
        } else if (kind == u"under-file") {
            path = file + QStringLiteral("/data");
        } else {
            if (::geteuid() == 0)
                QSKIP("root writes into read-only directories");
            path = environment.path(QStringLiteral("locked"));
            QVERIFY(QDir().mkpath(path));
            for (const char *sub : {"reports", "logs", "media", "releases"})
                QVERIFY(QDir(path).mkdir(QLatin1String(sub)));
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner));
        }

        qputenv("ARTIST_STUDIO_DATA_DIR", path.toUtf8());
        const Result<DataDir> dir = DataDir::resolve(QString());
        if (kind == u"read-only")
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, ErrorCode::Storage);
        const QString message = dir.error().message;
        QVERIFY2(message.contains(expectedWords), qPrintable(message));
        // The operator learns which path, where it came from and what to do.
        QVERIFY2(message.contains(QDir::toNativeSeparators(environment.dataDir())),
                 qPrintable(message));
        QVERIFY2(message.contains(u"ARTIST_STUDIO_DATA_DIR"), qPrintable(message));
        QVERIFY2(message.contains(u"--data-dir"), qPrintable(message));
    }

    void relativePath_data()
    {
        QTest::addColumn<QString>("input"); // "<root>" is replaced by the data dir
        QTest::addColumn<QString>("expected");
        QTest::newRow("inside") << QStringLiteral("<root>/media/runs/42/track.flac")
                                << QStringLiteral("media/runs/42/track.flac");
        QTest::newRow("inside, unclean") << QStringLiteral("<root>/media/../reports//a.json")
                                         << QStringLiteral("reports/a.json");
        QTest::newRow("root itself") << QStringLiteral("<root>") << QStringLiteral(".");
        QTest::newRow("outside stays absolute")
            << QStringLiteral("/srv/music/x.wav") << QStringLiteral("/srv/music/x.wav");
        QTest::newRow("sibling with same prefix")
            << QStringLiteral("<root>-old/a.wav") << QStringLiteral("<root>-old/a.wav");
    }
    void relativePath()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        TestEnvironment environment;
        const Result<DataDir> dir = DataDir::resolve(environment.path(QStringLiteral("d")));
        QVERIFY(dir.ok());
        input.replace(QStringLiteral("<root>"), dir->root());
        expected.replace(QStringLiteral("<root>"), dir->root());
        const QString relative = dir->relativePath(input);
        QCOMPARE(relative, expected);
        QCOMPARE(dir->absolutePath(relative), QDir::cleanPath(input));
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
