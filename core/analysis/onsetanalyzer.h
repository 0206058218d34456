#pragma once

#include "analysis/analyzer.h"
#include "analysis/monoresampler.h"

#include <memory>
#include <vector>

// Onsets and brightness on a mono 22050 Hz copy of the stream (MonoResampler): aubio's
// spectral-flux onset detector (1024-sample window, 512 hop) gives the onset times and the onset
// density (onsets per second); the same hops give the spectral centroid, averaged over the track
// weighted by each frame's magnitude (quiet frames count little, silence not at all).
// Thread: one instance per analysis job, used by one pool thread at a time.
class OnsetAnalyzer : public Analyzer
{
public:
    static constexpr int kRate = 22050;
    static constexpr int kWindow = 1024;
    static constexpr int kHop = 512;

    OnsetAnalyzer();
    ~OnsetAnalyzer() override;

    QString name() const override { return QStringLiteral("onset"); }
    QString version() const override { return QStringLiteral("aubio-specflux-1"); }
    bool initialize(const AudioFormat &format) override;
    void process(const float *interleaved, qsizetype frames) override;
    void finish(Analysis &result) override;
    void cleanup() override;

private:
    void consume(const float *mono, qsizetype count);
    void analyzeHop();

    std::unique_ptr<MonoResampler> m_resampler;
    struct Aubio; // aubio's objects; its headers stay out of ours
    std::unique_ptr<Aubio> m_aubio;
    qsizetype m_filled = 0;
    qint64 m_samples = 0; // mono samples at kRate consumed
    QList<double> m_onsets;
    double m_centroidWeighted = 0;
    double m_magnitudeSum = 0;
};
