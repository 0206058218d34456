#pragma once

#include "analysis/rateconverter.h"

struct SRC_STATE_tag;

// Any ratio, with libsamplerate (SRC_SINC_FASTEST). Used where the rates are not exact halves
// of each other (48 kHz to 44.1 kHz, for instance); HalfbandDecimator does the exact halves.
class SincResampler : public RateConverter
{
public:
    SincResampler(int inputRate, int outputRate);
    ~SincResampler() override;
    SincResampler(const SincResampler &) = delete;
    SincResampler &operator=(const SincResampler &) = delete;

    bool isValid() const { return m_state != nullptr; }

    void process(const float *in, qsizetype count, std::vector<float> &out) override;
    void flush(std::vector<float> &out) override;

private:
    void convert(const float *in, qsizetype count, bool endOfInput, std::vector<float> &out);

    double m_ratio = 1;
    SRC_STATE_tag *m_state = nullptr;
    std::vector<float> m_chunk;
};
