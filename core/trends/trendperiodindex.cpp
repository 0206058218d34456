#include "trends/trendperiodindex.h"

#include <QtMath>

#include <algorithm>
#include <limits>

namespace {

int monthNumber(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

QList<QDate> periodsOf(const TrendSeries &series)
{
    QList<QDate> dates;
    dates.reserve(series.size());
    for (const TrendPoint &point : series)
        dates.append(point.period);
    return dates;
}

} // namespace

TrendPeriodIndex::TrendPeriodIndex(const TrendSeries &series)
    : TrendPeriodIndex(periodsOf(series))
{}

TrendPeriodIndex::TrendPeriodIndex(const QList<QDate> &ascending)
{
    if (ascending.isEmpty())
        return;
    m_first = ascending.first();

    qint64 smallestDays = std::numeric_limits<qint64>::max();
    bool allFirstOfMonth = true;
    for (qsizetype i = 0; i < ascending.size(); ++i) {
        allFirstOfMonth = allFirstOfMonth && ascending[i].day() == 1;
        if (i > 0) {
            const qint64 gap = ascending[i - 1].daysTo(ascending[i]);
            if (gap > 0)
                smallestDays = std::min(smallestDays, gap);
        }
    }
    const bool severalPeriods = smallestDays != std::numeric_limits<qint64>::max();

    // Months have 28 to 31 days: counting them in days would drift by a period every few years.
    m_monthly = severalPeriods && allFirstOfMonth && smallestDays >= 28;
    if (m_monthly) {
        int smallestMonths = std::numeric_limits<int>::max();
        for (qsizetype i = 1; i < ascending.size(); ++i) {
            const int gap = monthNumber(ascending[i]) - monthNumber(ascending[i - 1]);
            if (gap > 0)
                smallestMonths = std::min(smallestMonths, gap);
        }
        m_step = smallestMonths;
    } else {
        m_step = severalPeriods ? int(smallestDays) : 1;
    }

    m_indices.reserve(ascending.size());
    for (const QDate &date : ascending)
        m_indices.append(indexOf(date));
}

int TrendPeriodIndex::indexOf(const QDate &date) const
{
    if (!m_first.isValid())
        return 0;
    const double span =
        m_monthly ? double(monthNumber(date) - monthNumber(m_first)) : double(m_first.daysTo(date));
    return qRound(span / m_step);
}

QDate TrendPeriodIndex::dateAt(int index) const
{
    if (!m_first.isValid())
        return {};
    return m_monthly ? m_first.addMonths(index * m_step) : m_first.addDays(qint64(index) * m_step);
}
