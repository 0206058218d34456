#include "trends/trendstatistics.h"

#include "trends/trenddistributions.h"
#include "trends/trendperiodindex.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace {

// The weight basis a group of points can share: streams only if every point has them.
TrendWeightBasis basisOf(const QList<TrendPoint> &points)
{
    bool streams = true;
    bool samples = true;
    for (const TrendPoint &point : points) {
        streams = streams && point.weight > 0;
        samples = samples && point.sampleSize > 0;
    }
    return streams ? TrendWeightBasis::Streams
                   : (samples ? TrendWeightBasis::SampleSize : TrendWeightBasis::Equal);
}

double weightOf(const TrendPoint &point, TrendWeightBasis basis)
{
    switch (basis) {
    case TrendWeightBasis::Streams:
        return point.weight;
    case TrendWeightBasis::SampleSize:
        return double(point.sampleSize);
    case TrendWeightBasis::Equal:
        break;
    }
    return 1;
}

struct Mixture
{
    double mean = 0;
    double variance = 0; // within-point spread plus the spread of the means
    double minimum = 0;
    double maximum = 0;
    double streams = 0;
    qint64 samples = 0;
};

Mixture mix(const QList<TrendPoint> &points, TrendWeightBasis basis)
{
    Mixture result;
    double total = 0;
    for (const TrendPoint &point : points) {
        const double w = weightOf(point, basis);
        total += w;
        result.mean += w * point.mean;
    }
    result.mean /= total;
    result.minimum = std::numeric_limits<double>::max();
    result.maximum = std::numeric_limits<double>::lowest();
    for (const TrendPoint &point : points) {
        const double w = weightOf(point, basis);
        const double offset = point.mean - result.mean;
        result.variance += w * (point.stddev * point.stddev + offset * offset);
        result.minimum = std::min(result.minimum, point.min);
        result.maximum = std::max(result.maximum, point.max);
        result.streams += point.weight;
        result.samples += point.sampleSize;
    }
    result.variance /= total;
    return result;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

// sum over groups of tied values of t (t - 1) (2t + 5)
double tieTerm(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    double term = 0;
    for (size_t i = 0; i < values.size();) {
        size_t j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        const double t = double(j - i);
        term += t * (t - 1) * (2 * t + 5);
        i = j;
    }
    return term;
}

double meanOf(const std::vector<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.empty() ? 0 : sum / double(values.size());
}

TrendSeries within(const TrendSeries &series, QDate from, QDate to)
{
    TrendSeries result;
    for (const TrendPoint &point : series)
        if ((!from.isValid() || point.period >= from) && (!to.isValid() || point.period <= to))
            result.append(point);
    return result;
}

// Theil-Sen on long series. The exact method lists all n(n - 1)/2 pairwise slopes (6.7 million
// for ten years of days, 53 MB) and selects ranks from them. Above kExactSlopePairs the ranks
// are found without the list: the number of slopes <= theta is the number of pairs i < j with
// z_j <= z_i for z = y - theta * day (days ascending), an inversion count in O(n log n); bisection
// on theta brackets the wanted ranks, one pass over the pairs counts the slopes below the bracket
// and keeps only those inside it, and the ranks are read from those. The slopes are computed with
// the same expression as the exact method, so the result is the same number; if rounding ever
// made the bracket miss a rank, the exact method runs instead.
constexpr size_t kExactSlopePairs = 500000; // about 1,000 points

// Pairs i < j whose slope is at most theta (days strictly ascending), by merge sort.
qint64 slopesAtMost(const std::vector<double> &days, const std::vector<double> &values,
                    double theta, std::vector<double> &z, std::vector<double> &buffer)
{
    const size_t n = days.size();
    for (size_t k = 0; k < n; ++k)
        z[k] = values[k] - theta * days[k];
    qint64 count = 0;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            const size_t mid = std::min(lo + width, n);
            const size_t hi = std::min(lo + 2 * width, n);
            size_t a = lo;
            size_t b = mid;
            size_t out = lo;
            while (a < mid && b < hi) {
                if (z[a] < z[b]) {
                    buffer[out++] = z[a++];
                } else { // z[b] <= every z left in the earlier half: a pair per element
                    count += qint64(mid - a);
                    buffer[out++] = z[b++];
                }
            }
            while (a < mid)
                buffer[out++] = z[a++];
            while (b < hi)
                buffer[out++] = z[b++];
        }
        z.swap(buffer);
    }
    return count;
}

