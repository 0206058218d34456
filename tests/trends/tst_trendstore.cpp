#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"
#include "trends/trendstore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kDay(2024, 3, 1);

TrendObservation observation(const QString &country, const QString &genre, const QDate &period,
                             double mean, double stddev, qint64 n, double streams = 0)
{
    TrendObservation o;
    o.segment = {country, genre, QString(u""_s)};
    o.period = period;
    o.feature = TrendFeature::Tempo;
    o.sampleSize = n;
    o.totalStreams = streams;
    o.mean = mean;
    o.stddev = stddev;
    o.min = mean - 2 * stddev;
    o.max = mean + 2 * stddev;
    return o;
}

qint64 rows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The statistics of a set of observations pooled from scratch, the way a reader expects them.
struct Pooled
{
    qint64 count = 0;
    double mean = 0;
    double stddev = 0;
    double min = 0;
    double max = 0;
};

Pooled pool(const QList<TrendObservation> &observations)
{
    double w = 0, wx = 0, wxx = 0;
    Pooled p;
    p.min = std::numeric_limits<double>::infinity();
    p.max = -p.min;
    for (const TrendObservation &o : observations) {
        const double weight = o.totalStreams > 0 ? o.totalStreams : double(o.sampleSize);
        w += weight;
        wx += weight * o.mean;
        wxx += weight * (o.stddev * o.stddev + o.mean * o.mean);
        p.count += o.sampleSize;
        p.min = std::min(p.min, *o.min);
        p.max = std::max(p.max, *o.max);
    }
    p.mean = wx / w;
    p.stddev = std::sqrt(std::max(0.0, wxx / w - p.mean * p.mean));
    return p;
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-7 * std::max(1.0, std::abs(b));
}

// Every aggregate row as text, sums rounded to 12 significant digits (summation order differs
// between an incremental update and a rebuild in the last bits only).
QStringList aggregateRows(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT country, genre, audience, feature, window_days, end_day, count, "
                    "total_streams, sum_weights, weighted_sum, weighted_sum_squares, min_value, "
                    "max_value FROM trend_aggregates ORDER BY country, genre, audience, feature, "
                    "window_days, end_day"_s))
        return {query.lastError().text()};
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields.append(query.value(i).toString());
        for (int i = 7; i < 13; ++i)
            fields.append(query.value(i).isNull()
                              ? u"NULL"_s
                              : QString::number(query.value(i).toDouble(), 'g', 12));
        rows.append(fields.join(u'|'));
    }
    return rows;
}

} // namespace

class TestTrendStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seriesIsStreamsWeightedAcrossSources();
    void globalSegmentCombinesCountries();
    void genresPerCountryAndGlobal();
    void globalSeriesFollowsEveryChange();
    void sameKeyTwiceIsPooled();
    void incrementalAggregatesEqualFromScratch();
    void batchedAggregatesEqualRebuild();
    void rollingWindowOutsideTheKeptWindowsIsSummed();
    void replaceDeletesTheEarlierImportOnly();
    void deleteSourceRemovesItsRowsAndRebuildsAggregates();
    void invalidObservationWritesNothing();
    void genreSharesAndKeyModes();
    void countriesRoundTripAndValidate();

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestTrendStore::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = opened.value();
}

void TestTrendStore::cleanup()
{
    m_db.reset();
    m_env.reset();
}

