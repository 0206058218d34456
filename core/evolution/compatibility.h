#pragma once

#include "domain/artist.h"
#include "evolution/segmenttarget.h"

#include <QList>
#include <QString>

#include <optional>

// How well an artist fits a market segment, 0..1, with the parts that make it up (for a bar
// chart and explanations). Formulas and defaults: docs/trends.md, section "Evolution".
// Thread: stateless, any thread.

// Weights of the musical parts (renormalized over the parts the segment has data for) and the
// market factors. Defaults: genre dominates, as in the prototype (0.7 genre base).
struct CompatibilitySettings
{
    double genreWeight = 0.40;
    double tempoWeight = 0.20;
    double energyWeight = 0.15;
    double moodWeight = 0.15;
    double keyModeWeight = 0.10;

    // Genre fit of the segment's genre: the artist's primary genre, one of its subgenres, a genre
    // related to either, anything else (the prototype's 1.0 / 0.8 / 0.6 / 0.3).
    double primaryGenreFit = 1.0;
    double subgenreFit = 0.8;
    double relatedGenreFit = 0.6;
    double otherGenreFit = 0.3;

    double tempoToleranceBpm = 40; // tempo fit falls to 0 this far outside the artist's range
    double untargetedFactor = 0.7; // a country the artist does not target
};

enum class CompatibilityPart
{
    Genre,
    Tempo,
    Energy,
    Mood,
    KeyMode
};
QString toString(CompatibilityPart part); // "genre", "tempo", "energy", "mood", "keyMode"

struct CompatibilityPartScore
{
    CompatibilityPart part = CompatibilityPart::Genre;
    bool known = false;  // false: the segment lacks the data; the part does not count
    double fit = 0;      // 0..1
    double weight = 0;   // the setting's weight (before renormalization)
    QString explanation; // English, for tooltips: "segment mean 118 BPM, 6 BPM above 100–112"
};

struct Compatibility
{
    TrendSegment segment;
    QList<CompatibilityPartScore> parts; // always all five, in CompatibilityPart order
    double fit = 0;                      // Σ weight·fit / Σ weight over the known parts
    double marketFactor = 1;             // 0.5 + 0.5·market weight
    double targetFactor = 1;             // 1, or untargetedFactor when the country is not targeted
    double score = 0;                    // fit · marketFactor · targetFactor, 0..1

    const CompatibilityPartScore &part(CompatibilityPart which) const;
};

namespace CompatibilityScorer {

Compatibility score(const Artist &artist, const SegmentTarget &target,
                    const CompatibilitySettings &settings = {});

// Genre fit of one genre against the artist (primary / subgenre / related / other);
// `related` lists genres related to `genre`.
double genreFit(const ArtistMusic &music, const QString &genre, const QStringList &related,
                const CompatibilitySettings &settings = {});

// True when the artist targets the segment's country (or targets none, or the segment is global).
bool isTargeted(const Artist &artist, const TrendSegment &segment);

// The relevance of a segment to an artist when several are combined: market weight × genre fit
// × target factor (0..1). Plans and the overall score weight segments by it.
double relevance(const Artist &artist, const SegmentTarget &target,
                 const CompatibilitySettings &settings = {});

// Relevance-weighted mean score over the segments (0 when there are none).
double overall(const Artist &artist, const QList<SegmentTarget> &targets,
               const CompatibilitySettings &settings = {});

// The segment's arousal, which charts do not measure: the mean of energy and danceability
// (energy alone without danceability); nullopt without energy.
std::optional<double> arousalOf(const SegmentTarget &target);

// 0..23: pitch class × 2 + (1 for minor); nullopt when `key` is not "<tonic> major|minor".
// Enharmonic spellings meet ("D# minor" == "Eb minor").
std::optional<int> keyIndex(const QString &key);

} // namespace CompatibilityScorer
