#include "trendstore.h"

#include "domain/countrycodes.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlvalue.h"
#include "trends/trendaggregates.h"
#include "trends/trendglobalseries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// `what` is a QT_TRANSLATE_NOOP fragment ("read the observations"), `arg` fills its %1.
Error storageError(const char *what, const QSqlQuery &query, const QString &arg = {})
{
    QString fragment = QCoreApplication::translate("TrendStore", what);
    if (!arg.isEmpty())
        fragment = fragment.arg(arg);
    return Error(ErrorCode::Storage, QCoreApplication::translate("TrendStore", "Could not %1: %2")
                                         .arg(fragment, query.lastError().text()));
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// The sums of the observations matching %1, optionally per period. %2 is the streams an
// observation weighs with (0: weigh by its entries): kCommonBasis weighs by streams only when
// every observation of the period (or window) has them, never streams for some and entries for
// others. (The aggregates weigh each observation on its own; see TrendAggregates::rebuild.)
const QString kObservationSums = QStringLiteral(
    "SUM(sample_size), SUM(s), SUM(w), SUM(w * mean), SUM(w * (std * std + mean * mean)), "
    "MIN(min_value), MAX(max_value) FROM (SELECT *, CASE WHEN s > 0 THEN s ELSE sample_size END "
    "AS w FROM (SELECT period, sample_size, mean, std, min_value, max_value, %2 AS s FROM "
    "trend_observations WHERE %1) streams) weighted");
const QString kCommonBasis =
    QStringLiteral("CASE WHEN MIN(total_streams) OVER (%1) > 0 THEN total_streams ELSE 0 END");

// WHERE clause and values for a segment: no country means every country.
QString segmentFilter(const TrendSegment &segment, QVariantList *values)
{
    QString where = QStringLiteral("genre = ? AND audience = ? AND feature = ?");
    values->append(SqlValue::fromText(segment.genre));
    values->append(SqlValue::fromText(segment.audience));
    if (!segment.country.isEmpty()) {
        where.prepend(QStringLiteral("country = ? AND "));
        values->prepend(segment.country);
    }
    return where;
}

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// Writes observations with statements prepared once per addObservations() call: one INSERT per
// new key; a key stored already (more entries of the same day) is read and pooled into its row.
class ObservationWriter
{
public:
    explicit ObservationWriter(const QSqlDatabase &db)
        : m_insert(db)
        , m_select(db)
        , m_update(db)
    {
        m_insert.prepare(u"INSERT INTO trend_observations (source_id, country, genre, audience, "
                         "period, feature, sample_size, total_streams, mean, std, min_value, "
                         "max_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                         "(source_id, country, genre, audience, period, feature) DO NOTHING"_s);
    }

    Result<void> write(qint64 sourceId, const TrendObservation &o)
    {
        const QVariantList key = {sourceId,
                                  o.segment.country,
                                  SqlValue::fromText(o.segment.genre),
                                  SqlValue::fromText(o.segment.audience),
                                  isoDate(o.period),
                                  trendFeatureName(o.feature)};
        const QVariantList values = {o.sampleSize, o.totalStreams,        o.mean,
                                     o.stddev,     optionalDouble(o.min), optionalDouble(o.max)};
        if (!execWith(m_insert, key + values))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "store an observation"), m_insert);
        if (m_insert.numRowsAffected() > 0)
            return {};
        return pool(key, o);
    }

private:
    // Same key again: pool both into one row (pooled mean and variance, summed counts).
    Result<void> pool(const QVariantList &key, const TrendObservation &o)
    {
        const QString where = u" WHERE source_id = ? AND country = ? AND genre = ? AND "
                              "audience = ? AND period = ? AND feature = ?"_s;
        if (m_select.lastQuery().isEmpty()) {
            m_select.prepare(u"SELECT sample_size, total_streams, mean, std, min_value, "
                             "max_value FROM trend_observations"_s +
                             where);
            m_update.prepare(u"UPDATE trend_observations SET sample_size = ?, total_streams = ?, "
                             "mean = ?, std = ?, min_value = ?, max_value = ?"_s +
                             where);
        }
        if (!execWith(m_select, key) || !m_select.next())
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "read an observation"), m_select);
        TrendObservation stored = o;
        stored.sampleSize = m_select.value(0).toLongLong();
        stored.totalStreams = m_select.value(1).toDouble();
        stored.mean = m_select.value(2).toDouble();
        stored.stddev = m_select.value(3).toDouble();
        stored.min = optionalFrom(m_select.value(4));
        stored.max = optionalFrom(m_select.value(5));
        m_select.finish();
        TrendSums merged = TrendSums::of(stored);
        merged.add(TrendSums::of(o));
        const QVariantList values = {merged.count,
                                     merged.streams,
                                     merged.mean(),
                                     merged.stddev(),
                                     optionalDouble(merged.min),
                                     optionalDouble(merged.max)};
        if (!execWith(m_update, values + key))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "merge an observation"), m_update);
        return {};
    }

    QSqlQuery m_insert;
    QSqlQuery m_select;
    QSqlQuery m_update;
};

