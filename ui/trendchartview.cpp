#include "trendchartview.h"

#include "lttb.h"
#include "trendformat.h"
#include "trendpalette.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
double toX(const QDate &date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

QList<QPointF> drawable(QList<QPointF> points)
{
    return points.size() > TrendChartView::kMaxDrawnPoints
               ? Lttb::downsample(points, TrendChartView::kMaxDrawnPoints)
               : points;
}

QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCapStyle(Qt::RoundCap);
    p.setJoinStyle(Qt::RoundJoin);
    return p;
}
} // namespace

TrendChartView::TrendChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 260);
    QChart *c = chart();
    c->setMargins(QMargins(6, 6, 6, 6));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setShowToolTips(true);
    m_timeAxis->setTitleText(tr("Period"));
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_timeAxis->setTickCount(7);
    m_valueAxis->setTickCount(6);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    clear();
}

void TrendChartView::clear()
{
    setLines(m_feature, {});
}

void TrendChartView::setLines(TrendFeature feature, const QList<TrendChartLine> &lines)
{
    chart()->removeAllSeries();
    m_feature = feature;
    m_lines = lines;
    m_drawn.clear();
    m_lineOf.clear();
    m_marker = nullptr;
    m_toolTip.clear();
    m_valueAxis->setTitleText(TrendFormat::axisTitle(feature));
    m_valueAxis->setLabelFormat(QStringLiteral("%.") +
                                QString::number(TrendFormat::decimals(feature)) + u'f');

    // Bands first, so every line is drawn over every band.
    m_drawn.resize(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].forecast.points.isEmpty())
            continue;
        m_drawn[i].band95 = addBand(lines[i], trendSeriesColor(i), true);
        m_drawn[i].band80 = addBand(lines[i], trendSeriesColor(i), false);
    }
    QDate lastObserved;
    for (int i = 0; i < lines.size(); ++i) {
        addLine(i, lines[i], trendSeriesColor(i));
        if (!lines[i].forecast.points.isEmpty() && !lines[i].points.isEmpty())
            lastObserved = std::max(lastObserved, lines[i].points.last().period);
    }
    updateRanges();
    if (lastObserved.isValid())
        addMarker(lastObserved);
}

void TrendChartView::attach(QAbstractSeries *series, bool inLegend)
{
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    if (!inLegend) {
        const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
}

void TrendChartView::addLine(int index, const TrendChartLine &line, const QColor &color)
{
    Drawn &drawn = m_drawn[index];
    QList<QPointF> observed;
    observed.reserve(line.points.size());
    for (const TrendPoint &point : line.points)
        observed.append(QPointF(toX(point.period), point.mean));
    drawn.observed = new QLineSeries;
    drawn.observed->setName(line.label);
    drawn.observed->setPen(pen(color, 2.0));
    drawn.observed->replace(drawable(observed));
    // Points are marked only while they can be told apart.
    drawn.observed->setPointsVisible(drawn.observed->count() <= 60);
    attach(drawn.observed, true);
    m_lineOf.insert(drawn.observed, index);
    connect(drawn.observed, &QLineSeries::hovered, this,
            [this, series = drawn.observed](const QPointF &point, bool state) {
                onHovered(series, point, state);
            });

    if (!line.movingAverage.isEmpty()) {
        QList<QPointF> average;
        average.reserve(line.movingAverage.size());
        for (const MovingAveragePoint &point : line.movingAverage)
            average.append(QPointF(toX(point.period), point.value));
        drawn.movingAverage = new QLineSeries;
        drawn.movingAverage->setName(
            tr("%1 · %n-period average", nullptr, line.movingAveragePeriods).arg(line.label));
        drawn.movingAverage->setPen(pen(color.darker(135), 2.5, Qt::DashLine));
        drawn.movingAverage->replace(drawable(average));
        attach(drawn.movingAverage, true);
    }

    if (!line.forecast.points.isEmpty() && !line.points.isEmpty()) {
        // The forecast starts at the last observation, so the line continues without a gap.
        drawn.forecast = new QLineSeries;
        drawn.forecast->setName(tr("%1 · forecast").arg(line.label));
        drawn.forecast->setPen(pen(color, 2.0, Qt::DotLine));
        drawn.forecast->append(observed.last());
        for (const ForecastPoint &point : line.forecast.points)
            drawn.forecast->append(toX(point.period), point.value);
        drawn.forecast->setPointsVisible(true);
        attach(drawn.forecast, true);
        m_lineOf.insert(drawn.forecast, index);
        connect(drawn.forecast, &QLineSeries::hovered, this,
                [this, series = drawn.forecast](const QPointF &point, bool state) {
                    onHovered(series, point, state);
                });
    }
}

QAreaSeries *TrendChartView::addBand(const TrendChartLine &line, const QColor &color, bool wide)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    if (!line.points.isEmpty()) {
        // Zero width at the last observation: the band opens from the line.
        const QPointF start(toX(line.points.last().period), line.points.last().mean);
        upper->append(start);
        lower->append(start);
    }
    for (const ForecastPoint &point : line.forecast.points) {
        upper->append(toX(point.period), wide ? point.upper95 : point.upper80);
        lower->append(toX(point.period), wide ? point.lower95 : point.lower80);
    }
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(wide ? tr("%1 · 95% interval").arg(line.label)
                       : tr("%1 · 80% interval").arg(line.label));
    QColor fill = color;
    fill.setAlpha(wide ? 45 : 80);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    // One pair of band entries in the legend is enough to explain the shading.
    attach(area, m_lines.size() == 1);
    return area;
}