void TestTrendStore::seriesIsStreamsWeightedAcrossSources()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 a = *store.beginSource(u"csv"_s, u"a.csv"_s, TrendStore::SourceMode::Replace);
    const qint64 b = *store.beginSource(u"csv"_s, u"b.csv"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store.addObservations(a, {observation(u"DE"_s, u""_s, kDay, 100, 0, 10, 3000)}).ok());
    QVERIFY(store
                .addObservations(b, {observation(u"DE"_s, u""_s, kDay, 120, 0, 30, 1000),
                                     observation(u"DE"_s, u""_s, kDay.addDays(7), 90, 5, 4)})
                .ok());

    auto series = store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, kDay.addDays(-1),
                               kDay.addDays(30));
    QVERIFY(series.ok());
    QCOMPARE(series->size(), 2);
    const TrendPoint &first = series->at(0);
    QCOMPARE(first.period, kDay);
    QCOMPARE(first.mean, 105.0); // (100 * 3000 + 120 * 1000) / 4000: streams, not entries
    QCOMPARE(first.sampleSize, qint64(40));
    QCOMPARE(first.weight, 4000.0);
    QVERIFY(close(first.stddev,
                  std::sqrt((3000 * 100.0 * 100 + 1000 * 120.0 * 120) / 4000 - 105.0 * 105)));
    QCOMPARE(series->at(1).mean, 90.0);
    QCOMPARE(series->at(1).stddev, 5.0);
    QCOMPARE(series->at(1).min, 80.0);
    QCOMPARE(series->at(1).weight, 0.0); // no stream counts behind it

    // A period where one source has streams and the other only entries is weighted by entries
    // for both: streams and entry counts are different units.
    QVERIFY(
        store.addObservations(a, {observation(u"DE"_s, u""_s, kDay.addDays(14), 100, 0, 1, 9000)})
            .ok());
    QVERIFY(
        store.addObservations(b, {observation(u"DE"_s, u""_s, kDay.addDays(14), 130, 0, 2)}).ok());
    const auto mixed = store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, kDay.addDays(14),
                                    kDay.addDays(14));
    QCOMPARE(mixed->at(0).mean, 120.0);
    QCOMPARE(mixed->at(0).weight, 0.0);

    // Another feature or genre, or outside the period: nothing.
    QVERIFY(store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Energy, kDay, kDay)->isEmpty());
    QVERIFY(store.series({u"DE"_s, u"pop"_s, u""_s}, TrendFeature::Tempo, kDay, kDay)->isEmpty());
    QCOMPARE(
        store
            .series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, kDay.addDays(1), kDay.addDays(7))
            ->size(),
        1);
}

void TestTrendStore::globalSegmentCombinesCountries()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 id = *store.beginSource(u"sample"_s, u"s"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store
                .addObservations(id, {observation(u"DE"_s, u""_s, kDay, 100, 0, 1, 100),
                                      observation(u"FR"_s, u""_s, kDay, 130, 0, 1, 200),
                                      observation(u"FR"_s, u"pop"_s, kDay, 500, 0, 1, 200)})
                .ok());
    auto global = store.series({}, TrendFeature::Tempo, kDay, kDay);
    QVERIFY(global.ok());
    QCOMPARE(global->size(), 1);
    QCOMPARE(global->at(0).mean, 120.0); // the genre row is not counted twice
    auto window = store.rollingWindow({}, TrendFeature::Tempo, 7, kDay.addDays(3));
    QVERIFY(window.ok() && window->has_value());
    QCOMPARE(window->value().mean, 120.0);
    QCOMPARE(window->value().period, kDay.addDays(-3));
}

void TestTrendStore::genresPerCountryAndGlobal()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    QCOMPARE(store.genres(QString()).value(), QStringList()); // an empty store
    const qint64 id = *store.beginSource(u"sample"_s, u"s"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store
                .addObservations(id, {observation(u"DE"_s, u""_s, kDay, 100, 0, 1, 100),
                                      observation(u"DE"_s, u"techno"_s, kDay, 130, 0, 1, 200),
                                      observation(u"DE"_s, u"pop"_s, kDay.addDays(7), 120, 0, 1),
                                      observation(u"FR"_s, u"pop"_s, kDay, 500, 0, 1, 200),
                                      observation(u"FR"_s, u"chanson"_s, kDay, 90, 0, 1, 200)})
                .ok());
    QCOMPARE(store.genres(u"DE"_s).value(), (QStringList{u"pop"_s, u"techno"_s}));
    QCOMPARE(store.genres(u"FR"_s).value(), (QStringList{u"chanson"_s, u"pop"_s}));
    QCOMPARE(store.genres(QString()).value(),
             (QStringList{u"chanson"_s, u"pop"_s, u"techno"_s})); // the global segment
    QCOMPARE(store.genres(u"JP"_s).value(), QStringList());
}

