#include "analysis/streamrouter.h"

#include "analysis/halfbanddecimator.h"
#include "analysis/sincresampler.h"

StreamRouter::StreamRouter(const AudioFormat &source)
    : m_source(source)
{}

StreamRouter::~StreamRouter() = default;

int StreamRouter::monoRate(const AnalyzerInput &input) const
{
    return input.sampleRate > 0 ? input.sampleRate : m_source.sampleRate;
}

AudioFormat StreamRouter::formatFor(const AnalyzerInput &input) const
{
    if (input.layout == AnalyzerInput::Layout::Source)
        return m_source;
    const int rate = monoRate(input);
    const qint64 frames = m_source.frames > 0 && m_source.sampleRate > 0
                              ? qint64(double(m_source.frames) * rate / m_source.sampleRate + 0.5)
                              : m_source.frames;
    return AudioFormat{rate, 1, frames};
}

void StreamRouter::connect(Analyzer *analyzer, const AnalyzerInput &input)
{
    if (input.layout == AnalyzerInput::Layout::Source)
        m_sourceConsumers.push_back(analyzer);
    else
        m_monoConsumers[monoRate(input)].push_back(analyzer);
}

void StreamRouter::build()
{
    // fastest first, so that a slower stream can be made by halving a faster one
    for (auto &[rate, consumers] : m_monoConsumers)
        streamFor(rate)->consumers = consumers;
    m_built = true;
}

StreamRouter::MonoStream *StreamRouter::streamFor(int rate)
{
    if (auto found = m_streams.find(rate); found != m_streams.end())
        return found->second.get();
    auto stream = std::make_unique<MonoStream>();
    stream->rate = rate;
    if (rate != m_source.sampleRate) {
        // Halve twice the rate when that stream exists or leads back to the source by halvings
        // (44.1 kHz -> 22.05 -> 11.025); otherwise resample the downmix. A parent is faster
        // than its child, so it sorts (and is processed) first.
        int up = rate;
        while (up < m_source.sampleRate)
            up *= 2;
        if (up == m_source.sampleRate || m_streams.count(2 * rate) > 0) {
            stream->parent = streamFor(2 * rate);
            stream->converter = std::make_unique<HalfbandDecimator>();
        } else {
            stream->parent = streamFor(m_source.sampleRate);
            stream->converter = std::make_unique<SincResampler>(m_source.sampleRate, rate);
        }
    }
    MonoStream *raw = stream.get();
    m_streams.emplace(rate, std::move(stream));
    return raw;
}

void StreamRouter::downmix(const float *interleaved, qsizetype frames,
                           std::vector<float> &mono) const
{
    const int channels = m_source.channels;
    mono.resize(size_t(frames));
    if (channels == 1) {
        std::copy(interleaved, interleaved + frames, mono.begin());
        return;
    }
    const float scale = 1.0f / float(channels);
    for (qsizetype i = 0; i < frames; ++i) {
        const float *frame = interleaved + i * channels;
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += frame[c];
        mono[size_t(i)] = sum * scale;
    }
}

void StreamRouter::push(const float *interleaved, qsizetype frames)
{
    if (frames <= 0)
        return;
    if (!m_built)
        build();
    for (Analyzer *analyzer : m_sourceConsumers)
        analyzer->process(interleaved, frames);
    for (auto &[rate, stream] : m_streams) { // fastest first: parents before children
        stream->samples.clear();
        if (!stream->parent)
            downmix(interleaved, frames, stream->samples);
        else
            stream->converter->process(stream->parent->samples.data(),
                                       qsizetype(stream->parent->samples.size()), stream->samples);
        deliver(*stream);
    }
}

void StreamRouter::flush()
{
    if (!m_built)
        build();
    // A child drains its converter after its parent's last samples passed through it.
    for (auto &[rate, stream] : m_streams) {
        stream->samples.clear();
        if (stream->parent) {
            stream->converter->process(stream->parent->samples.data(),
                                       qsizetype(stream->parent->samples.size()), stream->samples);
            stream->converter->flush(stream->samples);
        }
        deliver(*stream);
    }
}

void StreamRouter::deliver(MonoStream &stream)
{
    if (stream.samples.empty())
        return;
    for (Analyzer *analyzer : stream.consumers)
        analyzer->process(stream.samples.data(), qsizetype(stream.samples.size()));
}
