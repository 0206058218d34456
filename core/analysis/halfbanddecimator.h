#pragma once

#include "analysis/rateconverter.h"

#include <array>

// Halves the sample rate exactly: a 47-tap Kaiser-windowed half-band low-pass (about 80 dB
// stopband above 0.3 of the input rate), then every other sample. Half the taps of a half-band
// filter are zero and the rest symmetric, so one output costs 12 multiplies; libsamplerate's
// sinc converter spends several times that on the same ratio. Output sample k is centred on
// input sample 2k (the filter's delay is compensated), and flush() emits the last ones, so n
// inputs give ceil(n / 2) outputs.
class HalfbandDecimator : public RateConverter
{
public:
    static constexpr int kHalfLength = 23; // taps on each side of the centre

    HalfbandDecimator();

    void process(const float *in, qsizetype count, std::vector<float> &out) override;
    void flush(std::vector<float> &out) override;

    // The odd taps h[1], h[3], ... h[23]; the centre tap is 1/2 and the even ones are zero.
    static const std::array<float, (kHalfLength + 1) / 2> &oddTaps();

private:
    std::vector<float> m_buffer; // input from (next output's centre - kHalfLength) on
    std::vector<float> m_even;   // m_buffer's even-indexed samples, for the current block
    bool m_flushed = false;
};
