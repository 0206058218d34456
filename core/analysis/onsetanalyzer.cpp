#include "analysis/onsetanalyzer.h"

#include <aubio/aubio.h>
#include <dsp/transforms/FFT.h>

#include <algorithm>
#include <cmath>

struct OnsetAnalyzer::Aubio
{
    aubio_onset_t *onset = nullptr;
    fvec_t *hop = nullptr;      // the audio, for the spectrum
    fvec_t *dithered = nullptr; // the audio plus dither, for onsets
    fvec_t *onsetOut = nullptr;

    ~Aubio()
    {
        if (onset)
            del_aubio_onset(onset);
        if (hop)
            del_fvec(hop);
        if (dithered)
            del_fvec(dithered);
        if (onsetOut)
            del_fvec(onsetOut);
    }
};

OnsetAnalyzer::OnsetAnalyzer() = default;

OnsetAnalyzer::~OnsetAnalyzer()
{
    cleanup();
}

bool OnsetAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    if (format.sampleRate != kRate || format.channels != 1)
        return false; // input() asks for mono at kRate
    m_aubio = std::make_unique<Aubio>();
    m_aubio->onset = new_aubio_onset("specflux", kWindow, kHop, kRate);
    m_aubio->hop = new_fvec(kHop);
    m_aubio->dithered = new_fvec(kHop);
    m_aubio->onsetOut = new_fvec(1);
    if (!m_aubio->onset || !m_aubio->hop || !m_aubio->dithered || !m_aubio->onsetOut) {
        cleanup();
        return false;
    }
    aubio_onset_set_silence(m_aubio->onset, -110); // below the dither; gating is ours
    m_fft = std::make_unique<FFTReal>(kWindow);
    m_recent.assign(kWindow, 0.0);
    m_windowed.assign(kWindow, 0.0);
    m_magnitude.assign(kWindow, 0.0);
    m_hann.resize(kWindow);
    for (int i = 0; i < kWindow; ++i)
        m_hann[size_t(i)] = 0.5 - 0.5 * std::cos(2 * M_PI * i / kWindow);
    m_hopPeaks.assign(size_t(kPeakHistory), 0.0f);
    return true;
}

void OnsetAnalyzer::process(const float *mono, qsizetype count)
{
    while (count > 0) {
        const qsizetype take = std::min<qsizetype>(count, kHop - m_filled);
        std::copy(mono, mono + take, m_aubio->hop->data + m_filled);
        m_filled += take;
        mono += take;
        count -= take;
        if (m_filled == kHop) {
            analyzeHop();
            m_filled = 0;
        }
    }
}

void OnsetAnalyzer::analyzeHop()
{
    const qint64 hopIndex = m_samples / kHop;
    float peak = 0;
    for (int i = 0; i < kHop; ++i) {
        const float x = m_aubio->hop->data[i];
        peak = std::max(peak, std::fabs(x));
        m_dither ^= m_dither << 13; // xorshift32: deterministic
        m_dither ^= m_dither >> 17;
        m_dither ^= m_dither << 5;
        m_aubio->dithered->data[i] = x + 1e-5f * (float(m_dither) / 2147483648.0f - 1.0f);
    }
    m_hopPeaks[size_t(hopIndex % kPeakHistory)] = peak;

    aubio_onset_do(m_aubio->onset, m_aubio->dithered, m_aubio->onsetOut);
    if (m_aubio->onsetOut->data[0] > 0) {
        const qint64 at = qint64(aubio_onset_get_last(m_aubio->onset));
        const qint64 onsetHop = at / kHop;
        // aubio's delay compensation places onsets up to ~2 hops early: look a little ahead
        float level = 0;
        for (qint64 h = onsetHop - 1; h <= std::min(onsetHop + 3, hopIndex); ++h) {
            if (h >= 0 && hopIndex - h < kPeakHistory)
                level = std::max(level, m_hopPeaks[size_t(h % kPeakHistory)]);
        }
        if (level >= kGate)
            m_onsets.append(double(at) / kRate);
    }
    // the centroid's spectrum: a Hann-windowed FFT of the last two hops (magnitudes only; aubio's
    // phase vocoder would also take an atan2 of every bin, which the centroid does not need)
    std::copy(m_recent.begin() + kHop, m_recent.end(), m_recent.begin());
    std::copy(m_aubio->hop->data, m_aubio->hop->data + kHop, m_recent.end() - kHop);
    for (int i = 0; i < kWindow; ++i)
        m_windowed[size_t(i)] = m_recent[size_t(i)] * m_hann[size_t(i)];
    m_fft->forwardMagnitude(m_windowed.data(), m_magnitude.data());
    const double binHz = double(kRate) / kWindow;
    double weighted = 0;
    double magnitude = 0;
    for (int k = 1; k <= kWindow / 2; ++k) { // skip DC
        weighted += k * binHz * m_magnitude[size_t(k)];
        magnitude += m_magnitude[size_t(k)];
    }
    m_centroidWeighted += weighted;
    m_magnitudeSum += magnitude;
    m_samples += kHop;
}

void OnsetAnalyzer::finish(Analysis &result)
{
    if (!m_aubio)
        return;
    if (m_filled > 0) { // zero-pad the last partial hop
        std::fill(m_aubio->hop->data + m_filled, m_aubio->hop->data + kHop, 0.0f);
        analyzeHop();
        m_filled = 0;
    }
    const double duration = result.durationS > 0 ? result.durationS : double(m_samples) / kRate;
    result.onsets = m_onsets;
    result.onsetDensity = duration > 0 ? double(m_onsets.size()) / duration : NAN;
    result.spectralCentroidHz = m_magnitudeSum > 1e-9 ? m_centroidWeighted / m_magnitudeSum : NAN;
    result.analyzerVersions.insert(name(), version());
    cleanup();
}

void OnsetAnalyzer::cleanup()
{
    m_aubio.reset();
    m_fft.reset();
    m_recent.clear();
    m_windowed.clear();
    m_magnitude.clear();
    m_filled = 0;
    m_samples = 0;
    m_hopPeaks.clear();
    m_dither = 1;
    m_onsets.clear();
    m_centroidWeighted = 0;
    m_magnitudeSum = 0;
}
