#include "trendglobalseries.h"

#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kKeys = QStringLiteral("genre, audience, feature, period");

Error storageError(const QSqlQuery &query)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("TrendStore", "Could not %1: %2")
                     .arg(QCoreApplication::translate("TrendStore", "pool the global trend"),
                          query.lastError().text()));
}

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

TrendGlobalSeries::TrendGlobalSeries(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> TrendGlobalSeries::refresh(const QString &where, const QVariantList &values)
{
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM trend_global WHERE "_s + where);
    if (!execWith(remove, values))
        return storageError(remove);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO trend_global "_s + TrendSums::bothBasesQuery(kKeys, where));
    if (!execWith(insert, values))
        return storageError(insert);
    return {};
}

Result<void> TrendGlobalSeries::refreshPeriods(const QList<TrendObservation> &observations)
{
    QSet<QString> done;
    for (const TrendObservation &o : observations) {
        const QString feature = trendFeatureName(o.feature);
        const QString period = o.period.toString(Qt::ISODate);
        const QString key =
            o.segment.genre + u'\x1f' + o.segment.audience + u'\x1f' + feature + u'\x1f' + period;
        if (done.contains(key))
            continue;
        done.insert(key);
        if (auto refreshed = refresh(u"genre = ? AND audience = ? AND feature = ? AND period = ?"_s,
                                     {SqlValue::fromText(o.segment.genre),
                                      SqlValue::fromText(o.segment.audience), feature, period});
            !refreshed)
            return refreshed;
    }
    return {};
}

Result<void> TrendGlobalSeries::refreshKeys(const QList<TrendAggregateKey> &keys)
{
    QSet<QString> done;
    for (const TrendAggregateKey &k : keys) {
        const QString key = k.genre + u'\x1f' + k.audience + u'\x1f' + k.feature;
        if (done.contains(key))
            continue;
        done.insert(key);
        if (auto refreshed =
                refresh(u"genre = ? AND audience = ? AND feature = ?"_s,
                        {SqlValue::fromText(k.genre), SqlValue::fromText(k.audience), k.feature});
            !refreshed)
            return refreshed;
    }
    return {};
}

Result<void> TrendGlobalSeries::rebuildAll()
{
    return refresh(u"1 = 1"_s, {});
}

Result<TrendSeries> TrendGlobalSeries::series(const QString &genre, const QString &audience,
                                              const QString &feature, const QDate &from,
                                              const QDate &to)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT period, sample_size, min_streams, total_streams, stream_weights, "
                  "stream_sum, stream_squares, entry_sum, entry_squares, min_value, max_value "
                  "FROM trend_global WHERE genre = ? AND audience = ? AND feature = ? AND "
                  "period >= ? AND period <= ? ORDER BY period"_s);
    if (!execWith(query, {SqlValue::fromText(genre), SqlValue::fromText(audience), feature,
                          from.toString(Qt::ISODate), to.toString(Qt::ISODate)}))
        return storageError(query);
    TrendSeries series;
    while (query.next()) {
        const TrendSums sums = TrendSums::fromBothBases(query, 1);
        series.append(sums.point(QDate::fromString(query.value(0).toString(), Qt::ISODate)));
    }
    return series;
}
