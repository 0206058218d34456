#pragma once

#include "analysis/analyzer.h"
#include "analysis/audioformat.h"
#include "analysis/rateconverter.h"

#include <map>
#include <memory>
#include <vector>

// Feeds each analyzer the stream it asked for (Analyzer::input()) from one decoded source,
// converting once per distinct stream: the source is downmixed once, and each mono rate is
// made once, by halving a faster mono stream where the rates are exact halves (44.1 -> 22.05
// -> 11.025 kHz, HalfbandDecimator) and with libsamplerate from the downmix otherwise.
// Thread: owned by one analysis run, one thread at a time.
class StreamRouter
{
public:
    explicit StreamRouter(const AudioFormat &source);
    ~StreamRouter();
    StreamRouter(const StreamRouter &) = delete;
    StreamRouter &operator=(const StreamRouter &) = delete;

    // The format an analyzer with this input receives: what to pass to its initialize().
    AudioFormat formatFor(const AnalyzerInput &input) const;
    // Routes the stream `input` to `analyzer` from now on (after it accepted formatFor(input)).
    void connect(Analyzer *analyzer, const AnalyzerInput &input);

    void push(const float *interleaved, qsizetype frames);
    // Drains the converters into their analyzers; call once, after the last push().
    void flush();

private:
    struct MonoStream
    {
        int rate = 0;
        MonoStream *parent = nullptr; // null: made from the source by downmixing
        std::unique_ptr<RateConverter> converter;
        std::vector<float> samples; // this push's output
        std::vector<Analyzer *> consumers;
    };

    int monoRate(const AnalyzerInput &input) const;
    void build();
    MonoStream *streamFor(int rate);
    void downmix(const float *interleaved, qsizetype frames, std::vector<float> &mono) const;
    void deliver(MonoStream &stream);

    AudioFormat m_source;
    std::vector<Analyzer *> m_sourceConsumers;
    std::map<int, std::vector<Analyzer *>, std::greater<>> m_monoConsumers; // by rate
    std::map<int, std::unique_ptr<MonoStream>, std::greater<>> m_streams;   // fastest first
    bool m_built = false;
};
