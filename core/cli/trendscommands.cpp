#include "trendscommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Success = 0,
    RuntimeError = 1,
};

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QString methodName(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Holt:
        return u"holt"_s;
    case ForecastMethod::Regression:
        return u"regression"_s;
    case ForecastMethod::None:
        break;
    }
    return u"none"_s;
}

QString directionName(TrendDirection direction)
{
    switch (direction) {
    case TrendDirection::Stable:
        return u"stable"_s;
    case TrendDirection::Emerging:
        return u"emerging"_s;
    case TrendDirection::Declining:
        return u"declining"_s;
    case TrendDirection::InsufficientData:
        break;
    }
    return u"insufficient_data"_s;
}

int decimals(TrendFeature feature)
{
    switch (feature) {
    case TrendFeature::Tempo:
    case TrendFeature::DurationS:
        return 1;
    case TrendFeature::Loudness:
        return 2;
    default:
        return 3;
    }
}

QString signedNumber(double value, int decimals)
{
    return (value >= 0 ? u"+"_s : QString()) + QString::number(value, 'f', decimals);
}

QString describeReport(const ImportReport &report, const QString &format)
{
    QString text;
    QTextStream s(&text);
    if (report.committed) {
        s << QCoreApplication::translate("TrendsCommands", "Imported %1 (%2) as source %3.")
                 .arg(report.label, format)
                 .arg(report.sourceId)
          << '\n';
    } else {
        s << QCoreApplication::translate("TrendsCommands", "Nothing was imported from %1 (%2).")
                 .arg(report.label, format)
          << '\n';
    }
    s << QCoreApplication::translate("TrendsCommands", "Rows read: %1, accepted: %2, rejected: %3.")
             .arg(report.rowsRead)
             .arg(report.rowsAccepted)
             .arg(report.rowsRejected)
      << '\n';
    if (report.committed)
        s << QCoreApplication::translate("TrendsCommands",
                                         "Stored %1 segment-periods, %2 observations.")
                 .arg(report.groupsWritten)
                 .arg(report.observationsWritten)
          << '\n';
    if (!report.missingColumns.isEmpty())
        s << QCoreApplication::translate("TrendsCommands", "Optional columns not in the file: %1")
                 .arg(report.missingColumns.join(u", "_s))
          << '\n';
    if (!report.ignoredColumns.isEmpty())
        s << QCoreApplication::translate("TrendsCommands", "Columns ignored: %1")
                 .arg(report.ignoredColumns.join(u", "_s))
          << '\n';
    if (!report.rejected.isEmpty()) {
        s << QCoreApplication::translate("TrendsCommands", "Rejected:") << '\n';
        for (const RejectedRow &row : report.rejected) {
            QStringList where;
            if (!row.file.isEmpty())
                where << row.file;
            if (row.line > 0)
                where << QCoreApplication::translate("TrendsCommands", "line %1").arg(row.line);
            if (!row.column.isEmpty())
                where << row.column;
            s << "  " << where.join(u", "_s) << ": " << row.reason << '\n';
        }
        if (report.rowsRejected > report.rejected.size())
            s << "  "
              << QCoreApplication::translate("TrendsCommands", "(%1 more problems not listed)")
                     .arg(report.rowsRejected - report.rejected.size())
              << '\n';
    }
    return text;
}

