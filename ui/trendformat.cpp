#include "trendformat.h"

#include <QLocale>

#include <cmath>

QString TrendFormat::featureLabel(TrendFeature feature)
{
    switch (feature) {
    case TrendFeature::Tempo:
        return tr("Tempo");
    case TrendFeature::Energy:
        return tr("Energy");
    case TrendFeature::Danceability:
        return tr("Danceability");
    case TrendFeature::Valence:
        return tr("Valence");
    case TrendFeature::Loudness:
        return tr("Loudness");
    case TrendFeature::DurationS:
        return tr("Duration");
    case TrendFeature::Mode:
        return tr("Major mode");
    }
    return {};
}

QString TrendFormat::unit(TrendFeature feature)
{
    switch (feature) {
    case TrendFeature::Tempo:
        return tr("BPM");
    case TrendFeature::Loudness:
        return tr("LUFS");
    case TrendFeature::DurationS:
        return tr("s", "seconds");
    default:
        return {};
    }
}

QString TrendFormat::axisTitle(TrendFeature feature)
{
    switch (feature) {
    case TrendFeature::Energy:
    case TrendFeature::Danceability:
    case TrendFeature::Valence:
        return tr("%1 (0–1)").arg(featureLabel(feature));
    case TrendFeature::Mode:
        return tr("Major mode (share of entries)");
    default:
        return tr("%1 (%2)").arg(featureLabel(feature), unit(feature));
    }
}

int TrendFormat::decimals(TrendFeature feature)
{
    switch (feature) {
    case TrendFeature::Tempo:
    case TrendFeature::Loudness:
    case TrendFeature::DurationS:
        return 1;
    default:
        return 2;
    }
}

QString TrendFormat::value(TrendFeature feature, double value)
{
    const QString text = QLocale().toString(value, 'f', decimals(feature));
    const QString u = unit(feature);
    return u.isEmpty() ? text : tr("%1 %2", "value unit").arg(text, u);
}

QString TrendFormat::number(double value)
{
    return QLocale().toString(std::round(value), 'f', 0);
}

QString TrendFormat::pValue(double p)
{
    if (p < 0.001)
        return tr("p < 0.001");
    return tr("p = %1").arg(QLocale().toString(p, 'f', 3));
}

QString TrendFormat::slope(TrendFeature feature, const TrendSlope &slope)
{
    if (!slope.available)
        return tr("Not enough data for a slope");
    // One more decimal than the values: a slope per 30 days is usually small.
    const int places = decimals(feature) + 1;
    QString amount = QLocale().toString(slope.slopePer30Days, 'f', places);
    if (slope.slopePer30Days >= 0)
        amount.prepend(u'+');
    const QString u = unit(feature);
    const QString perMonth =
        u.isEmpty() ? tr("%1 per 30 days").arg(amount) : tr("%1 %2 per 30 days").arg(amount, u);
    if (!slope.significanceAvailable)
        return tr("%1 (too few points to test)").arg(perMonth);
    return tr("%1, %2").arg(perMonth, pValue(slope.pValue));
}

QString TrendFormat::direction(TrendDirection direction)
{
    switch (direction) {
    case TrendDirection::Emerging:
        return tr("Emerging");
    case TrendDirection::Declining:
        return tr("Declining");
    case TrendDirection::Stable:
        return tr("Stable");
    case TrendDirection::InsufficientData:
        return tr("Not enough data");
    }
    return {};
}

QString TrendFormat::method(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Holt:
        return tr("Holt's linear smoothing");
    case ForecastMethod::Regression:
        return tr("linear regression");
    case ForecastMethod::None:
        return tr("none");
    }
    return {};
}

QString TrendFormat::forecastSummary(TrendFeature feature, const TrendForecast &forecast)
{
    if (forecast.method == ForecastMethod::None)
        return tr("No forecast: %1").arg(forecast.reason);
    const MethodForecast &chosen =
        forecast.method == ForecastMethod::Holt ? forecast.holt : forecast.regression;
    if (!chosen.backtestMae)
        return tr("Forecast: %1 (series too short to backtest)").arg(method(forecast.method));
    return tr("Forecast: %1, backtest error ±%2 over %n periods", nullptr, forecast.backtestPoints)
        .arg(method(forecast.method), value(feature, *chosen.backtestMae));
}

QString TrendFormat::pointToolTip(const QString &segment, TrendFeature feature,
                                  const TrendPoint &point)
{
    QString text =
        tr("<b>%1</b> · %2<br>%3: <b>%4</b>")
            .arg(segment.toHtmlEscaped(), QLocale().toString(point.period, QLocale::ShortFormat),
                 featureLabel(feature), value(feature, point.mean));
    if (point.stddev > 0)
        text += tr("<br>Spread: ±%1").arg(value(feature, point.stddev));
    text += tr("<br>Sample size: %1 chart entries").arg(number(double(point.sampleSize)));
    if (point.weight > 0)
        text += tr("<br>Streams: %1").arg(number(point.weight));
    return text;
}

QString TrendFormat::forecastToolTip(const QString &segment, TrendFeature feature,
                                     const ForecastPoint &point)
{
    return tr("<b>%1</b> · %2 (forecast, %n periods ahead)<br>%3: <b>%4</b><br>80%: %5 – %6"
              "<br>95%: %7 – %8",
              nullptr, point.periodsAhead)
        .arg(segment.toHtmlEscaped(), QLocale().toString(point.period, QLocale::ShortFormat),
             featureLabel(feature), value(feature, point.value), value(feature, point.lower80),
             value(feature, point.upper80), value(feature, point.lower95),
             value(feature, point.upper95));
}
