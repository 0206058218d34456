#pragma once

#include "services/performancestore.h"

#include <QChartView>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// Streams (left axis) and revenue (right axis) per day of one artist or release, as imported
// from distributors' reports. Hovering a line shows the exact day's figures. Thread: GUI thread.
class PerformanceChartView : public QChartView
{
    Q_OBJECT
public:
    explicit PerformanceChartView(QWidget *parent = nullptr);

    void setPoints(const QString &title, const QList<PerformancePoint> &points);
    QLineSeries *streamsSeries() const { return m_streams; }
    QLineSeries *revenueSeries() const { return m_revenue; }
    // What the tooltip says for the day nearest to x (msecs since epoch).
    QString toolTipNear(double x) const;

private:
    QLineSeries *m_streams;
    QLineSeries *m_revenue;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_streamsAxis;
    QValueAxis *m_revenueAxis;
    QList<PerformancePoint> m_points;
};
