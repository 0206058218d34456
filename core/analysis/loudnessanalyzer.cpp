#include "analysis/loudnessanalyzer.h"

#include <ebur128.h>

#include <cmath>

namespace {

double finiteOrNan(double value)
{
    return std::isfinite(value) ? value : NAN;
}

double toDb(double linear)
{
    return linear > 0 ? 20.0 * std::log10(linear) : NAN;
}

} // namespace

LoudnessAnalyzer::~LoudnessAnalyzer()
{
    cleanup();
}

bool LoudnessAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    // Not EBUR128_MODE_HISTOGRAM: its 0.1 LU bins would eat the 0.1 LU accuracy budget. The
    // exact mode keeps one double per 100 ms block (about 1 MB per hour), like beats do.
    m_state = ebur128_init(unsigned(format.channels), static_cast<unsigned long>(format.sampleRate),
                           EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_TRUE_PEAK |
                               EBUR128_MODE_SAMPLE_PEAK);
    if (!m_state)
        return false;
    m_channels = format.channels;
    if (format.channels == 1)
        ebur128_set_channel(m_state, 0, EBUR128_DUAL_MONO);
    return true;
}

void LoudnessAnalyzer::process(const float *interleaved, qsizetype frames)
{
    if (m_state && frames > 0)
        ebur128_add_frames_float(m_state, interleaved, size_t(frames));
}

void LoudnessAnalyzer::finish(Analysis &result)
{
    if (!m_state)
        return;
    double value = 0;
    if (ebur128_loudness_global(m_state, &value) == EBUR128_SUCCESS)
        result.loudnessLufs = finiteOrNan(value);
    if (ebur128_loudness_range(m_state, &value) == EBUR128_SUCCESS)
        result.loudnessRangeLu = std::isfinite(result.loudnessLufs) ? finiteOrNan(value) : NAN;
    double truePeak = 0;
    double samplePeak = 0;
    for (int c = 0; c < m_channels; ++c) {
        if (ebur128_true_peak(m_state, unsigned(c), &value) == EBUR128_SUCCESS)
            truePeak = std::max(truePeak, value);
        if (ebur128_sample_peak(m_state, unsigned(c), &value) == EBUR128_SUCCESS)
            samplePeak = std::max(samplePeak, value);
    }
    result.truePeakDbtp = toDb(truePeak);
    result.samplePeakDbfs = toDb(samplePeak);
    result.analyzerVersions.insert(name(), version());
    cleanup();
}

void LoudnessAnalyzer::cleanup()
{
    if (m_state)
        ebur128_destroy(&m_state);
    m_state = nullptr;
    m_channels = 0;
}
