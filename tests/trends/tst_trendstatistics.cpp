#include "trends/trenddistributions.h"
#include "trends/trendperiodindex.h"
#include "trends/trendstatistics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

const QDate kStart(2023, 1, 2); // a Monday

TrendPoint point(QDate period, double mean, double weight = 0, qint64 samples = 0,
                 double stddev = 0)
{
    TrendPoint p;
    p.period = period;
    p.mean = mean;
    p.stddev = stddev;
    p.min = mean - 2 * stddev;
    p.max = mean + 2 * stddev;
    p.weight = weight;
    p.sampleSize = samples;
    return p;
}

// Weekly series from a list of values, week i at kStart + 7 i.
TrendSeries weekly(const QList<double> &values)
{
    TrendSeries series;
    for (qsizetype i = 0; i < values.size(); ++i)
        series.append(point(kStart.addDays(7 * i), values[i]));
    return series;
}

// Flat level plus Gaussian noise, `weeks` long, optionally shifted by `jump` for the last 4.
TrendSeries noisyFlat(unsigned seed, int weeks, double level, double noise, double jump = 0)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0, noise);
    QList<double> values;
    for (int i = 0; i < weeks; ++i)
        values.append(level + normal(rng) + (i >= weeks - 4 ? jump : 0));
    return weekly(values);
}

double olsSlopePerDay(const TrendSeries &series)
{
    double mx = 0, my = 0;
    for (const TrendPoint &p : series) {
        mx += double(kStart.daysTo(p.period));
        my += p.mean;
    }
    mx /= double(series.size());
    my /= double(series.size());
    double sxx = 0, sxy = 0;
    for (const TrendPoint &p : series) {
        const double x = double(kStart.daysTo(p.period)) - mx;
        sxx += x * x;
        sxy += x * (p.mean - my);
    }
    return sxy / sxx;
}

bool finite(const TrendChange &c)
{
    for (double v : {c.recentMean, c.baselineMean, c.change, c.relativeChange, c.periodVariability,
                     c.standardError, c.score})
        if (!std::isfinite(v))
            return false;
    return true;
}

// The slope, Sen's interval and S the textbook way: every pairwise slope listed and sorted.
struct ExactSlope
{
    double slope = 0;
    double lower = 0;
    double upper = 0;
    qint64 s = 0;
};

ExactSlope exactSlope(const TrendSeries &series, double varianceS)
{
    std::vector<double> slopes;
    ExactSlope exact;
    const QDate first = series.first().period;
    for (qsizetype i = 0; i < series.size(); ++i) {
        for (qsizetype j = i + 1; j < series.size(); ++j) {
            const double dy = series[j].mean - series[i].mean;
            slopes.push_back(
                dy / double(first.daysTo(series[j].period) - first.daysTo(series[i].period)));
            exact.s += (dy > 0) - (dy < 0);
        }
    }
    std::sort(slopes.begin(), slopes.end());
    const size_t m = slopes.size();
    exact.slope = m % 2 == 1 ? slopes[m / 2] : (slopes[m / 2 - 1] + slopes[m / 2]) / 2;
    const double c = TrendDistributions::normalQuantile(0.975) * std::sqrt(varianceS);
    const auto rank = [&](double r) {
        return slopes[size_t(std::clamp(std::lround(r) - 1, 0L, long(m) - 1))];
    };
    exact.lower = rank((double(m) - c) / 2);
    exact.upper = rank((double(m) + c) / 2 + 1);
    return exact;
}

} // namespace

class TestTrendStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theilSenIgnoresOutliersWhereLeastSquaresDoesNot()
    {
        // Tempo rising 0.7 BPM a week; five chart weeks polluted by a novelty hit at +40 BPM.
        QList<double> values;
        for (int i = 0; i < 30; ++i)
            values.append(110 + 0.7 * i + ((i % 6 == 5) ? 40 : 0) * (i > 20 ? 1 : 0));
        values[3] += 35;
        values[27] += 45;
        const TrendSeries series = weekly(values);
        const double truePerDay = 0.7 / 7;

        const TrendSlope s = TrendStatistics::slope(series);
        QVERIFY(s.available);
        QVERIFY2(std::abs(s.slopePerDay - truePerDay) < 0.005,
                 qPrintable(QString::number(s.slopePerDay)));
        QVERIFY(std::abs(s.slopePer30Days - 30 * truePerDay) < 0.15);
        QVERIFY(std::abs(s.intercept - 110) < 0.5);
        QVERIFY(s.slopeLowerPerDay <= truePerDay && truePerDay <= s.slopeUpperPerDay);
        // least squares is dragged well away by the same points
        QVERIFY2(std::abs(olsSlopePerDay(series) - truePerDay) > 0.2 * truePerDay,
                 qPrintable(QString::number(olsSlopePerDay(series))));
    }

    void longSeriesSlopeEqualsEveryPairRanked_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("step"); // values rounded to this (0: not rounded)
        QTest::newRow("ten years daily, outliers") << 3653 << 0.0;
        // Whole-number values: millions of tied slopes, many exactly 0.
        QTest::newRow("five years daily, ties") << 1826 << 1.0;
    }

    void longSeriesSlopeEqualsEveryPairRanked()
    {
        // Above about 1,000 points the ranks come from inversion counts, not from the list of
        // all pairwise slopes; they must be the same slopes as the list gives.
        QFETCH(int, days);
        QFETCH(double, step);
        std::mt19937 rng(23);
        std::normal_distribution<double> noise(0, 2);
        TrendSeries series;
        for (int day = 0; day < days; ++day) {
            double value = 110 + 0.002 * day + 3 * std::sin(day * 2 * M_PI / 365.25) + noise(rng);
            if (day % 97 == 13)
                value += 40; // a novelty hit now and then
            if (step > 0)
                value = std::round(value / step) * step;
            series.append(point(QDate(2015, 1, 1).addDays(day), value));
        }
        const TrendSlope fast = TrendStatistics::slope(series);
        QVERIFY(fast.available && fast.significanceAvailable);
        const ExactSlope exact = exactSlope(series, fast.varianceS);
        QCOMPARE(fast.mannKendallS, exact.s);
        const double tolerance = 1e-12;
        QVERIFY2(std::abs(fast.slopePerDay - exact.slope) <= tolerance,
                 qPrintable(QStringLiteral("%1 vs %2").arg(fast.slopePerDay).arg(exact.slope)));
        QVERIFY(std::abs(fast.slopeLowerPerDay - exact.lower) <= tolerance);
        QVERIFY(std::abs(fast.slopeUpperPerDay - exact.upper) <= tolerance);
        QVERIFY(fast.slopeLowerPerDay < fast.slopeUpperPerDay);
        QVERIFY2(std::abs(fast.slopePerDay - 0.002) < 0.001,
                 qPrintable(QString::number(fast.slopePerDay)));
    }

    void mannKendallMatchesHandComputedExamples()
    {
        // Strictly rising, n = 10: S = 45, Var S = 10*9*25/18 = 125, Z = 44/sqrt(125) = 3.9355,
        // p = 8.303e-5.
        QList<double> rising;
        for (int i = 0; i < 10; ++i)
            rising.append(i);
        const TrendSlope a = TrendStatistics::slope(weekly(rising));
        QCOMPARE(a.mannKendallS, 45);
        QCOMPARE(a.varianceS, 125.0);
        QVERIFY(std::abs(a.z - 3.93548) < 1e-4);
        QVERIFY(std::abs(a.pValue - 8.303e-5) < 1e-7);
        QVERIFY(a.significant);

        // With three pairs of ties (4, 6, 8): S = 32, Var S = (2250 - 3*18)/18 = 122,
        // Z = 31/sqrt(122) = 2.8066, p = 0.005007.
        const TrendSlope b = TrendStatistics::slope(weekly({5, 3, 4, 4, 6, 7, 6, 8, 9, 8}));
        QCOMPARE(b.mannKendallS, 32);
        QCOMPARE(b.varianceS, 122.0);
        QVERIFY(std::abs(b.z - 2.80661) < 1e-4);
        QVERIFY(std::abs(b.pValue - 0.0050066) < 1e-6);

        // Falling: the sign follows.
        const TrendSlope c = TrendStatistics::slope(weekly({9, 8, 8, 6, 5, 5, 3, 2, 1}));
        QVERIFY(c.mannKendallS < 0);
        QVERIFY(c.z < 0);
        QVERIFY(c.significant);
        QVERIFY(c.slopePerDay < 0);
    }

    void mannKendallNeedsEightPoints()
    {
        const TrendSlope s = TrendStatistics::slope(weekly({1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(s.available); // the slope itself is fine
        QCOMPARE(s.slopePer30Days, 30.0 / 7);
        QCOMPARE(s.mannKendallS, 21);      // reported...
        QVERIFY(!s.significanceAvailable); // ...but not tested
        QCOMPARE(s.pValue, 1.0);
        QVERIFY(!s.significant);
        QVERIFY(s.reason.contains(QLatin1String("at least 8")));
    }

    void noisyFlatSeriesHasNoSignificantSlopeMostOfTheTime()
    {
        int significant = 0;
        for (unsigned seed = 1; seed <= 1000; ++seed)
            significant += TrendStatistics::slope(noisyFlat(seed, 30, 0.6, 0.05)).significant;
        // 5% expected (50 +- 7); a wrong variance or a one-sided p gives far more or far fewer
        QVERIFY2(significant >= 30 && significant <= 75, qPrintable(QString::number(significant)));
    }

    void slopeHonoursGapsInDates()
    {
        // +1 per week, but weeks 5..14 are missing: by position the slope would look 10x steeper
        // across the gap.
        TrendSeries series;
        for (int week : {0, 1, 2, 3, 4, 15, 16, 17, 18, 19})
            series.append(point(kStart.addDays(7 * week), week));
        const TrendSlope s = TrendStatistics::slope(series);
        QCOMPARE(s.slopePerDay, 1.0 / 7);
    }

    void shortAndConstantSeriesExplainThemselves()
    {
        const TrendSlope none = TrendStatistics::slope({});
        QVERIFY(!none.available);
        QVERIFY(!none.reason.isEmpty());
        const TrendSlope one = TrendStatistics::slope(weekly({3}));
        QVERIFY(!one.available);
        QVERIFY(one.reason.contains(QLatin1String("at least 2")));

        const TrendSlope flat = TrendStatistics::slope(weekly(QList<double>(12, 0.5)));
        QVERIFY(flat.available);
        QCOMPARE(flat.slopePerDay, 0.0);
        QCOMPARE(flat.mannKendallS, 0);
        QCOMPARE(flat.varianceS, 0.0);
        QCOMPARE(flat.pValue, 1.0);
        QVERIFY(!flat.significant);
        QVERIFY(std::isfinite(flat.z));

        const TrendChange flatChange = TrendStatistics::change(weekly(QList<double>(20, 0.5)));
        QCOMPARE(flatChange.direction, TrendDirection::Stable);
        QCOMPARE(flatChange.score, 0.0);
        QVERIFY(finite(flatChange));

        const TrendChange tooShort = TrendStatistics::change(weekly({1, 2}));
        QCOMPARE(tooShort.direction, TrendDirection::InsufficientData);
        QVERIFY(!tooShort.reason.isEmpty());
        QVERIFY(finite(tooShort));
        // Enough points, but the baseline window is nearly empty.
        const TrendChange noBaseline = TrendStatistics::change(weekly({1, 2, 3, 4, 5, 6}));
        QCOMPARE(noBaseline.direction, TrendDirection::InsufficientData);
        QVERIFY(noBaseline.reason.contains(QLatin1String("has 4 and 2")));
    }

    void aggregationWeighsByStreamsAndFallsBackToSampleSizes()
    {
        const QDate week = kStart;
        const QDate next = kStart.addDays(7);
        // DE: 300 streams at 10; AT: 100 streams at 20 -> 12.5.
        TrendSeries de{point(week, 10, 300, 1, 1), point(next, 10, 300, 1, 1)};
        TrendSeries at{point(week, 20, 100, 3, 1)};
        // CH has no stream counts in the second week: that week is weighted by entries.
        TrendSeries ch{point(next, 20, 0, 3, 1)};
        const TrendAggregate agg = TrendStatistics::aggregate({de, at, ch});
        QCOMPARE(agg.series.size(), 2);
        QCOMPARE(agg.series[0].mean, 12.5);
        QCOMPARE(agg.series[0].weight, 400.0);
        QCOMPARE(agg.series[0].sampleSize, 4);
        // mixture variance: (300 (1 + 2.5^2) + 100 (1 + 7.5^2)) / 400 = 19.75
        QVERIFY(std::abs(agg.series[0].stddev - std::sqrt(19.75)) < 1e-12);
        QCOMPARE(agg.series[0].min, 8.0);
        QCOMPARE(agg.series[0].max, 22.0);
        QCOMPARE(agg.series[1].mean, (10 * 1 + 20 * 3) / 4.0); // 17.5, not 12.5
        QCOMPARE(agg.series[1].weight, 0.0);                   // not a stream-weighted mean
        QCOMPARE(agg.periodsByStreams, 1);
        QCOMPARE(agg.periodsBySampleSize, 1);
        QCOMPARE(agg.periodsUnweighted, 0);

        // Neither known: plain mean.
        const TrendAggregate plain =
            TrendStatistics::aggregate({TrendSeries{point(week, 1)}, TrendSeries{point(week, 4)}});
        QCOMPARE(plain.series[0].mean, 2.5);
        QCOMPARE(plain.periodsUnweighted, 1);
        QVERIFY(TrendStatistics::aggregate({}).series.isEmpty());
    }

    void movingAverageWindowIsCountedInPeriodsNotPoints()
    {
        TrendSeries series;
        for (int week : {0, 1, 2, 5, 6})
            series.append(point(kStart.addDays(7 * week), week));
        const QList<MovingAveragePoint> ma = TrendStatistics::movingAverage(series, 3);
        QCOMPARE(ma.size(), 5);
        QCOMPARE(ma[2].value, 1.0); // weeks 0..2
        QCOMPARE(ma[2].points, 3);
        QCOMPARE(ma[3].value, 5.0); // weeks 3..5: only week 5 exists
        QCOMPARE(ma[3].points, 1);
        QCOMPARE(ma[4].value, 5.5);
        QCOMPARE(ma[4].period, kStart.addDays(42));
        QCOMPARE(TrendStatistics::movingAverage(series, 0)[4].value, 6.0); // window of 1
    }

    void emergingDetectionFlagsAJumpAndNotNoise()
    {
        const TrendChange jump = TrendStatistics::change(noisyFlat(7, 40, 0.60, 0.02, 0.08));
        QCOMPARE(jump.direction, TrendDirection::Emerging);
        QVERIFY(jump.score >= jump.threshold);
        QCOMPARE(jump.threshold, 3.0);
        QCOMPARE(jump.recentPoints, 4);
        QCOMPARE(jump.baselinePoints, 12);
        QVERIFY(std::abs(jump.change - 0.08) < 0.03);
        QVERIFY(std::abs(jump.periodVariability - 0.02 * std::sqrt(2.0)) < 0.015);
        QVERIFY(!jump.reason.isEmpty());

        const TrendChange drop = TrendStatistics::change(noisyFlat(8, 40, 0.60, 0.02, -0.08));
        QCOMPARE(drop.direction, TrendDirection::Declining);

        int flagged = 0;
        for (unsigned seed = 1; seed <= 200; ++seed) {
            const TrendChange c = TrendStatistics::change(noisyFlat(seed, 40, 0.60, 0.02));
            QVERIFY(finite(c));
            flagged += c.direction != TrendDirection::Stable;
        }
        QVERIFY2(flagged <= 6, qPrintable(QString::number(flagged))); // ~0.3% expected
    }

    void emergingWindowsFollowDatesAcrossGaps()
    {
        // 20 weekly points at 1.0, then a 6-week hole, then the last point at 2.0. The last 4
        // periods hold one point; the 12 before them hold 10 (weeks 9..19 minus none).
        QList<double> values(20, 1.0);
        TrendSeries series = weekly(values);
        for (qsizetype i = 0; i < series.size(); ++i)
            series[i].mean += (i % 2) * 0.01; // some variability
        series.append(point(kStart.addDays(7 * 26), 2.0));
        const TrendChange c = TrendStatistics::change(series);
        // Recent window: weeks 23..26 -> only week 26; baseline: weeks 11..22 -> weeks 11..19.
        QCOMPARE(c.recentPoints, 1);
        QCOMPARE(c.baselinePoints, 9);
        QCOMPARE(c.direction, TrendDirection::InsufficientData); // 1 of 4 recent is too few

        TrendChangeOptions lenient;
        lenient.recentPeriods = 2;
        const TrendChange d = TrendStatistics::change(series, lenient);
        QCOMPARE(d.recentPoints, 1);
        QCOMPARE(d.direction, TrendDirection::Emerging);
    }

    void comparesTwoSegmentsFeatureByFeature()
    {
        TrendFeatureSeries de;
        TrendFeatureSeries fr;
        for (int i = 0; i < 8; ++i) {
            const QDate week = kStart.addDays(7 * i);
            de[TrendFeature::Tempo].append(point(week, 125, 1000, 50, 10));
            fr[TrendFeature::Tempo].append(point(week, 115, 1000, 50, 10));
            de[TrendFeature::Energy].append(point(week, 0.70, 1000, 50, 0.1));
            fr[TrendFeature::Energy].append(point(week, 0.71, 1000, 50, 0.1));
        }
        de[TrendFeature::Valence].append(point(kStart, 0.5, 1000, 50, 0.1));

        const QList<TrendComparison> all = TrendStatistics::compare(de, fr);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].feature, TrendFeature::Tempo);
        QCOMPARE(all[0].difference, 10.0);
        QVERIFY(std::abs(all[0].pooledStddev - 10) < 1e-9);
        QVERIFY(std::abs(all[0].effectSize - 1.0) < 1e-9);
        QCOMPARE(all[0].higher, TrendHigher::First);
        QCOMPARE(all[0].samplesFirst, 400);

        QCOMPARE(all[1].feature, TrendFeature::Energy);
        QCOMPARE(all[1].higher, TrendHigher::Similar); // d = -0.1: negligible
        QVERIFY(all[1].effectSize < 0);

        QCOMPARE(all[2].feature, TrendFeature::Valence);
        QVERIFY(!all[2].available);
        QVERIFY(all[2].reason.contains(QLatin1String("second segment")));

        // The date range narrows what is compared: FR slower only in the last two weeks.
        TrendSeries a, b;
        for (int i = 0; i < 8; ++i) {
            a.append(point(kStart.addDays(7 * i), 120, 10, 10, 5));
            b.append(point(kStart.addDays(7 * i), i >= 6 ? 100 : 120, 10, 10, 5));
        }
        const TrendComparison all8 = TrendStatistics::compare(TrendFeature::Tempo, a, b);
        const TrendComparison last2 =
            TrendStatistics::compare(TrendFeature::Tempo, a, b, kStart.addDays(42), {});
        QCOMPARE(all8.meanSecond, 115.0);
        QCOMPARE(last2.meanSecond, 100.0);
        QCOMPARE(last2.higher, TrendHigher::First);
        QVERIFY(
            !TrendStatistics::compare(TrendFeature::Tempo, a, b, kStart.addYears(5), {}).available);

        // No spread at all: the sign decides, the effect size stays finite.
        const TrendComparison exact =
            TrendStatistics::compare(TrendFeature::Mode, weekly({0.4, 0.4}), weekly({0.6, 0.6}));
        QCOMPARE(exact.higher, TrendHigher::Second);
        QCOMPARE(exact.effectSize, 0.0);
    }

    void periodIndexRecognisesWeeksAndMonths()
    {
        const TrendPeriodIndex weeks(QList<QDate>{kStart, kStart.addDays(7), kStart.addDays(28)});
        QCOMPARE(weeks.step(), 7);
        QCOMPARE(weeks.indices(), (QList<int>{0, 1, 4}));
        QCOMPARE(weeks.dateAt(5), kStart.addDays(35));

        QList<QDate> months;
        for (int m = 0; m < 36; ++m)
            if (m != 13)
                months.append(QDate(2021, 1, 1).addMonths(m));
        const TrendPeriodIndex monthly(months);
        QVERIFY(monthly.isMonthly());
        QCOMPARE(monthly.step(), 1);
        QCOMPARE(monthly.indices().last(), 35); // no drift from 28..31-day months
        QCOMPARE(monthly.indices()[13], 14);    // the gap is kept
        QCOMPARE(monthly.dateAt(36), QDate(2024, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestTrendStatistics)
#include "tst_trendstatistics.moc"