void TestTrendStore::globalSeriesFollowsEveryChange()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 de = *store.beginSource(u"csv"_s, u"de"_s, TrendStore::SourceMode::Replace);
    const qint64 fr = *store.beginSource(u"csv"_s, u"fr"_s, TrendStore::SourceMode::Replace);
    const QDate next = kDay.addDays(7);
    QVERIFY(store
                .addObservations(de, {observation(u"DE"_s, u"pop"_s, kDay, 100, 0, 1, 100),
                                      observation(u"DE"_s, u"pop"_s, next, 100, 0, 1, 100)})
                .ok());
    QVERIFY(store
                .addObservations(fr, {observation(u"FR"_s, u"pop"_s, kDay, 130, 0, 1, 300),
                                      observation(u"FR"_s, u"pop"_s, next, 200, 0, 3)})
                .ok());
    auto global = [&store] {
        return store.series({{}, u"pop"_s, {}}, TrendFeature::Tempo, kDay, kDay.addDays(30))
            .value();
    };
    TrendSeries series = global();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].mean, 122.5); // every observation has streams: weighted by them
    QCOMPARE(series[0].weight, 400.0);
    QCOMPARE(series[1].mean, 175.0); // FR has none that week: every entry counts once
    QCOMPARE(series[1].sampleSize, qint64(4));

    // More entries of a stored key are pooled into it, and the global series follows.
    QVERIFY(store.addObservations(de, {observation(u"DE"_s, u"pop"_s, kDay, 120, 0, 1, 100)}).ok());
    QCOMPARE(global()[0].mean, 122.0); // DE 110 over 200 streams, FR 130 over 300

    QVERIFY(store.deleteSource(fr).ok());
    series = global();
    QCOMPARE(series[0].mean, 110.0);
    QCOMPARE(series[1].mean, 100.0);
    QCOMPARE(series[1].weight, 100.0);
    QVERIFY(store.rebuildAggregates().ok());
    QCOMPARE(global()[0].mean, 110.0);
}

void TestTrendStore::sameKeyTwiceIsPooled()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 id = *store.beginSource(u"csv"_s, u"a"_s, TrendStore::SourceMode::Replace);
    const auto first = observation(u"DE"_s, u""_s, kDay, 100, 2, 5);
    const auto second = observation(u"DE"_s, u""_s, kDay, 110, 4, 15);
    QVERIFY(store.addObservations(id, {first}).ok());
    QVERIFY(store.addObservations(id, {second}).ok());
    QCOMPARE(rows(connection.database(), u"trend_observations"_s), qint64(1));
    const Pooled expected = pool({first, second});
    const TrendPoint point =
        store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, kDay, kDay)->at(0);
    QCOMPARE(point.sampleSize, qint64(20));
    QVERIFY(close(point.mean, expected.mean));
    QVERIFY(close(point.stddev, expected.stddev));
    QCOMPARE(point.min, 96.0);
    QCOMPARE(point.max, 118.0);
}

void TestTrendStore::incrementalAggregatesEqualFromScratch()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 a = *store.beginSource(u"csv"_s, u"a"_s, TrendStore::SourceMode::Replace);
    const qint64 b = *store.beginSource(u"csv"_s, u"b"_s, TrendStore::SourceMode::Replace);

    // Several batches, days out of order, two sources, some days hit twice.
    QRandomGenerator random(42);
    QList<TrendObservation> all;
    for (int batch = 0; batch < 6; ++batch) {
        QList<TrendObservation> observations;
        for (int i = 0; i < 25; ++i) {
            const QDate day = kDay.addDays(random.bounded(120));
            const double streams = batch % 2 ? 0 : 1000 + random.bounded(50000);
            observations.append(observation(u"DE"_s, u"pop"_s, day, 90 + random.bounded(60.0),
                                            random.bounded(10.0), 1 + random.bounded(40), streams));
        }
        QVERIFY(store.addObservations(batch % 3 ? a : b, observations).ok());
        all += observations;
    }

    QSqlQuery query(connection.database());
    QVERIFY(query.exec(u"SELECT window_days, end_day, count, sum_weights, weighted_sum, "
                       "weighted_sum_squares, min_value, max_value FROM trend_aggregates "
                       "ORDER BY window_days, end_day"_s));
    int checked7 = 0;
    QSet<qint64> days;
    for (const TrendObservation &o : std::as_const(all))
        days.insert(o.period.toJulianDay());
    int rowCount = 0;
    while (query.next()) {
        ++rowCount;
        const int window = query.value(0).toInt();
        const qint64 end = query.value(1).toLongLong();
        QVERIFY(days.contains(end));
        QList<TrendObservation> covered;
        for (const TrendObservation &o : std::as_const(all))
            if (o.period.toJulianDay() > end - window && o.period.toJulianDay() <= end)
                covered.append(o);
        const Pooled expected = pool(covered);
        const double w = query.value(3).toDouble();
        const double mean = query.value(4).toDouble() / w;
        const double stddev = std::sqrt(std::max(0.0, query.value(5).toDouble() / w - mean * mean));
        QCOMPARE(query.value(2).toLongLong(), expected.count);
        QVERIFY2(close(mean, expected.mean),
                 qPrintable(u"window %1 end %2: %3 vs %4"_s.arg(window).arg(end).arg(mean).arg(
                     expected.mean)));
        QVERIFY(close(stddev, expected.stddev));
        QCOMPARE(query.value(6).toDouble(), expected.min);
        QCOMPARE(query.value(7).toDouble(), expected.max);
        if (window == 7) {
            ++checked7;
            // The store's own reading of the window agrees.
            const auto point = store.rollingWindow({u"DE"_s, u"pop"_s, u""_s}, TrendFeature::Tempo,
                                                   7, QDate::fromJulianDay(end));
            QVERIFY(point.ok() && point->has_value());
            QVERIFY(close(point->value().mean, expected.mean));
            QVERIFY(close(point->value().stddev, expected.stddev));
            QCOMPARE(point->value().sampleSize, expected.count);
        }
    }
    QCOMPARE(checked7, int(days.size()));
    QCOMPARE(rowCount, 4 * int(days.size())); // every window for every day with data
}