// Reads (country, genre, audience, feature) rows.
QList<TrendAggregateKey> keysFrom(QSqlQuery &query)
{
    QList<TrendAggregateKey> keys;
    while (query.next()) {
        keys.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString()});
    }
    return keys;
}

} // namespace

TrendStore::TrendStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{}

Result<qint64> TrendStore::beginSource(const QString &kind, const QString &label, SourceMode mode)
{
    ScopedTransaction transaction(m_db);
    if (mode == SourceMode::Replace) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT id FROM import_sources WHERE kind = ? AND label = ?"_s);
        if (!execWith(query, {kind, label}))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "look up earlier imports"), query);
        QList<qint64> earlier;
        while (query.next())
            earlier.append(query.value(0).toLongLong());
        for (qint64 id : earlier)
            if (auto deleted = deleteSource(id); !deleted)
                return deleted.error();
    }
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO import_sources (kind, label, imported_at) VALUES (?, ?, ?)"_s +
                   m_dialect.returningClause(u"id"_s));
    if (!execWith(insert, {kind, SqlValue::fromText(label),
                           SqlValue::fromDateTime(QDateTime::currentDateTimeUtc())}) ||
        !insert.next())
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "register the import"), insert);
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> TrendStore::finishSource(qint64 sourceId, qint64 rowsAccepted, qint64 rowsRejected)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE import_sources SET rows_accepted = ?, rows_rejected = ? WHERE id = ?"_s);
    if (!execWith(query, {rowsAccepted, rowsRejected, sourceId}))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "record the import's counts"), query);
    return {};
}

Result<QList<ImportSource>> TrendStore::sources()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, kind, label, imported_at, rows_accepted, rows_rejected "
                    "FROM import_sources ORDER BY imported_at DESC, id DESC"_s))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "list the imports"), query);
    QList<ImportSource> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), SqlValue::toDateTime(query.value(3)),
                     query.value(4).toLongLong(), query.value(5).toLongLong()});
    }
    return list;
}

Result<void> TrendStore::deleteSourceRows(qint64 sourceId)
{
    // Explicit deletes rather than relying on ON DELETE CASCADE, which needs foreign keys on.
    const QString statements[] = {
        u"DELETE FROM trend_observations WHERE source_id = ?"_s,
        u"DELETE FROM genre_popularity WHERE source_id = ?"_s,
        u"DELETE FROM key_mode_distribution WHERE source_id = ?"_s,
        u"UPDATE countries SET source_id = NULL WHERE source_id = ?"_s,
        u"DELETE FROM import_sources WHERE id = ?"_s,
    };
    for (const QString &sql : statements) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        if (!execWith(query, {sourceId}))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "delete an import"), query);
    }
    return {};
}

