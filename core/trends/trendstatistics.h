#pragma once

#include "trends/trendseries.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// Descriptive and inferential statistics over trend series (docs/trends.md, "Statistics").
// - aggregate: several series (countries of a region) into one, per period. Weights are the
//   streams behind each mean (TrendPoint::weight); when any input of a period lacks stream counts
//   the whole period falls back to sample sizes, and to equal weights when those are missing too
//   (mixing streams with chart-entry counts would compare different units). The combined spread
//   is the mixture variance sum w (s^2 + (m - M)^2) / sum w.
// - movingAverage: trailing mean of the point means over the last N periods by date, so a gap
//   shortens the window instead of reaching further back.
// - slope: Theil-Sen (Sen 1968): median of the pairwise slopes (y_j - y_i) / (days_j - days_i),
//   with Sen's 95% interval from the Mann-Kendall variance. Above ~1,000 points the ranks are
//   selected by inversion counting instead of listing every pair (same numbers, see the .cpp).
//   Significance by the Mann-Kendall test (Mann 1945, Kendall 1975): S = sum_{i<j} sign(y_j - y_i);
//   Var S = [n(n-1)(2n+5) - sum_t t(t-1)(2t+5)] / 18 over groups of t tied values; Z = (S - sign S)
//   / sqrt(Var S); two-sided p = 2 (1 - Phi(|Z|)). The normal approximation needs n >= 8; below
//   that S is reported but p is 1 and nothing is called significant.
// - change: emerging/declining detection. The mean of the last `recentPeriods` periods minus the
//   mean of the `baselinePeriods` before them, divided by its standard error under "no change":
//   sigma_level sqrt(1/n_recent + 1/n_baseline), with sigma_level = sigma_diff / sqrt 2 and
//   sigma_diff = 1.4826 MAD of the first differences between adjacent periods (robust, so the
//   jump being detected does not inflate its own yardstick). |score| >= threshold (3 by default:
//   about 1 false alarm in 370 on a flat series with independent noise) is a change.
// - compare: two segments feature by feature over a date range: weighted means, Cohen's d with
//   the pooled standard deviation of the listener-level spread (TrendPoint::stddev mixed with the
//   period-to-period spread), and which segment is higher (|d| < 0.2, "negligible" in Cohen's
//   terms, counts as similar).
// Thread: stateless, any thread.

// How the points of one period were weighted when they were combined.
enum class TrendWeightBasis
{
    Streams,    // TrendPoint::weight
    SampleSize, // TrendPoint::sampleSize: some input had no stream counts
    Equal,      // neither was known for some input
};

struct TrendAggregate
{
    TrendSeries series;          // one point per period present in any input, ascending
    int periodsByStreams = 0;    // periods combined by stream counts
    int periodsBySampleSize = 0; // periods that fell back to sample sizes
    int periodsUnweighted = 0;   // periods that fell back to equal weights
};

struct MovingAveragePoint
{
    QDate period;
    double value = 0; // mean of the point means in the window ending at `period`
    int points = 0;   // points that were in the window (fewer than the window after gaps)
};

struct TrendSlope
{
    bool available = false; // false with fewer than 2 points on different dates
    QString reason;         // why not available, or why the significance is not (English, for logs)
    int points = 0;
    double slopePerDay = 0; // Theil-Sen, feature units per day
    double slopePer30Days = 0;
    double intercept = 0; // fitted value at the first period: median of y - slope * days
    // Sen's 95% interval for slopePerDay; equal to it when the significance is not available.
    double slopeLowerPerDay = 0;
    double slopeUpperPerDay = 0;

    bool significanceAvailable = false; // n >= 8: the normal approximation holds
    qint64 mannKendallS = 0;            // > 0 rising, < 0 falling
    double varianceS = 0;               // with the tie correction
    double z = 0;                       // 0 when not available
    double pValue = 1;                  // two-sided; 1 when not available
    bool significant = false;           // pValue < 0.05
};

enum class TrendDirection
{
    InsufficientData,
    Stable,
    Emerging,  // recent level significantly above the baseline
    Declining, // recent level significantly below the baseline
};

struct TrendChangeOptions
{
    int recentPeriods = 4;
    int baselinePeriods = 12;
    double threshold = 3.0;
};

struct TrendChange
{
    TrendDirection direction = TrendDirection::InsufficientData;
    QString reason; // why InsufficientData, or the numbers in a sentence (English, for logs)
    double recentMean = 0;
    double baselineMean = 0;
    double change = 0;            // recentMean - baselineMean
    double relativeChange = 0;    // change / |baselineMean|; 0 when the baseline is 0
    double periodVariability = 0; // sigma_diff: typical change from one period to the next
    double standardError = 0;     // of `change` if nothing changed
    double score = 0;             // change / standardError
    double threshold = 0;         // the |score| that counts as a change
    int recentPoints = 0;         // points found in the recent window (gaps make fewer)
    int baselinePoints = 0;
};

enum class TrendHigher
{
    Similar, // |effect size| < 0.2
    First,
    Second,
};

struct TrendComparison
{
    TrendFeature feature = TrendFeature::Tempo;
    bool available = false; // false when either side has no points in the range
    QString reason;
    double meanFirst = 0; // weighted as in aggregate()
    double meanSecond = 0;
    double difference = 0;   // meanFirst - meanSecond
    double pooledStddev = 0; // listener-level spread both segments share
    double effectSize = 0;   // difference / pooledStddev (Cohen's d); 0 when the spread is 0
    TrendHigher higher = TrendHigher::Similar; // by effect size; by sign when the spread is 0
    qint64 samplesFirst = 0; // chart entries (points when sample sizes are unknown)
    qint64 samplesSecond = 0;
};

using TrendFeatureSeries = QMap<TrendFeature, TrendSeries>;

class TrendStatistics
{
public:
    static constexpr int kMannKendallMinPoints = 8;
    static constexpr double kSignificanceLevel = 0.05;
    static constexpr double kNegligibleEffect = 0.2;

    static TrendAggregate aggregate(const QList<TrendSeries> &series);
    // `periods` < 1 is taken as 1.
    static QList<MovingAveragePoint> movingAverage(const TrendSeries &series, int periods);
    static TrendSlope slope(const TrendSeries &series);
    static TrendChange change(const TrendSeries &series, const TrendChangeOptions &options = {});
    // Points with from <= period <= to; an invalid date leaves that end open.
    static TrendComparison compare(TrendFeature feature, const TrendSeries &first,
                                   const TrendSeries &second, QDate from = {}, QDate to = {});
    // Features present on either side, in kTrendFeatures order.
    static QList<TrendComparison> compare(const TrendFeatureSeries &first,
                                          const TrendFeatureSeries &second, QDate from = {},
                                          QDate to = {});
};
