#include "performancestore.h"

#include "storage/scopedtransaction.h"
#include "storage/sqldialect.h"
#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

Error storageError(const char *what, const QSqlQuery &query)
{
    return Error(
        ErrorCode::Storage,
        QCoreApplication::translate("PerformanceStore", "Could not %1: %2")
            .arg(QCoreApplication::translate("PerformanceStore", what), query.lastError().text()));
}

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

} // namespace

PerformanceStore::PerformanceStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> PerformanceStore::beginSource(const QString &label)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM performance_sources WHERE label = ?"_s);
    if (!execWith(query, {label}))
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "replace the earlier import"),
                            query);
    query.prepare(u"INSERT INTO performance_sources (label, imported_at) VALUES (?, ?)"_s +
                  SqlDialect::forDatabase(m_db).returningClause(u"id"_s));
    if (!execWith(query, {label, SqlValue::fromDateTime(QDateTime::currentDateTimeUtc())}) ||
        !query.next())
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "register the import"), query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> PerformanceStore::finishSource(qint64 sourceId, qint64 accepted, qint64 rejected)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE performance_sources SET rows_accepted = ?, rows_rejected = ? WHERE id = ?"_s);
    if (!execWith(query, {accepted, rejected, sourceId}))
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "finish the import"), query);
    return {};
}

Result<void> PerformanceStore::addRows(qint64 sourceId, const QList<PerformanceRow> &rows)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery known(m_db);
    known.prepare(u"SELECT artist_id FROM performance WHERE artist_id IS NOT NULL AND "
                  "((isrc <> '' AND isrc = ?) OR (release <> '' AND release = ?)) LIMIT 1"_s);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO performance (source_id, day, release, isrc, artist_id, country, "
                   "store, streams, revenue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QHash<QString, QString> matched; // isrc or release -> artist, within this batch
    for (const PerformanceRow &row : rows) {
        QString artistId = row.artistId;
        if (artistId.isEmpty()) {
            const QString keyText = row.isrc.isEmpty() ? u"r:"_s + row.release : u"i:"_s + row.isrc;
            auto it = matched.constFind(keyText);
            if (it != matched.cend()) {
                artistId = it.value();
            } else {
                if (!execWith(known, {row.isrc, row.release}))
                    return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "match an artist"),
                                        known);
                if (known.next())
                    artistId = known.value(0).toString();
                known.finish();
                matched.insert(keyText, artistId);
            }
        } else {
            matched.insert(row.isrc.isEmpty() ? u"r:"_s + row.release : u"i:"_s + row.isrc,
                           artistId);
        }
        if (!execWith(insert,
                      {sourceId, row.day.toString(Qt::ISODate), SqlValue::fromText(row.release),
                       SqlValue::fromText(row.isrc), SqlValue::fromOptionalText(artistId),
                       SqlValue::fromText(row.country), SqlValue::fromText(row.store), row.streams,
                       row.revenue}))
            return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "store a report row"),
                                insert);
    }
    return transaction.commit();
}

Result<QHash<QString, QString>> PerformanceStore::artistsByName()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, stage_name FROM artists"_s))
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "read the artists"), query);
    QHash<QString, QString> byName;
    while (query.next())
        byName.insert(query.value(1).toString().trimmed().toLower(), query.value(0).toString());
    return byName;
}

Result<bool> PerformanceStore::artistExists(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM artists WHERE id = ?"_s);
    if (!execWith(query, {id}))
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "read the artists"), query);
    return query.next();
}

Result<QList<PerformancePoint>> PerformanceStore::series(const QString &where,
                                                         const QVariantList &values,
                                                         const QDate &from, const QDate &to)
{
    QString sql = u"SELECT day, SUM(streams), SUM(revenue) FROM performance WHERE "_s + where;
    QVariantList bound = values;
    if (from.isValid()) {
        sql += u" AND day >= ?"_s;
        bound << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        sql += u" AND day <= ?"_s;
        bound << to.toString(Qt::ISODate);
    }
    sql += u" GROUP BY day ORDER BY day"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!execWith(query, bound))
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "read the performance"), query);
    QList<PerformancePoint> points;
    while (query.next())
        points.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                       query.value(1).toLongLong(), query.value(2).toDouble()});
    return points;
}

Result<QList<PerformancePoint>> PerformanceStore::artistSeries(const QString &artistId,
                                                               const QDate &from, const QDate &to)
{
    return series(u"artist_id = ?"_s, {artistId}, from, to);
}

Result<QList<PerformancePoint>> PerformanceStore::releaseSeries(const QString &releaseOrIsrc,
                                                                const QDate &from, const QDate &to)
{
    QString isrc = releaseOrIsrc.trimmed().toUpper();
    isrc.remove(u'-');
    return series(u"(release = ? OR isrc = ?)"_s, {releaseOrIsrc.trimmed(), isrc}, from, to);
}

Result<QStringList> PerformanceStore::releases(const QString &artistId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT COALESCE(NULLIF(release, ''), isrc) AS name, SUM(streams) AS total "
                  "FROM performance WHERE artist_id = ? GROUP BY name ORDER BY total DESC, name"_s);
    if (!execWith(query, {artistId}))
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "read the releases"), query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QList<PerformanceScore>> PerformanceStore::scores(double halfLifeDays, QDate asOf)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!asOf.isValid()) {
        if (!query.exec(u"SELECT MAX(day) FROM performance WHERE artist_id IS NOT NULL"_s))
            return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "read the performance"),
                                query);
        if (query.next())
            asOf = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        query.finish();
        if (!asOf.isValid())
            return QList<PerformanceScore>();
    }
    // Per artist and day in SQL; the decay in C++ (no portable exp() in SQL).
    query.prepare(u"SELECT artist_id, day, SUM(streams), SUM(revenue), COUNT(*) FROM performance "
                  "WHERE artist_id IS NOT NULL AND day <= ? GROUP BY artist_id, day"_s);
    if (!execWith(query, {asOf.toString(Qt::ISODate)}))
        return storageError(QT_TRANSLATE_NOOP("PerformanceStore", "read the performance"), query);
    const double halfLife = std::max(halfLifeDays, 1e-6);
    QHash<QString, PerformanceScore> byArtist;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const double weight = std::exp2(-double(day.daysTo(asOf)) / halfLife);
        PerformanceScore &score = byArtist[id];
        score.artistId = id;
        score.decayedStreams += weight * query.value(2).toDouble();
        score.decayedRevenue += weight * query.value(3).toDouble();
        score.rows += query.value(4).toLongLong();
        score.lastDay = std::max(score.lastDay, day);
    }
    QList<PerformanceScore> list = byArtist.values();
    double best = 0;
    for (const PerformanceScore &score : std::as_const(list))
        best = std::max(best, score.decayedStreams);
    for (PerformanceScore &score : list)
        score.score = best > 0 ? score.decayedStreams / best : 0;
    std::sort(list.begin(), list.end(), [](const PerformanceScore &a, const PerformanceScore &b) {
        return a.decayedStreams != b.decayedStreams ? a.decayedStreams > b.decayedStreams
                                                    : a.artistId < b.artistId;
    });
    return list;
}
