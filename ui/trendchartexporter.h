#pragma once

#include "trendchartview.h"
#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>

class QChartView;

// Exports of the Trends pane: a chart as PNG (rendered at twice its size on screen) or SVG
// (QSvgGenerator), and the data behind a trend chart as CSV, one row per observed or forecast
// period per segment. Files are written with QSaveFile (temp name + rename).
// Thread: GUI thread for the images (they render the scene); toCsv is stateless, any thread.
class TrendChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartExporter)

public:
    static Result<void> savePng(QChartView *view, const QString &path);
    static Result<void> saveSvg(QChartView *view, const QString &path, const QString &title);
    static QByteArray toCsv(TrendFeature feature, const QList<TrendChartLine> &lines);
    static Result<void> saveCsv(TrendFeature feature, const QList<TrendChartLine> &lines,
                                const QString &path);
};
