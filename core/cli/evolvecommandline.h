#pragma once

#include "cli/commandline.h"

#include <QHash>
#include <QStringList>

// Parsing of `evolve plan|apply`, `lifecycle run` and `performance import`
// (issue 5), called by CommandLine::parse with the positional arguments (the
// command word first) and the options. Thread: stateless, any thread.
namespace EvolveCommandLine {

bool handles(const QString &command); // "evolve", "lifecycle", "performance"
Result<CommandLine> parse(CommandLine line, const QStringList &positional,
                          const QHash<QString, QString> &values);

} // namespace EvolveCommandLine
