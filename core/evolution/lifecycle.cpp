#include "evolution/lifecycle.h"

#include <algorithm>
#include <optional>

namespace {

constexpr double kSecondsPerDay = 86400.0;

double daysBetween(const QDateTime &from, const QDateTime &to)
{
    return from.secsTo(to) / kSecondsPerDay;
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 0) + u'%';
}

struct Approval
{
    int runs = 0;
    int approved = 0;
    double share() const { return runs > 0 ? double(approved) / runs : 0.0; }
};

Approval approvalIn(const QList<RunOutcome> &runs, const QDateTime &now, int windowDays)
{
    const QDateTime start = now.addDays(-windowDays);
    Approval approval;
    for (const RunOutcome &run : runs) {
        if (run.at > start && run.at <= now) {
            ++approval.runs;
            approval.approved += run.approved ? 1 : 0;
        }
    }
    return approval;
}

QString approvalText(const Approval &approval, int windowDays)
{
    return QStringLiteral("approval %1 (%2 of %3 runs) in the last %4 days")
        .arg(percent(approval.share()))
        .arg(approval.approved)
        .arg(approval.runs)
        .arg(windowDays);
}

bool isWorking(LifecycleStatus status)
{
    return status == LifecycleStatus::Candidate || status == LifecycleStatus::Active ||
           status == LifecycleStatus::Evolving;
}

std::optional<LifecycleDecision> decide(const LifecycleInput &input, const QDateTime &now,
                                        const LifecycleThresholds &t)
{
    const auto make = [&input](LifecycleStatus to, const char *rule, const QString &reason) {
        return LifecycleDecision{input.artistId, input.status, to, QString::fromLatin1(rule),
                                 reason,         false};
    };
    if (input.status == LifecycleStatus::Retired)
        return std::nullopt;

    const int streak = LifecycleRules::consecutiveRejections(input.runs);
    if (streak >= t.retireAfterRejections)
        return make(LifecycleStatus::Retired, "retire.rejections",
                    QStringLiteral("%1 consecutive rejections (limit %2)")
                        .arg(streak)
                        .arg(t.retireAfterRejections));

    if (input.status == LifecycleStatus::Paused) {
        if (input.pausedSince.isValid()) {
            const double paused = daysBetween(input.pausedSince, now);
            if (paused >= t.retireAfterPausedDays)
                return make(LifecycleStatus::Retired, "retire.paused",
                            QStringLiteral("paused for %1 days since %2 (limit %3)")
                                .arg(int(paused))
                                .arg(input.pausedSince.date().toString(Qt::ISODate))
                                .arg(t.retireAfterPausedDays));
        }
        return std::nullopt; // a paused artist resumes only by the operator's hand
    }
    if (!isWorking(input.status))
        return std::nullopt;

    if (input.lastRunAt.isValid()) {
        const double idle = daysBetween(input.lastRunAt, now);
        if (idle >= t.pauseAfterInactiveDays)
            return make(LifecycleStatus::Paused, "pause.inactive",
                        QStringLiteral("no run for %1 days since %2 (limit %3)")
                            .arg(int(idle))
                            .arg(input.lastRunAt.date().toString(Qt::ISODate))
                            .arg(t.pauseAfterInactiveDays));
    }

    const Approval approval = approvalIn(input.runs, now, t.windowDays);
    if (approval.runs < t.minRuns)
        return std::nullopt; // too few runs to judge
    const QString measured = approvalText(approval, t.windowDays);
    const double share = approval.share();
    if (share < t.pauseBelowApproval)
        return make(LifecycleStatus::Paused, "pause.approval",
                    QStringLiteral("%1, below %2").arg(measured, percent(t.pauseBelowApproval)));
    if (share < t.evolveBelowApproval && input.status != LifecycleStatus::Evolving) {
        LifecycleDecision decision = make(LifecycleStatus::Evolving, "evolve.propose",
                                          QStringLiteral("%1, below %2: propose an evolution plan")
                                              .arg(measured, percent(t.evolveBelowApproval)));
        decision.proposeEvolution = true;
        return decision;
    }
    if (share >= t.evolveBelowApproval && input.status == LifecycleStatus::Evolving)
        return make(LifecycleStatus::Active, "evolve.recovered",
                    QStringLiteral("%1, back at or above %2")
                        .arg(measured, percent(t.evolveBelowApproval)));
    if (share > t.promoteAboveApproval && input.status == LifecycleStatus::Candidate)
        return make(LifecycleStatus::Active, "promote",
                    QStringLiteral("%1, above %2").arg(measured, percent(t.promoteAboveApproval)));
    return std::nullopt;
}

} // namespace

namespace LifecycleRules {

int consecutiveRejections(const QList<RunOutcome> &runs)
{
    QList<RunOutcome> ordered = runs;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const RunOutcome &a, const RunOutcome &b) { return a.at > b.at; });
    int streak = 0;
    for (const RunOutcome &run : std::as_const(ordered)) {
        if (run.approved)
            break;
        ++streak;
    }
    return streak;
}

QList<LifecycleDecision> evaluate(const QList<LifecycleInput> &artists, const QDateTime &now,
                                  const LifecycleThresholds &thresholds)
{
    QList<LifecycleDecision> decisions;
    for (const LifecycleInput &input : artists) {
        if (auto decision = decide(input, now, thresholds)) {
            if (!input.name.isEmpty())
                decision->reason = input.name + QStringLiteral(": ") + decision->reason;
            decisions.append(*decision);
        }
    }
    return decisions;
}

} // namespace LifecycleRules
