#include "trendscaledata.h"

#include "storage/database.h"
#include "storage/dbconnection.h"
#include "storage/sqlvalue.h"
#include "trends/trendglobalseries.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

const QDate kFirstWeek(2016, 1, 4); // a Monday; 520 weeks end in December 2025

// Per feature: the level of genre 0, the step between genres, the weekly noise and the spread
// of the entries within a week, so every feature looks like its own unit.
struct FeatureShape
{
    double base;
    double genreStep;
    double noise;
    double spread;
};
constexpr std::array<FeatureShape, 7> kShapes = {{
    {92, 3, 2.5, 12},         // tempo (BPM)
    {0.45, 0.02, 0.03, 0.15}, // energy
    {0.5, 0.015, 0.03, 0.12}, // danceability
    {0.4, 0.015, 0.03, 0.15}, // valence
    {-12, 0.3, 0.4, 2},       // loudness (dB)
    {170, 3, 4, 30},          // duration_s
    {0.55, 0.005, 0.04, 0.5}, // mode (major share)
}};

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return Error(ErrorCode::Storage, what + u": "_s + query.lastError().text());
}

QString markerName(int features)
{
    return u"complete-%1-features"_s.arg(features);
}

// Why the marker: a half-built database (interrupted run) must not be measured as complete.
Result<TrendScaleData::Built> fill(const Database &database, int featureCount)
{
    DbConnection connection(database);
    if (!connection.isOpen())
        return Error(ErrorCode::Storage, connection.errorString());
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    for (const char *table : {"trend_aggregates", "trend_observations", "genre_popularity",
                              "key_mode_distribution", "countries", "import_sources"}) {
        if (!query.exec(u"DELETE FROM "_s + QLatin1StringView(table)))
            return sqlError(u"clear"_s, query);
    }
    if (!db.transaction())
        return Error(ErrorCode::Storage, db.lastError().text());
    query.prepare(u"INSERT INTO import_sources (kind, label, imported_at, rows_accepted) "
                  "VALUES ('csv', 'bench_trendscale', ?, 0)"_s);
    query.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(u"source"_s, query);
    const qint64 source = query.lastInsertId().toLongLong();

    const QStringList codes = TrendScaleData::countryCodes();
    const QStringList genres = TrendScaleData::genreNames();
    QSqlQuery country(db);
    country.prepare(u"INSERT INTO countries (code, name, region, market_weight, source_id) "
                    "VALUES (?, ?, 'bench', ?, ?)"_s);
    for (qsizetype c = 0; c < codes.size(); ++c) {
        country.addBindValue(codes[c]);
        country.addBindValue(u"Country "_s + codes[c]);
        country.addBindValue(0.1 + 0.9 * double(c % 10) / 9);
        country.addBindValue(source);
        if (!country.exec())
            return sqlError(u"country"_s, country);
    }

    QStringList periods;
    for (int w = 0; w < TrendScaleData::kWeeks; ++w)
        periods.append(kFirstWeek.addDays(7 * w).toString(Qt::ISODate));
    QList<TrendFeature> features(std::begin(kTrendFeatures),
                                 std::begin(kTrendFeatures) + featureCount);
    QStringList featureNames;
    for (TrendFeature feature : features)
        featureNames.append(trendFeatureName(feature));

    QSqlQuery observation(db);
    observation.prepare(u"INSERT INTO trend_observations (source_id, country, genre, audience, "
                        "period, feature, sample_size, total_streams, mean, std, min_value, "
                        "max_value) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery share(db);
    share.prepare(u"INSERT INTO genre_popularity (source_id, country, period, genre, "
                  "stream_share, growth, rank) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    TrendScaleData::Built built;
    built.features = features;
    QRandomGenerator rng(20251125);
    auto insertObservation = [&](const QString &code, const QString &genre, int week,
                                 const QString &feature, qint64 entries, double streams,
                                 double mean, double sd) {
        observation.bindValue(0, source);
        observation.bindValue(1, code);
        observation.bindValue(2, SqlValue::fromText(genre));
        observation.bindValue(3, periods[week]);
        observation.bindValue(4, feature);
        observation.bindValue(5, entries);
        observation.bindValue(6, streams);
        observation.bindValue(7, mean);
        observation.bindValue(8, sd);
        observation.bindValue(9, mean - 2 * sd);
        observation.bindValue(10, mean + 2 * sd);
        ++built.observations;
        return observation.exec();
    };

    for (qsizetype c = 0; c < codes.size(); ++c) {
        QList<double> previousShares(genres.size(), 0);
        for (int week = 0; week < TrendScaleData::kWeeks; ++week) {
            // One week of one country: every genre's entries and streams, then each feature's
            // genre rows and the country's all-genre total (streams-weighted mixture).
            std::array<qint64, TrendScaleData::kGenres> entries{};
            std::array<double, TrendScaleData::kGenres> streams{};
            for (int g = 0; g < TrendScaleData::kGenres; ++g) {
                entries[g] = 20 + rng.bounded(60);
                streams[g] = double(entries[g]) * (1000 + rng.bounded(200000)) * (1 + g % 5);
            }
            const double totalStreams = std::accumulate(streams.begin(), streams.end(), 0.0);
            const qint64 totalEntries = std::accumulate(entries.begin(), entries.end(), qint64(0));
            for (qsizetype f = 0; f < features.size(); ++f) {
                const FeatureShape &shape = kShapes[size_t(f)];
                double sum = 0;
                double squares = 0;
                for (int g = 0; g < TrendScaleData::kGenres; ++g) {
                    // A slow drift that differs by country and genre, a yearly cycle, noise.
                    const double drift = shape.noise * week / 100.0 * (double((c + g) % 7) - 3) / 3;
                    const double season = shape.noise * std::sin(2 * M_PI * week / 52.18 + c);
                    const double mean = shape.base + shape.genreStep * g + drift + season +
                                        shape.noise * (rng.generateDouble() * 2 - 1);
                    const double sd = shape.spread * (0.8 + 0.4 * rng.generateDouble());
                    if (!insertObservation(codes[c], genres[g], week, featureNames[f], entries[g],
                                           streams[g], mean, sd))
                        return sqlError(u"observation"_s, observation);
                    sum += streams[g] * mean;
                    squares += streams[g] * (sd * sd + mean * mean);
                }
                const double mean = sum / totalStreams;
                const double sd = std::sqrt(std::max(0.0, squares / totalStreams - mean * mean));
                if (!insertObservation(codes[c], QString(), week, featureNames[f], totalEntries,
                                       totalStreams, mean, sd))
                    return sqlError(u"country total"_s, observation);
            }
            std::array<int, TrendScaleData::kGenres> order{};
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return streams[a] > streams[b]; });
            for (int rank = 0; rank < TrendScaleData::kGenres; ++rank) {
                const int g = order[size_t(rank)];
                const double value = streams[g] / totalStreams;
                share.bindValue(0, source);
                share.bindValue(1, codes[c]);
                share.bindValue(2, periods[week]);
                share.bindValue(3, genres[g]);
                share.bindValue(4, value);
                share.bindValue(5,
                                week == 0 ? QVariant() : QVariant(value / previousShares[g] - 1));
                share.bindValue(6, rank + 1);
                if (!share.exec())
                    return sqlError(u"genre share"_s, share);
                previousShares[g] = value;
                ++built.genreShares;
            }
        }
    }
    query.prepare(u"UPDATE import_sources SET rows_accepted = ? WHERE id = ?"_s);
    query.addBindValue(built.observations);
    query.addBindValue(source);
    if (!query.exec())
        return sqlError(u"source rows"_s, query);
    // The importers keep the global series pooled as they write; bulk INSERTs pool it once.
    if (auto pooled = TrendGlobalSeries(db).rebuildAll(); !pooled)
        return pooled.error();
    if (!db.commit())
        return Error(ErrorCode::Storage, db.lastError().text());
    if (!query.exec(u"ANALYZE"_s))
        return sqlError(u"analyze"_s, query);
    return built;
}

} // namespace