Result<void> TrendStore::deleteSource(qint64 sourceId)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT DISTINCT country, genre, audience, feature FROM trend_observations "
                  "WHERE source_id = ?"_s);
    if (!execWith(query, {sourceId}))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "find what an import brought"), query);
    const QList<TrendAggregateKey> keys = keysFrom(query);
    query.finish();
    if (auto deleted = deleteSourceRows(sourceId); !deleted)
        return deleted;
    if (auto rebuilt = TrendAggregates(m_db).rebuild(keys); !rebuilt)
        return rebuilt;
    if (auto pooled = TrendGlobalSeries(m_db).refreshKeys(keys); !pooled)
        return pooled;
    return transaction.commit();
}

Result<void> TrendStore::upsertCountries(const QList<TrendCountry> &countries, qint64 sourceId)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO countries (code, name, region, languages, market_weight, "
                  "source_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                  "name = excluded.name, region = excluded.region, languages = "
                  "excluded.languages, market_weight = excluded.market_weight, source_id = "
                  "excluded.source_id"_s);
    for (const TrendCountry &country : countries) {
        if (!CountryCodes::isValid(country.code) || country.marketWeight < 0 ||
            country.marketWeight > 1) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "TrendStore",
                             "%1 is not a country profile the studio can store (an ISO code and "
                             "a market weight from 0 to 1 are needed).")
                             .arg(country.code));
        }
        query.addBindValue(country.code);
        query.addBindValue(SqlValue::fromText(
            country.name.isEmpty() ? CountryCodes::name(country.code) : country.name));
        query.addBindValue(SqlValue::fromText(country.region));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(country.languages))
                                  .toJson(QJsonDocument::Compact)));
        query.addBindValue(country.marketWeight);
        query.addBindValue(sourceId > 0 ? QVariant(sourceId)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
        if (!query.exec())
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "store the profile of %1"), query,
                                country.code);
    }
    return transaction.commit();
}

Result<void> TrendStore::ensureCountries(const QStringList &codes, qint64 sourceId)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO countries (code, name, source_id) VALUES (?, ?, ?) "
                  "ON CONFLICT (code) DO NOTHING"_s);
    for (const QString &code : codes) {
        if (!execWith(query, {code, SqlValue::fromText(CountryCodes::name(code)), sourceId}))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "store the profile of %1"), query,
                                code);
    }
    return transaction.commit();
}

Result<QList<TrendCountry>> TrendStore::countries()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT code, name, region, languages, market_weight, source_id "
                    "FROM countries ORDER BY code"_s))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "list the countries"), query);
    QList<TrendCountry> list;
    while (query.next()) {
        TrendCountry country;
        country.code = query.value(0).toString();
        country.name = query.value(1).toString();
        country.region = query.value(2).toString();
        const QJsonArray languages =
            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
        for (const QJsonValue &language : languages)
            country.languages.append(language.toString());
        country.marketWeight = query.value(4).toDouble();
        country.sourceId = query.value(5).toLongLong();
        list.append(country);
    }
    return list;
}

Result<QStringList> TrendStore::genres(const QString &country)
{
    // A skip scan: each step asks the index for the next genre, so a store of millions of rows
    // answers in a few dozen lookups instead of a scan.
    const QString filter = country.isEmpty() ? QString() : u" AND country = :country"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"WITH RECURSIVE next_genre(genre) AS ("
                  "SELECT MIN(genre) FROM trend_observations WHERE genre > ''"_s +
                  filter +
                  u" UNION ALL SELECT (SELECT MIN(genre) FROM trend_observations "
                  "WHERE genre > next_genre.genre"_s +
                  filter +
                  u") FROM next_genre WHERE next_genre.genre IS NOT NULL) "
                  "SELECT genre FROM next_genre WHERE genre IS NOT NULL"_s);
    if (!country.isEmpty())
        query.bindValue(u":country"_s, country);
    if (!query.exec())
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "list the genres"), query);
    QStringList list;
    while (query.next())
        list.append(query.value(0).toString());
    return list;
}

