#include "analysis/octavecorrection.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr double kMinBpm = 50;
constexpr double kMaxBpm = 220;
// Measured on the corpus (docs/analysis-accuracy.md): the tracker tends to halve fast tempi, so
// the prior leans fast; the completeness power keeps a sparse pulse from being doubled.
constexpr double kPriorCentreBpm = 140;
constexpr double kPriorWidthOctaves = 0.6;
constexpr double kRefineSpan = 0.02; // candidates are refined within +-2 %
constexpr int kRefineSteps = 4;      // in 0.5 % steps
constexpr double kCompletenessPower = 4;
constexpr double kPresentOnset = 0.15; // share of the strongest onset that counts as "an onset"
constexpr double kTripleWeight = 0.3;  // x3/2 and x2/3 need clearly stronger evidence
constexpr std::array<double, 7> kFactors = {1.0, 2.0, 0.5, 1.5, 2.0 / 3.0, 3.0, 1.0 / 3.0};

// Adaptive threshold: a local mean is removed, so a pad's slow swell is not a beat.
std::vector<double> condition(const std::vector<double> &df)
{
    const qsizetype n = qsizetype(df.size());
    std::vector<double> out(df.size(), 0.0);
    constexpr qsizetype half = 8;
    double sum = 0;
    qsizetype lo = 0;
    qsizetype hi = 0;
    for (qsizetype i = 0; i < n; ++i) {
        while (hi < std::min(n, i + half + 1))
            sum += df[size_t(hi++)];
        while (lo < i - half)
            sum -= df[size_t(lo++)];
        const double mean = sum / double(hi - lo);
        out[size_t(i)] = std::max(0.0, df[size_t(i)] - mean);
    }
    const double peak = *std::max_element(out.begin(), out.end());
    if (peak > 0)
        for (double &v : out)
            v /= peak;
    return out;
}

double valueNear(const std::vector<double> &d, double t)
{
    const auto i = qsizetype(std::lround(t));
    double best = 0;
    for (qsizetype j = i - 1; j <= i + 1; ++j)
        if (j >= 0 && j < qsizetype(d.size()))
            best = std::max(best, d[size_t(j)]);
    return best;
}

// Pulse strength of a beat grid in [from, to) at its best phase: the mean onset strength on its
// beats, times the square of the share of beats that carry an onset at all (a grid at twice the
// real tempo has half its beats empty).
double gridPulse(const std::vector<double> &d, qsizetype from, qsizetype to, double period)
{
    double best = 0;
    const int phases = std::max(1, int(std::ceil(period)));
    for (int phase = 0; phase < phases; ++phase) {
        double on = 0;
        int hit = 0;
        int count = 0;
        for (double t = double(from + phase); t < double(to); t += period) {
            const double v = valueNear(d, t);
            on += v;
            hit += v > kPresentOnset ? 1 : 0;
            ++count;
        }
        if (count > 0)
            best = std::max(best, on / count * std::pow(double(hit) / count, kCompletenessPower));
    }
    return best;
}

} // namespace

double OctaveCorrection::prior(double bpm)
{
    if (bpm <= 0)
        return 0;
    const double octaves = std::log2(bpm / kPriorCentreBpm) / kPriorWidthOctaves;
    return std::exp(-0.5 * octaves * octaves);
}

double OctaveCorrection::evidence(const std::vector<double> &df, double framesPerSecond, double bpm)
{
    if (df.empty() || bpm <= 0 || framesPerSecond <= 0)
        return 0;
    const std::vector<double> d = condition(df);
    const double period = framesPerSecond * 60.0 / bpm;
    // ~12 s windows, each with its own phase, so a drifting tempo still lines up locally
    const auto window = qsizetype(std::max(period * 6, framesPerSecond * 12));
    const qsizetype n = qsizetype(d.size());
    double total = 0;
    int windows = 0;
    for (qsizetype from = 0; from < n; from += window / 2) {
        const qsizetype to = std::min(n, from + window);
        if (to - from < period * 3 && windows > 0)
            break;
        total += gridPulse(d, from, to, period);
        ++windows;
        if (to == n)
            break;
    }
    return windows > 0 ? total / windows : 0;
}

double OctaveCorrection::refinedEvidence(const std::vector<double> &df, double framesPerSecond,
                                         double bpm)
{
    double best = 0;
    for (int step = -kRefineSteps; step <= kRefineSteps; ++step)
        best = std::max(
            best, evidence(df, framesPerSecond, bpm * (1.0 + kRefineSpan * step / kRefineSteps)));
    return best;
}

QList<TempoCandidate> OctaveCorrection::rank(const std::vector<double> &df, double framesPerSecond,
                                             double trackerBpm)
{
    QList<TempoCandidate> candidates;
    if (trackerBpm <= 0)
        return candidates;
    double sum = 0;
    for (double factor : kFactors) {
        const double bpm = trackerBpm * factor;
        if (bpm < kMinBpm || bpm > kMaxBpm)
            continue;
        const bool triple = factor != 1.0 && factor != 2.0 && factor != 0.5;
        const double score =
            refinedEvidence(df, framesPerSecond, bpm) * prior(bpm) * (triple ? kTripleWeight : 1.0);
        candidates.append({bpm, score});
        sum += score;
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const TempoCandidate &a, const TempoCandidate &b) { return a.score > b.score; });
    for (TempoCandidate &c : candidates)
        c.score = sum > 0 ? c.score / sum : 0;
    return candidates;
}
