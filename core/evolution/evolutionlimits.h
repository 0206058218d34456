#pragma once

#include "domain/artist.h"

#include <QStringList>

#include <optional>

// Gradual-evolution limits: how far one plan may move an artist. Defaults are the prototype's
// (docs/trends.md, "Evolution"); every plan is bounded by them, the first one included.
// Thread: value type / stateless, any thread.
struct EvolutionLimits
{
    int maxTempoStepBpm = 10; // per bound of the tempo range
    double maxEnergyStep = 0.2;
    double maxMoodStep = 0.2;           // valence and arousal, each
    double newInstrumentMaxLevel = 0.5; // a new instrument enters at most this loud
    double maxLevelStep = 0.2;          // an existing instrument's level change
    int maxNewInstruments = 2;
    int maxNewVocalElements = 2;
    int maxNewSubgenres = 1; // a new genre only ever enters as a subgenre
    int maxSubgenres = 5;    // the prototype's cap on the list
    int maxNewKeys = 1;
    int maxPreferredKeys = 6;

    // The limits for an artist with this recency-weighted performance score (0..1, relative to
    // the roster's best): an artist that sells keeps more of what works, so its steps shrink
    // linearly to half at the top score; without sales data (nullopt) the steps stay whole.
    // Only step sizes shrink; how many new elements may enter stays the same.
    EvolutionLimits forPerformance(std::optional<double> score) const;
};

namespace EvolutionLimitCheck {

// The fields a plan may change, as lockable paths.
QStringList evolvableFields();

// Everything in `after` that breaks the limits or the locks of `before` (English, one line
// each; empty: the change is a valid evolution step). Also refuses changes outside
// evolvableFields(), a changed primary genre and removed subgenres.
QStringList violations(const Artist &before, const Artist &after, const EvolutionLimits &limits);

// The vocal style split into its elements: "breathy alto, vocoder" -> {"breathy alto", "vocoder"}.
QStringList vocalElements(const QString &vocalStyle);

} // namespace EvolutionLimitCheck