// Mann-Kendall's S without visiting the pairs (days strictly ascending):
// S = #(y_j > y_i) - #(y_j < y_i) over i < j = P - 2 #(y_j <= y_i) + #(y_j == y_i), where
// #(y_j <= y_i) is the count of slopes <= 0 and #(y_j == y_i) comes from the groups of ties.
qint64 mannKendallSFast(const std::vector<double> &days, const std::vector<double> &values)
{
    const size_t n = days.size();
    std::vector<double> z(n);
    std::vector<double> buffer(n);
    const qint64 atMost = slopesAtMost(days, values, 0, z, buffer);
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    qint64 ties = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && sorted[j] == sorted[i])
            ++j;
        ties += qint64(j - i) * qint64(j - i - 1) / 2;
        i = j;
    }
    const qint64 pairs = qint64(n) * qint64(n - 1) / 2;
    return pairs - 2 * atMost + ties;
}

// The slopes of the given 0-based ranks (ascending order of the slopes) without listing every
// pair; nullopt when the bracket missed (then the caller uses the exact method).
std::optional<std::vector<double>> rankedSlopesFast(const std::vector<double> &days,
                                                    const std::vector<double> &values,
                                                    const std::vector<qint64> &ranks)
{
    const size_t n = days.size();
    for (size_t k = 1; k < n; ++k) {
        if (!(days[k] > days[k - 1]))
            return std::nullopt;
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const double bound = (*high - *low) + 1; // days are whole and distinct: |slope| <= range
    if (!std::isfinite(bound))
        return std::nullopt;
    const qint64 first = *std::min_element(ranks.begin(), ranks.end());
    const qint64 last = *std::max_element(ranks.begin(), ranks.end());
    const qint64 margin = qint64(4 * n);
    std::vector<double> z(n);
    std::vector<double> buffer(n);
    const auto count = [&](double theta) { return slopesAtMost(days, values, theta, z, buffer); };
    // Bisection keeping count(a) <= target < count(b); stops once count(a) or count(b) is
    // within the margin of the target (`fromBelow`), or the interval cannot be split further.
    const auto bracket = [&](qint64 target, bool fromBelow) {
        double a = -bound;
        double b = bound;
        qint64 countA = 0;
        qint64 countB = count(b);
        for (int i = 0; i < 200; ++i) {
            if (fromBelow ? countA >= target - margin : countB <= target + 1 + margin)
                break;
            const double mid = a + (b - a) / 2;
            if (mid <= a || mid >= b)
                break;
            const qint64 c = count(mid);
            if (c <= target) {
                a = mid;
                countA = c;
            } else {
                b = mid;
                countB = c;
            }
        }
        return fromBelow ? a : b;
    };
    const double below = bracket(first, true); // at most `first` slopes <= below
    const double above = bracket(last, false); // more than `last` slopes <= above
    qint64 countBelow = 0;
    std::vector<double> inside;
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            const double slope = (values[j] - values[i]) / (days[j] - days[i]);
            if (slope <= below)
                ++countBelow;
            else if (slope <= above)
                inside.push_back(slope);
        }
    }
    if (countBelow > first || countBelow + qint64(inside.size()) <= last)
        return std::nullopt;
    std::sort(inside.begin(), inside.end());
    std::vector<double> result;
    for (qint64 rank : ranks)
        result.push_back(inside[size_t(rank - countBelow)]);
    return result;
}

} // namespace

