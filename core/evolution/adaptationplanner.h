#pragma once

#include "domain/artist.h"
#include "evolution/compatibility.h"
#include "evolution/evolutionlimits.h"
#include "evolution/evolutionplan.h"
#include "evolution/segmenttarget.h"

#include <QDateTime>
#include <QList>

// Settings of the planner: the limits, the compatibility it optimizes, and the thresholds below
// which a change is noise. Defaults documented in docs/trends.md, "Evolution".
struct PlannerSettings
{
    EvolutionLimits limits;
    CompatibilitySettings compatibility;
    // Segments less relevant than this fraction of the most relevant one are left out. Relative,
    // so that small products of weights cannot empty every plan (the prototype's bug).
    double relativeSegmentCutoff = 0.05;
    double minTempoStepBpm = 1;         // smaller tempo steps are skipped
    double minUnitStep = 0.01;          // smaller energy / valence / arousal steps are skipped
    double minGenreShareRise = 0.005;   // a genre joins when its share rose at least 0.5 points
    double minElementRise = 0.02;       // instruments / vocal elements: share rise in 90 days
    double minNewElementShare = 0.10;   // ... and share of the segment's tracks for a new one
    double minKeyShareAdvantage = 0.02; // a new key must beat the artist's least common one
};

// One segment the plan moves toward and how much it counts.
struct WeightedSegment
{
    SegmentTarget target;
    double weight = 0; // CompatibilityScorer::relevance(), before normalization
};

// Makes a bounded, explained adaptation plan from an artist and its market's segments.
// Thread: immutable after construction, any thread.
class AdaptationPlanner
{
public:
    explicit AdaptationPlanner(PlannerSettings settings = {});

    const PlannerSettings &settings() const { return m_settings; }

    // The artist's target segments among `targets` (the countries it targets), weighted by
    // relevance; segments under the relative cut-off are dropped. Most relevant first.
    QList<WeightedSegment> targetSegments(const Artist &artist,
                                          const QList<SegmentTarget> &targets) const;

    // The plan for the artist's current version (id 0, status proposed). Empty only when the
    // artist already sits on its market or every field that would move is locked.
    EvolutionPlan plan(const Artist &artist, const QList<SegmentTarget> &targets,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Fraction of the gap to the market closed per step, before the limits:
    // speed (slow 0.25, medium 0.5, fast 1.0) × alignment (strict 1.0, soft 0.6,
    // experimental 0.8).
    static double stepFraction(const ArtistBehaviour &behaviour);

private:
    PlannerSettings m_settings;
};
