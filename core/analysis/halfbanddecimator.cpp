#include "analysis/halfbanddecimator.h"

#include <cmath>

namespace {

constexpr double kKaiserBeta = 8.0;

double besselI0(double x)
{
    double sum = 1, term = 1;
    for (int k = 1; k < 50 && term > 1e-12 * sum; ++k) {
        term *= (x / (2 * k)) * (x / (2 * k));
        sum += term;
    }
    return sum;
}

} // namespace

const std::array<float, (HalfbandDecimator::kHalfLength + 1) / 2> &HalfbandDecimator::oddTaps()
{
    static const auto taps = [] {
        std::array<double, (kHalfLength + 1) / 2> h{};
        double sum = 0;
        for (size_t j = 0; j < h.size(); ++j) {
            const int i = int(2 * j + 1);
            const double ideal = std::sin(M_PI * i / 2) / (M_PI * i); // cutoff at a quarter
            const double r = double(i) / (kHalfLength + 1);
            const double window =
                besselI0(kKaiserBeta * std::sqrt(1 - r * r)) / besselI0(kKaiserBeta);
            h[j] = ideal * window;
            sum += 2 * h[j];
        }
        std::array<float, (kHalfLength + 1) / 2> normalized{};
        for (size_t j = 0; j < h.size(); ++j)
            normalized[j] = float(h[j] * 0.5 / sum); // unity gain at DC with the 1/2 centre
        return normalized;
    }();
    return taps;
}

HalfbandDecimator::HalfbandDecimator()
    : m_buffer(size_t(kHalfLength), 0.0f) // the signal is zero before it starts
{}

void HalfbandDecimator::process(const float *in, qsizetype count, std::vector<float> &out)
{
    if (count <= 0 || m_flushed)
        return;
    m_buffer.insert(m_buffer.end(), in, in + count);
    const size_t span = 2 * size_t(kHalfLength) + 1;
    if (m_buffer.size() < span)
        return;
    // Output i is centred on m_buffer[kHalfLength + 2i], an odd index (kHalfLength is odd); its
    // non-zero taps all fall on even indices. Split the buffer by parity and loop over outputs
    // innermost, so each tap is one contiguous multiply-add the compiler vectorizes.
    const size_t outputs = (m_buffer.size() - span) / 2 + 1;
    const size_t halfTaps = (kHalfLength + 1) / 2; // 12
    m_even.resize(outputs + 2 * halfTaps - 1);     // the last output reaches m_even[outputs + 22]
    for (size_t m = 0; m < m_even.size(); ++m)
        m_even[m] = m_buffer[2 * m];
    const size_t first = out.size();
    out.resize(first + outputs);
    float *y = out.data() + first;
    for (size_t i = 0; i < outputs; ++i)
        y[i] = 0.5f * m_buffer[size_t(kHalfLength) + 2 * i];
    const auto &taps = oddTaps();
    for (size_t j = 0; j < halfTaps; ++j) {
        const float *before = m_even.data() + halfTaps - 1 - j; // m_buffer[centre - (2j + 1)]
        const float *after = m_even.data() + halfTaps + j;      // m_buffer[centre + (2j + 1)]
        const float h = taps[j];
        for (size_t i = 0; i < outputs; ++i)
            y[i] += h * (before[i] + after[i]);
    }
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(2 * outputs));
}

void HalfbandDecimator::flush(std::vector<float> &out)
{
    if (m_flushed)
        return;
    // the inputs still waiting for their right-hand neighbours see zeros after the end
    const std::vector<float> tail(size_t(kHalfLength), 0.0f);
    process(tail.data(), qsizetype(tail.size()), out);
    m_flushed = true;
}
