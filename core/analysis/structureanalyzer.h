#pragma once

#include "analysis/analyzer.h"

#include <array>
#include <memory>
#include <vector>

class FFTReal;

// Sections and the most energetic one. Every ~0.56 s block of 11 kHz mono gets a feature vector
// (12-bin chroma for harmony, 6 log band energies for timbre, loudness); a checkerboard kernel
// slid along the diagonal of the blocks' self-similarity gives a novelty curve whose peaks are
// the boundaries (Foote 2000). Sections with similar mean features share a letter. Memory holds
// the per-block features (about 80 bytes per second), not the audio.
// Thread: one instance per analysis job, one thread at a time.
class StructureAnalyzer : public Analyzer
{
public:
    static constexpr int kRate = 11025;
    static constexpr int kFrame = 2048;
    static constexpr int kFramesPerBlock = 3;
    static constexpr int kFeatures = 12 + 6 + 1;
    using Features = std::array<float, kFeatures>;

    StructureAnalyzer();
    ~StructureAnalyzer() override;

    QString name() const override;
    QString version() const override;
    bool initialize(const AudioFormat &format) override;
    AnalyzerInput input() const override { return AnalyzerInput::mono(kRate); }
    void process(const float *mono, qsizetype count) override;
    void finish(Analysis &result) override;
    void cleanup() override;

    // Sections over per-block features and RMS (exposed for tests).
    static QList<Section> segment(const std::vector<Features> &blocks,
                                  const std::vector<float> &rms, double blockSeconds,
                                  double durationS);

private:
    void analyzeFrame();

    std::unique_ptr<FFTReal> m_fft;
    std::vector<double> m_frame;
    std::vector<double> m_magnitude;
    qsizetype m_filled = 0;
    qint64 m_samples = 0;
    Features m_accumulated{};
    double m_energy = 0;
    int m_framesInBlock = 0;
    std::vector<Features> m_blocks;
    std::vector<float> m_rms;
};
