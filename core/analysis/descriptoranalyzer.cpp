#include "analysis/descriptoranalyzer.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

double clamp01(double x)
{
    return std::isfinite(x) ? std::clamp(x, 0.0, 1.0) : 0.0;
}

// Coefficient of variation (std / mean) of consecutive differences; NaN for fewer than 3 points.
double intervalVariation(const QList<double> &times)
{
    if (times.size() < 3)
        return NAN;
    std::vector<double> gaps;
    for (qsizetype i = 1; i < times.size(); ++i)
        gaps.push_back(times[i] - times[i - 1]);
    double mean = 0;
    for (double g : gaps)
        mean += g;
    mean /= double(gaps.size());
    if (mean <= 0)
        return NAN;
    double var = 0;
    for (double g : gaps)
        var += (g - mean) * (g - mean);
    var /= double(gaps.size());
    return std::sqrt(var) / mean;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return NAN;
    const auto mid = values.begin() + qsizetype(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

} // namespace

double DescriptorAnalyzer::tempoFactor(double bpm)
{
    if (!std::isfinite(bpm) || bpm <= 0)
        return 0;
    const double z = (bpm - 110.0) / 40.0;
    return std::exp(-0.5 * z * z);
}

double DescriptorAnalyzer::beatStability(const QList<double> &beats)
{
    if (beats.size() < 8)
        return 0;
    return clamp01(1.0 - 5.0 * intervalVariation(beats));
}

double DescriptorAnalyzer::rhythmRegularity(const QList<double> &beats, const QList<double> &onsets)
{
    if (beats.size() >= 8 && onsets.size() >= 4) {
        std::vector<double> gaps;
        for (qsizetype i = 1; i < beats.size(); ++i)
            gaps.push_back(beats[i] - beats[i - 1]);
        const double tolerance = 0.1 * median(gaps);
        qsizetype onBeat = 0;
        for (double onset : onsets) {
            const auto next = std::lower_bound(beats.begin(), beats.end(), onset);
            double distance = INFINITY;
            if (next != beats.end())
                distance = *next - onset;
            if (next != beats.begin())
                distance = std::min(distance, onset - *(next - 1));
            if (distance <= tolerance)
                ++onBeat;
        }
        // Onsets at random times land within +-10% of a period 20% of the time: that is 0.
        const double fraction = double(onBeat) / double(onsets.size());
        return clamp01((fraction - 0.2) / 0.8);
    }
    if (onsets.size() >= 4)
        return clamp01(1.0 - intervalVariation(onsets));
    return 0;
}

QString DescriptorAnalyzer::valenceLabel(double valence)
{
    if (!std::isfinite(valence))
        return QString();
    return valence >= 0.6  ? QStringLiteral("positive")
           : valence < 0.4 ? QStringLiteral("negative")
                           : QStringLiteral("neutral");
}

QString DescriptorAnalyzer::arousalLabel(double arousal)
{
    if (!std::isfinite(arousal))
        return QString();
    return arousal >= 0.6  ? QStringLiteral("high")
           : arousal < 0.4 ? QStringLiteral("low")
                           : QStringLiteral("medium");
}

bool DescriptorAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    m_channels = format.channels;
    m_windowFrames = std::max<qint64>(1, qint64(std::lround(format.sampleRate * kWindowS)));
    return m_channels > 0;
}

void DescriptorAnalyzer::process(const float *interleaved, qsizetype frames)
{
    for (qsizetype i = 0; i < frames; ++i) {
        const float *frame = interleaved + i * m_channels;
        double squares = 0;
        for (int c = 0; c < m_channels; ++c)
            squares += double(frame[c]) * frame[c];
        m_windowSquares += squares / m_channels;
        if (++m_inWindow == m_windowFrames)
            closeWindow();
    }
}

void DescriptorAnalyzer::closeWindow()
{
    if (m_inWindow == 0)
        return;
    const double rms = std::sqrt(m_windowSquares / double(m_inWindow));
    m_rmsSum += rms;
    m_rmsMax = std::max(m_rmsMax, rms);
    ++m_windows;
    m_inWindow = 0;
    m_windowSquares = 0;
}

void DescriptorAnalyzer::finish(Analysis &result)
{
    if (m_inWindow * 2 >= m_windowFrames || m_windows == 0)
        closeWindow(); // a last window of at least half the length still counts
    result.analyzerVersions.insert(name(), version());

    if (m_windows == 0 || m_rmsMax < 0.001) { // nothing above -60 dBFS: silence
        result.energy = 0;
        result.arousal = 0;
        result.danceability = 0;
        result.valence = NAN;
        cleanup();
        return;
    }

    const double loudness = std::isfinite(result.loudnessLufs) ? result.loudnessLufs : -70.0;
    const double loudFactor = clamp01((loudness + 30.0) / 24.0);
    const double dynamics = clamp01((m_rmsSum / double(m_windows)) / m_rmsMax);
    const double density = std::isfinite(result.onsetDensity) ? result.onsetDensity : 0.0;
    const double densityFactor = clamp01(density / 6.0);
    const double brightness = clamp01((result.spectralCentroidHz - 500.0) / 3000.0);
    const bool haveTempo = std::isfinite(result.bpm) && result.bpm > 0;

    result.energy =
        clamp01(0.5 * loudFactor + 0.2 * dynamics + 0.15 * densityFactor + 0.15 * brightness);

    result.danceability = clamp01(0.3 * tempoFactor(result.bpm) +
                                  0.3 * rhythmRegularity(result.beats, result.onsets) +
                                  0.2 * beatStability(result.beats) + 0.2 * clamp01(density / 2.0));

    const double tempoDrive = haveTempo ? clamp01((result.bpm - 60.0) / 120.0) : 0.5;
    result.arousal = clamp01(0.5 * result.energy + 0.3 * tempoDrive + 0.2 * densityFactor);

    double mode = 0;
    if (result.key.endsWith(QLatin1String("major")))
        mode = 1;
    else if (result.key.endsWith(QLatin1String("minor")))
        mode = -1;
    const double modeFactor = 0.5 + 0.5 * mode * clamp01(result.keyConfidence);
    result.valence =
        clamp01(0.4 * modeFactor + 0.25 * tempoDrive + 0.2 * brightness + 0.15 * result.energy);
    cleanup();
}

void DescriptorAnalyzer::cleanup()
{
    m_inWindow = 0;
    m_windowSquares = 0;
    m_rmsSum = 0;
    m_rmsMax = 0;
    m_windows = 0;
}
