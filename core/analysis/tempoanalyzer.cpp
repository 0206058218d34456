#include "analysis/tempoanalyzer.h"

#include "analysis/complexspectraldifference.h"
#include "analysis/octavecorrection.h"

#include <dsp/tempotracking/TempoTrackV2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace {

constexpr double kFramesPerSecond = double(TempoAnalyzer::kRate) / TempoAnalyzer::kStep;
// Local tempo drifting more than this (max/min of 8-beat windows) makes a track variable-tempo.
constexpr double kVariableTempoSpread = 1.05;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto mid = values.begin() + qsizetype(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

// Least-squares slope of beat time against beat index: the mean period, to a fraction of a
// detection-function frame even though each beat is quantized to one.
double fittedPeriod(const QList<double> &beats, qsizetype from, qsizetype to)
{
    const qsizetype n = to - from;
    if (n < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype i = from; i < to; ++i) {
        const double x = double(i - from);
        sx += x;
        sy += beats.at(i);
        sxx += x * x;
        sxy += x * beats.at(i);
    }
    const double denom = double(n) * sxx - sx * sx;
    return denom > 0 ? (double(n) * sxy - sx * sy) / denom : 0;
}

// 1 when the grid at `bpm` carries clearly more onset strength than grids at detuned,
// non-metrical tempi (which drift across the beats), 0 when it carries no more (noise).
double pulseClarity(const std::vector<double> &df, double framesPerSecond, double bpm)
{
    const double onTempo = OctaveCorrection::refinedEvidence(df, framesPerSecond, bpm);
    if (onTempo <= 0)
        return 0;
    double detuned = 0;
    constexpr std::array<double, 4> kDetune = {0.81, 0.89, 1.12, 1.23};
    for (double factor : kDetune)
        detuned = std::max(detuned, OctaveCorrection::evidence(df, framesPerSecond, bpm * factor));
    return std::clamp(1.0 - detuned / onTempo, 0.0, 1.0);
}

} // namespace

TempoAnalyzer::TempoAnalyzer() = default;
TempoAnalyzer::~TempoAnalyzer() = default;

QString TempoAnalyzer::name() const
{
    return QStringLiteral("tempo");
}

QString TempoAnalyzer::version() const
{
    return QStringLiteral("qm-tempo-octave-2");
}

bool TempoAnalyzer::initialize(const AudioFormat &format)
{
    cleanup();
    if (format.sampleRate != kRate || format.channels != 1)
        return false; // input() asks for mono at kRate
    m_detection = std::make_unique<ComplexSpectralDifference>(kWindow);
    m_window.assign(kWindow, 0.0);
    m_filled = 0;
    return true;
}

void TempoAnalyzer::process(const float *mono, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        m_window[size_t(m_filled++)] = mono[i];
        if (m_filled == kWindow) {
            m_df.push_back(m_detection->process(m_window.data()));
            std::copy(m_window.begin() + kStep, m_window.end(), m_window.begin());
            m_filled = kWindow - kStep;
        }
    }
}

void TempoAnalyzer::finish(Analysis &result)
{
    const Estimate e = estimate(m_df, kFramesPerSecond);
    result.bpm = e.bpm > 0 ? e.bpm : NAN;
    result.bpmConfidence = e.confidence;
    result.bpmAlternatives = e.alternatives;
    result.beats = e.beats;
    result.variableTempo = e.variableTempo;
    result.analyzerVersions.insert(name(), version());
    cleanup();
}

void TempoAnalyzer::cleanup()
{
    m_detection.reset();
    m_window.clear();
    m_filled = 0;
    m_df.clear();
    m_df.shrink_to_fit();
}

TempoAnalyzer::Estimate TempoAnalyzer::estimate(const std::vector<double> &dfIn,
                                                double framesPerSecond)
{
    Estimate e;
    // the first frames of the detection function see the zero-padded start
    std::vector<double> df(dfIn.begin() + std::min<qsizetype>(2, qsizetype(dfIn.size())),
                           dfIn.end());
    const double peak = df.empty() ? 0 : *std::max_element(df.begin(), df.end());
    if (df.size() < size_t(framesPerSecond * 4) || peak < 1e-6)
        return e; // too short or silent: no tempo

    const auto step = size_t(std::lround(kRate / framesPerSecond));
    TempoTrackV2 tracker(float(kRate), step);
    std::vector<double> beatPeriod(df.size(), 0.0); // TempoTrackV2 fills, does not resize
    std::vector<double> tempi;
    tracker.calculateBeatPeriod(df, beatPeriod, tempi, 120.0, false);
    const double trackerPeriod = median(beatPeriod);
    if (trackerPeriod <= 0)
        return e;
    const double trackerBpm = 60.0 * framesPerSecond / trackerPeriod;

    e.alternatives = OctaveCorrection::rank(df, framesPerSecond, trackerBpm);
    if (e.alternatives.isEmpty())
        return e;
    const double factor = e.alternatives.constFirst().bpm / trackerBpm;

    // beats at the chosen metrical level: the tracker's period path, rescaled
    std::vector<double> scaled = beatPeriod;
    for (double &p : scaled)
        p /= factor;
    std::vector<double> beatFrames;
    tracker.calculateBeats(df, scaled, beatFrames);
    // df[0] is frame 2 of the stream; a frame's onset sits at its centre (window/2 in)
    const double offsetS = (2.0 * step + kWindow / 2.0) / kRate;
    for (double f : beatFrames)
        e.beats.append(f / framesPerSecond + offsetS);

    // local tempo over 8-beat windows: the median is the tempo, the spread flags drift
    std::vector<double> local;
    for (qsizetype i = 0; i + 8 <= e.beats.size(); i += 4) {
        const double p = fittedPeriod(e.beats, i, i + 8);
        if (p > 0)
            local.push_back(60.0 / p);
    }
    if (local.size() >= 3) {
        std::vector<double> sorted = local;
        std::sort(sorted.begin(), sorted.end());
        // 10th/90th percentiles: one odd window is not drift
        const double lo = sorted[sorted.size() / 10];
        const double hi = sorted[sorted.size() - 1 - sorted.size() / 10];
        e.variableTempo = hi / lo > kVariableTempoSpread;
    }
    const double period = fittedPeriod(e.beats, 0, e.beats.size());
    if (!e.variableTempo && period > 0)
        e.bpm = 60.0 / period;
    else
        e.bpm = local.empty() ? e.alternatives.constFirst().bpm : median(local);
    e.alternatives.first().bpm = e.bpm;

    // confidence: how clearly the octave won, times how regular the beats are, times how much
    // more pulse the tempo has than tempi near it that are not its multiples (the tracker makes
    // regular beats out of anything, white noise included; only music has a salient pulse)
    int regular = 0;
    for (qsizetype i = 1; i < e.beats.size(); ++i) {
        const double interval = e.beats.at(i) - e.beats.at(i - 1);
        if (std::abs(interval * e.bpm / 60.0 - 1.0) < 0.08)
            ++regular;
    }
    const double regularity = e.beats.size() > 1 ? double(regular) / double(e.beats.size() - 1) : 0;
    const double margin = e.alternatives.size() > 1
                              ? e.alternatives.at(0).score - e.alternatives.at(1).score
                              : e.alternatives.at(0).score;
    e.confidence = std::clamp(
        regularity * (0.5 + margin) * pulseClarity(df, framesPerSecond, e.bpm), 0.0, 1.0);
    return e;
}