// An import writes the aggregates once per addObservations() call: batches that share windows
// with earlier ones (days within 90 of each other, out of order, the same key twice in one
// batch, several segments and features, observations without extremes) must leave what a
// rebuild from the observations computes.
void TestTrendStore::batchedAggregatesEqualRebuild()
{
    DbConnection connection(*m_db);
    const QSqlDatabase db = connection.database();
    TrendStore store(db);
    const qint64 a = *store.beginSource(u"csv"_s, u"a"_s, TrendStore::SourceMode::Replace);
    const qint64 b = *store.beginSource(u"csv"_s, u"b"_s, TrendStore::SourceMode::Replace);
    QRandomGenerator random(7);
    const QStringList countries = {u"DE"_s, u"FR"_s};
    const QStringList genres = {u""_s, u"pop"_s, u"techno"_s};
    for (int batch = 0; batch < 8; ++batch) {
        QList<TrendObservation> observations;
        const int firstDay = batch * 40; // consecutive batches overlap within 90-day windows
        for (int i = 0; i < 60; ++i) {
            const QDate day = kDay.addDays(firstDay + random.bounded(80));
            // One source with streams, one without: pooling a key stored with the other basis
            // is the one case where the aggregates (each observation weighs on its own) differ
            // from a rebuild (the pooled row weighs on one basis) by design.
            const double streams = batch % 2 ? 1000 + random.bounded(50000) : 0;
            TrendObservation o = observation(
                countries.at(random.bounded(2)), genres.at(random.bounded(3)), day,
                90 + random.bounded(60.0), random.bounded(10.0), 1 + random.bounded(40), streams);
            o.feature = random.bounded(2) ? TrendFeature::Tempo : TrendFeature::Energy;
            if (random.bounded(4) == 0) {
                o.min.reset();
                o.max.reset();
            }
            observations.append(o);
            if (i % 10 == 0)
                observations.append(o); // the same key twice in one batch: pooled
        }
        QVERIFY(store.addObservations(batch % 2 ? a : b, observations).ok());
    }
    const QStringList batched = aggregateRows(db);
    QVERIFY(batched.size() > 400);
    QVERIFY(store.rebuildAggregates().ok());
    const QStringList rebuilt = aggregateRows(db);
    QCOMPARE(batched.size(), rebuilt.size());
    for (qsizetype i = 0; i < batched.size(); ++i)
        QCOMPARE(batched.at(i), rebuilt.at(i));

    // A later batch into the middle of the stored days updates the windows after it as well.
    QVERIFY(store
                .addObservations(a, {observation(u"DE"_s, u"pop"_s, kDay.addDays(100), 200, 1, 50),
                                     observation(u"FR"_s, u""_s, kDay.addDays(333), 60, 1, 5)})
                .ok());
    const QStringList updated = aggregateRows(db);
    QVERIFY(updated != rebuilt);
    QVERIFY(store.rebuildAggregates().ok());
    QCOMPARE(updated, aggregateRows(db));
}

