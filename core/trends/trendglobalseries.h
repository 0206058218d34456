#pragma once

#include "trends/trendaggregates.h"
#include "trends/trendseries.h"
#include "util/error.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The global market's series, pooled over every country per (genre, audience, feature, period)
// in trend_global (migration 0007): a global chart then reads one row per period instead of
// pooling every country's rows on each query (0.24 s for 10 years × 250 countries). Refreshed
// for what changed: the periods a batch of observations touched, or every period of the keys
// a deleted source had. Thread: the thread of the connection it was given.
class TrendGlobalSeries
{
public:
    explicit TrendGlobalSeries(QSqlDatabase db);

    Result<void> refreshPeriods(const QList<TrendObservation> &observations);
    Result<void> refreshKeys(const QList<TrendAggregateKey> &keys); // every period; country ignored
    Result<void> rebuildAll();

    // One point per period in [from, to], weighted as TrendStore::series weighs.
    Result<TrendSeries> series(const QString &genre, const QString &audience,
                               const QString &feature, const QDate &from, const QDate &to);

private:
    Result<void> refresh(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};
