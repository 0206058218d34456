#pragma once

#include "trends/trendforecast.h"
#include "trends/trendseries.h"
#include "trends/trendstatistics.h"

#include <QChartView>
#include <QHash>
#include <QList>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// One segment's line on a trend chart: its observed series, the moving average and the
// forecast that continues it (method None: none drawn). Thread: value type.
struct TrendChartLine
{
    QString label; // the segment, "DE · synthwave"
    TrendSeries points;
    QList<MovingAveragePoint> movingAverage;
    int movingAveragePeriods = 0; // for the legend; 0 when there is no moving average
    TrendForecast forecast;
};

// A line chart of one feature for one or more segments: the observed means, a dashed moving
// average and the forecast continuing the line with its 80% and 95% bands (translucent areas),
// a vertical marker where the forecast starts, axis titles with units and a legend. Hovering a
// point shows its exact value, date, sample size and streams. Series longer than
// kMaxDrawnPoints are drawn LTTB-downsampled; tooltips always read the full series.
// Thread: GUI thread.
class TrendChartView : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxDrawnPoints = 600;

    explicit TrendChartView(QWidget *parent = nullptr);

    void setLines(TrendFeature feature, const QList<TrendChartLine> &lines);
    void clear();
    TrendFeature feature() const { return m_feature; }
    const QList<TrendChartLine> &lines() const { return m_lines; }

    // What is drawn, for tests and the export: per line, null when it has none.
    QLineSeries *observedSeries(int line) const;
    QLineSeries *movingAverageSeries(int line) const;
    QLineSeries *forecastSeries(int line) const;
    QAreaSeries *band80(int line) const;
    QAreaSeries *band95(int line) const;
    QLineSeries *forecastMarker() const { return m_marker; } // null without a forecast
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

    // The tooltip shown for the last hovered point (empty once the pointer left it).
    QString toolTipText() const { return m_toolTip; }
    // The tooltip of the observed or forecast point of `line` nearest to `x` (ms since epoch).
    QString toolTipNear(int line, double x) const;

Q_SIGNALS:
    void pointHovered(const QString &toolTip);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Drawn
    {
        QLineSeries *observed = nullptr;
        QLineSeries *movingAverage = nullptr;
        QLineSeries *forecast = nullptr;
        QAreaSeries *band80 = nullptr;
        QAreaSeries *band95 = nullptr;
    };
    void addLine(int index, const TrendChartLine &line, const QColor &color);
    QAreaSeries *addBand(const TrendChartLine &line, const QColor &color, bool wide);
    void addMarker(const QDate &lastObserved);
    void attach(QAbstractSeries *series, bool inLegend);
    void updateRanges();
    void onHovered(QAbstractSeries *series, const QPointF &point, bool state);

    TrendFeature m_feature = TrendFeature::Tempo;
    QList<TrendChartLine> m_lines;
    QList<Drawn> m_drawn;
    QHash<QAbstractSeries *, int> m_lineOf;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QLineSeries *m_marker = nullptr;
    QString m_toolTip;
};
