#pragma once

#include "services/trendservice.h"

#include <QWidget>

class QLabel;

// The line under the trend chart: the primary segment's slope with its significance
// ("+4.1 BPM per 30 days, p = 0.003"), an Emerging/Declining/Stable badge, the forecast method
// with its backtest error, and a "Sample data" tag when the figures come from the bundled
// sample. Thread: GUI thread.
class TrendSummaryBar : public QWidget
{
    Q_OBJECT
public:
    explicit TrendSummaryBar(QWidget *parent = nullptr);

    void setChart(const TrendChart &chart);
    void clear();

    QLabel *slopeLabel() const { return m_slope; }
    QLabel *badge() const { return m_badge; }
    QLabel *forecastLabel() const { return m_forecast; }
    QLabel *sampleLabel() const { return m_sample; }

private:
    QLabel *m_segment;
    QLabel *m_slope;
    QLabel *m_badge;
    QLabel *m_forecast;
    QLabel *m_sample;
};
