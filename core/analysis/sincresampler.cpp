#include "analysis/sincresampler.h"

#include <samplerate.h>

#include <algorithm>

SincResampler::SincResampler(int inputRate, int outputRate)
{
    if (inputRate <= 0 || outputRate <= 0)
        return;
    m_ratio = double(outputRate) / double(inputRate);
    int error = 0;
    m_state = src_new(SRC_SINC_FASTEST, 1, &error);
}

SincResampler::~SincResampler()
{
    if (m_state)
        src_delete(m_state);
}

void SincResampler::process(const float *in, qsizetype count, std::vector<float> &out)
{
    if (m_state && count > 0)
        convert(in, count, false, out);
}

void SincResampler::flush(std::vector<float> &out)
{
    if (m_state)
        convert(nullptr, 0, true, out);
}

void SincResampler::convert(const float *in, qsizetype count, bool endOfInput,
                            std::vector<float> &out)
{
    m_chunk.resize(size_t(double(std::max<qsizetype>(count, 256)) * m_ratio) + 64);
    SRC_DATA data{};
    data.data_in = in;
    data.input_frames = long(count);
    data.src_ratio = m_ratio;
    data.end_of_input = endOfInput ? 1 : 0;
    // libsamplerate may not take all input in one call; loop until it is consumed (and, at the
    // end of input, until it stops producing).
    for (int guard = 0; guard < 1000; ++guard) {
        data.data_out = m_chunk.data();
        data.output_frames = long(m_chunk.size());
        if (src_process(m_state, &data) != 0)
            return;
        out.insert(out.end(), m_chunk.begin(), m_chunk.begin() + data.output_frames_gen);
        data.data_in += data.input_frames_used;
        data.input_frames -= data.input_frames_used;
        if (data.input_frames <= 0 && (!endOfInput || data.output_frames_gen == 0))
            break;
    }
}
