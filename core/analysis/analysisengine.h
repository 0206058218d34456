#pragma once

#include "analysis/analyzer.h"
#include "analysis/audioformat.h"
#include "domain/analysis.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// Decodes a track once, in blocks, and feeds every analyzer the same blocks (one pass, bounded
// memory: no whole-file buffer). Fills the source fields (content hash, duration, rate,
// channels); the analyzers fill the rest. Thread: stateless, any pool thread.
class AnalysisEngine
{
public:
    using AnalyzerFactory = std::function<std::vector<std::unique_ptr<Analyzer>>()>;
    using Progress = std::function<bool(double)>;

    static constexpr qsizetype kBlockFrames = 4096;

    // All analyzers, in dependency order (descriptors last: they read earlier results).
    static std::vector<std::unique_ptr<Analyzer>> defaultAnalyzers();

    explicit AnalysisEngine(AnalyzerFactory factory = &AnalysisEngine::defaultAnalyzers);

    // `progress` (may be empty) gets 0..1 and returns false to cancel: the result is then an
    // Error (Cancelled) and cleanup() has run on every analyzer. Missing, empty, corrupt and
    // unsupported input gives an Error with a message for the operator.
    Result<Analysis> analyzeFile(const QString &path, const Progress &progress = {}) const;

    // The same over samples already in memory (tests, synthesized audio). contentHash is the
    // SHA-256 of the float samples' bytes.
    Result<Analysis> analyzeBuffer(const QList<float> &interleaved, const AudioFormat &format,
                                   const Progress &progress = {}) const;

private:
    AnalyzerFactory m_factory;
};
