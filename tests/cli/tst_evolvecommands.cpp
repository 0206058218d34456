// `artist-studio evolve plan|apply`, `lifecycle run` and `performance import`: parsed by
// CommandLine, and run end to end as the real binary against a data dir the test fills through
// the same binary (artist create, trends import), checked by what a script sees.
#include "cli/commandline.h"
#include "studiobinary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// DE synthwave charts for 20 weeks: 165 BPM and energy 0.95, beyond any profile the local
// author writes for synthwave, so a plan always has something to move.
QByteArray chartCsv()
{
    QByteArray csv = "country,date,streams,genre,tempo,key,mode,energy,valence\n";
    for (int week = 0; week < 20; ++week) {
        const QByteArray date =
            QDate(2024, 1, 1).addDays(7 * week).toString(Qt::ISODate).toLatin1();
        for (int i = 0; i < 3; ++i)
            csv += "DE," + date + ",1000,synthwave,165,9,0,0.95,0.3\n";
    }
    return csv;
}

} // namespace

class TestEvolveCommands : public QObject
{
    Q_OBJECT

private:
    using Run = StudioBinary::Run;
    StudioBinary m_binary;

    Run studio(const QStringList &arguments) { return m_binary.run(arguments); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return m_binary.write(name, bytes);
    }
    static Result<CommandLine> parse(const QString &arguments)
    {
        return CommandLine::parse(arguments.split(u' ', Qt::SkipEmptyParts));
    }
    QString createSynthwaveArtist()
    {
        const Run created = studio({u"artist"_s, u"create"_s, u"--genre"_s, u"synthwave"_s,
                                    u"--country"_s, u"DE"_s, u"--seed"_s, u"7"_s, u"--json"_s});
        if (created.exitCode != 0)
            qFatal("artist create failed: %s", created.err.constData());
        return created.json().value(u"id"_s).toString();
    }

private Q_SLOTS:
    void init() { m_binary.reset(); }

    void parsesEachCommand()
    {
        auto line = parse(u"evolve plan --artist a-1 --json"_s);
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::EvolvePlan);
        QCOMPARE(line->artistId, u"a-1"_s);
        QVERIFY(line->json);

        line = parse(u"evolve apply 12"_s);
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::EvolveApply);
        QCOMPARE(line->planId, 12);

        line = parse(u"lifecycle run"_s);
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::LifecycleRun);

        line = parse(u"performance import sales.csv --skip-bad-rows"_s);
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::PerformanceImport);
        QCOMPARE(line->file, u"sales.csv"_s);
        QVERIFY(line->skipBadRows);
    }

    void usageErrorsNameTheProblem_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << u"evolve"_s << u"plan, apply"_s;
        QTest::newRow("unknown subcommand") << u"lifecycle stop"_s << u"lifecycle stop"_s;
        QTest::newRow("plan without artist") << u"evolve plan"_s << u"--artist"_s;
        QTest::newRow("apply without id") << u"evolve apply"_s << u"PLAN_ID"_s;
        QTest::newRow("apply with a name") << u"evolve apply latest"_s << u"\"latest\""_s;
        QTest::newRow("option that does not apply")
            << u"lifecycle run --artist a-1"_s << u"--artist"_s;
        QTest::newRow("import without file") << u"performance import"_s << u"FILE"_s;
        QTest::newRow("artist option without a command") << u"--artist a-1"_s << u"--artist"_s;
    }
    void usageErrorsNameTheProblem()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, message);
        const auto line = parse(arguments);
        QVERIFY(!line.ok());
        QCOMPARE(line.error().code, ErrorCode::InvalidInput);
        QVERIFY2(line.error().message.contains(message), qPrintable(line.error().message));
    }

    void planThenApplyMakesANewVersion()
    {
        const QString id = createSynthwaveArtist();
        QVERIFY(!id.isEmpty());
        QCOMPARE(studio({u"trends"_s, u"import"_s, write(u"charts.csv"_s, chartCsv())}).exitCode,
                 0);

        const Run planned = studio({u"evolve"_s, u"plan"_s, u"--artist"_s, id, u"--json"_s});
        QCOMPARE(planned.exitCode, 0);
        const QJsonObject plan = planned.json();
        const qint64 planId = plan.value(u"id"_s).toInteger();
        QVERIFY2(planId > 0, planned.out.constData());
        QCOMPARE(plan.value(u"artist_id"_s).toString(), id);
        QCOMPARE(plan.value(u"status"_s).toString(), u"proposed"_s);
        QVERIFY(!plan.value(u"directives"_s).toArray().isEmpty());
        QVERIFY(plan.value(u"compatibility_after"_s).toDouble() >
                plan.value(u"compatibility_before"_s).toDouble());

        const Run text = studio({u"evolve"_s, u"plan"_s, u"--artist"_s, id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("evolve apply"), text.out.constData()); // says what to do next

        const Run applied = studio({u"evolve"_s, u"apply"_s, QString::number(planId), u"--json"_s});
        QCOMPARE(applied.exitCode, 0);
        QCOMPARE(applied.json().value(u"version"_s).toInt(), 2);
        const Run shown = studio({u"artist"_s, u"show"_s, id, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"version"_s).toInt(), 2);

        // A decided plan is refused, and so is one that does not exist: runtime errors.
        const Run again = studio({u"evolve"_s, u"apply"_s, QString::number(planId)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!again.err.isEmpty());
        QCOMPARE(studio({u"evolve"_s, u"apply"_s, u"9999"_s}).exitCode, 1);
        QCOMPARE(studio({u"evolve"_s, u"plan"_s, u"--artist"_s, u"nobody"_s}).exitCode, 1);
    }

    void lifecycleRunReportsEveryArtist()
    {
        createSynthwaveArtist();
        createSynthwaveArtist();
        const Run run = studio({u"lifecycle"_s, u"run"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"artists_evaluated"_s).toInt(), 2);
        QVERIFY(json.value(u"decisions"_s).isArray());
        QVERIFY(!json.value(u"input"_s).toString().isEmpty()); // says what the rules looked at
    }

    void performanceImportRejectsBadRowsWithLineNumbers()
    {
        createSynthwaveArtist();
        const QString path = write(u"sales.csv"_s, "date,release,country,streams,revenue\n"
                                                   "2024-05-01,R1,DE,1200,3.5\n"
                                                   "2024-05-02,R1,DE,lots,1.0\n"
                                                   "2024-05-03,R1,DE,900,2.5\n");
        const Run refused = studio({u"performance"_s, u"import"_s, path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("line 3"), refused.out.constData());
        QVERIFY(refused.err.contains("--skip-bad-rows"));

        const Run skipped =
            studio({u"performance"_s, u"import"_s, path, u"--skip-bad-rows"_s, u"--json"_s});
        QCOMPARE(skipped.exitCode, 0);
        const QJsonObject report = skipped.json();
        QCOMPARE(report.value(u"rows_accepted"_s).toInt(), 2);
        QCOMPARE(report.value(u"rows_rejected"_s).toInt(), 1);
        QCOMPARE(report.value(u"rejected"_s).toArray().first().toObject().value(u"line"_s).toInt(),
                 3);

        const Run missing = studio({u"performance"_s, u"import"_s, m_binary.path(u"no.csv"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvolveCommands)
#include "tst_evolvecommands.moc"
