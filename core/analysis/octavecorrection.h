#pragma once

#include "domain/analysis.h"

#include <QList>

#include <vector>

// Chooses the metrical level of a tempo estimate. The candidates are the tracker's tempo times
// 1, 2, 1/2, 3/2, 2/3, 3 and 1/3 (kept within 50-220 BPM); each is scored by how much onset
// energy a beat grid at that period and its best phase collects compared with the frames between
// its beats, plus the detection function's autocorrelation at the period, and weighted by a
// broad log-normal prior centred near 120 BPM, so strong evidence still wins outside 80-160.
// Thread: stateless, any thread.
class OctaveCorrection
{
public:
    // `df`: onset detection function; `framesPerSecond`: its frame rate; `trackerBpm`: the tempo
    // the beat tracker found. Returns the candidates best first with scores summing to 1.
    static QList<TempoCandidate> rank(const std::vector<double> &df, double framesPerSecond,
                                      double trackerBpm);

    // Score of one tempo (unnormalized, >= 0), without the prior. Exposed for tests.
    static double evidence(const std::vector<double> &df, double framesPerSecond, double bpm);
    static double prior(double bpm);
};
