#include "analysis/complexspectraldifference.h"

#include <dsp/transforms/FFT.h>

#include <algorithm>
#include <cmath>

ComplexSpectralDifference::ComplexSpectralDifference(int frameLength)
    : m_length(frameLength)
    , m_fft(std::make_unique<FFTReal>(frameLength))
    , m_window(size_t(frameLength))
    , m_windowed(size_t(frameLength))
    , m_real(size_t(frameLength))
    , m_imag(size_t(frameLength))
    , m_previousMagnitude(size_t(frameLength / 2 + 1), 0.0)
    // before the first frame qm-dsp's phase history is zero: a phasor of 1
    , m_previousPhasor(size_t(frameLength / 2 + 1), 1.0)
    , m_olderPhasor(size_t(frameLength / 2 + 1), 1.0)
{
    for (int i = 0; i < frameLength; ++i) // qm-dsp's periodic Hann window
        m_window[size_t(i)] = 0.5 - 0.5 * std::cos(2 * M_PI * i / frameLength);
}

ComplexSpectralDifference::~ComplexSpectralDifference() = default;

double ComplexSpectralDifference::process(const double *frame)
{
    for (int i = 0; i < m_length; ++i)
        m_windowed[size_t(i)] = frame[i] * m_window[size_t(i)];
    m_fft->forward(m_windowed.data(), m_real.data(), m_imag.data());

    // plain doubles rather than std::complex: without -ffast-math its multiply is a call
    double value = 0;
    const size_t bins = m_previousMagnitude.size();
    for (size_t k = 0; k < bins; ++k) {
        const double re = m_real[k];
        const double im = m_imag[k];
        const double magnitude = std::sqrt(re * re + im * im);
        const double u0r = magnitude > 0 ? re / magnitude : 1.0;
        const double u0i = magnitude > 0 ? im / magnitude : 0.0;
        const double u1r = m_previousPhasor[k].real();
        const double u1i = m_previousPhasor[k].imag();
        const double u2r = m_olderPhasor[k].real();
        const double u2i = m_olderPhasor[k].imag();
        const double qr = u0r * u2r - u0i * u2i; // u0 u2
        const double qi = u0r * u2i + u0i * u2r;
        const double wr = u1r * u1r - u1i * u1i; // conj(u1)^2
        const double wi = -2 * u1r * u1i;
        const double cosDeviation = qr * wr - qi * wi;
        const double m1 = m_previousMagnitude[k];
        // |m1 - m0 e^(i dev)|, by the law of cosines
        value += std::sqrt(
            std::max(0.0, m1 * m1 + magnitude * magnitude - 2 * m1 * magnitude * cosDeviation));
        m_olderPhasor[k] = m_previousPhasor[k];
        m_previousPhasor[k] = {u0r, u0i};
        m_previousMagnitude[k] = magnitude;
    }
    return value;
}
