#include "performancechartview.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

double msecsOf(const QDate &day)
{
    return double(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

PerformanceChartView::PerformanceChartView(QWidget *parent)
    : QChartView(parent)
    , m_streams(new QLineSeries(this))
    , m_revenue(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_streamsAxis(new QValueAxis(this))
    , m_revenueAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 220);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_streams->setName(tr("Streams"));
    m_revenue->setName(tr("Revenue"));
    chart->addSeries(m_streams);
    chart->addSeries(m_revenue);
    m_timeAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_timeAxis->setTickCount(5);
    m_streamsAxis->setTitleText(tr("Streams per day"));
    m_streamsAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_revenueAxis->setTitleText(tr("Revenue per day"));
    m_revenueAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_streamsAxis, Qt::AlignLeft);
    chart->addAxis(m_revenueAxis, Qt::AlignRight);
    m_streams->attachAxis(m_timeAxis);
    m_streams->attachAxis(m_streamsAxis);
    m_revenue->attachAxis(m_timeAxis);
    m_revenue->attachAxis(m_revenueAxis);
    setChart(chart);

    for (QLineSeries *series : {m_streams, m_revenue}) {
        connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), toolTipNear(point.x()), this);
            else
                QToolTip::hideText();
        });
    }
}

void PerformanceChartView::setPoints(const QString &title, const QList<PerformancePoint> &points)
{
    m_points = points;
    chart()->setTitle(title);
    QList<QPointF> streams;
    QList<QPointF> revenue;
    double maxStreams = 0;
    double maxRevenue = 0;
    for (const PerformancePoint &point : points) {
        const double x = msecsOf(point.day);
        streams.append({x, double(point.streams)});
        revenue.append({x, point.revenue});
        maxStreams = std::max(maxStreams, double(point.streams));
        maxRevenue = std::max(maxRevenue, point.revenue);
    }
    m_streams->replace(streams);
    m_revenue->replace(revenue);
    if (!points.isEmpty()) {
        // One day of data still needs a visible span.
        m_timeAxis->setRange(points.first().day.addDays(-1).startOfDay(Qt::UTC),
                             points.last().day.addDays(1).startOfDay(Qt::UTC));
    }
    m_streamsAxis->setRange(0, maxStreams > 0 ? maxStreams * 1.1 : 1);
    m_revenueAxis->setRange(0, maxRevenue > 0 ? maxRevenue * 1.1 : 1);
}

QString PerformanceChartView::toolTipNear(double x) const
{
    if (m_points.isEmpty())
        return {};
    const auto nearest =
        std::min_element(m_points.cbegin(), m_points.cend(),
                         [x](const PerformancePoint &a, const PerformancePoint &b) {
                             return std::abs(msecsOf(a.day) - x) < std::abs(msecsOf(b.day) - x);
                         });
    const QLocale locale;
    return tr("%1: %2 streams, revenue %3")
        .arg(locale.toString(nearest->day, QLocale::ShortFormat), locale.toString(nearest->streams),
             locale.toString(nearest->revenue, 'f', 2));
}
