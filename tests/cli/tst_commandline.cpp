#include "cli/commandline.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsOpensTheGui()
    {
        const auto line = CommandLine::parse({});
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::Gui);
        QVERIFY(!line->isHeadless());
    }

    void guiTakesDataDirAndJsonFiles()
    {
        const auto line =
            CommandLine::parse({QStringLiteral("--data-dir=/tmp/x"), QStringLiteral("a.json")});
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::Gui);
        QCOMPARE(line->dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(line->guiFiles, QStringList{QStringLiteral("a.json")});
    }

    void createParsesTheBrief()
    {
        const auto line = CommandLine::parse(
            {QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("artist"),
             QStringLiteral("create"), QStringLiteral("--genre"), QStringLiteral("synthwave"),
             QStringLiteral("--country"), QStringLiteral("de"), QStringLiteral("--mood"),
             QStringLiteral("dark"), QStringLiteral("--seed"), QStringLiteral("42"),
             QStringLiteral("--json")});
        QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().message));
        QCOMPARE(line->command, CommandLine::Command::ArtistCreate);
        QCOMPARE(line->dataDir, QStringLiteral("/d"));
        QCOMPARE(line->brief.genre, QStringLiteral("synthwave"));
        QCOMPARE(line->brief.country, QStringLiteral("DE"));
        QCOMPARE(line->brief.mood, QStringLiteral("dark"));
        QCOMPARE(line->brief.seed.value_or(0), quint64(42));
        QCOMPARE(line->provider, QStringLiteral("local"));
        QVERIFY(line->json);
    }

    void subcommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("file");
        using C = CommandLine::Command;
        QTest::newRow("list") << QStringList{u"artist"_qs, u"list"_qs} << int(C::ArtistList)
                              << QString() << QString();
        QTest::newRow("show") << QStringList{u"artist"_qs, u"show"_qs, u"abc"_qs}
                              << int(C::ArtistShow) << u"abc"_qs << QString();
        QTest::newRow("import") << QStringList{u"artist"_qs, u"import"_qs, u"f.json"_qs}
                                << int(C::ArtistImport) << QString() << u"f.json"_qs;
        QTest::newRow("export") << QStringList{u"artist"_qs, u"export"_qs, u"abc"_qs, u"o.json"_qs}
                                << int(C::ArtistExport) << u"abc"_qs << u"o.json"_qs;
        QTest::newRow("version") << QStringList{u"--version"_qs} << int(C::Version) << QString()
                                 << QString();
        QTest::newRow("help") << QStringList{u"--help"_qs} << int(C::Help) << QString()
                              << QString();
    }

    void subcommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, command);
        QFETCH(QString, id);
        QFETCH(QString, file);
        const auto line = CommandLine::parse(arguments);
        QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().message));
        QCOMPARE(int(line->command), command);
        QCOMPARE(line->artistId, id);
        QCOMPARE(line->file, file);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_qs} << u"--frobnicate"_qs;
        QTest::newRow("missing value") << QStringList{u"--data-dir"_qs} << u"--data-dir"_qs;
        QTest::newRow("no subcommand") << QStringList{u"artist"_qs} << u"subcommand"_qs;
        QTest::newRow("bad subcommand") << QStringList{u"artist"_qs, u"dance"_qs} << u"dance"_qs;
        QTest::newRow("create without genre")
            << QStringList{u"artist"_qs, u"create"_qs, u"--country"_qs, u"DE"_qs} << u"--genre"_qs;
        QTest::newRow("create without country")
            << QStringList{u"artist"_qs, u"create"_qs, u"--genre"_qs, u"pop"_qs} << u"--country"_qs;
        QTest::newRow("bad seed") << QStringList{u"artist"_qs, u"create"_qs,    u"--genre"_qs,
                                                 u"pop"_qs,    u"--country"_qs, u"DE"_qs,
                                                 u"--seed"_qs, u"-3"_qs}
                                  << u"--seed"_qs;
        QTest::newRow("bad provider")
            << QStringList{u"artist"_qs,    u"create"_qs, u"--genre"_qs,    u"pop"_qs,
                           u"--country"_qs, u"DE"_qs,     u"--provider"_qs, u"magic"_qs}
            << u"--provider"_qs;
        QTest::newRow("option for another command")
            << QStringList{u"artist"_qs, u"list"_qs, u"--genre"_qs, u"pop"_qs} << u"--genre"_qs;
        QTest::newRow("show without id") << QStringList{u"artist"_qs, u"show"_qs} << u"show ID"_qs;
        QTest::newRow("export one arg")
            << QStringList{u"artist"_qs, u"export"_qs, u"abc"_qs} << u"export ID FILE"_qs;
        QTest::newRow("unknown command") << QStringList{u"dance"_qs} << u"dance"_qs;
        QTest::newRow("json without command") << QStringList{u"--json"_qs} << u"--json"_qs;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto line = CommandLine::parse(arguments);
        QVERIFY(!line.ok());
        QCOMPARE(line.error().code, ErrorCode::InvalidInput);
        QVERIFY2(line.error().message.contains(mentions), qPrintable(line.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