void TestTrendStore::rollingWindowOutsideTheKeptWindowsIsSummed()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 id = *store.beginSource(u"csv"_s, u"a"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store
                .addObservations(id, {observation(u"DE"_s, u""_s, kDay, 100, 0, 1),
                                      observation(u"DE"_s, u""_s, kDay.addDays(10), 120, 0, 1)})
                .ok());
    const TrendSegment de{u"DE"_s, u""_s, u""_s};
    // 14 days, not a kept window: summed from the observations.
    auto window = store.rollingWindow(de, TrendFeature::Tempo, 14, kDay.addDays(12));
    QVERIFY(window.ok() && window->has_value());
    QCOMPARE(window->value().mean, 110.0);
    // A kept window ending on a day without data: also summed.
    window = store.rollingWindow(de, TrendFeature::Tempo, 7, kDay.addDays(12));
    QCOMPARE(window->value().mean, 120.0);
    // Nothing in the window.
    window = store.rollingWindow(de, TrendFeature::Tempo, 7, kDay.addDays(40));
    QVERIFY(window.ok() && !window->has_value());
}

void TestTrendStore::replaceDeletesTheEarlierImportOnly()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 first = *store.beginSource(u"csv"_s, u"/x.csv"_s, TrendStore::SourceMode::Replace);
    const qint64 other = *store.beginSource(u"csv"_s, u"/y.csv"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store.addObservations(first, {observation(u"DE"_s, u""_s, kDay, 100, 0, 1)}).ok());
    QVERIFY(store.addObservations(other, {observation(u"DE"_s, u""_s, kDay, 140, 0, 1)}).ok());

    const qint64 merged = *store.beginSource(u"csv"_s, u"/x.csv"_s, TrendStore::SourceMode::Merge);
    QCOMPARE(store.sources()->size(), 3);
    const qint64 again = *store.beginSource(u"csv"_s, u"/x.csv"_s, TrendStore::SourceMode::Replace);
    QVERIFY(again != first && again != merged);
    const auto sources = store.sources();
    QCOMPARE(sources->size(), 2);
    QStringList labels;
    for (const ImportSource &source : *sources)
        labels.append(source.label);
    labels.sort();
    QCOMPARE(labels, (QStringList{u"/x.csv"_s, u"/y.csv"_s}));
    const auto series = store.series({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, kDay, kDay);
    QCOMPARE(series->at(0).mean, 140.0);
}

void TestTrendStore::deleteSourceRemovesItsRowsAndRebuildsAggregates()
{
    DbConnection connection(*m_db);
    const QSqlDatabase db = connection.database();
    TrendStore store(db);
    const qint64 keep = *store.beginSource(u"csv"_s, u"keep"_s, TrendStore::SourceMode::Replace);
    const qint64 drop = *store.beginSource(u"csv"_s, u"drop"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store.addObservations(keep, {observation(u"DE"_s, u""_s, kDay, 100, 1, 2)}).ok());
    QVERIFY(store
                .addObservations(drop, {observation(u"DE"_s, u""_s, kDay, 200, 1, 2),
                                        observation(u"DE"_s, u""_s, kDay.addDays(3), 50, 1, 2),
                                        observation(u"FR"_s, u""_s, kDay, 80, 1, 2)})
                .ok());
    QVERIFY(store.addGenreShares(drop, {{u"DE"_s, kDay, u"pop"_s, 0.5, std::nullopt, 1}}).ok());
    QVERIFY(store.addKeyModeCounts(drop, {{u"DE"_s, u""_s, kDay, 0, 1, 3, 1.0}}).ok());
    QVERIFY(
        store.upsertCountries({{u"FR"_s, u"France"_s, u"Europe"_s, {u"fr"_s}, 0.6, 0}}, drop).ok());

    QVERIFY(store.deleteSource(drop).ok());
    QCOMPARE(rows(db, u"trend_observations"_s), qint64(1));
    QCOMPARE(rows(db, u"genre_popularity"_s), qint64(0));
    QCOMPARE(rows(db, u"key_mode_distribution"_s), qint64(0));
    QCOMPARE(rows(db, u"import_sources"_s), qint64(1));
    QCOMPARE(rows(db, u"trend_aggregates"_s), qint64(4)); // DE on kDay, four windows
    const auto window = store.rollingWindow({u"DE"_s, u""_s, u""_s}, TrendFeature::Tempo, 90, kDay);
    QCOMPARE(window->value().mean, 100.0);
    QCOMPARE(window->value().sampleSize, qint64(2));
    // The country profile stays, without its source.
    const auto countries = store.countries();
    QCOMPARE(countries->size(), 1);
    QCOMPARE(countries->at(0).marketWeight, 0.6);
    QCOMPARE(countries->at(0).sourceId, qint64(0));
}

