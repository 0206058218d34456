#pragma once

#include <complex>
#include <memory>
#include <vector>

class FFTReal;

// The complex-domain onset detection function (Bello et al.; qm-dsp's DetectionFunction with
// DF_COMPLEXSD, as Mixxx and Sonic Visualiser feed it to TempoTrackV2): per frequency bin, the
// distance between the spectrum and its prediction from the two frames before (the previous
// magnitude, the phase advancing at the same rate), summed over the bins.
// qm-dsp works with angles: an atan2 per bin for the phase and a sincos per bin for the
// prediction, which made it most of the tempo analysis' cost. Here the same value comes from
// unit phasors u = X / |X|: the cosine of the phase deviation is Re(u0 conj(u1)^2 u2), so a frame
// costs one FFT and a few multiplies per bin. The values match qm-dsp's to rounding (tested).
// Thread: one instance per analysis job, used by one thread at a time.
class ComplexSpectralDifference
{
public:
    explicit ComplexSpectralDifference(int frameLength);
    ~ComplexSpectralDifference();
    ComplexSpectralDifference(const ComplexSpectralDifference &) = delete;
    ComplexSpectralDifference &operator=(const ComplexSpectralDifference &) = delete;

    // `frame`: frameLength samples (Hann-windowed here). Returns the function's next value.
    double process(const double *frame);

private:
    int m_length;
    std::unique_ptr<FFTReal> m_fft;
    std::vector<double> m_window;
    std::vector<double> m_windowed;
    std::vector<double> m_real;
    std::vector<double> m_imag;
    std::vector<double> m_previousMagnitude;
    std::vector<std::complex<double>> m_previousPhasor; // u1, one frame back
    std::vector<std::complex<double>> m_olderPhasor;    // u2, two frames back
};
