#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

struct SRC_STATE_tag;

// Downmixes interleaved blocks to mono (mean of the channels) and, when the rates differ,
// resamples them with libsamplerate (SRC_SINC_FASTEST), streaming: each push() hands the
// converted samples to `sink` and keeps only libsamplerate's small internal state.
// Thread: owned by one analyzer, used by one thread at a time.
class MonoResampler
{
public:
    using Sink = std::function<void(const float *mono, qsizetype count)>;

    MonoResampler(int inputRate, int channels, int outputRate);
    ~MonoResampler();
    MonoResampler(const MonoResampler &) = delete;
    MonoResampler &operator=(const MonoResampler &) = delete;

    bool isValid() const { return m_valid; }
    int outputRate() const { return m_outputRate; }

    void push(const float *interleaved, qsizetype frames, const Sink &sink);
    // Drains what libsamplerate still holds; call once at the end of the stream.
    void flush(const Sink &sink);
    void reset();

private:
    void convert(qsizetype frames, bool endOfInput, const Sink &sink);

    int m_inputRate = 0;
    int m_channels = 0;
    int m_outputRate = 0;
    bool m_valid = false;
    SRC_STATE_tag *m_state = nullptr;
    std::vector<float> m_mono;
    std::vector<float> m_out;
};
