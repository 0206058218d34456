// TrendService end to end on a real studio database: the bundled sample dataset, chart CSV
// imports (replace, merge, bad rows, cancel), the queries a chart needs, and the change signal
// an open Trends pane relies on.
#include "services/taskregistry.h"
#include "services/trendservice.h"
#include "storage/database.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 300000; // generous: ASan and a shared machine

template<typename T> T waitFor(const QFuture<T> &future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished() || future.resultCount() == 0)
        return T(Error(ErrorCode::Internal, u"the future gave no result"_s));
    return future.result();
}

const QByteArray kHeader = "country,date,rank,streams,genre,tempo,energy\n";

// Weekly DE synthwave rows from 2024-01-01 with the tempo rising 1 BPM a week.
QByteArray risingTempo(int weeks, double start = 100)
{
    QByteArray csv = kHeader;
    for (int w = 0; w < weeks; ++w) {
        const QByteArray date = QDate(2024, 1, 1).addDays(7 * w).toString(Qt::ISODate).toLatin1();
        csv += "DE," + date + ",1,1000,synthwave," + QByteArray::number(start + w) + ",0.6\n";
    }
    return csv;
}

// The message of a failed result, for QVERIFY2 (which evaluates it even when the check passes).
template<typename T> QString errorText(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestTrendService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<TaskRegistry> m_tasks;
    std::unique_ptr<TrendService> m_service; // on a fresh database per test
    // The sample dataset is imported once (it takes a while) and only read afterwards.
    std::unique_ptr<TestEnvironment> m_sampleEnv;
    std::shared_ptr<Database> m_sampleDb;
    std::unique_ptr<TrendService> m_sample;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_env->path(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QList<ImportSource> sources()
    {
        const auto list = waitFor(m_service->sources());
        return list ? *list : QList<ImportSource>();
    }

    bool sampleImported()
    {
        const auto imported = waitFor(m_sample->ensureSampleData());
        return imported.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sampleEnv = std::make_unique<TestEnvironment>();
        auto opened = Database::open(m_sampleEnv->path(u"studio.sqlite"_s));
        QVERIFY(opened.ok());
        m_sampleDb = opened.value();
        m_sample = std::make_unique<TrendService>(m_sampleDb, nullptr, nullptr);
    }
    void cleanupTestCase()
    {
        m_sample.reset();
        m_sampleDb.reset();
        m_sampleEnv.reset();
    }
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
        QVERIFY(opened.ok());
        m_db = opened.value();
        m_tasks = std::make_unique<TaskRegistry>();
        m_service = std::make_unique<TrendService>(m_db, nullptr, m_tasks.get());
    }
    void cleanup()
    {
        m_service.reset();
        m_tasks.reset();
        m_db.reset();
        m_env.reset();
    }

    void sampleDataImportsOnFirstRunOnly()
    {
        QSignalSpy changed(m_sample.get(), &TrendService::trendsChanged);
        const auto first = waitFor(m_sample->ensureSampleData());
        QVERIFY2(first, qPrintable(errorText(first)));
        QVERIFY(first->has_value());
        const ImportReport &report = **first;
        QVERIFY(report.committed);
        QCOMPARE(report.rowsRejected, 0);
        QCOMPARE(report.rowsAccepted, 8 * 8 * 104 * 3); // countries x genres x weeks x entries
        QTRY_COMPARE(changed.count(), 1);

        const QList<ImportSource> list = *waitFor(m_sample->sources());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().kind, u"sample"_s);
        QCOMPARE(list.first().label, u"Sample data"_s);

        // Not empty any more: nothing is imported again.
        const auto second = waitFor(m_sample->ensureSampleData());
        QVERIFY(second);
        QVERIFY(!second->has_value());
        QCOMPARE(waitFor(m_sample->sources())->size(), 1);
    }

    void sampleSeriesHasForecastAndRegionalDifferences()
    {
        QVERIFY(sampleImported());
        const auto chart =
            waitFor(m_sample->series({u"DE"_s, u"techno"_s, {}}, TrendFeature::Tempo));
        QVERIFY2(chart, qPrintable(errorText(chart)));
        QVERIFY(chart->sampleData);
        QCOMPARE(chart->series.size(), 104);
        QCOMPARE(chart->movingAverage.size(), 104);
        QVERIFY(chart->forecast.method != ForecastMethod::None);
        QCOMPARE(chart->forecast.points.size(), 12);
        QCOMPARE(chart->forecast.points.first().period, chart->series.last().period.addDays(7));
        for (const ForecastPoint &p : chart->forecast.points) {
            QVERIFY(p.lower95 <= p.lower80 && p.lower80 <= p.value);
            QVERIFY(p.value <= p.upper80 && p.upper80 <= p.upper95);
        }
        QVERIFY(chart->slope.available);

        // The regional differences the generator put in are what a user sees.
        const auto us = waitFor(m_sample->series({u"US"_s, u"techno"_s, {}}, TrendFeature::Tempo));
        QVERIFY(us);
        const auto compared =
            waitFor(m_sample->compare({u"DE"_s, u"techno"_s, {}}, {u"US"_s, u"techno"_s, {}}));
        QVERIFY(compared);
        const auto tempo =
            std::find_if(compared->features.cbegin(), compared->features.cend(),
                         [](const TrendComparison &c) { return c.feature == TrendFeature::Tempo; });
        QVERIFY(tempo != compared->features.cend());
        QCOMPARE(tempo->higher, TrendHigher::First);
        QVERIFY(tempo->difference > 5 && tempo->difference < 11);

        // SE synthwave's tempo rises over the two years, significantly.
        const auto se =
            waitFor(m_sample->series({u"SE"_s, u"synthwave"_s, {}}, TrendFeature::Tempo));
        QVERIFY(se);
        QVERIFY(se->slope.significant);
        QVERIFY(se->slope.slopePer30Days > 0);

        // A date range narrows the series.
        const auto year = waitFor(m_sample->series({u"DE"_s, u"techno"_s, {}}, TrendFeature::Tempo,
                                                   QDate(2024, 1, 1), QDate(2024, 12, 31)));
        QVERIFY(year);
        QCOMPARE(year->series.size(), 52);
        QVERIFY(year->series.first().period >= QDate(2024, 1, 1));
    }

    void sampleListsCountriesGenresSharesAndHeatTable()
    {
        QVERIFY(sampleImported());
        const auto countries = waitFor(m_sample->countries());
        QVERIFY(countries);
        QCOMPARE(countries->size(), 8);
        const auto genres = waitFor(m_sample->genres(u"BR"_s));
        QVERIFY(genres);
        QCOMPARE(*genres, (QStringList{u"funk"_s, u"hip-hop"_s, u"indie"_s, u"pop"_s, u"r&b"_s,
                                       u"rock"_s, u"synthwave"_s, u"techno"_s}));
        const auto shares =
            waitFor(m_sample->genreShares(u"BR"_s, QDate(2024, 6, 1), QDate(2024, 6, 30)));
        QVERIFY(shares);
        QCOMPARE(shares->size(), 4 * 8);            // four weeks, eight genres
        QCOMPARE(shares->first().genre, u"funk"_s); // ranked: BR streams funk the most
        QCOMPARE(shares->first().rank, 1);

        const auto table = waitFor(m_sample->heatTable(
            {u"BR"_s, u"US"_s, u"XK"_s}, {TrendFeature::Danceability, TrendFeature::Tempo}));
        QVERIFY(table);
        QCOMPARE(table->cells.size(), 3);
        QVERIFY(table->cells[0][0] && table->cells[1][0]);
        QCOMPARE(table->cells[0][0]->period, QDate(2024, 12, 23)); // the latest week
        QVERIFY(!table->cells[2][0]);                              // no data for that country
    }

    void csvImportReplacesOrMergesBySource()
    {
        const QString path = write(u"charts.csv"_s, risingTempo(20));
        QSignalSpy changed(m_service.get(), &TrendService::trendsChanged);
        QFuture<Result<ImportReport>> future = m_service->importTrends(path);
        QCOMPARE(m_tasks->count(), 1); // the status bar lists it while it runs
        const auto report = waitFor(future);
        QVERIFY2(report, qPrintable(errorText(report)));
        QVERIFY(report->committed);
        QCOMPARE(report->rowsAccepted, 20);
        QCOMPARE(future.progressValue(), TrendService::kProgressSteps);
        QTRY_COMPARE(changed.count(), 1);
        QTRY_COMPARE(m_tasks->count(), 0);
        QCOMPARE(sources().first().kind, u"csv"_s);

        // Again: replaced, not doubled.
        QVERIFY(waitFor(m_service->importTrends(path))->committed);
        QCOMPARE(sources().size(), 1);
        auto chart = waitFor(m_service->series({u"DE"_s, u"synthwave"_s, {}}, TrendFeature::Tempo));
        QCOMPARE(chart->series.first().sampleSize, 1);
        QVERIFY(!chart->sampleData);
        QCOMPARE(chart->forecast.method, ForecastMethod::Regression); // an exact line
        QCOMPARE(chart->forecast.points.first().value, 120.0);

        // Merge keeps the earlier import: two sources, two entries a week.
        ImportOptions merge;
        merge.replace = false;
        QVERIFY(waitFor(m_service->importTrends(path, TrendImportFormat::Csv, merge))->committed);
        QCOMPARE(sources().size(), 2);
        chart = waitFor(m_service->series({u"DE"_s, u"synthwave"_s, {}}, TrendFeature::Tempo));
        QCOMPARE(chart->series.first().sampleSize, 2);

        // Deleting a source removes its rows and tells the panes.
        changed.clear();
        QVERIFY(waitFor(m_service->deleteSource(sources().first().id)));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(sources().size(), 1);
        chart = waitFor(m_service->series({u"DE"_s, u"synthwave"_s, {}}, TrendFeature::Tempo));
        QCOMPARE(chart->series.first().sampleSize, 1);
    }

    void badRowsImportNothingUnlessSkipped()
    {
        QByteArray csv = risingTempo(6);
        csv += "DE,2024-13-01,1,10,pop,120,0.5\n"; // line 8: no such month
        csv += "XX,2024-03-04,1,10,pop,500,0.5\n"; // line 9: country and tempo
        const QString path = write(u"bad.csv"_s, csv);
        QSignalSpy changed(m_service.get(), &TrendService::trendsChanged);

        const auto strict = waitFor(m_service->importTrends(path));
        QVERIFY(strict);
        QVERIFY(!strict->committed);
        QCOMPARE(strict->rowsRejected, 2);
        QCOMPARE(strict->rejected.size(), 3);
        QCOMPARE(strict->rejected[0].line, 8);
        QCOMPARE(strict->rejected[0].column, u"date"_s);
        QCOMPARE(strict->rejected[1].line, 9);
        QCOMPARE(strict->rejected[2].column, u"tempo"_s);
        QVERIFY(sources().isEmpty());

        ImportOptions skip;
        skip.skipBadRows = true;
        const auto lenient = waitFor(m_service->importTrends(path, TrendImportFormat::Auto, skip));
        QVERIFY(lenient && lenient->committed);
        QCOMPARE(lenient->rowsAccepted, 6);
        QCOMPARE(lenient->rowsRejected, 2);
        QCOMPARE(sources().size(), 1);
        QTRY_COMPARE(changed.count(), 1); // only the committed import
    }

    void cancelledImportWritesNothing()
    {
        const QString path = write(u"long.csv"_s, risingTempo(3000, 40));
        ImportOptions options;
        options.cancelled = [] { return true; };
        const auto report = waitFor(m_service->importTrends(path, TrendImportFormat::Csv, options));
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QVERIFY(sources().isEmpty());

        // Cancelling the future (the task registry's Cancel) stops it too.
        QFuture<Result<ImportReport>> future = m_service->importTrends(path);
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), kTimeoutMs);
        QVERIFY(future.isCanceled());
        QTRY_COMPARE(m_tasks->count(), 0);
        QVERIFY(sources().isEmpty()); // finished means rolled back
    }

    void formatIsDetected()
    {
        QCOMPARE(*TrendService::detectFormat(write(u"c.csv"_s, risingTempo(2))),
                 TrendImportFormat::Csv);
        const QString sidecar = write(u"audio/tracks.csv"_s, "file,country,date\na.wav,DE,"
                                                             "2024-01-01\n");
        QCOMPARE(*TrendService::detectFormat(sidecar), TrendImportFormat::AudioFolder);
        QCOMPARE(*TrendService::detectFormat(QFileInfo(sidecar).absolutePath()),
                 TrendImportFormat::AudioFolder);
        write(u"proto/countries/DE.json"_s, "{}");
        QCOMPARE(*TrendService::detectFormat(m_env->path(u"proto"_s)),
                 TrendImportFormat::Prototype);
        QDir().mkpath(m_env->path(u"empty"_s));
        QCOMPARE(TrendService::detectFormat(m_env->path(u"empty"_s)).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(TrendService::detectFormat(m_env->path(u"missing.csv"_s)).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(trendImportFormatFromName(u"Audio-Folder"), TrendImportFormat::AudioFolder);
        QVERIFY(!trendImportFormatFromName(u"xls"));
    }

    void audioFolderNeedsTheAnalysisService()
    {
        write(u"audio/tracks.csv"_s, "file,country,date\n");
        const auto report = waitFor(m_service->importTrends(m_env->path(u"audio"_s)));
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Internal);
    }
};

QTEST_GUILESS_MAIN(TestTrendService)
#include "tst_trendservice.moc"
