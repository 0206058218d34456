#pragma once

#include "analysis/analyzer.h"

#include <QList>

#include <memory>
#include <vector>

class ComplexSpectralDifference;

// Tempo, beat positions and tempo alternatives. The complex-spectral-difference onset detection
// function (44.1 kHz mono, step 512, window 1024, as Mixxx and Sonic Visualiser use qm-dsp's;
// ComplexSpectralDifference computes the same values faster) feeds qm-dsp's TempoTrackV2 for the
// beat period and beats; the octave (x2, x1/2, x2/3, x3/2, x3, x1/3) is then chosen by
// OctaveCorrection. Memory holds the detection function (one double per 11.6 ms), never the audio.
// Thread: one instance per analysis job, one thread at a time.
class TempoAnalyzer : public Analyzer
{
public:
    static constexpr int kRate = 44100;
    static constexpr int kStep = 512;
    static constexpr int kWindow = 1024;

    TempoAnalyzer();
    ~TempoAnalyzer() override;

    QString name() const override;
    QString version() const override;
    bool initialize(const AudioFormat &format) override;
    AnalyzerInput input() const override { return AnalyzerInput::mono(kRate); }
    void process(const float *mono, qsizetype count) override;
    void finish(Analysis &result) override;
    void cleanup() override;

    // The tempo measurement over a detection function (exposed for tests and the benchmark).
    struct Estimate
    {
        double bpm = 0;
        double confidence = 0;
        QList<TempoCandidate> alternatives;
        QList<double> beats; // seconds
        bool variableTempo = false;
    };
    static Estimate estimate(const std::vector<double> &df, double framesPerSecond);

private:
    std::unique_ptr<ComplexSpectralDifference> m_detection;
    std::vector<double> m_window;
    qsizetype m_filled = 0;
    std::vector<double> m_df;
};
