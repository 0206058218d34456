#pragma once

#include "analysis/analyzer.h"

#include <vector>

struct ChromaprintContextPrivate;

// Chromaprint acoustic fingerprint of the first kMaxSeconds (AcoustID's convention: enough to
// identify a track, bounded in time and memory). Stores the compressed raw fingerprint (binary,
// base64 only in JSON); compare two with fingerprintSimilarity(). Streams under ~3 s are too
// short to fingerprint and give an empty one.
// Thread: one instance per analysis job, used by one pool thread at a time.
class FingerprintAnalyzer : public Analyzer
{
public:
    static constexpr int kMaxSeconds = 120;
    static constexpr int kRate = 11025; // chromaprint's own working rate: it resamples nothing

    FingerprintAnalyzer() = default;
    ~FingerprintAnalyzer() override;

    QString name() const override { return QStringLiteral("fingerprint"); }
    QString version() const override { return QStringLiteral("chromaprint-3"); }
    bool initialize(const AudioFormat &format) override;
    AnalyzerInput input() const override { return AnalyzerInput::mono(kRate); }
    void process(const float *mono, qsizetype count) override;
    void finish(Analysis &result) override;
    void cleanup() override;

private:
    ChromaprintContextPrivate *m_context = nullptr;
    qint64 m_framesLeft = 0;
    std::vector<qint16> m_pcm;
};
