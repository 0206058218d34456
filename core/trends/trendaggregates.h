#pragma once

#include "trends/trendseries.h"
#include "trends/trendstore.h"
#include "util/error.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

class QSqlQuery;

// Sums that merge by addition: what an aggregate row and a merged observation are made of.
// Thread: value type.
struct TrendSums
{
    qint64 count = 0;
    double streams = 0;
    double weights = 0;
    double weighted = 0;        // sum of w * mean
    double weightedSquares = 0; // sum of w * (std^2 + mean^2)
    std::optional<double> min;
    std::optional<double> max;

    // Streams weight the statistics when known; otherwise every entry counts once.
    static TrendSums of(const TrendObservation &observation);
    // Reads 7 columns from `first` on: count, streams, weights, weighted, squares, min, max.
    static TrendSums from(const QSqlQuery &query, int first);
    // Reads 10 columns from `first` on, both weighting bases: count, min streams, streams,
    // Σw, Σw·mean, Σw·(std² + mean²) with w = streams (else entries), then Σn·mean,
    // Σn·(std² + mean²) by entries, min, max. Streams weigh only when every observation had
    // them (min streams > 0), else every entry counts once (docs/trends.md, "Weighting").
    static TrendSums fromBothBases(const QSqlQuery &query, int first);
    // SELECT `keys` and the 10 columns fromBothBases reads, from the observations matching
    // `where` (with its ? placeholders), grouped by `keys`.
    static QString bothBasesQuery(const QString &keys, const QString &where);
    void add(const TrendSums &other);
    double mean() const;
    double stddev() const;
    TrendPoint point(const QDate &period) const;
};

// The aggregates of one segment and feature (trendFeatureName()). Thread: value type.
struct TrendAggregateKey
{
    QString country;
    QString genre;
    QString audience;
    QString feature;

    bool operator<(const TrendAggregateKey &other) const
    {
        return std::tie(country, genre, audience, feature) <
               std::tie(other.country, other.genre, other.audience, other.feature);
    }
};

// The rolling 1/7/30/90-day sums of trend_aggregates: for every day with data, each window's
// sums equal the sums of the daily rows it covers. Observations are collected with add() and
// written by apply() in one pass per segment and feature: the daily rows get the observations'
// sums added, then every window covering a changed day is recomputed from the daily rows (read
// once, at most 89 days either side of the batch) and upserted, many rows per statement. So a
// batch costs one read per segment and feature and one written row per touched window instead
// of several statements per observation.
// Thread: the thread of the connection it was given (a DbConnection).
class TrendAggregates
{
public:
    explicit TrendAggregates(QSqlDatabase db);

    // Collects an observation's sums; nothing is written until apply().
    void add(const TrendObservation &observation);
    // Writes what add() collected (in the caller's transaction) and forgets it.
    Result<void> apply();
    // Deletes and recomputes the aggregates of `keys` from the observations.
    Result<void> rebuild(const QList<TrendAggregateKey> &keys);

private:
    class WindowWriter;
    // Each day's observations in the order they came: the daily row adds them one by one.
    using PendingDays = std::map<qint64, QList<TrendSums>>;
    Result<void> apply(const TrendAggregateKey &key, const PendingDays &pending,
                       WindowWriter &writer);

    QSqlDatabase m_db;
    std::map<TrendAggregateKey, PendingDays> m_pending;
};
