#pragma once

#include "domain/artist.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Lifecycle rules that keep the roster healthy: pause, propose evolution, promote, retire.
// Evaluated over plain values (the batch issue will fill them from runs and approvals);
// LifecycleRecorder writes the decisions. Rules and defaults: docs/trends.md, "Evolution".
// Thread: value types and stateless functions, any thread.

struct LifecycleThresholds
{
    int windowDays = 30;                // approval is measured over this window ...
    int minRuns = 10;                   // ... and only with at least this many runs in it
    double pauseBelowApproval = 0.20;   // pause when approval < this
    int pauseAfterInactiveDays = 45;    // pause after this many days without a run
    double evolveBelowApproval = 0.40;  // propose evolution when approval < this
    double promoteAboveApproval = 0.85; // promote a candidate when approval > this
    int retireAfterRejections = 5;      // retire after this many consecutive rejections
    int retireAfterPausedDays = 90;     // retire after this many days paused
};

struct RunOutcome
{
    QDateTime at;
    bool approved = false; // false: rejected (failed runs are not outcomes)
};

// What the rules look at for one artist.
struct LifecycleInput
{
    QString artistId;
    QString name; // for reasons; may be empty
    LifecycleStatus status = LifecycleStatus::Candidate;
    QList<RunOutcome> runs; // any order; older than the window still count for rejection streaks
    QDateTime lastRunAt;    // null: never ran (the inactivity rule does not apply)
    QDateTime pausedSince;  // when it was paused; null when not paused or unknown
};

struct LifecycleDecision
{
    QString artistId;
    LifecycleStatus from = LifecycleStatus::Candidate;
    LifecycleStatus to = LifecycleStatus::Candidate;
    QString rule;   // stable id: "retire.rejections", "retire.paused", "pause.inactive",
                    // "pause.approval", "evolve.propose", "evolve.recovered", "promote"
    QString reason; // English, stored with the event: "approval 10% (1 of 10 runs) in 30 days ..."
    bool proposeEvolution = false; // the caller should make an adaptation plan
};

namespace LifecycleRules {

// At most one decision per artist: the first rule that fires, in the order retire (rejections,
// paused), pause (inactive, approval), evolve, recover, promote. Retired artists never change.
QList<LifecycleDecision> evaluate(const QList<LifecycleInput> &artists, const QDateTime &now,
                                  const LifecycleThresholds &thresholds = {});

// Rejections since the latest approval, counting every run regardless of the window.
int consecutiveRejections(const QList<RunOutcome> &runs);

} // namespace LifecycleRules
