#include "analysis/truepeakmeter.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qsizetype kChunk = 32; // outputs whose inputs are checked against the threshold together

} // namespace

TruePeakMeter::TruePeakMeter(int sampleRate, int channels)
    : m_factor(sampleRate < 96000    ? 4
               : sampleRate < 192000 ? 2
                                     : 1)
    , m_channels(std::max(channels, 1))
{
    // Polyphase branches of the windowed sinc: branch p interpolates p / factor of a sample
    // after input n - centre / factor. Branch 0 holds the centre tap and the sinc's zeros: it
    // is the input itself, which the sample peak already covers.
    m_span = (kFilterLength + m_factor - 1) / m_factor;
    m_taps.assign(size_t(m_factor * m_span), 0.0f);
    const double centre = (kFilterLength - 1) / 2.0;
    for (int j = 0; j < kFilterLength; ++j) {
        const double t = (j - centre) / m_factor;
        const double sinc = t == 0 ? 1.0 : std::sin(M_PI * t) / (M_PI * t);
        const double window = 0.5 - 0.5 * std::cos(2 * M_PI * j / (kFilterLength - 1));
        m_taps[size_t((j % m_factor) * m_span + j / m_factor)] = float(sinc * window);
    }
    for (int p = 1; p < m_factor; ++p) {
        double absSum = 0;
        for (int k = 0; k < m_span; ++k)
            absSum += std::abs(m_taps[size_t(p * m_span + k)]);
        m_gain = std::max(m_gain, absSum);
    }
    m_history.assign(size_t(m_channels), std::vector<float>(size_t(m_span - 1), 0.0f));
}

void TruePeakMeter::process(const float *interleaved, qsizetype frames)
{
    if (frames <= 0)
        return;
    for (int c = 0; c < m_channels; ++c) {
        std::vector<float> &history = m_history[size_t(c)];
        m_channel.assign(history.begin(), history.end());
        m_channel.resize(history.size() + size_t(frames));
        float *samples = m_channel.data() + history.size();
        float samplePeak = 0;
        for (qsizetype i = 0; i < frames; ++i) {
            samples[i] = interleaved[i * m_channels + c];
            samplePeak = std::max(samplePeak, std::abs(samples[i]));
        }
        m_samplePeak = std::max(m_samplePeak, double(samplePeak));
        m_peak = std::max(m_peak, m_samplePeak);
        if (m_factor > 1)
            scan(m_channel);
        std::copy(m_channel.end() - qsizetype(history.size()), m_channel.end(), history.begin());
    }
}

void TruePeakMeter::scan(const std::vector<float> &x)
{
    const qsizetype first = m_span - 1; // the first output with a full window behind it
    const auto size = qsizetype(x.size());
    for (qsizetype start = first; start < size; start += kChunk) {
        const qsizetype end = std::min(size, start + kChunk);
        float loudest = 0;
        for (qsizetype i = start - first; i < end; ++i)
            loudest = std::max(loudest, std::abs(x[size_t(i)]));
        if (double(loudest) * m_gain <= m_peak)
            continue; // nothing in here can beat the peak so far
        for (qsizetype n = start; n < end; ++n) {
            const float *newest = x.data() + n;
            for (int p = 1; p < m_factor; ++p) {
                const float *taps = m_taps.data() + p * m_span;
                float y = 0;
                for (int k = 0; k < m_span; ++k)
                    y += taps[k] * newest[-k];
                m_peak = std::max(m_peak, double(std::abs(y)));
            }
        }
    }
}
