#pragma once

#include "domain/analysis.h"

#include <QList>

#include <vector>

// Chooses the metrical level of a tempo estimate. The candidates are the tracker's tempo times
// 1, 2, 1/2, 3/2, 2/3, 3 and 1/3 (kept within 50-220 BPM). Each is scored by its best-phase beat
// grid: the mean onset strength on its beats times the 4th power of the share of beats that carry
// an onset (a grid at twice the real tempo has half its beats empty), weighted by a log-normal
// prior (centre 150 BPM, 0.6 octave wide: measured on the corpus, where the tracker tends to halve
// fast tempi), so strong evidence still wins far from the centre.
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
    // The best evidence within +-2% of `bpm`: the tracker's period is quantized to whole
    // detection-function frames, and a grid 1% off drifts off the beats within a window.
    static double refinedEvidence(const std::vector<double> &df, double framesPerSecond,
                                  double bpm);
};
