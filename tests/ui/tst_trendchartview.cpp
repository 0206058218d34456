#include "trendchartexporter.h"
#include "trendchartview.h"
#include "trendformat.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <cmath>

// The trend chart as a user reads it: the observed line, the moving average, the forecast
// continuing it inside its 80% and 95% bands, the marker where the forecast starts, tooltips
// with exact values, downsampling that keeps peaks, and the exports.
class TstTrendChartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawsLineAverageAndForecast();
    void hoverShowsExactValueDateAndSampleSize();
    void hoverOnForecastShowsItsIntervals();
    void longSeriesIsDownsampledButTooltipsStayExact();
    void severalSegmentsShareOneChart();
    void exportsPngSvgAndCsv();

private:
    static TrendSeries weekly(int weeks, double start, double slopePerWeek, quint32 seed);
    static TrendChartLine line(const QString &label, const TrendSeries &series);
};

namespace {
double toX(const QDate &date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}
} // namespace

TrendSeries TstTrendChartView::weekly(int weeks, double start, double slopePerWeek, quint32 seed)
{
    QRandomGenerator random(seed);
    TrendSeries series;
    const QDate monday(2023, 1, 2);
    for (int i = 0; i < weeks; ++i) {
        TrendPoint point;
        point.period = monday.addDays(7 * i);
        point.mean = start + slopePerWeek * i + (random.generateDouble() - 0.5);
        point.stddev = 6.5;
        point.min = point.mean - 20;
        point.max = point.mean + 20;
        point.sampleSize = 100 + i;
        point.weight = 250000 + 1000 * i;
        series.append(point);
    }
    return series;
}

TrendChartLine TstTrendChartView::line(const QString &label, const TrendSeries &series)
{
    TrendChartLine l;
    l.label = label;
    l.points = series;
    l.movingAveragePeriods = 4;
    l.movingAverage = TrendStatistics::movingAverage(series, 4);
    l.forecast = TrendForecaster::forecast(series);
    return l;
}

void TstTrendChartView::drawsLineAverageAndForecast()
{
    TrendChartView view;
    view.resize(900, 500);
    view.show(); // legend markers report their visibility only on screen
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const TrendSeries series = weekly(40, 118, 0.25, 1);
    const TrendChartLine l = line(QStringLiteral("DE"), series);
    QCOMPARE(l.forecast.points.size(), 12);
    view.setLines(TrendFeature::Tempo, {l});

    QVERIFY(view.observedSeries(0));
    QCOMPARE(view.observedSeries(0)->count(), 40);
    QCOMPARE(view.observedSeries(0)->at(39).y(), series.last().mean);
    QVERIFY(view.movingAverageSeries(0));
    QCOMPARE(view.movingAverageSeries(0)->count(), 40);
    // The forecast starts at the last observation and continues 12 weeks.
    QLineSeries *forecast = view.forecastSeries(0);
    QVERIFY(forecast);
    QCOMPARE(forecast->count(), 13);
    QCOMPARE(forecast->at(0), view.observedSeries(0)->at(39));
    QCOMPARE(forecast->at(12).x(), toX(l.forecast.points.last().period));
    // Both bands, the 95% one wider than the 80% one, and widening with the horizon.
    QAreaSeries *band80 = view.band80(0);
    QAreaSeries *band95 = view.band95(0);
    QVERIFY(band80 && band95);
    QCOMPARE(band95->upperSeries()->count(), 13);
    const double width80 = band80->upperSeries()->at(12).y() - band80->lowerSeries()->at(12).y();
    const double width95 = band95->upperSeries()->at(12).y() - band95->lowerSeries()->at(12).y();
    QVERIFY(width80 > 0);
    QVERIFY(width95 > width80);
    QVERIFY(band95->upperSeries()->at(12).y() - band95->lowerSeries()->at(12).y() >
            band95->upperSeries()->at(1).y() - band95->lowerSeries()->at(1).y());
    QVERIFY(band95->brush().color().alpha() < 255); // translucent: the line shows through

    // The marker stands at the last observed week, across the value axis.
    QLineSeries *marker = view.forecastMarker();
    QVERIFY(marker);
    QCOMPARE(marker->count(), 2);
    QCOMPARE(marker->at(0).x(), toX(series.last().period));
    QCOMPARE(marker->at(0).y(), view.valueAxis()->min());
    QCOMPARE(marker->at(1).y(), view.valueAxis()->max());
    // The axes cover the forecast's 95% band and name their units.
    QVERIFY(view.valueAxis()->max() >= l.forecast.points.last().upper95);
    QVERIFY(view.valueAxis()->min() <= series.first().mean);
    QCOMPARE(view.valueAxis()->titleText(), QStringLiteral("Tempo (BPM)"));
    QCOMPARE(view.timeAxis()->max().date(), l.forecast.points.last().period);

    // The legend names the line, its average, the forecast and the bands, not the marker.
    QCoreApplication::processEvents(); // the legend lays its markers out when shown
    QStringList legend;
    const QList<QLegendMarker *> markers = view.chart()->legend()->markers();
    for (QLegendMarker *m : markers) {
        if (m->isVisible())
            legend.append(m->label());
    }
    QVERIFY2(legend.contains(QStringLiteral("DE")), qPrintable(legend.join(u'|')));
    QVERIFY(legend.contains(QStringLiteral("DE · 4-period average")));
    QVERIFY(legend.contains(QStringLiteral("DE · forecast")));
    QVERIFY(legend.contains(QStringLiteral("DE · 80% interval")));
    QVERIFY(legend.contains(QStringLiteral("DE · 95% interval")));
    QVERIFY(!legend.contains(QStringLiteral("Forecast starts")));

    // Cleared, nothing is left.
    view.clear();
    QVERIFY(!view.observedSeries(0));
    QVERIFY(!view.forecastMarker());
    QVERIFY(view.chart()->series().isEmpty());
}

