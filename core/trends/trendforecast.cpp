#include "trends/trendforecast.h"

#include "trends/trenddistributions.h"
#include "trends/trendperiodindex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// Residuals of an exact line are rounding noise (1e-15 of the values): report them as 0 so an
// exact series gets exact, zero-width bands instead of bands of rounding error.
double snapToZero(double sigma, const QList<double> &values)
{
    double scale = 0;
    for (double v : values)
        scale = std::max(scale, std::abs(v));
    return sigma <= 1e-12 * std::max(1.0, scale) ? 0 : sigma;
}

struct HoltState
{
    double level = 0;
    double trend = 0;
    double sse = 0;
    int errors = 0;
};

// Runs the recursions over the first `length` points; the one-step errors start at the third.
// `sseAt` (optional) receives the running SSE after each prefix length listed in `lengths`
// (ascending): a prefix's fit is exactly the whole run stopped at its last point.
HoltState runHolt(const QList<int> &t, const QList<double> &y, double alpha, double beta,
                  qsizetype length, const std::vector<qsizetype> *lengths = nullptr,
                  std::vector<double> *sseAt = nullptr)
{
    // Started at l = y_0, b = (y_1 - y_0) / g: the second point is then fitted exactly whatever
    // alpha and beta are, so the state after it is l = y_1 with the same b.
    HoltState s;
    s.level = y[1];
    s.trend = (y[1] - y[0]) / double(t[1] - t[0]);
    size_t next = 0;
    for (qsizetype i = 2; i < length; ++i) {
        const double gap = double(t[i] - t[i - 1]);
        const double predicted = s.level + gap * s.trend;
        const double error = y[i] - predicted;
        s.sse += error * error;
        ++s.errors;
        const double previousLevel = s.level;
        s.level = alpha * y[i] + (1 - alpha) * predicted;
        s.trend = beta * (s.level - previousLevel) / gap + (1 - beta) * s.trend;
        if (lengths && next < lengths->size() && (*lengths)[next] == i + 1)
            (*sseAt)[next++] = s.sse;
    }
    return s;
}

struct HoltParameters
{
    double alpha = 1;
    double beta = 0;
    double sse = std::numeric_limits<double>::max();
};

// The grid search of TrendForecaster::holt for several prefixes of one series at once (the
// whole series and the backtest's training sets): per prefix the same candidates in the same
// order with the same strict-improvement rule as fitting it alone, so the result is identical,
// but each candidate runs the recursions once instead of once per prefix. `lengths`: ascending,
// each at least 3.
std::vector<HoltParameters> fitHoltPrefixes(const QList<int> &t, const QList<double> &y,
                                            const std::vector<qsizetype> &lengths)
{
    std::vector<HoltParameters> best(lengths.size());
    std::vector<double> sse(lengths.size());
    const auto tryPair = [&](double alpha, double beta, const std::vector<size_t> &prefixes) {
        std::vector<qsizetype> subset;
        for (size_t k : prefixes)
            subset.push_back(lengths[k]);
        std::vector<double> subsetSse(subset.size());
        runHolt(t, y, alpha, beta, subset.back(), &subset, &subsetSse);
        for (size_t j = 0; j < prefixes.size(); ++j) {
            HoltParameters &b = best[prefixes[j]];
            if (subsetSse[j] < b.sse)
                b = {alpha, beta, subsetSse[j]};
        }
    };
    std::vector<size_t> all(lengths.size());
    for (size_t k = 0; k < all.size(); ++k)
        all[k] = k;
    for (int a = 1; a <= 20; ++a)
        for (int b = 0; b <= 20; ++b)
            tryPair(a * 0.05, b * 0.05, all);
    // The 0.01 refinement is around each prefix's own coarse best; prefixes sharing it share
    // the runs.
    std::vector<bool> refined(lengths.size(), false);
    for (size_t k = 0; k < lengths.size(); ++k) {
        if (refined[k])
            continue;
        const double coarseAlpha = best[k].alpha;
        const double coarseBeta = best[k].beta;
        std::vector<size_t> group;
        for (size_t j = k; j < lengths.size(); ++j) {
            if (!refined[j] && best[j].alpha == coarseAlpha && best[j].beta == coarseBeta) {
                group.push_back(j);
                refined[j] = true;
            }
        }
        for (int da = -5; da <= 5; ++da) {
            for (int db = -5; db <= 5; ++db) {
                const double alpha = coarseAlpha + da * 0.01;
                const double beta = coarseBeta + db * 0.01;
                if (alpha > 0.005 && alpha < 1.005 && beta > -0.005 && beta < 1.005)
                    tryPair(std::clamp(alpha, 0.01, 1.0), std::clamp(beta, 0.0, 1.0), group);
            }
        }
    }
    return best;
}