TrendAggregate TrendStatistics::aggregate(const QList<TrendSeries> &series)
{
    QMap<QDate, QList<TrendPoint>> byPeriod;
    for (const TrendSeries &one : series)
        for (const TrendPoint &point : one)
            byPeriod[point.period].append(point);

    TrendAggregate result;
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
        const TrendWeightBasis basis = basisOf(it.value());
        (basis == TrendWeightBasis::Streams      ? result.periodsByStreams
         : basis == TrendWeightBasis::SampleSize ? result.periodsBySampleSize
                                                 : result.periodsUnweighted)++;
        const Mixture m = mix(it.value(), basis);
        TrendPoint point;
        point.period = it.key();
        point.mean = m.mean;
        point.stddev = std::sqrt(m.variance);
        point.min = m.minimum;
        point.max = m.maximum;
        point.weight = basis == TrendWeightBasis::Streams ? m.streams : 0;
        point.sampleSize = m.samples;
        result.series.append(point);
    }
    return result;
}

QList<MovingAveragePoint> TrendStatistics::movingAverage(const TrendSeries &series, int periods)
{
    periods = std::max(1, periods);
    const TrendPeriodIndex index(series);
    const QList<int> &at = index.indices();
    QList<MovingAveragePoint> result;
    result.reserve(series.size());
    qsizetype start = 0;
    double sum = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        sum += series[i].mean;
        while (at[start] <= at[i] - periods) {
            sum -= series[start].mean;
            ++start;
        }
        const int count = int(i - start + 1);
        result.append({series[i].period, sum / count, count});
    }
    return result;
}

TrendSlope TrendStatistics::slope(const TrendSeries &series)
{
    TrendSlope result;
    result.points = int(series.size());
    if (series.size() < 2) {
        result.reason = QStringLiteral("a slope needs at least 2 periods, the series has %1")
                            .arg(series.size());
        return result;
    }
    const QDate first = series.first().period;
    std::vector<double> days;
    std::vector<double> values;
    for (const TrendPoint &point : series) {
        days.push_back(double(first.daysTo(point.period)));
        values.push_back(point.mean);
    }

    qint64 s = 0;
    size_t m = 0; // pairs on different days
    const bool ascending =
        std::adjacent_find(days.begin(), days.end(), std::greater_equal<double>()) == days.end();
    const bool longSeries = ascending && days.size() * (days.size() - 1) / 2 > kExactSlopePairs;
    if (longSeries) {
        m = days.size() * (days.size() - 1) / 2;
        s = mannKendallSFast(days, values);
    }
    for (size_t i = 0; !longSeries && i < days.size(); ++i) {
        for (size_t j = i + 1; j < days.size(); ++j) {
            if (days[j] == days[i])
                continue;
            ++m;
            s += (values[j] > values[i]) - (values[j] < values[i]);
        }
    }
    if (m == 0) {
        result.reason = QStringLiteral("all points fall on the same date");
        return result;
    }
    result.available = true;
    const double n = double(series.size());
    result.mannKendallS = s;
    result.varianceS = (n * (n - 1) * (2 * n + 5) - tieTerm(values)) / 18;
    const bool interval = series.size() >= kMannKendallMinPoints && result.varianceS > 0;

    // The ranks wanted (0-based): the median (two for an even count), and Sen's interval, the
    // slopes ranked (N - C)/2 and (N + C)/2 + 1 with C = z_0.975 sqrt(Var S).
    std::vector<qint64> ranks = {qint64(m / 2), qint64(m % 2 == 1 ? m / 2 : m / 2 - 1)};
    const double c =
        interval ? TrendDistributions::normalQuantile(0.975) * std::sqrt(result.varianceS) : 0;
    const auto rankOf = [&](double r) {
        return qint64(std::clamp(std::lround(r) - 1, 0L, long(m) - 1));
    };
    if (interval) {
        ranks.push_back(rankOf((double(m) - c) / 2));
        ranks.push_back(rankOf((double(m) + c) / 2 + 1));
    }
    std::optional<std::vector<double>> ranked;
    if (m > kExactSlopePairs)
        ranked = rankedSlopesFast(days, values, ranks);
    if (!ranked) {
        // Order statistics by selection, not a sort.
        std::vector<double> slopes;
        slopes.reserve(m);
        for (size_t i = 0; i < days.size(); ++i) {
            for (size_t j = i + 1; j < days.size(); ++j) {
                if (days[j] != days[i])
                    slopes.push_back((values[j] - values[i]) / (days[j] - days[i]));
            }
        }
        ranked.emplace();
        for (qint64 rank : ranks) {
            std::nth_element(slopes.begin(), slopes.begin() + rank, slopes.end());
            ranked->push_back(slopes[size_t(rank)]);
        }
    }
    result.slopePerDay = m % 2 == 1 ? (*ranked)[0] : ((*ranked)[1] + (*ranked)[0]) / 2;
    result.slopePer30Days = result.slopePerDay * 30;
    std::vector<double> residuals;
    for (size_t i = 0; i < days.size(); ++i)
        residuals.push_back(values[i] - result.slopePerDay * days[i]);
    result.intercept = median(residuals);
    result.slopeLowerPerDay = result.slopeUpperPerDay = result.slopePerDay;

    if (series.size() < kMannKendallMinPoints) {
        result.reason = QStringLiteral("significance needs at least %1 periods, the series has %2")
                            .arg(kMannKendallMinPoints)
                            .arg(series.size());
        return result;
    }
    if (result.varianceS <= 0) {
        result.reason = QStringLiteral("all values are equal: no trend to test");
        result.significanceAvailable = true;
        return result;
    }
    result.significanceAvailable = true;
    const double sd = std::sqrt(result.varianceS);
    result.z = s > 0 ? (double(s) - 1) / sd : (s < 0 ? (double(s) + 1) / sd : 0);
    result.pValue = TrendDistributions::normalTwoSidedP(result.z);
    result.significant = result.pValue < kSignificanceLevel;
    result.slopeLowerPerDay = (*ranked)[2];
    result.slopeUpperPerDay = (*ranked)[3];
    return result;
}

