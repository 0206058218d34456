#pragma once

#include "cli/commandline.h"
#include "services/evolutionservice.h"

#include <QFuture>
#include <QJsonObject>
#include <QTextStream>

// `artist-studio evolve plan|apply`, `lifecycle run` and `performance import`
// (issue 5): run through EvolutionService and print the plan, the applied
// version, the lifecycle changes or the import report as text or JSON. Exit
// codes: 1 for a missing, stale or decided plan, an unknown artist, or a report
// that imported nothing; 3 for invalid input. Thread: main thread of the
// headless process, which runs the event loop.
class EvolveCommands
{
public:
    static QFuture<int> plan(EvolutionService &service, const CommandLine &line, QTextStream &out,
                             QTextStream &err);
    static QFuture<int> apply(EvolutionService &service, const CommandLine &line, QTextStream &out,
                              QTextStream &err);
    static QFuture<int> lifecycle(EvolutionService &service, const CommandLine &line,
                                  QTextStream &out, QTextStream &err);
    static QFuture<int> importPerformance(EvolutionService &service, const CommandLine &line,
                                          QTextStream &out, QTextStream &err);

    // The JSON documents the commands print (docs/user-guide.md lists the keys).
    static QJsonObject planJson(const ProposedPlan &proposed);
    static QJsonObject lifecycleJson(const LifecycleRunResult &run);
};