QString describeChart(const TrendChart &chart)
{
    const int places = decimals(chart.feature);
    auto n = [places](double value) { return QString::number(value, 'f', places); };
    QString text;
    QTextStream s(&text);
    s << chart.segment.label() << "  " << trendFeatureName(chart.feature);
    if (!chart.series.isEmpty())
        s << "  " << chart.series.constFirst().period.toString(Qt::ISODate) << " – "
          << chart.series.constLast().period.toString(Qt::ISODate);
    if (chart.sampleData)
        s << "  [" << QCoreApplication::translate("TrendsCommands", "includes sample data") << ']';
    s << '\n'
      << QCoreApplication::translate("TrendsCommands", "period") << "      "
      << QCoreApplication::translate("TrendsCommands", "mean") << "  "
      << QCoreApplication::translate("TrendsCommands", "MA(%1)").arg(chart.movingAveragePeriods)
      << "  " << QCoreApplication::translate("TrendsCommands", "entries") << '\n';
    for (qsizetype i = 0; i < chart.series.size(); ++i) {
        const TrendPoint &p = chart.series.at(i);
        s << p.period.toString(Qt::ISODate) << "  " << n(p.mean) << "  "
          << n(chart.movingAverage.value(i).value) << "  " << p.sampleSize << '\n';
    }
    const TrendSlope &slope = chart.slope;
    if (slope.available) {
        s << QCoreApplication::translate("TrendsCommands",
                                         "Slope (Theil-Sen): %1 per 30 days (95%: %2 to %3)")
                 .arg(signedNumber(slope.slopePer30Days, places + 1),
                      signedNumber(slope.slopeLowerPerDay * 30, places + 1),
                      signedNumber(slope.slopeUpperPerDay * 30, places + 1));
        if (slope.significanceAvailable)
            s << QCoreApplication::translate("TrendsCommands", ", Mann-Kendall p %1, %2")
                     .arg(slope.pValue < 0.0001 ? u"< 0.0001"_s
                                                : u"= "_s + QString::number(slope.pValue, 'f', 4),
                          slope.significant
                              ? QCoreApplication::translate("TrendsCommands", "significant")
                              : QCoreApplication::translate("TrendsCommands", "not significant"));
        s << '\n';
    } else {
        s << QCoreApplication::translate("TrendsCommands", "Slope: not available") << " ("
          << slope.reason << ")\n";
    }
    s << QCoreApplication::translate("TrendsCommands", "Status: %1 (%2)")
             .arg(directionName(chart.change.direction), chart.change.reason)
      << '\n';
    const TrendForecast &forecast = chart.forecast;
    s << QCoreApplication::translate("TrendsCommands", "Forecast (%1): %2")
             .arg(methodName(forecast.method), forecast.reason)
      << '\n';
    for (const ForecastPoint &p : forecast.points)
        s << "  " << p.period.toString(Qt::ISODate) << "  " << n(p.value)
          << "  80%: " << n(p.lower80) << " – " << n(p.upper80) << "  95%: " << n(p.lower95)
          << " – " << n(p.upper95) << '\n';
    return text;
}

} // namespace

QJsonObject TrendsCommands::reportJson(const ImportReport &report)
{
    QJsonArray rejected;
    for (const RejectedRow &row : report.rejected)
        rejected.append(QJsonObject{{u"file"_s, row.file},
                                    {u"line"_s, row.line},
                                    {u"column"_s, row.column},
                                    {u"reason"_s, row.reason}});
    return {{u"label"_s, report.label},
            {u"source_id"_s, report.sourceId},
            {u"committed"_s, report.committed},
            {u"rows_read"_s, report.rowsRead},
            {u"rows_accepted"_s, report.rowsAccepted},
            {u"rows_rejected"_s, report.rowsRejected},
            {u"rejected"_s, rejected},
            {u"missing_columns"_s, QJsonArray::fromStringList(report.missingColumns)},
            {u"ignored_columns"_s, QJsonArray::fromStringList(report.ignoredColumns)},
            {u"groups_written"_s, report.groupsWritten},
            {u"observations_written"_s, report.observationsWritten}};
}

QJsonObject TrendsCommands::chartJson(const TrendChart &chart)
{
    QJsonArray series;
    for (qsizetype i = 0; i < chart.series.size(); ++i) {
        const TrendPoint &p = chart.series.at(i);
        series.append(
            QJsonObject{{u"period"_s, date(p.period)},
                        {u"mean"_s, jsonNumber(p.mean)},
                        {u"stddev"_s, jsonNumber(p.stddev)},
                        {u"min"_s, jsonNumber(p.min)},
                        {u"max"_s, jsonNumber(p.max)},
                        {u"streams"_s, jsonNumber(p.weight)},
                        {u"sample_size"_s, p.sampleSize},
                        {u"moving_average"_s, jsonNumber(chart.movingAverage.value(i).value)}});
    }
    QJsonArray forecastPoints;
    for (const ForecastPoint &p : chart.forecast.points)
        forecastPoints.append(QJsonObject{{u"period"_s, date(p.period)},
                                          {u"periods_ahead"_s, p.periodsAhead},
                                          {u"value"_s, jsonNumber(p.value)},
                                          {u"lower_80"_s, jsonNumber(p.lower80)},
                                          {u"upper_80"_s, jsonNumber(p.upper80)},
                                          {u"lower_95"_s, jsonNumber(p.lower95)},
                                          {u"upper_95"_s, jsonNumber(p.upper95)}});
    auto mae = [](const MethodForecast &m) {
        return m.backtestMae ? QJsonValue(*m.backtestMae) : QJsonValue();
    };
    const TrendSlope &slope = chart.slope;
    const TrendChange &change = chart.change;
    return {
        {u"segment"_s, QJsonObject{{u"country"_s, chart.segment.country},
                                   {u"genre"_s, chart.segment.genre},
                                   {u"audience"_s, chart.segment.audience}}},
        {u"feature"_s, trendFeatureName(chart.feature)},
        {u"from"_s, date(chart.from)},
        {u"to"_s, date(chart.to)},
        {u"sample_data"_s, chart.sampleData},
        {u"moving_average_periods"_s, chart.movingAveragePeriods},
        {u"series"_s, series},
        {u"forecast"_s,
         QJsonObject{
             {u"method"_s, methodName(chart.forecast.method)},
             {u"reason"_s, chart.forecast.reason},
             {u"points"_s, forecastPoints},
             {u"backtest_points"_s, chart.forecast.backtestPoints},
             {u"backtest_mae"_s, QJsonObject{{u"holt"_s, mae(chart.forecast.holt)},
                                             {u"regression"_s, mae(chart.forecast.regression)}}}}},
        {u"slope"_s, QJsonObject{{u"available"_s, slope.available},
                                 {u"reason"_s, slope.reason},
                                 {u"points"_s, slope.points},
                                 {u"per_day"_s, jsonNumber(slope.slopePerDay)},
                                 {u"per_30_days"_s, jsonNumber(slope.slopePer30Days)},
                                 {u"lower_per_day"_s, jsonNumber(slope.slopeLowerPerDay)},
                                 {u"upper_per_day"_s, jsonNumber(slope.slopeUpperPerDay)},
                                 {u"significance_available"_s, slope.significanceAvailable},
                                 {u"mann_kendall_s"_s, slope.mannKendallS},
                                 {u"z"_s, jsonNumber(slope.z)},
                                 {u"p_value"_s, jsonNumber(slope.pValue)},
                                 {u"significant"_s, slope.significant}}},
        {u"change"_s, QJsonObject{{u"direction"_s, directionName(change.direction)},
                                  {u"reason"_s, change.reason},
                                  {u"recent_mean"_s, jsonNumber(change.recentMean)},
                                  {u"baseline_mean"_s, jsonNumber(change.baselineMean)},
                                  {u"change"_s, jsonNumber(change.change)},
                                  {u"score"_s, jsonNumber(change.score)},
                                  {u"threshold"_s, jsonNumber(change.threshold)}}},
    };
}

