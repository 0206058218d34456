#include "evolvecommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

int failWith(QTextStream &err, const Error &error)
{
    err << "artist-studio: " << error.message << Qt::endl;
    return error.code == ErrorCode::InvalidInput ? 3 : 1;
}

QJsonValue timestamp(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"–"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 4);
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(
        QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject EvolveCommands::planJson(const ProposedPlan &proposed)
{
    const EvolutionPlan &plan = proposed.plan;
    QJsonArray segments;
    for (const TrendSegment &segment : proposed.segments)
        segments.append(segment.label());
    QJsonObject json{
        {u"id"_s, plan.id > 0 ? QJsonValue(plan.id) : QJsonValue()},
        {u"artist_id"_s, plan.artistId},
        {u"artist_version"_s, plan.artistVersion},
        {u"status"_s, toString(plan.status)},
        {u"created_at"_s, timestamp(plan.createdAt)},
        {u"compatibility_before"_s, plan.compatibilityBefore},
        {u"compatibility_after"_s, plan.compatibilityAfter},
        {u"expected_gain"_s, plan.expectedGain()},
        {u"segments"_s, segments},
        {u"directives"_s, EvolutionPlanJson::directivesToJson(plan.directives)},
        {u"note"_s, proposed.note.isEmpty() ? QJsonValue() : QJsonValue(proposed.note)},
    };
    if (proposed.performance) {
        json.insert(
            u"performance"_s,
            QJsonObject{{u"score"_s, proposed.performance->score},
                        {u"decayed_streams"_s, proposed.performance->decayedStreams},
                        {u"decayed_revenue"_s, proposed.performance->decayedRevenue},
                        {u"last_day"_s, proposed.performance->lastDay.toString(Qt::ISODate)}});
    }
    return json;
}

QJsonObject EvolveCommands::lifecycleJson(const LifecycleRunResult &run)
{
    QJsonArray decisions;
    for (const LifecycleDecision &d : run.decisions)
        decisions.append(QJsonObject{{u"artist_id"_s, d.artistId},
                                     {u"from"_s, toString(d.from)},
                                     {u"to"_s, toString(d.to)},
                                     {u"rule"_s, d.rule},
                                     {u"reason"_s, d.reason},
                                     {u"propose_evolution"_s, d.proposeEvolution}});
    QJsonArray events;
    for (const LifecycleEvent &e : run.events)
        events.append(QJsonObject{{u"id"_s, e.id},
                                  {u"artist_id"_s, e.artistId},
                                  {u"at"_s, timestamp(e.at)},
                                  {u"from"_s, toString(e.from)},
                                  {u"to"_s, toString(e.to)},
                                  {u"rule"_s, e.rule},
                                  {u"reason"_s, e.reason}});
    QJsonArray plans;
    for (qint64 id : run.proposedPlans)
        plans.append(id);
    return {{u"at"_s, timestamp(run.at)}, {u"artists_evaluated"_s, run.artistsEvaluated},
            {u"decisions"_s, decisions},  {u"events"_s, events},
            {u"proposed_plans"_s, plans}, {u"input"_s, run.inputNote}};
}

QFuture<int> EvolveCommands::plan(EvolutionService &service, const CommandLine &line,
                                  QTextStream &out, QTextStream &err)
{
    return service.proposePlan(line.artistId)
        .then(qApp, [&out, &err, json = line.json](const Result<ProposedPlan> &proposed) {
            if (!proposed)
                return failWith(err, proposed.error());
            const EvolutionPlan &plan = proposed->plan;
            if (json) {
                out << QJsonDocument(planJson(proposed.value())).toJson(QJsonDocument::Indented);
            } else if (plan.id == 0) {
                out << QCoreApplication::translate("EvolveCommands", "No plan: %1.")
                           .arg(proposed->note)
                    << '\n';
            } else {
                out << QCoreApplication::translate(
                           "EvolveCommands",
                           "Plan %1 for %2 (version %3): compatibility %4 → %5 (%6)")
                           .arg(plan.id)
                           .arg(plan.artistId)
                           .arg(plan.artistVersion)
                           .arg(plan.compatibilityBefore, 0, 'f', 3)
                           .arg(plan.compatibilityAfter, 0, 'f', 3)
                           .arg((plan.expectedGain() >= 0 ? u"+"_s : QString()) +
                                QString::number(plan.expectedGain(), 'f', 3))
                    << '\n';
                for (const PlanDirective &d : plan.directives) {
                    out << "  " << d.field
                        << (d.item.isEmpty() ? QString() : u" ["_s + d.item + u']') << ": "
                        << valueText(d.before) << " → " << valueText(d.after) << "  (+"
                        << QString::number(d.expectedGain, 'f', 3) << ")\n      " << d.reason
                        << '\n';
                }
                out << QCoreApplication::translate("EvolveCommands",
                                                   "Apply it with: artist-studio evolve apply %1")
                           .arg(plan.id)
                    << '\n';
            }
            out.flush();
            return 0;
        });
}

QFuture<int> EvolveCommands::apply(EvolutionService &service, const CommandLine &line,
                                   QTextStream &out, QTextStream &err)
{
    return service.applyPlan(line.planId)
        .then(qApp, [&out, &err, json = line.json, id = line.planId](const Result<Artist> &artist) {
            if (!artist) {
                // Stale, decided and missing plans are runtime failures, not usage
                // errors.
                err << "artist-studio: " << artist.error().message << Qt::endl;
                return 1;
            }
            if (json)
                out << QJsonDocument(QJsonObject{{u"plan_id"_s, id},
                                                 {u"artist_id"_s, artist->id},
                                                 {u"version"_s, artist->version}})
                           .toJson(QJsonDocument::Compact)
                    << '\n';
            else
                out << QCoreApplication::translate("EvolveCommands",
                                                   "Applied plan %1: \"%2\" is now at version %3.")
                           .arg(id)
                           .arg(artist->identity.stageName)
                           .arg(artist->version)
                    << '\n';
            out.flush();
            return 0;
        });
}

QFuture<int> EvolveCommands::lifecycle(EvolutionService &service, const CommandLine &line,
                                       QTextStream &out, QTextStream &err)
{
    return service.runLifecycle().then(
        qApp, [&out, &err, json = line.json](const Result<LifecycleRunResult> &run) {
            if (!run)
                return failWith(err, run.error());
            if (json) {
                out << QJsonDocument(lifecycleJson(run.value())).toJson(QJsonDocument::Indented);
            } else {
                out << QCoreApplication::translate("EvolveCommands",
                                                   "%1 artist(s) evaluated, %2 change(s).")
                           .arg(run->artistsEvaluated)
                           .arg(run->events.size())
                    << '\n';
                for (const LifecycleEvent &e : run->events)
                    out << "  " << e.artistId << ": " << toString(e.from) << " → " << toString(e.to)
                        << "  " << e.reason << '\n';
                out << QCoreApplication::translate("EvolveCommands", "Note: ") << run->inputNote
                    << '\n';
            }
            out.flush();
            return 0;
        });
}

QFuture<int> EvolveCommands::importPerformance(EvolutionService &service, const CommandLine &line,
                                               QTextStream &out, QTextStream &err)
{
    ImportOptions options;
    options.skipBadRows = line.skipBadRows;
    return service.importPerformance(line.file, options)
        .then(qApp, [&out, &err, json = line.json](const Result<ImportReport> &report) {
            if (!report)
                return failWith(err, report.error());
            QJsonArray rejected;
            for (const RejectedRow &row : report->rejected)
                rejected.append(QJsonObject{
                    {u"line"_s, row.line}, {u"column"_s, row.column}, {u"reason"_s, row.reason}});
            if (json) {
                out << QJsonDocument(QJsonObject{{u"file"_s, report->label},
                                                 {u"committed"_s, report->committed},
                                                 {u"rows_read"_s, report->rowsRead},
                                                 {u"rows_accepted"_s, report->rowsAccepted},
                                                 {u"rows_rejected"_s, report->rowsRejected},
                                                 {u"rejected"_s, rejected}})
                           .toJson(QJsonDocument::Indented);
            } else {
                out << QCoreApplication::translate("EvolveCommands",
                                                   "%1: %2 row(s) imported, %3 rejected.")
                           .arg(report->label)
                           .arg(report->committed ? report->rowsAccepted : 0)
                           .arg(report->rowsRejected)
                    << '\n';
                for (const RejectedRow &row : report->rejected)
                    out << "  " << QCoreApplication::translate("EvolveCommands", "line") << ' '
                        << row.line
                        << (row.column.isEmpty() ? QString() : u" ("_s + row.column + u')') << ": "
                        << row.reason << '\n';
            }
            out.flush();
            if (!report->committed) {
                err << "artist-studio: "
                    << QCoreApplication::translate(
                           "EvolveCommands",
                           "nothing was imported; fix the rows above or use --skip-bad-rows")
                    << Qt::endl;
                return 1;
            }
            return 0;
        });
}
