#include "analysis/monoresampler.h"

#include <samplerate.h>

#include <algorithm>

MonoResampler::MonoResampler(int inputRate, int channels, int outputRate)
    : m_inputRate(inputRate)
    , m_channels(channels)
    , m_outputRate(outputRate)
{
    if (inputRate <= 0 || channels <= 0 || outputRate <= 0)
        return;
    if (inputRate != outputRate) {
        int error = 0;
        m_state = src_new(SRC_SINC_FASTEST, 1, &error);
        if (!m_state)
            return;
    }
    m_valid = true;
}

MonoResampler::~MonoResampler()
{
    if (m_state)
        src_delete(m_state);
}

void MonoResampler::reset()
{
    if (m_state)
        src_reset(m_state);
}

void MonoResampler::push(const float *interleaved, qsizetype frames, const Sink &sink)
{
    if (!m_valid || frames <= 0)
        return;
    m_mono.resize(size_t(frames));
    if (m_channels == 1) {
        std::copy(interleaved, interleaved + frames, m_mono.begin());
    } else {
        const float scale = 1.0f / float(m_channels);
        for (qsizetype i = 0; i < frames; ++i) {
            const float *frame = interleaved + i * m_channels;
            float sum = 0;
            for (int c = 0; c < m_channels; ++c)
                sum += frame[c];
            m_mono[size_t(i)] = sum * scale;
        }
    }
    if (!m_state) {
        sink(m_mono.data(), frames);
        return;
    }
    convert(frames, false, sink);
}

void MonoResampler::flush(const Sink &sink)
{
    if (!m_valid || !m_state)
        return;
    m_mono.clear();
    convert(0, true, sink);
}

void MonoResampler::convert(qsizetype frames, bool endOfInput, const Sink &sink)
{
    const double ratio = double(m_outputRate) / double(m_inputRate);
    m_out.resize(size_t(double(std::max<qsizetype>(frames, 256)) * ratio) + 64);
    SRC_DATA data{};
    data.data_in = m_mono.data();
    data.input_frames = long(frames);
    data.src_ratio = ratio;
    data.end_of_input = endOfInput ? 1 : 0;
    // libsamplerate may not take all input in one call; loop until it is consumed (and, at the
    // end of input, until it stops producing).
    for (int guard = 0; guard < 1000; ++guard) {
        data.data_out = m_out.data();
        data.output_frames = long(m_out.size());
        if (src_process(m_state, &data) != 0)
            return;
        if (data.output_frames_gen > 0)
            sink(m_out.data(), data.output_frames_gen);
        data.data_in += data.input_frames_used;
        data.input_frames -= data.input_frames_used;
        if (data.input_frames <= 0 && (!endOfInput || data.output_frames_gen == 0))
            break;
    }
}
