#include "trendaggregates.h"

#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Messages keep the "TrendStore" context: they moved here from TrendStore with their
// translations. `what` is a QT_TRANSLATE_NOOP fragment.
Error storageError(const char *what, const QSqlQuery &query)
{
    return Error(ErrorCode::Storage, QCoreApplication::translate("TrendStore", "Could not %1: %2")
                                         .arg(QCoreApplication::translate("TrendStore", what),
                                              query.lastError().text()));
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariantList keyValues(const TrendAggregateKey &key)
{
    return {key.country, SqlValue::fromText(key.genre), SqlValue::fromText(key.audience),
            key.feature};
}

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

const QString kKeyWhere = u"country = ? AND genre = ? AND audience = ? AND feature = ?"_s;

using DailyRows = QList<std::pair<qint64, TrendSums>>; // (Julian day, sums), ascending days

// The window of `window` days ending on days[end], summed from its last day backwards: the one
// order used for both a rebuild and an incremental update, so both store the same values.
TrendSums windowSums(const DailyRows &days, qsizetype end, int window)
{
    TrendSums sums;
    const qint64 endDay = days.at(end).first;
    for (qsizetype i = end; i >= 0 && days.at(i).first > endDay - window; --i)
        sums.add(days.at(i).second);
    return sums;
}

} // namespace

// Writes window rows (inserting them, or overwriting the sums of a stored one: a recomputed
// window replaces it) kRowsPerStatement at a time: one statement per row was most of an
// import's time. A chunk never holds the same row twice (PostgreSQL refuses that).
class TrendAggregates::WindowWriter
{
public:
    explicit WindowWriter(const QSqlDatabase &db)
        : m_chunk(db)
        , m_single(db)
    {
        m_chunk.prepare(statement(kRowsPerStatement));
        m_single.prepare(statement(1));
    }

    bool add(const QVariantList &key, int window, qint64 endDay, const TrendSums &sums)
    {
        m_values << key << window << endDay << sums.count << sums.streams << sums.weights
                 << sums.weighted << sums.weightedSquares << optionalDouble(sums.min)
                 << optionalDouble(sums.max);
        return ++m_rows < kRowsPerStatement || write(m_chunk);
    }

    // Writes the rows add() kept back.
    bool flush()
    {
        const QVariantList values = std::exchange(m_values, {});
        m_rows = 0;
        for (qsizetype first = 0; first < values.size(); first += kColumns) {
            m_values = values.mid(first, kColumns);
            if (!write(m_single))
                return false;
        }
        return true;
    }

    const QSqlQuery &failed() const { return *m_failed; }

private:
    static constexpr int kColumns = 13;
    static constexpr int kRowsPerStatement = 48; // 624 parameters: under every backend's limit