Result<void> TrendStore::addObservations(qint64 sourceId,
                                         const QList<TrendObservation> &observations)
{
    for (const TrendObservation &o : observations) {
        if (o.segment.country.size() != 2 || !o.period.isValid() || o.sampleSize < 1 ||
            !std::isfinite(o.mean) || !std::isfinite(o.stddev) || o.totalStreams < 0) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "TrendStore",
                             "An observation needs a country, a period, at least one entry and "
                             "finite statistics (%1, %2).")
                             .arg(o.segment.label(), isoDate(o.period)));
        }
    }
    ScopedTransaction transaction(m_db);
    ObservationWriter writer(m_db);
    TrendAggregates aggregates(m_db);
    for (const TrendObservation &observation : observations) {
        if (auto written = writer.write(sourceId, observation); !written)
            return written;
        aggregates.add(observation);
    }
    if (auto applied = aggregates.apply(); !applied)
        return applied;
    if (auto pooled = TrendGlobalSeries(m_db).refreshPeriods(observations); !pooled)
        return pooled;
    return transaction.commit();
}

Result<void> TrendStore::rebuildAggregates()
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM trend_aggregates"_s))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "clear the trend aggregates"), query);
    if (!query.exec(u"SELECT DISTINCT country, genre, audience, feature FROM trend_observations"_s))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "list the trend segments"), query);
    const QList<TrendAggregateKey> keys = keysFrom(query);
    query.finish();
    if (auto rebuilt = TrendAggregates(m_db).rebuild(keys); !rebuilt)
        return rebuilt;
    if (auto pooled = TrendGlobalSeries(m_db).rebuildAll(); !pooled)
        return pooled;
    return transaction.commit();
}

Result<void> TrendStore::addGenreShares(qint64 sourceId, const QList<GenreShare> &shares)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO genre_popularity (source_id, country, period, genre, "
                  "stream_share, growth, rank) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                  "(source_id, country, period, genre) DO UPDATE SET stream_share = "
                  "excluded.stream_share, growth = COALESCE(excluded.growth, "
                  "genre_popularity.growth), rank = COALESCE(excluded.rank, "
                  "genre_popularity.rank)"_s);
    for (const GenreShare &share : shares) {
        const QVariant rank =
            share.rank > 0 ? QVariant(share.rank) : QVariant(QMetaType(QMetaType::Int));
        if (!execWith(query, {sourceId, share.country, isoDate(share.period), share.genre,
                              share.share, optionalDouble(share.growth), rank}))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "store a genre share"), query);
    }
    return transaction.commit();
}

Result<void> TrendStore::addKeyModeCounts(qint64 sourceId, const QList<KeyModeCount> &counts)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO key_mode_distribution (source_id, country, genre, period, key, "
                  "mode, count, share) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, "
                  "country, genre, period, key, mode) DO UPDATE SET count = excluded.count, "
                  "share = excluded.share"_s);
    for (const KeyModeCount &count : counts) {
        if (!execWith(query,
                      {sourceId, count.country, SqlValue::fromText(count.genre),
                       isoDate(count.period), count.key, count.mode, count.count, count.share}))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "store a key/mode count"), query);
    }
    return transaction.commit();
}

Result<TrendSeries> TrendStore::series(const TrendSegment &segment, TrendFeature feature,
                                       const QDate &from, const QDate &to)
{
    if (segment.country.isEmpty()) // pooled over the countries as they were imported
        return TrendGlobalSeries(m_db).series(segment.genre, segment.audience,
                                              trendFeatureName(feature), from, to);
    QVariantList values;
    const QString where = segmentFilter(segment, &values) + u" AND period >= ? AND period <= ?"_s;
    values << trendFeatureName(feature) << isoDate(from) << isoDate(to);
    // One pass with both bases summed, the choice made per period below: the kCommonBasis
    // window function cost a materialized subquery and a sort, 0.4 s for a global segment's
    // 130,000 rows. The segment indexes end in period, so GROUP BY needs no sort.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(TrendSums::bothBasesQuery(u"period"_s, where) + u" ORDER BY period"_s);
    if (!execWith(query, values))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "read the trend of %1"), query,
                            segment.label());
    TrendSeries series;
    while (query.next()) {
        const TrendSums sums = TrendSums::fromBothBases(query, 1);
        series.append(sums.point(QDate::fromString(query.value(0).toString(), Qt::ISODate)));
    }
    return series;
}

