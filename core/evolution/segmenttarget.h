#pragma once

#include "trends/trendseries.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What evolution needs to know about one market segment, as plain values: whoever reads the
// trend store fills it (one per segment), so compatibility and planning stay pure functions that
// tests feed with fixtures. "Change" is always over the last 90 days (now minus 90 days ago).
// Thread: value type, safe to copy between threads.

// One feature's current level in a segment and where it moved.
struct FeatureTrend
{
    bool known = false; // false: the segment has no data for this feature (the part is skipped)
    double mean = 0;    // current mean (BPM for tempo, 0..1 otherwise)
    double change90d = 0;

    static FeatureTrend of(double mean, double change90d = 0) { return {true, mean, change90d}; }
};

// An element of the sound that listeners of a segment increasingly hear: an instrument ("synth
// bass") or a vocal element ("vocoder"). Optional: no importer fills these yet.
struct ElementTrend
{
    QString name;
    double share = 0;     // share of the segment's tracks that feature it, 0..1
    double change90d = 0; // change of that share
};

struct SegmentTarget
{
    TrendSegment segment;      // {"DE", "synthwave", ""}; genre empty: all genres of the country
    double marketWeight = 0.3; // countries.market_weight, 0..1 (the prototype's default: 0.3)

    // The segment's own genre in its country: stream share (0..1) and its change.
    double genreShare = 0;
    double genreShareChange90d = 0;
    QStringList relatedGenres; // genres related to segment.genre, lower case

    // For a country-wide segment (genre empty): the share of each genre, lower-case keys.
    QHash<QString, double> genreShares;

    FeatureTrend tempo; // BPM
    FeatureTrend energy;
    FeatureTrend danceability;
    FeatureTrend valence;
    FeatureTrend modeShare; // share of major-mode entries
    // Share of entries per key, keys spelt as in profiles ("A minor", "F# major"); sums to ~1.
    QHash<QString, double> keyShares;

    QList<ElementTrend> instruments;
    QList<ElementTrend> vocalElements;
};