    static QString statement(int rows)
    {
        QStringList tuples;
        for (int i = 0; i < rows; ++i)
            tuples.append(u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        return u"INSERT INTO trend_aggregates (country, genre, audience, feature, window_days, "
               "end_day, count, total_streams, sum_weights, weighted_sum, "
               "weighted_sum_squares, min_value, max_value) VALUES "_s +
               tuples.join(u", "_s) +
               u" ON CONFLICT (country, genre, audience, feature, window_days, end_day) DO "
               "UPDATE SET count = excluded.count, total_streams = excluded.total_streams, "
               "sum_weights = excluded.sum_weights, weighted_sum = excluded.weighted_sum, "
               "weighted_sum_squares = excluded.weighted_sum_squares, min_value = "
               "excluded.min_value, max_value = excluded.max_value"_s;
    }

    bool write(QSqlQuery &query)
    {
        m_failed = &query;
        const bool written = execWith(query, m_values);
        m_values.clear();
        m_rows = 0;
        return written;
    }

    QSqlQuery m_chunk;
    QSqlQuery m_single;
    QVariantList m_values;
    int m_rows = 0;
    const QSqlQuery *m_failed = &m_single;
};

TrendSums TrendSums::of(const TrendObservation &o)
{
    const double w = o.totalStreams > 0 ? o.totalStreams : double(o.sampleSize);
    const double squares = o.stddev * o.stddev + o.mean * o.mean;
    return {o.sampleSize, o.totalStreams, w, w * o.mean, w * squares, o.min, o.max};
}

TrendSums TrendSums::from(const QSqlQuery &query, int first)
{
    TrendSums s;
    s.count = query.value(first).toLongLong();
    s.streams = query.value(first + 1).toDouble();
    s.weights = query.value(first + 2).toDouble();
    s.weighted = query.value(first + 3).toDouble();
    s.weightedSquares = query.value(first + 4).toDouble();
    s.min = optionalFrom(query.value(first + 5));
    s.max = optionalFrom(query.value(first + 6));
    return s;
}

TrendSums TrendSums::fromBothBases(const QSqlQuery &query, int first)
{
    TrendSums s;
    s.count = query.value(first).toLongLong();
    const std::optional<double> minStreams = optionalFrom(query.value(first + 1));
    if (minStreams && *minStreams > 0) {
        s.streams = query.value(first + 2).toDouble();
        s.weights = query.value(first + 3).toDouble();
        s.weighted = query.value(first + 4).toDouble();
        s.weightedSquares = query.value(first + 5).toDouble();
    } else {
        s.weights = double(s.count);
        s.weighted = query.value(first + 6).toDouble();
        s.weightedSquares = query.value(first + 7).toDouble();
    }
    s.min = optionalFrom(query.value(first + 8));
    s.max = optionalFrom(query.value(first + 9));
    return s;
}

QString TrendSums::bothBasesQuery(const QString &keys, const QString &where)
{
    return QStringLiteral(
               "SELECT %1, SUM(sample_size), MIN(total_streams), SUM(total_streams), SUM(w), "
               "SUM(w * mean), SUM(w * (std * std + mean * mean)), SUM(sample_size * mean), "
               "SUM(sample_size * (std * std + mean * mean)), MIN(min_value), MAX(max_value) "
               "FROM (SELECT %1, sample_size, total_streams, mean, std, min_value, max_value, "
               "CASE WHEN total_streams > 0 THEN total_streams ELSE sample_size END AS w FROM "
               "trend_observations WHERE %2) weighted GROUP BY %1")
        .arg(keys, where);
}

void TrendSums::add(const TrendSums &other)
{
    count += other.count;
    streams += other.streams;
    weights += other.weights;
    weighted += other.weighted;
    weightedSquares += other.weightedSquares;
    if (other.min && (!min || *other.min < *min))
        min = other.min;
    if (other.max && (!max || *other.max > *max))
        max = other.max;
}

double TrendSums::mean() const
{
    return weights > 0 ? weighted / weights : 0;
}

double TrendSums::stddev() const
{
    if (weights <= 0)
        return 0;
    const double m = mean();
    return std::sqrt(std::max(0.0, weightedSquares / weights - m * m));
}

TrendPoint TrendSums::point(const QDate &period) const
{
    TrendPoint p;
    p.period = period;
    p.mean = mean();
    p.stddev = stddev();
    p.min = min.value_or(p.mean);
    p.max = max.value_or(p.mean);
    p.weight = streams;
    p.sampleSize = count;
    return p;
}

TrendAggregates::TrendAggregates(QSqlDatabase db)
    : m_db(std::move(db))
{}

void TrendAggregates::add(const TrendObservation &o)
{
    const TrendAggregateKey key{o.segment.country, o.segment.genre, o.segment.audience,
                                trendFeatureName(o.feature)};
    m_pending[key][o.period.toJulianDay()].append(TrendSums::of(o));
}

Result<void> TrendAggregates::apply()
{
    const auto pending = std::exchange(m_pending, {});
    WindowWriter writer(m_db);
    for (const auto &[key, days] : pending)
        if (auto applied = apply(key, days, writer); !applied)
            return applied;
    if (!writer.flush())
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "update the trend aggregates"),
                            writer.failed());
    return {};
}