void TstTrendChartView::hoverShowsExactValueDateAndSampleSize()
{
    TrendChartView view;
    const TrendSeries series = weekly(20, 120, 0.5, 2);
    view.setLines(TrendFeature::Tempo, {line(QStringLiteral("DE · synthwave"), series)});
    QLineSeries *observed = view.observedSeries(0);
    QSignalSpy hovered(&view, &TrendChartView::pointHovered);
    // The pointer rests slightly off week 7: the tooltip is week 7's.
    const TrendPoint &week = series[7];
    Q_EMIT observed->hovered(QPointF(toX(week.period) + 3600000.0, week.mean + 0.2), true);
    QCOMPARE(hovered.count(), 1);
    const QString tip = view.toolTipText();
    QVERIFY2(tip.contains(QStringLiteral("DE · synthwave")), qPrintable(tip));
    QVERIFY(tip.contains(QLocale().toString(week.period, QLocale::ShortFormat)));
    QVERIFY(tip.contains(TrendFormat::value(TrendFeature::Tempo, week.mean)));
    QVERIFY(tip.contains(QStringLiteral("Sample size: 107 chart entries")));
    QVERIFY(tip.contains(QStringLiteral("Streams: ") + TrendFormat::number(week.weight)));
    // Leaving the point clears it.
    Q_EMIT observed->hovered(QPointF(toX(week.period), week.mean), false);
    QVERIFY(view.toolTipText().isEmpty());
}

void TstTrendChartView::hoverOnForecastShowsItsIntervals()
{
    TrendChartView view;
    const TrendSeries series = weekly(30, 0.5, 0.005, 3);
    const TrendChartLine l = line(QStringLiteral("FR"), series);
    view.setLines(TrendFeature::Energy, {l});
    const ForecastPoint &third = l.forecast.points[2];
    Q_EMIT view.forecastSeries(0)->hovered(QPointF(toX(third.period), third.value), true);
    const QString tip = view.toolTipText();
    QVERIFY2(tip.contains(QStringLiteral("forecast, 3 periods ahead")), qPrintable(tip));
    QVERIFY(tip.contains(TrendFormat::value(TrendFeature::Energy, third.value)));
    QVERIFY(tip.contains(QStringLiteral("95%: ") +
                         TrendFormat::value(TrendFeature::Energy, third.lower95)));
    QCOMPARE(view.valueAxis()->titleText(), QStringLiteral("Energy (0–1)"));
}

