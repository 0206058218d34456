#pragma once

#include "trends/trendforecast.h"
#include "trends/trendseries.h"
#include "trends/trendstatistics.h"

#include <QCoreApplication>
#include <QString>

// How the Trends pane words features, values, slopes and forecasts for the operator: one place,
// so the chart, its tooltips, the heat table and the summary line agree.
// Thread: stateless, GUI thread (translations).
class TrendFormat
{
    Q_DECLARE_TR_FUNCTIONS(TrendFormat)

public:
    static QString featureLabel(TrendFeature feature); // "Tempo"
    static QString unit(TrendFeature feature);         // "BPM", "LUFS", "s"; "" for 0..1 scores
    static QString axisTitle(TrendFeature feature);    // "Tempo (BPM)"
    static int decimals(TrendFeature feature);
    static QString value(TrendFeature feature, double value); // "121.4 BPM", "0.62"
    static QString number(double value);                      // "12,345" streams, sample sizes
    // "+4.1 BPM per 30 days, p = 0.003"; "not enough data for a slope" when unavailable.
    static QString slope(TrendFeature feature, const TrendSlope &slope);
    static QString pValue(double p);                    // "p = 0.003", "p < 0.001"
    static QString direction(TrendDirection direction); // "Emerging", "Declining", ...
    static QString method(ForecastMethod method);       // "Holt's linear smoothing"
    // "Forecast: linear regression, backtest error ±0.8 BPM"; the reason when there is none.
    static QString forecastSummary(TrendFeature feature, const TrendForecast &forecast);
    // The tooltip of one observed point: date, value, spread, sample size and streams.
    static QString pointToolTip(const QString &segment, TrendFeature feature,
                                const TrendPoint &point);
    static QString forecastToolTip(const QString &segment, TrendFeature feature,
                                   const ForecastPoint &point);
};