QStringList TrendScaleData::countryCodes()
{
    QStringList codes;
    for (int i = 0; i < kCountries; ++i)
        codes.append(QString(QChar(u'A' + i / 26)) + QChar(u'A' + i % 26));
    return codes;
}

QStringList TrendScaleData::genreNames()
{
    return {u"afrobeats"_s, u"ambient"_s, u"blues"_s, u"classical"_s, u"country"_s,
            u"dance"_s,     u"drill"_s,   u"edm"_s,   u"folk"_s,      u"funk"_s,
            u"hip-hop"_s,   u"house"_s,   u"indie"_s, u"jazz"_s,      u"k-pop"_s,
            u"latin"_s,     u"metal"_s,   u"pop"_s,   u"r&b"_s,       u"rock"_s};
}

Result<TrendScaleData::Built> TrendScaleData::ensure(const QString &directory, int features,
                                                     bool rebuild)
{
    features = std::clamp(features, 1, int(std::size(kTrendFeatures)));
    QDir dir(directory);
    if (!dir.mkpath(u"."_s))
        return Error(ErrorCode::Storage, u"cannot create "_s + directory);
    const QString path = dir.filePath(u"studio.sqlite"_s);
    const QString marker = dir.filePath(markerName(features));
    if (rebuild || !QFile::exists(marker)) {
        for (const QString &old : dir.entryList({u"complete-*"_s}, QDir::Files))
            dir.remove(old);
    }
    auto database = Database::open(path);
    if (!database)
        return database.error();
    Built built;
    if (QFile::exists(marker)) {
        DbConnection connection(**database);
        QSqlQuery count(connection.database());
        if (!count.exec(u"SELECT (SELECT COUNT(*) FROM trend_observations), "
                        "(SELECT COUNT(*) FROM genre_popularity)"_s) ||
            !count.next())
            return sqlError(u"count"_s, count);
        built.observations = count.value(0).toLongLong();
        built.genreShares = count.value(1).toLongLong();
        built.reused = true;
        built.features =
            QList<TrendFeature>(std::begin(kTrendFeatures), std::begin(kTrendFeatures) + features);
    } else {
        QElapsedTimer timer;
        timer.start();
        auto filled = fill(**database, features);
        if (!filled)
            return filled.error();
        built = *filled;
        built.milliseconds = timer.elapsed();
        QFile done(marker);
        if (!done.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Storage, u"cannot write "_s + marker);
    }
    built.databasePath = path;
    built.databaseBytes = QFileInfo(path).size();
    return built;
}