QFuture<int> TrendsCommands::import(TrendService &service, const CommandLine &line,
                                    QTextStream &out, QTextStream &err)
{
    QFuture<Result<ImportReport>> future;
    QString format = u"sample"_s;
    if (line.sampleTrends) {
        future = service.importSampleData();
    } else {
        const auto chosen =
            trendImportFormatFromName(line.trendsFormat.isEmpty() ? u"auto"_s : line.trendsFormat);
        ImportOptions options;
        options.skipBadRows = line.skipBadRows;
        options.replace = !line.mergeTrends;
        if (*chosen == TrendImportFormat::Auto) {
            const auto detected = TrendService::detectFormat(line.file);
            format = detected ? trendImportFormatName(*detected) : u"auto"_s;
        } else {
            format = line.trendsFormat;
        }
        future = service.importTrends(line.file, *chosen, options);
    }
    return future.then(qApp, [&out, &err, format,
                              json = line.json](const Result<ImportReport> &report) {
        if (!report) {
            err << "artist-studio: " << report.error().message << Qt::endl;
            return int(RuntimeError);
        }
        if (json) {
            QJsonObject object = reportJson(*report);
            object.insert(u"format"_s, format);
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            out << describeReport(*report, format);
        }
        out.flush();
        if (!report->committed || report->rowsAccepted == 0) {
            // Computed apart: lupdate's parser loops on a template call inside translate().
            const int rejected = int(std::min(report->rowsRejected, qint64(INT_MAX)));
            err << "artist-studio: "
                << (report->committed
                        ? QCoreApplication::translate("TrendsCommands", "no rows were imported")
                        : QCoreApplication::translate("TrendsCommands",
                                                      "nothing was imported: %n row(s) rejected "
                                                      "(--skip-bad-rows imports the others)",
                                                      nullptr, rejected))
                << Qt::endl;
            return int(RuntimeError);
        }
        return int(Success);
    });
}

QFuture<int> TrendsCommands::show(TrendService &service, const CommandLine &line, QTextStream &out,
                                  QTextStream &err)
{
    return service.series(line.trendSegment, line.trendFeature, line.trendFrom, line.trendTo)
        .then(qApp, [&out, &err, json = line.json](const Result<TrendChart> &chart) {
            if (!chart) {
                err << "artist-studio: " << chart.error().message << Qt::endl;
                return int(RuntimeError);
            }
            if (chart->series.isEmpty()) {
                err << "artist-studio: "
                    << QCoreApplication::translate(
                           "TrendsCommands", "no %1 data for %2 in that period; import some with "
                                             "\"artist-studio trends import FILE\" (or --sample)")
                           .arg(trendFeatureName(chart->feature), chart->segment.label())
                    << Qt::endl;
                return int(RuntimeError);
            }
            if (json)
                out << QJsonDocument(chartJson(*chart)).toJson(QJsonDocument::Indented);
            else
                out << describeChart(*chart);
            out.flush();
            return int(Success);
        });
}
