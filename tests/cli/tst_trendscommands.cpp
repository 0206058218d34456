// `artist-studio trends import` and `trends show`: parsed by CommandLine, and run end to end as
// the real binary on files the test writes, checked by what a script sees (exit code, stdout
// report or JSON, stderr).
#include "cli/commandline.h"
#include "studiobinary.h"
#include "testcorpus.h"
#include "testsignals.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Weekly DE techno rows from 2024-01-01, the tempo rising 0.5 BPM a week with some noise.
QByteArray weeklyCsv(int weeks)
{
    QByteArray csv = "Country,Date,Rank,Streams,Genre,Tempo,Energy,Extra\n";
    for (int w = 0; w < weeks; ++w) {
        const QByteArray date = QDate(2024, 1, 1).addDays(7 * w).toString(Qt::ISODate).toLatin1();
        const double tempo = 128 + 0.5 * w + ((w * 7) % 5 - 2) * 0.3;
        csv += "de," + date + ",1,1000,techno," + QByteArray::number(tempo) + ",0.8,x\n";
    }
    return csv;
}

} // namespace

class TestTrendsCommands : public QObject
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

private Q_SLOTS:
    void init() { m_binary.reset(); }

    void parsesImportAndShow()
    {
        auto line = parse(u"trends import charts.csv --format csv --skip-bad-rows --merge"_s);
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::TrendsImport);
        QCOMPARE(line->file, u"charts.csv"_s);
        QCOMPARE(line->trendsFormat, u"csv"_s);
        QVERIFY(line->skipBadRows && line->mergeTrends && !line->sampleTrends);

        line = parse(u"trends import --sample --json"_s);
        QVERIFY(line.ok());
        QVERIFY(line->sampleTrends && line->json);

        line = parse(u"trends show --country se --genre Synthwave --feature Tempo --from "
                     "2024-01-01 --to 2024-06-30 --json"_s);
        QVERIFY(line.ok());
        QCOMPARE(line->command, CommandLine::Command::TrendsShow);
        QCOMPARE(line->trendSegment, (TrendSegment{u"SE"_s, u"synthwave"_s, {}}));
        QCOMPARE(line->trendFeature, TrendFeature::Tempo);
        QCOMPARE(line->trendFrom, QDate(2024, 1, 1));
        QCOMPARE(line->trendTo, QDate(2024, 6, 30));
    }

    void usageErrorsNameTheProblem_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << u"trends"_s << u"import, show"_s;
        QTest::newRow("unknown subcommand") << u"trends plot"_s << u"trends plot"_s;
        QTest::newRow("import without file") << u"trends import"_s << u"FILE|DIR"_s;
        QTest::newRow("sample and a file") << u"trends import a.csv --sample"_s << u"FILE|DIR"_s;
        QTest::newRow("bad format") << u"trends import a.csv --format xls"_s << u"--format"_s;
        QTest::newRow("show option on import")
            << u"trends import a.csv --feature tempo"_s << u"--feature"_s;
        QTest::newRow("no country") << u"trends show --feature tempo"_s << u"--country"_s;
        QTest::newRow("bad country")
            << u"trends show --country XX --feature tempo"_s << u"\"XX\""_s;
        QTest::newRow("no feature") << u"trends show --country DE"_s << u"--feature"_s;
        QTest::newRow("unknown feature")
            << u"trends show --country DE --feature bpm"_s << u"\"bpm\""_s;
        QTest::newRow("bad date") << u"trends show --country DE --feature tempo --from 2024-1-1"_s
                                  << u"YYYY-MM-DD"_s;
        QTest::newRow("reversed range")
            << u"trends show --country DE --feature tempo --from 2024-02-01 --to 2024-01-01"_s
            << u"--from"_s;
        QTest::newRow("import option on show")
            << u"trends show --country DE --feature tempo --skip-bad-rows"_s
            << u"--skip-bad-rows"_s;
    }
    void usageErrorsNameTheProblem()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, message);
        const auto line = parse(arguments);
        QVERIFY(!line.ok());
        QVERIFY2(line.error().message.contains(message), qPrintable(line.error().message));
        // and the binary exits with the usage code
        QCOMPARE(studio(arguments.split(u' ')).exitCode, 2);
    }

    void badRowsImportNothingAndExit1()
    {
        QByteArray csv = weeklyCsv(10);
        csv += "DE,2024-03-11,1,10,techno,fast,0.8,x\n"; // line 12
        const QString path = write(u"bad.csv"_s, csv);
        const Run run = studio({u"trends"_s, u"import"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("line 12, tempo"), run.out.constData());
        QVERIFY(run.out.contains("Nothing was imported"));
        QVERIFY(run.err.contains("--skip-bad-rows"));
        // nothing to show
        const Run show =
            studio({u"trends"_s, u"show"_s, u"--country"_s, u"DE"_s, u"--feature"_s, u"tempo"_s});
        QCOMPARE(show.exitCode, 1);
        QVERIFY(show.err.contains("no tempo data for DE"));

        // A file that is not a CSV at all: nothing imported either.
        const Run binary =
            studio({u"trends"_s, u"import"_s, write(u"x.csv"_s, QByteArray("a\0b", 3))});
        QCOMPARE(binary.exitCode, 1);
        QVERIFY(!binary.err.isEmpty());
    }

    void importThenShowJson()
    {
        QByteArray csv = weeklyCsv(30);
        csv += "DE,2024-13-01,1,10,techno,120,0.8,x\n"; // line 32: no such month
        const QString path = write(u"charts.csv"_s, csv);
        const Run imported =
            studio({u"trends"_s, u"import"_s, path, u"--skip-bad-rows"_s, u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject report = imported.json();
        QCOMPARE(report.value(u"format"_s).toString(), u"csv"_s);
        QVERIFY(report.value(u"committed"_s).toBool());
        QCOMPARE(report.value(u"rows_accepted"_s).toInt(), 30);
        QCOMPARE(report.value(u"rows_rejected"_s).toInt(), 1);
        const QJsonObject rejected = report.value(u"rejected"_s).toArray().at(0).toObject();
        QCOMPARE(rejected.value(u"line"_s).toInt(), 32);
        QCOMPARE(rejected.value(u"column"_s).toString(), u"date"_s);
        QCOMPARE(report.value(u"ignored_columns"_s).toArray().at(0).toString(), u"Extra"_s);

        const Run shown =
            studio({u"trends"_s, u"show"_s, u"--country"_s, u"DE"_s, u"--genre"_s, u"techno"_s,
                    u"--feature"_s, u"tempo"_s, u"--from"_s, u"2024-02-01"_s, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject chart = shown.json();
        QCOMPARE(chart.value(u"feature"_s).toString(), u"tempo"_s);
        QVERIFY(!chart.value(u"sample_data"_s).toBool());
        const QJsonArray series = chart.value(u"series"_s).toArray();
        QCOMPARE(series.size(), 25); // weeks 5 to 29: 2024-02-05 onwards
        QCOMPARE(series.at(0).toObject().value(u"period"_s).toString(), u"2024-02-05"_s);
        QVERIFY(series.at(0).toObject().contains(u"moving_average"_s));
        const QJsonObject forecast = chart.value(u"forecast"_s).toObject();
        QVERIFY(forecast.value(u"method"_s).toString() != u"none"_s);
        const QJsonArray points = forecast.value(u"points"_s).toArray();
        QCOMPARE(points.size(), 12);
        for (const QJsonValue &value : points) {
            const QJsonObject p = value.toObject();
            QVERIFY(p.value(u"lower_95"_s).toDouble() <= p.value(u"lower_80"_s).toDouble());
            QVERIFY(p.value(u"lower_80"_s).toDouble() <= p.value(u"value"_s).toDouble());
            QVERIFY(p.value(u"value"_s).toDouble() <= p.value(u"upper_80"_s).toDouble());
            QVERIFY(p.value(u"upper_80"_s).toDouble() <= p.value(u"upper_95"_s).toDouble());
        }
        // The tempo rises 0.5 BPM a week: about 2.1 per 30 days, significantly.
        const QJsonObject slope = chart.value(u"slope"_s).toObject();
        QVERIFY(slope.value(u"significant"_s).toBool());
        QVERIFY(qAbs(slope.value(u"per_30_days"_s).toDouble() - 2.14) < 0.3);
        QVERIFY(slope.value(u"p_value"_s).toDouble() < 0.05);

        // Without --json: the same as a readable table.
        const Run text =
            studio({u"trends"_s, u"show"_s, u"--country"_s, u"DE"_s, u"--feature"_s, u"tempo"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("2024-01-01"));
        QVERIFY(text.out.contains("significant"));
        QVERIFY(text.out.contains("95%"));
    }

    void importsAnAudioFolder()
    {
        TestCorpus::Track track;
        track.bpm = 124;
        track.durationS = 12;
        track.sampleRate = 22050;
        track.channels = 1;
        const QString wav = m_binary.path(u"audio/track.wav"_s);
        QDir().mkpath(QFileInfo(wav).absolutePath());
        QVERIFY(TestSignals::writeWav(wav, TestCorpus::render(track), 22050, 1));
        write(u"audio/sidecar.csv"_s, "file,country,date,rank,streams,genre\n"
                                      "track.wav,SE,2024-05-06,1,500,synthwave\n");
        const Run run = studio({u"trends"_s, u"import"_s, m_binary.path(u"audio"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"format"_s).toString(), u"audio-folder"_s);
        QCOMPARE(run.json().value(u"rows_accepted"_s).toInt(), 1);
        const Run shown = studio({u"trends"_s, u"show"_s, u"--country"_s, u"SE"_s, u"--feature"_s,
                                  u"tempo"_s, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray series = shown.json().value(u"series"_s).toArray();
        QCOMPARE(series.size(), 1);
        QVERIFY(qAbs(series.at(0).toObject().value(u"mean"_s).toDouble() - 124) < 1.0);
        // One point: no forecast, and the reason says why.
        const QJsonObject forecast = shown.json().value(u"forecast"_s).toObject();
        QCOMPARE(forecast.value(u"method"_s).toString(), u"none"_s);
        QVERIFY(!forecast.value(u"reason"_s).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrendsCommands)
#include "tst_trendscommands.moc"
