#include "analysis/fingerprintanalyzer.h"

#include <chromaprint.h>

#include <algorithm>
#include <cmath>

FingerprintAnalyzer::~FingerprintAnalyzer()
{
    cleanup();
}

bool FingerprintAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    m_context = chromaprint_new(CHROMAPRINT_ALGORITHM_DEFAULT);
    if (!m_context)
        return false;
    if (!chromaprint_start(m_context, format.sampleRate, format.channels)) {
        cleanup();
        return false;
    }
    m_framesLeft = qint64(kMaxSeconds) * format.sampleRate;
    return true;
}

void FingerprintAnalyzer::process(const float *mono, qsizetype count)
{
    if (!m_context || m_framesLeft <= 0)
        return;
    const qsizetype take = qsizetype(std::min<qint64>(count, m_framesLeft));
    m_pcm.resize(size_t(take));
    for (qsizetype i = 0; i < take; ++i) {
        const float x = std::clamp(mono[i], -1.0f, 1.0f);
        m_pcm[size_t(i)] = qint16(std::lrint(x * 32767.0f));
    }
    chromaprint_feed(m_context, m_pcm.data(), int(take));
    m_framesLeft -= take;
}

void FingerprintAnalyzer::finish(Analysis &result)
{
    result.fingerprint.clear();
    if (m_context && chromaprint_finish(m_context)) {
        uint32_t *raw = nullptr;
        int size = 0;
        if (chromaprint_get_raw_fingerprint(m_context, &raw, &size) && raw && size > 0) {
            char *encoded = nullptr;
            int encodedSize = 0;
            if (chromaprint_encode_fingerprint(raw, size, CHROMAPRINT_ALGORITHM_DEFAULT, &encoded,
                                               &encodedSize, 0) &&
                encoded) {
                result.fingerprint = QByteArray(encoded, encodedSize);
            }
            chromaprint_dealloc(encoded);
        }
        chromaprint_dealloc(raw);
    }
    result.analyzerVersions.insert(name(), version());
    cleanup();
}

void FingerprintAnalyzer::cleanup()
{
    if (m_context)
        chromaprint_free(m_context);
    m_context = nullptr;
    m_pcm.clear();
    m_pcm.shrink_to_fit();
}
