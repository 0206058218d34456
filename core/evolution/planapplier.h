#pragma once

#include "domain/artist.h"
#include "evolution/evolutionlimits.h"
#include "evolution/evolutionplan.h"
#include "util/error.h"

#include <QList>

// Applies a plan's directives to an artist: a pure function, the caller saves the result as a
// new version. Thread: stateless, any thread.
namespace PlanApplier {

// Conflict when a directive's `before` no longer matches the artist (it changed since the plan
// was made) or touches a locked field; InvalidInput for an unknown field or when the result
// breaks the limits (a tampered or hand-written plan).
Result<Artist> apply(const Artist &artist, const QList<PlanDirective> &directives,
                     const EvolutionLimits &limits = {});

} // namespace PlanApplier
