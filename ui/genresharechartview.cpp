#include "genresharechartview.h"

#include "trendformat.h"
#include "trendpalette.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
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

QString key(const QString &genre, const QDate &period)
{
    return genre + u'|' + period.toString(Qt::ISODate);
}
} // namespace

GenreShareChartView::GenreShareChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("genreShareChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 220);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_timeAxis->setTitleText(tr("Period"));
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_timeAxis->setTickCount(6);
    m_valueAxis->setTitleText(tr("Share of streams (%)"));
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
}

void GenreShareChartView::setShares(const QList<GenreShare> &shares)
{
    chart()->removeAllSeries();
    m_areas.clear();
    m_genres.clear();
    m_values.clear();
    m_byKey.clear();
    m_periods.clear();
    m_toolTip.clear();
    m_country = shares.isEmpty() ? QString() : shares.first().country;
    chart()->setTitle(m_country.isEmpty() ? QString() : tr("Genre shares · %1").arg(m_country));

    // The genres with the largest average share over the periods, the rest as "Other".
    QMap<QDate, bool> periods;
    QHash<QString, double> total;
    for (const GenreShare &share : shares) {
        periods.insert(share.period, true);
        total[share.genre] += share.share;
        m_byKey.insert(key(share.genre, share.period), share);
    }
    m_periods = periods.keys();
    QStringList ranked = total.keys();
    std::sort(ranked.begin(), ranked.end(), [&total](const QString &a, const QString &b) {
        return total.value(a) != total.value(b) ? total.value(a) > total.value(b) : a < b;
    });
    m_genres = ranked.mid(0, kMaxGenres);
    for (const QString &genre : std::as_const(m_genres)) {
        QList<double> values;
        for (const QDate &period : std::as_const(m_periods))
            values.append(m_byKey.value(key(genre, period)).share);
        m_values.append(values);
    }
    // "Other": what the top genres leave of the period's listed shares (never below 0).
    QList<double> other;
    bool hasOther = false;
    for (qsizetype p = 0; p < m_periods.size(); ++p) {
        double listed = 0;
        double top = 0;
        for (const GenreShare &share : shares) {
            if (share.period == m_periods[p])
                listed += share.share;
        }
        for (const QList<double> &values : std::as_const(m_values))
            top += values[p];
        const double rest = std::max(0.0, std::min(1.0, std::max(listed, 1.0)) - top);
        hasOther = hasOther || rest > 1e-9;
        other.append(rest);
    }
    if (hasOther && !m_genres.isEmpty()) {
        m_genres.append(tr("Other"));
        m_values.append(other);
    }

    QList<double> base(m_periods.size(), 0.0);
    for (qsizetype g = 0; g < m_genres.size(); ++g) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (qsizetype p = 0; p < m_periods.size(); ++p) {
            lower->append(toX(m_periods[p]), base[p] * 100);
            base[p] += m_values[g][p];
            upper->append(toX(m_periods[p]), base[p] * 100);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(m_genres[g]);
        const bool isOther = hasOther && g == m_genres.size() - 1;
        QColor color = isOther ? QColor(0xB0, 0xB0, 0xB0) : trendSeriesColor(int(g));
        color.setAlpha(200);
        area->setBrush(color);
        area->setPen(QPen(color.darker(130), 1));
        chart()->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_valueAxis);
        const int index = int(g);
        connect(area, &QAreaSeries::hovered, this, [this, index](const QPointF &point, bool state) {
            if (!state) {
                m_toolTip.clear();
                QToolTip::hideText();
                return;
            }
            m_toolTip = toolTipNear(index, point.x());
            QToolTip::showText(QCursor::pos(), m_toolTip, this);
        });
        m_areas.append(area);
    }
    // An axis left without a range while the view is hidden is not drawn again (Qt 6.4), so
    // an empty chart still gets one.
    const QDate first = m_periods.isEmpty() ? QDate::currentDate().addYears(-1) : m_periods.first();
    const QDate last = m_periods.size() > 1 ? m_periods.last() : first.addDays(7);
    m_timeAxis->setRange(first.startOfDay(), last.startOfDay());
    const double peak = base.isEmpty() ? 1.0 : *std::max_element(base.cbegin(), base.cend());
    // Shares summing to 1 within rounding keep the axis at 100.
    m_valueAxis->setRange(0, std::max(100.0, std::ceil(peak * 100 - 1e-6)));
}

void GenreShareChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    // A date axis laid out while the view was hidden (another tab) stays blank in Qt 6.4
    // until it is shown again.
    m_timeAxis->setVisible(false);
    m_timeAxis->setVisible(true);
}

QString GenreShareChartView::toolTipNear(int area, double x) const
{
    if (area < 0 || area >= m_genres.size() || m_periods.isEmpty())
        return {};
    qsizetype nearest = 0;
    double best = std::numeric_limits<double>::max();
    for (qsizetype p = 0; p < m_periods.size(); ++p) {
        const double distance = std::abs(toX(m_periods[p]) - x);
        if (distance < best) {
            best = distance;
            nearest = p;
        }
    }
    const QDate period = m_periods[nearest];
    const QString share = QLocale().toString(m_values[area][nearest] * 100, 'f', 1);
    QString text = tr("<b>%1</b> · %2 · %3<br>%4% of streams")
                       .arg(m_country, m_genres[area].toHtmlEscaped(),
                            QLocale().toString(period, QLocale::ShortFormat), share);
    const auto it = m_byKey.constFind(key(m_genres[area], period));
    if (it != m_byKey.cend()) {
        if (it->rank > 0)
            text += tr("<br>Rank %1").arg(it->rank);
        if (it->growth)
            text += tr("<br>Growth: %1%").arg(QLocale().toString(*it->growth * 100, 'f', 1));
    }
    return text;
}
