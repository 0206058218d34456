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
                           EBUR128_MODE_I | EBUR128_MODE_LRA);
    if (!m_state)
        return false;
    m_peaks.emplace(format.sampleRate, format.channels);
    if (format.channels == 1)
        ebur128_set_channel(m_state, 0, EBUR128_DUAL_MONO);
    return true;
}

void LoudnessAnalyzer::process(const float *interleaved, qsizetype frames)
{
    if (!m_state || frames <= 0)
        return;
    ebur128_add_frames_float(m_state, interleaved, size_t(frames));
    m_peaks->process(interleaved, frames);
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
    result.truePeakDbtp = toDb(m_peaks->peak());
    result.samplePeakDbfs = toDb(m_peaks->samplePeak());
    result.analyzerVersions.insert(name(), version());
    cleanup();
}

void LoudnessAnalyzer::cleanup()
{
    if (m_state)
        ebur128_destroy(&m_state);
    m_state = nullptr;
    m_peaks.reset();
}