Result<std::optional<TrendPoint>> TrendStore::rollingWindow(const TrendSegment &segment,
                                                            TrendFeature feature, int windowDays,
                                                            const QDate &endDate)
{
    if (windowDays < 1 || !endDate.isValid())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("TrendStore",
                                                 "A window needs at least one day and an end."));
    const QDate first = endDate.addDays(1 - windowDays);
    QSqlQuery query(m_db);
    const bool kept =
        std::find(std::begin(kWindows), std::end(kWindows), windowDays) != std::end(kWindows);
    if (kept && !segment.country.isEmpty()) {
        query.prepare(u"SELECT count, total_streams, sum_weights, weighted_sum, "
                      "weighted_sum_squares, min_value, max_value FROM trend_aggregates WHERE "
                      "country = ? AND genre = ? AND audience = ? AND feature = ? AND "
                      "window_days = ? AND end_day = ?"_s);
        if (!execWith(query, {segment.country, SqlValue::fromText(segment.genre),
                              SqlValue::fromText(segment.audience), trendFeatureName(feature),
                              windowDays, endDate.toJulianDay()}))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "read the trend aggregates"),
                                query);
        if (query.next())
            return std::optional<TrendPoint>(TrendSums::from(query, 0).point(first));
        query.finish();
    }
    QVariantList values;
    const QString where = segmentFilter(segment, &values) + u" AND period >= ? AND period <= ?"_s;
    values << trendFeatureName(feature) << isoDate(first) << isoDate(endDate);
    query.prepare(u"SELECT "_s + kObservationSums.arg(where, kCommonBasis.arg(QString())));
    if (!execWith(query, values))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "read the trend of %1"), query,
                            segment.label());
    if (!query.next() || query.value(0).isNull() || query.value(0).toLongLong() == 0)
        return std::optional<TrendPoint>();
    return std::optional<TrendPoint>(TrendSums::from(query, 0).point(first));
}

Result<QList<GenreShare>> TrendStore::genreShares(const QString &country, const QDate &from,
                                                  const QDate &to)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT period, genre, AVG(stream_share), AVG(growth), MIN(rank) FROM "
                  "genre_popularity WHERE country = ? AND period >= ? AND period <= ? "
                  "GROUP BY period, genre ORDER BY period, AVG(stream_share) DESC, genre"_s);
    if (!execWith(query, {country, isoDate(from), isoDate(to)}))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "read the genre shares of %1"), query,
                            country);
    QList<GenreShare> list;
    while (query.next()) {
        GenreShare share;
        share.country = country;
        share.period = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        share.genre = query.value(1).toString();
        share.share = query.value(2).toDouble();
        share.growth = optionalFrom(query.value(3));
        share.rank = query.value(4).toInt();
        list.append(share);
    }
    return list;
}

Result<QList<KeyModeCount>> TrendStore::keyModeDistribution(const QString &country,
                                                            const QString &genre, const QDate &from,
                                                            const QDate &to)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT period, key, mode, SUM(count) FROM key_mode_distribution WHERE "
                  "country = ? AND genre = ? AND period >= ? AND period <= ? "
                  "GROUP BY period, key, mode ORDER BY period, key, mode"_s);
    if (!execWith(query, {country, SqlValue::fromText(genre), isoDate(from), isoDate(to)}))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "read the keys of %1"), query, country);
    QList<KeyModeCount> list;
    QHash<QDate, qint64> totals;
    while (query.next()) {
        KeyModeCount count;
        count.country = country;
        count.genre = genre;
        count.period = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        count.key = query.value(1).toInt();
        count.mode = query.value(2).toInt();
        count.count = query.value(3).toLongLong();
        totals[count.period] += count.count;
        list.append(count);
    }
    // Shares over the summed counts, so two sources of the same period combine properly.
    for (KeyModeCount &count : list) {
        const qint64 total = totals.value(count.period);
        count.share = total > 0 ? double(count.count) / double(total) : 0;
    }
    return list;
}
