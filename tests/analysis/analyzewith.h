#pragma once

#include "analysis/analysisengine.h"

#include <QList>

#include <memory>
#include <vector>

// Runs analyzers over samples in memory the way the app does: through AnalysisEngine, so each
// gets the stream it asks for (mono at its rate, via StreamRouter). Empty result on error.
inline Analysis analyzeWith(std::vector<std::unique_ptr<Analyzer>> analyzers,
                            const QList<float> &interleaved, int sampleRate, int channels)
{
    auto pending = std::make_shared<std::vector<std::unique_ptr<Analyzer>>>(std::move(analyzers));
    const AnalysisEngine engine([pending] { return std::move(*pending); });
    auto result = engine.analyzeBuffer(interleaved, AudioFormat{sampleRate, channels, 0});
    return result.ok() ? *result : Analysis{};
}

inline Analysis analyzeWith(std::unique_ptr<Analyzer> analyzer, const QList<float> &interleaved,
                            int sampleRate, int channels)
{
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    analyzers.push_back(std::move(analyzer));
    return analyzeWith(std::move(analyzers), interleaved, sampleRate, channels);
}