void TrendChartView::addMarker(const QDate &lastObserved)
{
    m_marker = new QLineSeries;
    m_marker->setName(tr("Forecast starts"));
    m_marker->setPen(pen(QColor(0x60, 0x60, 0x60), 1.0, Qt::DashLine));
    m_marker->append(toX(lastObserved), m_valueAxis->min());
    m_marker->append(toX(lastObserved), m_valueAxis->max());
    attach(m_marker, false);
}

void TrendChartView::updateRanges()
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    QDate first;
    QDate last;
    auto extend = [&](const QDate &date, double a, double b) {
        low = std::min({low, a, b});
        high = std::max({high, a, b});
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    };
    for (const TrendChartLine &line : std::as_const(m_lines)) {
        for (const TrendPoint &point : line.points)
            extend(point.period, point.mean, point.mean);
        for (const MovingAveragePoint &point : line.movingAverage)
            extend(point.period, point.value, point.value);
        for (const ForecastPoint &point : line.forecast.points)
            extend(point.period, point.lower95, point.upper95);
    }
    if (!first.isValid()) {
        const QDate today = QDate::currentDate();
        m_timeAxis->setRange(today.addYears(-1).startOfDay(), today.startOfDay());
        m_valueAxis->setRange(0, 1);
        return;
    }
    if (first == last) {
        first = first.addDays(-7);
        last = last.addDays(7);
    }
    const double span = high - low;
    const double pad = span > 0 ? span * 0.08 : std::max(std::abs(high) * 0.05, 0.5);
    m_timeAxis->setRange(first.startOfDay(), last.startOfDay());
    m_valueAxis->setRange(low - pad, high + pad);
    m_valueAxis->applyNiceNumbers();
}

void TrendChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    // A date axis laid out while the view was hidden (another tab) stays blank in Qt 6.4
    // until it is shown again.
    m_timeAxis->setVisible(false);
    m_timeAxis->setVisible(true);
}

QString TrendChartView::toolTipNear(int line, double x) const
{
    if (line < 0 || line >= m_lines.size())
        return {};
    const TrendChartLine &l = m_lines[line];
    // The nearest observed or forecast period to x, by date.
    double best = std::numeric_limits<double>::max();
    QString text;
    for (const TrendPoint &point : l.points) {
        const double distance = std::abs(toX(point.period) - x);
        if (distance < best) {
            best = distance;
            text = TrendFormat::pointToolTip(l.label, m_feature, point);
        }
    }
    for (const ForecastPoint &point : l.forecast.points) {
        const double distance = std::abs(toX(point.period) - x);
        if (distance < best) {
            best = distance;
            text = TrendFormat::forecastToolTip(l.label, m_feature, point);
        }
    }
    return text;
}

void TrendChartView::onHovered(QAbstractSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        m_toolTip.clear();
        QToolTip::hideText();
        return;
    }
    m_toolTip = toolTipNear(m_lineOf.value(series, -1), point.x());
    if (m_toolTip.isEmpty())
        return;
    QToolTip::showText(QCursor::pos(), m_toolTip, this);
    Q_EMIT pointHovered(m_toolTip);
}

QLineSeries *TrendChartView::observedSeries(int line) const
{
    return line >= 0 && line < m_drawn.size() ? m_drawn[line].observed : nullptr;
}

QLineSeries *TrendChartView::movingAverageSeries(int line) const
{
    return line >= 0 && line < m_drawn.size() ? m_drawn[line].movingAverage : nullptr;
}

QLineSeries *TrendChartView::forecastSeries(int line) const
{
    return line >= 0 && line < m_drawn.size() ? m_drawn[line].forecast : nullptr;
}

QAreaSeries *TrendChartView::band80(int line) const
{
    return line >= 0 && line < m_drawn.size() ? m_drawn[line].band80 : nullptr;
}

QAreaSeries *TrendChartView::band95(int line) const
{
    return line >= 0 && line < m_drawn.size() ? m_drawn[line].band95 : nullptr;
}