TrendChange TrendStatistics::change(const TrendSeries &series, const TrendChangeOptions &options)
{
    TrendChange result;
    result.threshold = options.threshold;
    const int recentPeriods = std::max(1, options.recentPeriods);
    const int baselinePeriods = std::max(2, options.baselinePeriods);
    if (series.size() < 3) {
        result.reason =
            QStringLiteral("needs at least 3 periods, the series has %1").arg(series.size());
        return result;
    }
    const TrendPeriodIndex index(series);
    const QList<int> &at = index.indices();
    const int last = at.last();

    std::vector<double> recent;
    std::vector<double> baseline;
    std::vector<double> differences;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (at[i] > last - recentPeriods)
            recent.push_back(series[i].mean);
        else if (at[i] > last - recentPeriods - baselinePeriods)
            baseline.push_back(series[i].mean);
        if (i > 0 && at[i] - at[i - 1] == 1)
            differences.push_back(series[i].mean - series[i - 1].mean);
    }
    result.recentPoints = int(recent.size());
    result.baselinePoints = int(baseline.size());
    // Half a window is enough: a missing week should not hide a trend, an empty quarter should.
    const int recentNeeded = std::max(1, recentPeriods / 2);
    const int baselineNeeded = std::max(2, baselinePeriods / 2);
    if (result.recentPoints < recentNeeded || result.baselinePoints < baselineNeeded) {
        result.reason = QStringLiteral("needs %1 of the last %2 periods and %3 of the %4 before "
                                       "them, has %5 and %6")
                            .arg(recentNeeded)
                            .arg(recentPeriods)
                            .arg(baselineNeeded)
                            .arg(baselinePeriods)
                            .arg(result.recentPoints)
                            .arg(result.baselinePoints);
        return result;
    }
    if (differences.size() < 2) {
        result.reason = QStringLiteral("needs at least 2 pairs of adjacent periods to measure "
                                       "its variability, has %1")
                            .arg(differences.size());
        return result;
    }

    result.recentMean = meanOf(recent);
    result.baselineMean = meanOf(baseline);
    result.change = result.recentMean - result.baselineMean;
    result.relativeChange =
        result.baselineMean != 0 ? result.change / std::abs(result.baselineMean) : 0;

    const double center = median(differences);
    std::vector<double> deviations;
    for (double d : differences)
        deviations.push_back(std::abs(d - center));
    double sigma = 1.4826 * median(deviations);
    if (sigma == 0) {
        // Mostly flat with a few moves (a step): the MAD is 0, the plain spread is not.
        const double mean = meanOf(differences);
        double sum = 0;
        for (double d : differences)
            sum += (d - mean) * (d - mean);
        sigma = std::sqrt(sum / double(differences.size() - 1));
    }
    result.periodVariability = sigma;
    const double levelSigma = sigma / std::sqrt(2.0);
    // A floor keeps a perfectly flat series finite: any change then scores far past threshold.
    const double floor = 1e-9 * std::max(1.0, std::abs(result.baselineMean));
    result.standardError = std::max(
        floor, levelSigma * std::sqrt(1.0 / double(recent.size()) + 1.0 / double(baseline.size())));
    result.score = result.change / result.standardError;
    if (result.score >= options.threshold)
        result.direction = TrendDirection::Emerging;
    else if (result.score <= -options.threshold)
        result.direction = TrendDirection::Declining;
    else
        result.direction = TrendDirection::Stable;
    result.reason = QStringLiteral("last %1 periods average %2, the %3 before %4: change %5 is "
                                   "%6 standard errors (threshold %7)")
                        .arg(recentPeriods)
                        .arg(result.recentMean, 0, 'g', 4)
                        .arg(baselinePeriods)
                        .arg(result.baselineMean, 0, 'g', 4)
                        .arg(result.change, 0, 'g', 3)
                        .arg(result.score, 0, 'f', 1)
                        .arg(options.threshold, 0, 'g', 3);
    return result;
}

