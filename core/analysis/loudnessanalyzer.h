#pragma once

#include "analysis/analyzer.h"
#include "analysis/truepeakmeter.h"

#include <ebur128.h> // ebur128_state is an anonymous struct: no forward declaration

#include <optional>

// EBU R 128 loudness with libebur128: integrated loudness (LUFS) and loudness range (LU); true
// peak (dBTP, 4x oversampled) and sample peak (dBFS) with TruePeakMeter, which gives the same
// figure as libebur128's true peak for a fraction of its cost. A mono stream counts as dual mono
// (as heard on two speakers), so a mono file and its stereo copy read the same. Silence or a stream
// too short to gate gives NaN ("not measured"). Thread: one instance per analysis job, used by one
// pool thread at a time.
class LoudnessAnalyzer : public Analyzer
{
public:
    LoudnessAnalyzer() = default;
    ~LoudnessAnalyzer() override;

    QString name() const override { return QStringLiteral("loudness"); }
    QString version() const override { return QStringLiteral("ebur128-2"); }
    bool initialize(const AudioFormat &format) override;
    void process(const float *interleaved, qsizetype frames) override;
    void finish(Analysis &result) override;
    void cleanup() override;

private:
    ebur128_state *m_state = nullptr;
    std::optional<TruePeakMeter> m_peaks;
};
