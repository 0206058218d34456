#include "analysis/keyanalyzer.h"

#include <dsp/transforms/FFT.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kLowHz = 60;    // below: kick and sub rumble, which carry little pitch
constexpr double kHighHz = 2100; // above: mostly harmonics and noise
// A frame quieter than this (sum of chroma magnitudes) is silence and does not vote.
constexpr double kSilentFrame = 1e-3;

} // namespace

KeyAnalyzer::KeyAnalyzer(KeyProfiles::Profile profile)
    : m_profile(profile)
{}

KeyAnalyzer::~KeyAnalyzer() = default;

QString KeyAnalyzer::name() const
{
    return QStringLiteral("key");
}

QString KeyAnalyzer::version() const
{
    return QStringLiteral("chroma-%1-1").arg(KeyProfiles::profileName(m_profile));
}

bool KeyAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    if (format.sampleRate != kRate || format.channels != 1)
        return false; // input() asks for mono at kRate
    m_fft = std::make_unique<FFTReal>(kFrame);
    m_frame.assign(kFrame, 0.0);
    m_windowed.assign(kFrame, 0.0);
    m_magnitude.assign(kFrame, 0.0);
    m_hann.resize(kFrame);
    for (int i = 0; i < kFrame; ++i)
        m_hann[size_t(i)] = 0.5 - 0.5 * std::cos(2 * M_PI * i / kFrame);
    // each bin votes for its nearest semitone, weighted by how close it is to that semitone's
    // centre, so energy between two semitones (leakage, vibrato) counts little
    m_binPitchClass.assign(kFrame / 2 + 1, -1);
    m_binWeight.assign(kFrame / 2 + 1, 0.0);
    for (int k = 1; k <= kFrame / 2; ++k) {
        const double hz = double(k) * kRate / kFrame;
        if (hz < kLowHz || hz > kHighHz)
            continue;
        const double midi = 69.0 + 12.0 * std::log2(hz / 440.0);
        const double nearest = std::round(midi);
        m_binPitchClass[size_t(k)] = (int(nearest) % 12 + 12) % 12;
        m_binWeight[size_t(k)] = std::max(0.0, 1.0 - 2.0 * std::abs(midi - nearest));
    }
    m_chroma.fill(0.0);
    m_voicedFrames = 0;
    m_filled = 0;
    return true;
}

void KeyAnalyzer::process(const float *mono, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        m_frame[size_t(m_filled++)] = mono[i];
        if (m_filled == kFrame) {
            analyzeFrame();
            std::copy(m_frame.begin() + kHop, m_frame.end(), m_frame.begin());
            m_filled = kFrame - kHop;
        }
    }
}

void KeyAnalyzer::analyzeFrame()
{
    for (int i = 0; i < kFrame; ++i)
        m_windowed[size_t(i)] = m_frame[size_t(i)] * m_hann[size_t(i)];
    m_fft->forwardMagnitude(m_windowed.data(), m_magnitude.data());
    KeyProfiles::Chroma frame{};
    double total = 0;
    for (int k = 1; k <= kFrame / 2; ++k) {
        const int pc = m_binPitchClass[size_t(k)];
        if (pc < 0)
            continue;
        const double v = m_magnitude[size_t(k)] * m_binWeight[size_t(k)];
        frame[size_t(pc)] += v;
        total += v;
    }
    if (total < kSilentFrame)
        return;
    for (int pc = 0; pc < 12; ++pc)
        m_chroma[size_t(pc)] += frame[size_t(pc)] / total;
    ++m_voicedFrames;
}

void KeyAnalyzer::finish(Analysis &result)
{
    if (m_filled > kFrame / 4) {
        std::fill(m_frame.begin() + m_filled, m_frame.end(), 0.0);
        analyzeFrame();
    }
    result.analyzerVersions.insert(name(), version());
    result.key.clear();
    result.keyRunnerUp.clear();
    result.keyConfidence = 0;
    // a few voiced frames (under a second of sound) are not enough to call a key
    if (m_voicedFrames >= 4) {
        const auto ranked = KeyProfiles::rank(m_chroma, m_profile);
        result.key = KeyProfiles::keyName(ranked[0].tonic, ranked[0].minor);
        result.keyRunnerUp = KeyProfiles::keyName(ranked[1].tonic, ranked[1].minor);
        // a high correlation with a clear margin over the runner-up is a confident key
        const double margin = ranked[0].correlation - ranked[1].correlation;
        result.keyConfidence =
            std::clamp(std::max(0.0, ranked[0].correlation) * (0.4 + 4.0 * margin), 0.0, 1.0);
    }
    m_fft.reset();
}

void KeyAnalyzer::cleanup()
{
    m_fft.reset();
    m_frame.clear();
    m_windowed.clear();
    m_magnitude.clear();
    m_filled = 0;
}
