#include "tempocorrection.h"

#include <algorithm>
#include <cmath>

double TempoCorrection::scaled(double bpm, double factor)
{
    return std::round(bpm * factor * 100.0) / 100.0;
}

std::optional<double> TempoCorrection::tap(qint64 msecs)
{
    if (!m_taps.isEmpty() && (msecs - m_taps.last() > kResetAfterMs || msecs <= m_taps.last()))
        m_taps.clear();
    m_taps.append(msecs);
    while (m_taps.size() > kMaxTaps)
        m_taps.removeFirst();
    if (m_taps.size() < 2)
        return std::nullopt;
    // First to last over the count of intervals: a late tap and an early one cancel out.
    const double interval = double(m_taps.last() - m_taps.first()) / double(m_taps.size() - 1);
    if (interval <= 0)
        return std::nullopt;
    return std::round(60000.0 / interval * 10.0) / 10.0;
}