void TestTrendStore::invalidObservationWritesNothing()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 id = *store.beginSource(u"csv"_s, u"a"_s, TrendStore::SourceMode::Replace);
    auto bad = observation(u"DE"_s, u""_s, kDay.addDays(1), std::nan(""), 0, 1);
    auto added = store.addObservations(id, {observation(u"DE"_s, u""_s, kDay, 100, 0, 1), bad});
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().code), int(ErrorCode::InvalidInput));
    QCOMPARE(rows(connection.database(), u"trend_observations"_s), qint64(0));
    QCOMPARE(rows(connection.database(), u"trend_aggregates"_s), qint64(0));
}

void TestTrendStore::genreSharesAndKeyModes()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 id = *store.beginSource(u"prototype"_s, u"p"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store
                .addGenreShares(id, {{u"DE"_s, kDay, u"pop"_s, 0.2, std::nullopt, 2},
                                     {u"DE"_s, kDay, u"techno"_s, 0.5, std::nullopt, 1}})
                .ok());
    // A second write of the same key without growth/rank keeps what was known.
    QVERIFY(store.addGenreShares(id, {{u"DE"_s, kDay, u"pop"_s, 0.25, 0.1, 0}}).ok());
    const auto shares = store.genreShares(u"DE"_s, kDay, kDay);
    QCOMPARE(shares->size(), 2);
    QCOMPARE(shares->at(0).genre, u"techno"_s);
    QCOMPARE(shares->at(1).share, 0.25);
    QCOMPARE(shares->at(1).growth, std::optional<double>(0.1));
    QCOMPARE(shares->at(1).rank, 2);

    QVERIFY(store
                .addKeyModeCounts(id, {{u"DE"_s, u""_s, kDay, 9, 0, 3, 0.75},
                                       {u"DE"_s, u""_s, kDay, 0, 1, 1, 0.25}})
                .ok());
    const auto keys = store.keyModeDistribution(u"DE"_s, u""_s, kDay, kDay);
    QCOMPARE(keys->size(), 2);
    QCOMPARE(keys->at(1).key, 9);
    QCOMPARE(keys->at(1).count, qint64(3));
    QCOMPARE(keys->at(1).share, 0.75);
}

void TestTrendStore::countriesRoundTripAndValidate()
{
    DbConnection connection(*m_db);
    TrendStore store(connection.database());
    const qint64 id = *store.beginSource(u"prototype"_s, u"p"_s, TrendStore::SourceMode::Replace);
    QVERIFY(store.upsertCountries({{u"JP"_s, u"Japan"_s, u"Asia"_s, {u"ja"_s}, 0.7, 0}}, id).ok());
    QVERIFY(store.ensureCountries({u"JP"_s, u"BR"_s}, id).ok());
    const auto countries = store.countries();
    QCOMPARE(countries->size(), 2);
    QCOMPARE(countries->at(0).code, u"BR"_s);
    QCOMPARE(countries->at(0).name, u"Brazil"_s);
    QCOMPARE(countries->at(1).languages, QStringList{u"ja"_s});
    QCOMPARE(countries->at(1).marketWeight, 0.7); // ensureCountries leaves profiles alone
    QVERIFY(!store.upsertCountries({{u"XX"_s, u"?"_s, u""_s, {}, 0.5, 0}}, id).ok());
    QVERIFY(!store.upsertCountries({{u"DE"_s, u"Germany"_s, u""_s, {}, 1.5, 0}}, id).ok());
    // The schema refuses out-of-range values even from raw SQL.
    QSqlQuery query(connection.database());
    QVERIFY(
        !query.exec(u"INSERT INTO key_mode_distribution (source_id, country, genre, period, "
                    "key, mode, count, share) VALUES (1, 'DE', '', '2024-01-01', 12, 0, 1, 1)"_s));
}

QTEST_GUILESS_MAIN(TestTrendStore)
#include "tst_trendstore.moc"
