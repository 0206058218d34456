#pragma once

#include "trends/trendseries.h"

#include <QDate>
#include <QList>

// Maps the dates of a series onto whole period numbers, so the statistics count a missing week
// as a gap instead of sliding the next week into its place. The period is inferred from the
// dates: when every date is the 1st of a month and the closest two are at least 28 days apart,
// periods are calendar months (or multiples: quarters); otherwise the period is the smallest gap
// in days (1 for daily, 7 for weekly data). A lone point counts as daily.
// Thread: value type.
class TrendPeriodIndex
{
public:
    TrendPeriodIndex() = default;
    explicit TrendPeriodIndex(const QList<QDate> &ascending);
    explicit TrendPeriodIndex(const TrendSeries &series);

    bool isMonthly() const { return m_monthly; }
    // Length of one period: days for day-based periods, months for monthly ones.
    int step() const { return m_step; }

    // Period number of `date` counted from the first date (0), rounded to the nearest period.
    int indexOf(const QDate &date) const;
    // The first day of period `index`; an index past the last date extends the calendar.
    QDate dateAt(int index) const;
    // The period numbers of all dates given to the constructor, in their order.
    const QList<int> &indices() const { return m_indices; }

private:
    QDate m_first;
    bool m_monthly = false;
    int m_step = 1;
    QList<int> m_indices;
};