void TstTrendChartView::longSeriesIsDownsampledButTooltipsStayExact()
{
    // Ten years of daily data with one novelty spike.
    TrendSeries series;
    const QDate first(2014, 1, 1);
    QRandomGenerator random(4);
    for (int i = 0; i < 3650; ++i) {
        TrendPoint point;
        point.period = first.addDays(i);
        point.mean = 120 + std::sin(i / 60.0) * 4 + random.generateDouble();
        point.sampleSize = 50;
        series.append(point);
    }
    series[1234].mean = 171.0;
    TrendChartLine l;
    l.label = QStringLiteral("US");
    l.points = series;
    TrendChartView view;
    view.setLines(TrendFeature::Tempo, {l});
    QLineSeries *observed = view.observedSeries(0);
    QCOMPARE(observed->count(), TrendChartView::kMaxDrawnPoints);
    bool spikeDrawn = false;
    for (const QPointF &point : observed->points())
        spikeDrawn = spikeDrawn || point.y() == 171.0;
    QVERIFY(spikeDrawn);
    QCOMPARE(observed->at(0).x(), toX(first));
    QCOMPARE(observed->at(observed->count() - 1).x(), toX(series.last().period));
    // A day that was not drawn still gets its own exact tooltip.
    const TrendPoint &day = series[1001];
    QVERIFY(view.toolTipNear(0, toX(day.period))
                .contains(TrendFormat::value(TrendFeature::Tempo, day.mean)));
}

void TstTrendChartView::severalSegmentsShareOneChart()
{
    TrendChartView view;
    TrendChartLine de = line(QStringLiteral("DE"), weekly(30, 124, 0.1, 5));
    TrendChartLine fr = line(QStringLiteral("FR"), weekly(30, 112, -0.1, 6));
    fr.forecast = {}; // the pane forecasts only the primary segment
    view.setLines(TrendFeature::Tempo, {de, fr});
    QCOMPARE(view.observedSeries(1)->name(), QStringLiteral("FR"));
    QVERIFY(view.forecastSeries(0));
    QVERIFY(!view.forecastSeries(1));
    QVERIFY(!view.band95(1));
    QVERIFY(view.observedSeries(0)->pen().color() != view.observedSeries(1)->pen().color());
    // Hovering FR's line names FR.
    const TrendPoint &point = fr.points[10];
    Q_EMIT view.observedSeries(1)->hovered(QPointF(toX(point.period), point.mean), true);
    QVERIFY(view.toolTipText().startsWith(QStringLiteral("<b>FR</b>")));
    QVERIFY(view.valueAxis()->min() <= 112);
    QVERIFY(view.valueAxis()->max() >= 124);
}

void TstTrendChartView::exportsPngSvgAndCsv()
{
    QTemporaryDir dir;
    TrendChartView view;
    view.resize(800, 450);
    const TrendChartLine l = line(QStringLiteral("DE, north"), weekly(20, 120, 0.3, 7));
    view.setLines(TrendFeature::Tempo, {l});

    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(TrendChartExporter::savePng(&view, png).ok());
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), view.viewport()->size() * 2);
    // Something was drawn: the plot is not a blank page.
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            nonWhite += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    QVERIFY(nonWhite > 100);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(TrendChartExporter::saveSvg(&view, svg, QStringLiteral("DE tempo")).ok());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    int paths = 0;
    bool titled = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() &&
            (xml.name() == u"path" || xml.name() == u"polyline" || xml.name() == u"polygon"))
            ++paths;
        if (xml.isStartElement() && xml.name() == u"title")
            titled = xml.readElementText() == u"DE tempo";
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(titled);
    QVERIFY2(paths > 5, qPrintable(QString::number(paths)));

    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY(TrendChartExporter::saveCsv(TrendFeature::Tempo, view.lines(), csv).ok());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList rows =
        QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 20 + 12);
    QVERIFY(rows[0].startsWith(QStringLiteral("segment,feature,period,kind,value,")));
    // The label with a comma is quoted; the values are exact.
    QVERIFY(rows[1].startsWith(QStringLiteral("\"DE, north\",tempo,2023-01-02,observed,")));
    QCOMPARE(rows[1].section(u',', 5, 5).toDouble(), l.points[0].mean);
    QVERIFY(rows[21].contains(QStringLiteral(",forecast,")));
    QCOMPARE(rows[21].split(u',').size(), 16); // 15 columns + the quoted comma
}

QTEST_MAIN(TstTrendChartView)
#include "tst_trendchartview.moc"