void setIntervals(ForecastPoint &point, double z80OrT80, double z95OrT95, double sd)
{
    point.lower80 = point.value - z80OrT80 * sd;
    point.upper80 = point.value + z80OrT80 * sd;
    point.lower95 = point.value - z95OrT95 * sd;
    point.upper95 = point.value + z95OrT95 * sd;
}

QString methodName(ForecastMethod method)
{
    return method == ForecastMethod::Holt ? QStringLiteral("Holt's linear smoothing")
                                          : QStringLiteral("linear regression");
}

} // namespace

MethodForecast TrendForecaster::holt(const QList<int> &periods, const QList<double> &values,
                                     int horizon)
{
    if (periods.size() < 3 || periods.size() != values.size()) {
        MethodForecast result;
        result.method = ForecastMethod::Holt;
        return result;
    }
    const HoltParameters best = fitHoltPrefixes(periods, values, {periods.size()}).front();
    return holtWith(periods, values, best.alpha, best.beta, horizon);
}

MethodForecast TrendForecaster::holtWith(const QList<int> &periods, const QList<double> &values,
                                         double bestAlpha, double bestBeta, int horizon)
{
    MethodForecast result;
    result.method = ForecastMethod::Holt;
    const HoltState fit = runHolt(periods, values, bestAlpha, bestBeta, periods.size());
    result.alpha = bestAlpha;
    result.beta = bestBeta;
    result.level = fit.level;
    result.trendPerPeriod = fit.trend;
    const double variance = fit.errors > 2 ? fit.sse / (fit.errors - 2) : fit.sse / fit.errors;
    result.residualStddev = snapToZero(std::sqrt(variance), values);

    const double z80 = TrendDistributions::normalQuantile(0.90);
    const double z95 = TrendDistributions::normalQuantile(0.975);
    const double a = bestAlpha;
    const double b = bestAlpha * bestBeta; // the error-correction form's beta
    for (int h = 1; h <= horizon; ++h) {
        ForecastPoint point;
        point.periodsAhead = h;
        point.value = fit.level + h * fit.trend;
        const double hh = h;
        const double factor = 1 + (hh - 1) * (a * a + a * b * hh + b * b * hh * (2 * hh - 1) / 6);
        setIntervals(point, z80, z95, result.residualStddev * std::sqrt(factor));
        result.points.append(point);
    }
    return result;
}

MethodForecast TrendForecaster::regression(const QList<int> &periods, const QList<double> &values,
                                           int horizon)
{
    MethodForecast result;
    result.method = ForecastMethod::Regression;
    const qsizetype n = periods.size();
    if (n < 3 || n != values.size())
        return result;

    double meanT = 0;
    double meanY = 0;
    for (qsizetype i = 0; i < n; ++i) {
        meanT += periods[i];
        meanY += values[i];
    }
    meanT /= double(n);
    meanY /= double(n);
    double sxx = 0;
    double sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxx += (periods[i] - meanT) * (periods[i] - meanT);
        sxy += (periods[i] - meanT) * (values[i] - meanY);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    const double intercept = meanY - slope * meanT;
    double sse = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double residual = values[i] - (intercept + slope * periods[i]);
        sse += residual * residual;
    }
    const int dof = int(n) - 2;
    result.residualStddev = snapToZero(std::sqrt(sse / dof), values);
    const int last = periods.last();
    result.level = intercept + slope * last;
    result.trendPerPeriod = slope;

    const double t80 = TrendDistributions::studentTQuantile(0.90, dof);
    const double t95 = TrendDistributions::studentTQuantile(0.975, dof);
    for (int h = 1; h <= horizon; ++h) {
        ForecastPoint point;
        point.periodsAhead = h;
        const double t0 = last + h;
        point.value = intercept + slope * t0;
        const double leverage = 1.0 / double(n) + (sxx > 0 ? (t0 - meanT) * (t0 - meanT) / sxx : 0);
        setIntervals(point, t80, t95, result.residualStddev * std::sqrt(1 + leverage));
        result.points.append(point);
    }
    return result;
}

