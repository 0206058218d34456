#include "trends/trenddistributions.h"
#include "trends/trendforecast.h"
#include "trends/trendperiodindex.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <random>

namespace {

const QDate kStart(2023, 1, 2); // a Monday

TrendSeries weekly(const QList<double> &values)
{
    TrendSeries series;
    for (qsizetype i = 0; i < values.size(); ++i) {
        TrendPoint p;
        p.period = kStart.addDays(7 * i);
        p.mean = values[i];
        series.append(p);
    }
    return series;
}

// a + b t + N(0, sd), t = 0..n-1
QList<double> noisyLine(std::mt19937 &rng, int n, double a, double b, double sd)
{
    std::normal_distribution<double> normal(0, sd);
    QList<double> values;
    for (int t = 0; t < n; ++t)
        values.append(a + b * t + normal(rng));
    return values;
}

bool finite(const ForecastPoint &p)
{
    return std::isfinite(p.value) && std::isfinite(p.lower80) && std::isfinite(p.upper80) &&
           std::isfinite(p.lower95) && std::isfinite(p.upper95);
}

} // namespace

class TestTrendForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void studentTQuantileMatchesTables_data()
    {
        QTest::addColumn<int>("nu");
        QTest::addColumn<double>("t90");  // one-sided 0.90
        QTest::addColumn<double>("t975"); // one-sided 0.975
        // Student's t table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2)
        QTest::newRow("1") << 1 << 3.078 << 12.706;
        QTest::newRow("2") << 2 << 1.886 << 4.303;
        QTest::newRow("3") << 3 << 1.638 << 3.182;
        QTest::newRow("4") << 4 << 1.533 << 2.776;
        QTest::newRow("5") << 5 << 1.476 << 2.571;
        QTest::newRow("10") << 10 << 1.372 << 2.228;
        QTest::newRow("30") << 30 << 1.310 << 2.042;
        QTest::newRow("100") << 100 << 1.290 << 1.984;
        QTest::newRow("1000") << 1000 << 1.282 << 1.962;
    }
    void studentTQuantileMatchesTables()
    {
        QFETCH(int, nu);
        QFETCH(double, t90);
        QFETCH(double, t975);
        const double q90 = TrendDistributions::studentTQuantile(0.90, nu);
        const double q975 = TrendDistributions::studentTQuantile(0.975, nu);
        QVERIFY2(std::abs(q90 - t90) < 6e-4, qPrintable(QString::number(q90)));
        QVERIFY2(std::abs(q975 - t975) < 6e-4, qPrintable(QString::number(q975)));
        QVERIFY(std::abs(TrendDistributions::studentTQuantile(0.025, nu) + q975) < 1e-9);
        QVERIFY(std::abs(TrendDistributions::studentTCdf(q975, nu) - 0.975) < 1e-10);
    }

    void normalQuantileIsExact()
    {
        QVERIFY(std::abs(TrendDistributions::normalQuantile(0.975) - 1.959963984540054) < 1e-12);
        QVERIFY(std::abs(TrendDistributions::normalQuantile(0.90) - 1.281551565544601) < 1e-12);
        QVERIFY(std::abs(TrendDistributions::normalQuantile(0.001) + 3.090232306167813) < 1e-10);
        QCOMPARE(TrendDistributions::normalQuantile(0.5), 0.0);
        QVERIFY(std::abs(TrendDistributions::normalTwoSidedP(1.959963984540054) - 0.05) < 1e-12);
    }

    void holtForecastsANoiselessLineWithNoUncertainty()
    {
        QList<double> values;
        for (int t = 0; t < 30; ++t)
            values.append(118 + 0.4 * t);
        const TrendForecast f = TrendForecaster::forecast(weekly(values));
        QCOMPARE(f.holt.points.size(), 12);
        for (const ForecastPoint &p : f.holt.points) {
            QVERIFY(std::abs(p.value - (118 + 0.4 * (29 + p.periodsAhead))) < 1e-9);
            QVERIFY(p.upper95 - p.lower95 < 1e-9);
        }
        QVERIFY(std::abs(f.holt.trendPerPeriod - 0.4) < 1e-12);
        QCOMPARE(f.holt.points.first().period, kStart.addDays(7 * 30));
        QVERIFY(f.reason.contains(QLatin1String("no width")));
    }

    void holtIntervalsShrinkWithTheNoise()
    {
        // Narrower bands as the noise vanishes: the bands come from the residuals, not a floor.
        double previousWidth = 1e9;
        for (double noise : {1.0, 0.1, 0.01, 0.001}) {
            std::mt19937 rng(11);
            const TrendForecast f =
                TrendForecaster::forecast(weekly(noisyLine(rng, 40, 5, 0.3, noise)));
            const double width = f.holt.points[5].upper95 - f.holt.points[5].lower95;
            QVERIFY2(width < previousWidth / 3, qPrintable(QString::number(width)));
            QVERIFY(std::abs(f.holt.points[5].value - (5 + 0.3 * 45)) < 20 * noise + 1e-9);
            previousWidth = width;
        }
    }

    void intervalsWidenWithTheHorizon()
    {
        std::mt19937 rng(3);
        const TrendForecast f =
            TrendForecaster::forecast(weekly(noisyLine(rng, 50, 0.6, 0.002, 0.03)), {24, 12});
        for (const MethodForecast *m : {&f.holt, &f.regression}) {
            QCOMPARE(m->points.size(), 24);
            for (qsizetype h = 0; h < m->points.size(); ++h) {
                const ForecastPoint &p = m->points[h];
                QVERIFY(finite(p));
                QVERIFY(p.lower95 < p.lower80 && p.lower80 < p.value);
                QVERIFY(p.value < p.upper80 && p.upper80 < p.upper95);
                if (h > 0)
                    QVERIFY(p.upper95 - p.lower95 >
                            m->points[h - 1].upper95 - m->points[h - 1].lower95);
            }
        }
    }

    void ninetyFivePercentIntervalsHoldNinetyFivePercent()
    {
        // 200 seeded series of 48 weeks with a trend and noise; the next 6 weeks are held out.
        int inside95 = 0;
        int inside80 = 0;
        int total = 0;
        for (unsigned seed = 1; seed <= 200; ++seed) {
            std::mt19937 rng(seed);
            const QList<double> all = noisyLine(rng, 54, 120, 0.15, 2.0);
            const TrendForecast f = TrendForecaster::forecast(weekly(all.first(48)), {6, 12});
            QCOMPARE(f.points.size(), 6);
            for (const ForecastPoint &p : f.points) {
                const double actual = all[47 + p.periodsAhead];
                inside95 += actual >= p.lower95 && actual <= p.upper95;
                inside80 += actual >= p.lower80 && actual <= p.upper80;
                ++total;
            }
        }
        const double coverage95 = double(inside95) / total;
        const double coverage80 = double(inside80) / total;
        QVERIFY2(coverage95 >= 0.90 && coverage95 <= 0.99, qPrintable(QString::number(coverage95)));
        QVERIFY2(coverage80 >= 0.72 && coverage80 <= 0.88, qPrintable(QString::number(coverage80)));
    }

    void holtIntervalsHoldOnDataFromHoltsOwnModel()
    {
        // ETS(A,A,N) with alpha 0.5, beta* 0.2: the wandering level and slope Holt assumes.
        // Checks the h-step variance formula, which the line-plus-noise test above barely uses.
        int inside95 = 0;
        int total = 0;
        for (unsigned seed = 1; seed <= 200; ++seed) {
            std::mt19937 rng(1000 + seed);
            std::normal_distribution<double> normal(0, 1);
            double level = 100, slope = 0.2;
            QList<double> all;
            for (int t = 0; t < 66; ++t) {
                const double e = normal(rng);
                all.append(level + slope + e);
                level += slope + 0.5 * e;
                slope += 0.5 * 0.2 * e;
            }
            const TrendForecast f = TrendForecaster::forecast(weekly(all.first(60)), {6, 12});
            for (const ForecastPoint &p : f.holt.points) {
                const double actual = all[59 + p.periodsAhead];
                inside95 += actual >= p.lower95 && actual <= p.upper95;
                ++total;
            }
        }
        const double coverage95 = double(inside95) / total;
        QVERIFY2(coverage95 >= 0.90 && coverage95 <= 0.99, qPrintable(QString::number(coverage95)));
    }

    void regressionWinsTheBacktestOnANoisyLine()
    {
        int regressionWins = 0;
        for (unsigned seed = 1; seed <= 50; ++seed) {
            std::mt19937 rng(seed);
            const TrendForecast f =
                TrendForecaster::forecast(weekly(noisyLine(rng, 60, 120, 0.1, 1.5)));
            QVERIFY(f.holt.backtestMae.has_value() && f.regression.backtestMae.has_value());
            QCOMPARE(f.backtestPoints, 12);
            regressionWins += f.method == ForecastMethod::Regression;
            if (f.method == ForecastMethod::Regression)
                QVERIFY(*f.regression.backtestMae <= *f.holt.backtestMae);
        }
        QVERIFY2(regressionWins >= 35,
                 qPrintable(QString::number(regressionWins))); // 43 of 50 seen
    }

    void holtWinsTheBacktestAfterALevelShift()
    {
        // Energy steady at 0.55, then a new sound takes over the chart and it settles at 0.75.
        std::mt19937 rng(5);
        std::normal_distribution<double> noise(0, 0.01);
        QList<double> values;
        for (int t = 0; t < 60; ++t)
            values.append((t < 40 ? 0.55 : 0.75) + noise(rng));
        const TrendForecast f = TrendForecaster::forecast(weekly(values));
        QCOMPARE(f.method, ForecastMethod::Holt);
        QVERIFY(*f.holt.backtestMae < *f.regression.backtestMae);
        QVERIFY(std::abs(f.points.first().value - 0.75) < 0.03);
        QVERIFY(f.reason.startsWith(QLatin1String("Holt")));
        QVERIFY(*f.holt.backtestMae < *f.regression.backtestMae / 2);
        // and its band is tighter: the step is not noise to Holt
        QVERIFY(f.holt.points.first().upper95 - f.holt.points.first().lower95 <
                f.regression.points.first().upper95 - f.regression.points.first().lower95);
    }

    void gapsInDatesAreHonoured()
    {
        // +2 per week with weeks 10..15 missing. By position the line would look 7x steeper
        // across the gap and the forecast would land weeks too early.
        TrendSeries series;
        for (int week = 0; week < 30; ++week) {
            if (week >= 10 && week <= 15)
                continue;
            TrendPoint p;
            p.period = kStart.addDays(7 * week);
            p.mean = 2.0 * week;
            series.append(p);
        }
        const TrendForecast f = TrendForecaster::forecast(series, {3, 12});
        QCOMPARE(f.points.size(), 3);
        QCOMPARE(f.points[0].period, kStart.addDays(7 * 30));
        QCOMPARE(f.points[2].period, kStart.addDays(7 * 32));
        for (const MethodForecast *m : {&f.holt, &f.regression})
            for (const ForecastPoint &p : m->points)
                QVERIFY2(std::abs(p.value - 2.0 * (29 + p.periodsAhead)) < 1e-9,
                         qPrintable(QString::number(p.value)));

        // Monthly data walks the calendar by months.
        TrendSeries monthly;
        for (int m = 0; m < 24; ++m) {
            TrendPoint p;
            p.period = QDate(2022, 1, 1).addMonths(m);
            p.mean = 100 + m;
            monthly.append(p);
        }
        const TrendForecast fm = TrendForecaster::forecast(monthly, {2, 6});
        QCOMPARE(fm.points[0].period, QDate(2024, 1, 1));
        QCOMPARE(fm.points[1].period, QDate(2024, 2, 1));
        QVERIFY(std::abs(fm.points[1].value - 125) < 1e-9);
    }

    void shortSeriesGetAReasonInsteadOfAForecast()
    {
        const TrendForecast none = TrendForecaster::forecast(weekly({1, 2, 3}));
        QCOMPARE(none.method, ForecastMethod::None);
        QVERIFY(none.points.isEmpty());
        QVERIFY(none.reason.contains(QLatin1String("at least 4")));
        QVERIFY(TrendForecaster::forecast({}).points.isEmpty());

        // Four points: a forecast, but nothing to backtest with.
        const TrendForecast four = TrendForecaster::forecast(weekly({1, 2.5, 2.8, 4.1}));
        QCOMPARE(four.method, ForecastMethod::Regression);
        QCOMPARE(four.backtestPoints, 0);
        QVERIFY(!four.holt.backtestMae.has_value());
        QVERIFY(four.reason.contains(QLatin1String("too few")));
        QCOMPARE(four.points.size(), 12);
        for (const ForecastPoint &p : four.points)
            QVERIFY(finite(p));
        for (const ForecastPoint &p : four.holt.points)
            QVERIFY(finite(p));

        TrendSeries twice = weekly({1, 2, 3, 4});
        twice[2].period = twice[1].period;
        QCOMPARE(TrendForecaster::forecast(twice).method, ForecastMethod::None);
    }

    void constantSeriesForecastsItselfWithoutNaN()
    {
        const TrendForecast f = TrendForecaster::forecast(weekly(QList<double>(20, 0.5)));
        QCOMPARE(f.method, ForecastMethod::Regression); // a tie goes to regression
        QCOMPARE(*f.holt.backtestMae, 0.0);
        QCOMPARE(*f.regression.backtestMae, 0.0);
        for (const MethodForecast *m : {&f.holt, &f.regression}) {
            QCOMPARE(m->residualStddev, 0.0);
            for (const ForecastPoint &p : m->points) {
                QVERIFY(finite(p));
                QCOMPARE(p.value, 0.5);
                QCOMPARE(p.lower95, 0.5);
                QCOMPARE(p.upper95, 0.5);
            }
        }
        QVERIFY(f.reason.contains(QLatin1String("no width")));
    }

    void backtestEqualsRefittingEveryTrainingSetAlone()
    {
        // The forecast fits Holt's grid for the whole series and the 12 training sets of the
        // backtest in one pass per candidate; the errors must be those of fitting each training
        // set on its own. A level shift near the end makes the training sets' best parameters
        // differ, and three missing weeks among the last 12 make some forecasts 2 periods ahead.
        std::mt19937 rng(17);
        QList<double> values = noisyLine(rng, 300, 50, 0.2, 2);
        for (qsizetype i = 290; i < values.size(); ++i)
            values[i] += 9;
        TrendSeries series = weekly(values);
        series.removeAt(295);
        series.removeAt(292);
        series.removeAt(289);
        const TrendForecast f = TrendForecaster::forecast(series);
        QCOMPARE(f.backtestPoints, 12);

        const QList<int> periods = TrendPeriodIndex(series).indices();
        QList<double> y;
        for (const TrendPoint &p : series)
            y.append(p.mean);
        double holtError = 0;
        QSet<double> alphas;
        for (qsizetype i = series.size() - 12; i < series.size(); ++i) {
            const MethodForecast alone =
                TrendForecaster::holt(periods.first(i), y.first(i), periods[i] - periods[i - 1]);
            alphas.insert(alone.alpha);
            holtError += std::abs(y[i] - alone.points.last().value);
        }
        QVERIFY2(alphas.size() > 1, "the training sets should not all share one fit");
        QCOMPARE(*f.holt.backtestMae, holtError / 12);
        const MethodForecast whole = TrendForecaster::holt(periods, y, 12);
        QCOMPARE(f.holt.alpha, whole.alpha);
        QCOMPARE(f.holt.beta, whole.beta);
        QCOMPARE(f.holt.points.last().value, whole.points.last().value);
        QCOMPARE(f.holt.points.last().upper95, whole.points.last().upper95);
    }
};

QTEST_GUILESS_MAIN(TestTrendForecast)
#include "tst_trendforecast.moc"
