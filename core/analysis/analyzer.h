#pragma once

#include "analysis/audioformat.h"
#include "domain/analysis.h"

#include <QString>

// One measurement over a decoded track (STYLE.md rule 12, after Mixxx's analyzer.h). The
// AnalysisEngine decodes a file once and feeds every analyzer the same blocks:
//   initialize(format) -> process(block)* -> finish(result)   on success
//   initialize(format) -> process(block)* -> cleanup()         on cancel or a decoding error
// cleanup() is guaranteed on cancel. Blocks are float32 in -1..1 in the layout the analyzer asks
// for with input(): the file's own interleaved channels and rate, or mono at a chosen rate. The
// engine converts once per distinct stream and shares it (StreamRouter), so five analyzers that
// want mono 11025 Hz cost one downmix and one decimation, not five. Memory must not grow with
// the track's length beyond what the result itself needs (beats, sections, waveform columns).
// Thread: one instance per analysis job, used by one pool thread at a time.
struct AnalyzerInput
{
    enum class Layout
    {
        Source,
        Mono
    };
    Layout layout = Layout::Source;
    int sampleRate = 0; // Mono only: the rate wanted; 0 means the source's own

    static AnalyzerInput source() { return {}; }
    static AnalyzerInput mono(int rate) { return {Layout::Mono, rate}; }
};

class Analyzer
{
public:
    virtual ~Analyzer() = default;

    virtual QString name() const = 0;    // "tempo", "key", "loudness", ...
    virtual QString version() const = 0; // bump when results change, so old analyses can be redone

    // The stream process() receives; initialize() gets its format (channels 1 for Mono).
    virtual AnalyzerInput input() const { return AnalyzerInput::source(); }
    // False: this analyzer cannot work on this stream (e.g. too short); it is then skipped.
    virtual bool initialize(const AudioFormat &format) = 0;
    virtual void process(const float *interleaved, qsizetype frames) = 0;
    // Stores the results into `result` (and its version into result.analyzerVersions).
    // Analyzers run in the engine's order; a later one may read what earlier ones stored
    // (descriptors use tempo, onsets and loudness).
    virtual void finish(Analysis &result) = 0;
    virtual void cleanup() = 0;
};