Result<void> TrendAggregates::apply(const TrendAggregateKey &key, const PendingDays &pending,
                                    WindowWriter &writer)
{
    constexpr int kLongest =
        *std::max_element(std::begin(TrendStore::kWindows), std::end(TrendStore::kWindows));
    const qint64 first = pending.begin()->first;
    const qint64 last = pending.rbegin()->first;
    const QVariantList keyList = keyValues(key);

    // The daily rows every touched window covers: kLongest - 1 days either side of the batch.
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    read.prepare(u"SELECT end_day, count, total_streams, sum_weights, weighted_sum, "
                 "weighted_sum_squares, min_value, max_value FROM trend_aggregates WHERE "_s +
                 kKeyWhere +
                 u" AND window_days = 1 AND end_day >= ? AND end_day <= ? "
                 "ORDER BY end_day"_s);
    if (!execWith(read, keyList + QVariantList{first - kLongest + 1, last + kLongest - 1}))
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "read the trend aggregates"), read);
    std::map<qint64, TrendSums> byDay;
    while (read.next())
        byDay.emplace(read.value(0).toLongLong(), TrendSums::from(read, 1));
    read.finish();
    for (const auto &[day, observations] : pending) {
        TrendSums &daily = byDay[day];
        for (const TrendSums &sums : observations)
            daily.add(sums);
    }
    const DailyRows days(byDay.begin(), byDay.end());

    // A window ending on day e changes when a pending day lies in [e - window + 1, e].
    for (qsizetype end = 0; end < days.size(); ++end) {
        const qint64 endDay = days.at(end).first;
        for (int window : TrendStore::kWindows) {
            const auto touched = pending.lower_bound(endDay - window + 1);
            if (touched == pending.end() || touched->first > endDay)
                continue;
            if (!writer.add(keyList, window, endDay, windowSums(days, end, window)))
                return storageError(QT_TRANSLATE_NOOP("TrendStore", "update the trend aggregates"),
                                    writer.failed());
        }
    }
    return {};
}

Result<void> TrendAggregates::rebuild(const QList<TrendAggregateKey> &keys)
{
    QSqlQuery clear(m_db);
    clear.prepare(u"DELETE FROM trend_aggregates WHERE "_s + kKeyWhere);
    // Each observation weighs by its own streams, or by its entries when it has none.
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    read.prepare(u"SELECT period, SUM(sample_size), SUM(total_streams), SUM(w), SUM(w * mean), "
                 "SUM(w * (std * std + mean * mean)), MIN(min_value), MAX(max_value) FROM "
                 "(SELECT *, CASE WHEN total_streams > 0 THEN total_streams ELSE sample_size END "
                 "AS w FROM trend_observations WHERE "_s +
                 kKeyWhere + u") weighted GROUP BY period ORDER BY period"_s);
    WindowWriter writer(m_db);
    for (const TrendAggregateKey &key : keys) {
        const QVariantList keyList = keyValues(key);
        if (!execWith(clear, keyList))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "clear the trend aggregates"),
                                clear);
        if (!execWith(read, keyList))
            return storageError(QT_TRANSLATE_NOOP("TrendStore", "read the observations"), read);
        DailyRows days;
        while (read.next()) {
            days.append({QDate::fromString(read.value(0).toString(), Qt::ISODate).toJulianDay(),
                         TrendSums::from(read, 1)});
        }
        read.finish();
        for (qsizetype end = 0; end < days.size(); ++end) {
            for (int window : TrendStore::kWindows) {
                if (!writer.add(keyList, window, days.at(end).first, windowSums(days, end, window)))
                    return storageError(
                        QT_TRANSLATE_NOOP("TrendStore", "rebuild the trend aggregates"),
                        writer.failed());
            }
        }
    }
    if (!writer.flush())
        return storageError(QT_TRANSLATE_NOOP("TrendStore", "rebuild the trend aggregates"),
                            writer.failed());
    return {};
}
