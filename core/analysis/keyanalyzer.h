#pragma once

#include "analysis/analyzer.h"
#include "analysis/keyprofiles.h"

#include <memory>
#include <vector>

class FFTReal;

// Key and mode: a pitch-class profile (chroma) of the whole track from FFT frames of 11 kHz
// mono (4096 points: 2.7 Hz bins, enough to separate semitones from 65 Hz up), each frame
// normalized so loud passages do not dominate, correlated with 24 rotated key profiles. Memory
// holds one frame and the 12-bin sum. Thread: one instance per analysis job, one thread at a time.
class KeyAnalyzer : public Analyzer
{
public:
    static constexpr int kRate = 11025;
    static constexpr int kFrame = 4096;
    static constexpr int kHop = 2048;

    explicit KeyAnalyzer(KeyProfiles::Profile profile = KeyProfiles::Profile::Temperley);
    ~KeyAnalyzer() override;

    QString name() const override;
    QString version() const override;
    bool initialize(const AudioFormat &format) override;
    AnalyzerInput input() const override { return AnalyzerInput::mono(kRate); }
    void process(const float *mono, qsizetype count) override;
    void finish(Analysis &result) override;
    void cleanup() override;

    // The accumulated chroma (C first) after finish()/before cleanup; for tests.
    const KeyProfiles::Chroma &chroma() const { return m_chroma; }

private:
    void analyzeFrame();

    KeyProfiles::Profile m_profile;
    std::unique_ptr<FFTReal> m_fft;
    std::vector<double> m_frame;
    std::vector<double> m_windowed;
    std::vector<double> m_magnitude;
    std::vector<double> m_hann;
    std::vector<int> m_binPitchClass; // -1: outside the analysed range
    std::vector<double> m_binWeight;
    qsizetype m_filled = 0;
    KeyProfiles::Chroma m_chroma{};
    int m_voicedFrames = 0;
};
