#include "analysis/onsetanalyzer.h"

#include <aubio/aubio.h>

#include <algorithm>

struct OnsetAnalyzer::Aubio
{
    aubio_onset_t *onset = nullptr;
    aubio_pvoc_t *pvoc = nullptr;
    fvec_t *hop = nullptr;
    fvec_t *onsetOut = nullptr;
    cvec_t *spectrum = nullptr;

    ~Aubio()
    {
        if (onset)
            del_aubio_onset(onset);
        if (pvoc)
            del_aubio_pvoc(pvoc);
        if (hop)
            del_fvec(hop);
        if (onsetOut)
            del_fvec(onsetOut);
        if (spectrum)
            del_cvec(spectrum);
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
    m_resampler = std::make_unique<MonoResampler>(format.sampleRate, format.channels, kRate);
    m_aubio = std::make_unique<Aubio>();
    m_aubio->onset = new_aubio_onset("specflux", kWindow, kHop, kRate);
    m_aubio->pvoc = new_aubio_pvoc(kWindow, kHop);
    m_aubio->hop = new_fvec(kHop);
    m_aubio->onsetOut = new_fvec(1);
    m_aubio->spectrum = new_cvec(kWindow);
    if (!m_resampler->isValid() || !m_aubio->onset || !m_aubio->pvoc || !m_aubio->hop ||
        !m_aubio->onsetOut || !m_aubio->spectrum) {
        cleanup();
        return false;
    }
    return true;
}

void OnsetAnalyzer::process(const float *interleaved, qsizetype frames)
{
    if (!m_resampler || !m_aubio)
        return;
    m_resampler->push(interleaved, frames,
                      [this](const float *mono, qsizetype count) { consume(mono, count); });
}

void OnsetAnalyzer::consume(const float *mono, qsizetype count)
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
    aubio_onset_do(m_aubio->onset, m_aubio->hop, m_aubio->onsetOut);
    if (m_aubio->onsetOut->data[0] > 0)
        m_onsets.append(double(aubio_onset_get_last_s(m_aubio->onset)));
    aubio_pvoc_do(m_aubio->pvoc, m_aubio->hop, m_aubio->spectrum);
    const double binHz = double(kRate) / kWindow;
    double weighted = 0;
    double magnitude = 0;
    for (uint_t k = 1; k < m_aubio->spectrum->length; ++k) { // skip DC
        weighted += k * binHz * m_aubio->spectrum->norm[k];
        magnitude += m_aubio->spectrum->norm[k];
    }
    m_centroidWeighted += weighted;
    m_magnitudeSum += magnitude;
    m_samples += kHop;
}

void OnsetAnalyzer::finish(Analysis &result)
{
    if (!m_resampler || !m_aubio)
        return;
    m_resampler->flush([this](const float *mono, qsizetype count) { consume(mono, count); });
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
    m_resampler.reset();
    m_filled = 0;
    m_samples = 0;
    m_onsets.clear();
    m_centroidWeighted = 0;
    m_magnitudeSum = 0;
}
