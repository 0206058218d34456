#pragma once

#include <QtGlobal>

#include <vector>

// True peak after ITU-R BS.1770-4 Annex 2, with the interpolator libebur128 uses (a 49-tap
// Hann-windowed sinc; 4x oversampling below 96 kHz, 2x below 192 kHz, none above), so both
// report the same figure; and never below the sample peak. Exact but lazy: an interpolated
// sample is a weighted sum of the inputs under the filter whose weights' absolute values add up
// to at most gain(), so a stretch of input where every sample is below peak / gain() cannot
// raise the peak and is skipped. Music spends most of its time well below its peak, which makes
// this several times cheaper than oversampling everything (libebur128's true-peak mode was a
// fifth of the whole analysis).
// Thread: owned by one analyzer, used by one thread at a time.
class TruePeakMeter
{
public:
    static constexpr int kFilterLength = 49;

    TruePeakMeter(int sampleRate, int channels);

    void process(const float *interleaved, qsizetype frames);
    double peak() const { return m_peak; }             // linear, over all channels
    double samplePeak() const { return m_samplePeak; } // linear, over all channels

    int oversampling() const { return m_factor; }
    double gain() const { return m_gain; }

private:
    void scan(const std::vector<float> &x); // x: m_span - 1 history samples, then the block

    int m_factor = 1;
    int m_channels = 0;
    int m_span = 1;                            // inputs under the filter for one output
    std::vector<float> m_taps;                 // phase-major: m_taps[phase * m_span + k]
    std::vector<std::vector<float>> m_history; // per channel: the last m_span - 1 samples
    std::vector<float> m_channel;              // one channel of the block, after its history
    double m_gain = 1;
    double m_peak = 0;
    double m_samplePeak = 0;
};