TrendComparison TrendStatistics::compare(TrendFeature feature, const TrendSeries &first,
                                         const TrendSeries &second, QDate from, QDate to)
{
    TrendComparison result;
    result.feature = feature;
    const TrendSeries a = within(first, from, to);
    const TrendSeries b = within(second, from, to);
    if (a.isEmpty() || b.isEmpty()) {
        result.reason = QStringLiteral("%1 has no %2 data in the period")
                            .arg(a.isEmpty() ? QStringLiteral("the first segment")
                                             : QStringLiteral("the second segment"),
                                 trendFeatureName(feature));
        return result;
    }
    result.available = true;
    const Mixture ma = mix(a, basisOf(a));
    const Mixture mb = mix(b, basisOf(b));
    result.meanFirst = ma.mean;
    result.meanSecond = mb.mean;
    result.difference = ma.mean - mb.mean;
    result.samplesFirst = ma.samples > 0 ? ma.samples : a.size();
    result.samplesSecond = mb.samples > 0 ? mb.samples : b.size();

    const double na = double(result.samplesFirst);
    const double nb = double(result.samplesSecond);
    const double dof = na + nb - 2;
    const double pooledVariance = dof > 0 ? ((na - 1) * ma.variance + (nb - 1) * mb.variance) / dof
                                          : (ma.variance + mb.variance) / 2;
    result.pooledStddev = std::sqrt(std::max(0.0, pooledVariance));
    if (result.pooledStddev > 0) {
        result.effectSize = result.difference / result.pooledStddev;
        if (std::abs(result.effectSize) >= kNegligibleEffect)
            result.higher = result.effectSize > 0 ? TrendHigher::First : TrendHigher::Second;
    } else if (result.difference != 0) {
        result.higher = result.difference > 0 ? TrendHigher::First : TrendHigher::Second;
    }
    return result;
}

QList<TrendComparison> TrendStatistics::compare(const TrendFeatureSeries &first,
                                                const TrendFeatureSeries &second, QDate from,
                                                QDate to)
{
    QList<TrendComparison> result;
    for (TrendFeature feature : kTrendFeatures)
        if (first.contains(feature) || second.contains(feature))
            result.append(compare(feature, first.value(feature), second.value(feature), from, to));
    return result;
}
