#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// A proposed adaptation of an artist toward its market: a list of bounded, explained field
// changes. Made by AdaptationPlanner, stored by PlanRepository, applied by PlanApplier.
// Thread: value type, safe to copy between threads.

enum class PlanStatus
{
    Proposed,
    Applied,
    Rejected
};
QString toString(PlanStatus status); // "proposed", "applied", "rejected" (stored: never rename)
bool fromString(const QString &text, PlanStatus *status);

// One change. `field` is a lockable path as in ArtistBehaviour::lockedFields ("music.energy").
// List fields name the entry in `item`: the instrument, subgenre, key or vocal element; their
// `before` is null when the entry is new. Scalars have an empty `item`.
struct PlanDirective
{
    QString field;
    QString item;
    QJsonValue before; // the value the plan was made from (null: a new entry)
    QJsonValue after;
    QString reason;          // English, stored as data: "DE · synthwave tempo rose 6 BPM ..."
    double expectedGain = 0; // compatibility gain of this directive, applied after the ones above

    bool operator==(const PlanDirective &) const = default;
};

struct EvolutionPlan
{
    qint64 id = 0; // 0 until stored
    QString artistId;
    int artistVersion = 0; // the version the plan was made from
    QDateTime createdAt;
    PlanStatus status = PlanStatus::Proposed;
    QList<PlanDirective> directives;
    double compatibilityBefore = 0; // CompatibilityScorer::overall() over the plan's segments
    double compatibilityAfter = 0;
    QDateTime decidedAt;    // null while proposed
    int appliedVersion = 0; // the artist version the plan created; 0 unless applied

    double expectedGain() const { return compatibilityAfter - compatibilityBefore; }
    bool isEmpty() const { return directives.isEmpty(); }
};

namespace EvolutionPlanJson {

QJsonArray directivesToJson(const QList<PlanDirective> &directives);
Result<QList<PlanDirective>> directivesFromJson(const QJsonArray &array);

} // namespace EvolutionPlanJson
