#pragma once

#include "analysis/analyzer.h"

// Cheap per-sample statistics: leading and trailing silence (every channel below -60 dBFS),
// clipped samples (|x| >= 0.9999) and DC offset (mean sample value over all channels).
// A silent stream reports its whole duration as leading silence and no trailing silence.
// Thread: one instance per analysis job, used by one pool thread at a time.
class SignalStatsAnalyzer : public Analyzer
{
public:
    static constexpr float kSilenceThreshold = 0.001f; // -60 dBFS
    static constexpr float kClipThreshold = 0.9999f;

    QString name() const override { return QStringLiteral("signal"); }
    QString version() const override { return QStringLiteral("signal-1"); }
    bool initialize(const AudioFormat &format) override;
    void process(const float *interleaved, qsizetype frames) override;
    void finish(Analysis &result) override;
    void cleanup() override;

private:
    int m_channels = 0;
    int m_sampleRate = 0;
    qint64 m_frames = 0;
    qint64 m_firstLoud = -1; // first frame above the silence threshold
    qint64 m_lastLoud = -1;  // last such frame
    qint64 m_clipped = 0;
    double m_sum = 0;
};
