#pragma once

#include <QList>

#include <optional>

// Tempo corrections as the operator applies them: the octave/triplet factors (×2, ×½, ×⅔,
// ×1.5) and tap tempo from the last few taps. Times are passed in (milliseconds from any
// monotonic clock), so the class is deterministic to test. Thread: GUI thread (value type).
class TempoCorrection
{
public:
    static constexpr int kMaxTaps = 8;            // the tempo follows the last few taps
    static constexpr qint64 kResetAfterMs = 2000; // a longer pause starts a new tap sequence

    // bpm × factor, rounded to 0.01 BPM (so ×2 then ×½ returns exactly to the start).
    static double scaled(double bpm, double factor);

    // Registers a tap; returns the tempo once there are two taps in a sequence.
    std::optional<double> tap(qint64 msecs);
    int tapCount() const { return int(m_taps.size()); }
    void reset() { m_taps.clear(); }

private:
    QList<qint64> m_taps;
};
