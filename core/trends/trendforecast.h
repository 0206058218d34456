#pragma once

#include "trends/trendseries.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Forecasts of a trend series h periods ahead with 80% and 95% prediction intervals, by two
// methods, the one with the smaller backtest error chosen (docs/trends.md, "Statistics").
// Time is the period number from TrendPeriodIndex, so a missing week is a gap, not a shift.
// - Holt's linear (additive) exponential smoothing, component form:
//     l_t = alpha y_t + (1 - alpha)(l_{t-g} + g b_{t-g})
//     b_t = beta (l_t - l_{t-g}) / g + (1 - beta) b_{t-g}       (g = periods since the last point)
//   started at l = y_0, b = (y_1 - y_0) / g_1. alpha in [0.01, 1] and beta in [0, 1] minimize the
//   one-step squared error, first on a 0.05 grid, then on a 0.01 grid around the best. The
//   h-step variance is the ETS(A,A,N) formula (Hyndman et al., "Forecasting with Exponential
//   Smoothing", table 6.1) sigma^2 [1 + (h - 1)(a^2 + a B h + B^2 h (2h - 1) / 6)] with B =
//   alpha beta, sigma^2 = SSE / (m - 2) over the m one-step errors; normal quantiles.
// - Ordinary least squares on the period number: y = a + b t; prediction interval
//   y0 +- t_{q, n-2} s sqrt(1 + 1/n + (t0 - mean t)^2 / Sxx), Student-t quantiles.
// Choice: rolling-origin backtest. For each of the last k points (each with at least 4 points
// before it) both methods are refitted on the points before it and forecast it; the smaller mean
// absolute error wins, a tie (a constant or exact line) or no backtest (4 points) goes to
// regression, the method with fewer assumptions about the dynamics.
// Both methods' intervals widen with the horizon whenever the residual spread is not zero.
// Thread: stateless, any thread.

enum class ForecastMethod
{
    None, // no forecast: see TrendForecast::reason
    Holt,
    Regression,
};

struct ForecastOptions
{
    int horizon = 12;        // periods ahead, at least 1
    int backtestPoints = 12; // k: one-step forecasts scored by the backtest
};

struct ForecastPoint
{
    QDate period;         // first day of the forecast period
    int periodsAhead = 0; // 1 for the period after the last observed one
    double value = 0;
    double lower80 = 0;
    double upper80 = 0;
    double lower95 = 0;
    double upper95 = 0;
};

// One method's fit on the whole series and its forecast.
struct MethodForecast
{
    ForecastMethod method = ForecastMethod::None;
    QList<ForecastPoint> points;
    double level = 0;                  // fitted value at the last observed period
    double trendPerPeriod = 0;         // fitted change per period
    double alpha = 0;                  // Holt only
    double beta = 0;                   // Holt only
    double residualStddev = 0;         // sigma of the one-step (Holt) or regression residuals
    std::optional<double> backtestMae; // empty when the series was too short to backtest
};

struct TrendForecast
{
    ForecastMethod method = ForecastMethod::None; // the winner; None when there is no forecast
    QString reason; // why there is no forecast, or how the method was chosen (English, for logs)
    QList<ForecastPoint> points; // the winner's
    MethodForecast holt;
    MethodForecast regression;
    int backtestPoints = 0; // one-step forecasts behind each backtestMae
};

class TrendForecaster
{
public:
    static constexpr int kMinPoints = 4;

    static TrendForecast forecast(const TrendSeries &series, const ForecastOptions &options = {});

    // The two methods alone over (period number, value) pairs with ascending, distinct period
    // numbers; `lastIndex + h` is forecast for h = 1..horizon. Exposed for the backtest and tests.
    static MethodForecast holt(const QList<int> &periods, const QList<double> &values, int horizon);
    static MethodForecast regression(const QList<int> &periods, const QList<double> &values,
                                     int horizon);

private:
    // Holt's fit with given smoothing parameters (the grid search is done by the caller).
    static MethodForecast holtWith(const QList<int> &periods, const QList<double> &values,
                                   double alpha, double beta, int horizon);
};
