#pragma once

#include "trends/trendstore.h"

#include <QChartView>
#include <QHash>
#include <QList>
#include <QStringList>

class QAreaSeries;
class QDateTimeAxis;
class QValueAxis;

// A country's genre shares over time as a stacked area chart: the kMaxGenres genres with the
// largest average share, each stacked on the ones before, and the rest of the stream share as
// "Other". Hovering an area shows the genre's exact share, rank and date. Thread: GUI thread.
class GenreShareChartView : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxGenres = 7;

    explicit GenreShareChartView(QWidget *parent = nullptr);

    // Shares of one country (GenreShare::country is taken from the first).
    void setShares(const QList<GenreShare> &shares);
    QStringList genres() const { return m_genres; } // bottom to top, "Other" last when drawn
    QList<QAreaSeries *> areas() const { return m_areas; }
    QString toolTipText() const { return m_toolTip; }
    QString toolTipNear(int area, double x) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QString m_country;
    QList<QDate> m_periods;
    QStringList m_genres;
    QList<QAreaSeries *> m_areas;
    // Per genre (same order as m_genres), per period: the share; and the source rows for ranks.
    QList<QList<double>> m_values;
    QHash<QString, GenreShare> m_byKey; // "genre|yyyy-MM-dd"
    QString m_toolTip;
};