TrendForecast TrendForecaster::forecast(const TrendSeries &series, const ForecastOptions &options)
{
    TrendForecast result;
    const int horizon = std::max(1, options.horizon);
    if (series.size() < kMinPoints) {
        result.reason = QStringLiteral("a forecast needs at least %1 periods, the series has %2")
                            .arg(kMinPoints)
                            .arg(series.size());
        return result;
    }
    const TrendPeriodIndex index(series);
    const QList<int> &periods = index.indices();
    for (qsizetype i = 1; i < periods.size(); ++i) {
        if (periods[i] <= periods[i - 1]) {
            result.reason = QStringLiteral("periods must be ascending and distinct (%1 after %2)")
                                .arg(series[i].period.toString(Qt::ISODate),
                                     series[i - 1].period.toString(Qt::ISODate));
            return result;
        }
    }
    QList<double> values;
    values.reserve(series.size());
    for (const TrendPoint &point : series)
        values.append(point.mean);

    // Rolling origin: refit on the points before each of the last k and forecast it. Holt's
    // grid search for those k training sets and the whole series runs in one pass per
    // candidate (fitHoltPrefixes): a daily 10-year series would otherwise repeat it 13 times.
    const int origins =
        int(std::clamp<qsizetype>(options.backtestPoints, 0, series.size() - kMinPoints));
    std::vector<qsizetype> lengths;
    for (qsizetype i = series.size() - origins; i <= series.size(); ++i)
        lengths.push_back(i);
    const std::vector<HoltParameters> fits = fitHoltPrefixes(periods, values, lengths);
    result.holt = holtWith(periods, values, fits.back().alpha, fits.back().beta, horizon);
    result.regression = regression(periods, values, horizon);
    for (MethodForecast *method : {&result.holt, &result.regression})
        for (ForecastPoint &point : method->points)
            point.period = index.dateAt(periods.last() + point.periodsAhead);

    double holtError = 0;
    double regressionError = 0;
    for (qsizetype i = series.size() - origins; i < series.size(); ++i) {
        const QList<int> trainT = periods.first(i);
        const QList<double> trainY = values.first(i);
        const int ahead = periods[i] - periods[i - 1];
        const HoltParameters &fit = fits[size_t(i - (series.size() - origins))];
        holtError += std::abs(
            values[i] - holtWith(trainT, trainY, fit.alpha, fit.beta, ahead).points.last().value);
        regressionError +=
            std::abs(values[i] - regression(trainT, trainY, ahead).points.last().value);
    }
    result.backtestPoints = origins;
    if (origins > 0) {
        result.holt.backtestMae = holtError / origins;
        result.regression.backtestMae = regressionError / origins;
    }

    const bool holtWins = origins > 0 && *result.holt.backtestMae < *result.regression.backtestMae;
    result.method = holtWins ? ForecastMethod::Holt : ForecastMethod::Regression;
    result.points = holtWins ? result.holt.points : result.regression.points;
    if (origins == 0) {
        result.reason = QStringLiteral("%1: too few periods (%2) for a backtest")
                            .arg(methodName(result.method))
                            .arg(series.size());
    } else {
        result.reason =
            QStringLiteral("%1: mean absolute one-step error %2 against %3 for %4 "
                           "over the last %5 periods")
                .arg(methodName(result.method))
                .arg(holtWins ? *result.holt.backtestMae : *result.regression.backtestMae, 0, 'g',
                     3)
                .arg(holtWins ? *result.regression.backtestMae : *result.holt.backtestMae, 0, 'g',
                     3)
                .arg(methodName(holtWins ? ForecastMethod::Regression : ForecastMethod::Holt))
                .arg(origins);
    }
    if (result.regression.residualStddev == 0 && result.holt.residualStddev == 0)
        result.reason += QStringLiteral("; the series is exactly linear or constant, so the "
                                        "intervals have no width");
    return result;
}
