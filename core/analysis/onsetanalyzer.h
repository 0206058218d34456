#pragma once

#include "analysis/analyzer.h"

#include <memory>
#include <vector>

class FFTReal;

// Onsets and brightness on a mono 22050 Hz copy of the stream (from StreamRouter): aubio's
// spectral-flux onset detector (1024-sample window, 512 hop) gives the onset times and the onset
// density (onsets per second); the same hops give the spectral centroid, averaged over the track
// weighted by each frame's magnitude (quiet frames count little, silence not at all).
// aubio checks silence on the hop where it *reports* an onset, a few hops after the onset
// itself, so short hits followed by quiet were dropped; instead aubio gets a -100 dBFS dither
// (digital zeros would read as silence) and this class gates onsets on the level around them.
// Thread: one instance per analysis job, used by one pool thread at a time.
class OnsetAnalyzer : public Analyzer
{
public:
    static constexpr int kRate = 22050;
    static constexpr int kWindow = 1024;
    static constexpr int kHop = 512;
    static constexpr float kGate = 0.001f;        // -60 dBFS: quieter onsets are not counted
    static constexpr qsizetype kPeakHistory = 32; // hops of level history (> aubio's delay)

    OnsetAnalyzer();
    ~OnsetAnalyzer() override;

    QString name() const override { return QStringLiteral("onset"); }
    QString version() const override { return QStringLiteral("aubio-specflux-2"); }
    bool initialize(const AudioFormat &format) override;
    AnalyzerInput input() const override { return AnalyzerInput::mono(kRate); }
    void process(const float *mono, qsizetype count) override;
    void finish(Analysis &result) override;
    void cleanup() override;

private:
    void analyzeHop();

    struct Aubio; // aubio's objects; its headers stay out of ours
    std::unique_ptr<Aubio> m_aubio;
    std::unique_ptr<FFTReal> m_fft;
    std::vector<double> m_recent; // the last kWindow samples, for the centroid
    std::vector<double> m_windowed;
    std::vector<double> m_magnitude;
    std::vector<double> m_hann;
    qsizetype m_filled = 0;
    qint64 m_samples = 0;          // mono samples at kRate consumed
    std::vector<float> m_hopPeaks; // peak level of the last kPeakHistory hops, by hop number
    quint32 m_dither = 1;
    QList<double> m_onsets;
    double m_centroidWeighted = 0;
    double m_magnitudeSum = 0;
};
