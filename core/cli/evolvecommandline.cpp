#include "evolvecommandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

Error usageError(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

} // namespace

namespace EvolveCommandLine {

bool handles(const QString &command)
{
    return command == u"evolve"_s || command == u"lifecycle"_s || command == u"performance"_s;
}

Result<CommandLine> parse(CommandLine line, const QStringList &positional,
                          const QHash<QString, QString> &values)
{
    const QString command = positional.value(0);
    const QString sub = positional.value(1);
    const QStringList rest = positional.mid(2);
    const QString name = command + u' ' + sub;
    QString shape;
    QStringList allowed;
    qsizetype arguments = 0;
    if (name == u"evolve plan"_s) {
        line.command = CommandLine::Command::EvolvePlan;
        shape = u"evolve plan --artist ID [--json]"_s;
        allowed = {u"--artist"_s};
    } else if (name == u"evolve apply"_s) {
        line.command = CommandLine::Command::EvolveApply;
        shape = u"evolve apply PLAN_ID [--json]"_s;
        arguments = 1;
    } else if (name == u"lifecycle run"_s) {
        line.command = CommandLine::Command::LifecycleRun;
        shape = u"lifecycle run [--json]"_s;
    } else if (name == u"performance import"_s) {
        line.command = CommandLine::Command::PerformanceImport;
        shape = u"performance import FILE [--skip-bad-rows] [--json]"_s;
        allowed = {u"--skip-bad-rows"_s};
        arguments = 1;
    } else {
        const QString subs = command == u"evolve"_s      ? u"plan, apply"_s
                             : command == u"lifecycle"_s ? u"run"_s
                                                         : u"import"_s;
        return usageError(
            sub.isEmpty()
                ? QCoreApplication::translate("CommandLine", "\"%1\" needs a subcommand: %2.")
                      .arg(command, subs)
                : QCoreApplication::translate("CommandLine",
                                              "Unknown subcommand \"%1\". Try --help.")
                      .arg(name));
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == u"--data-dir"_s || it.key() == u"--json"_s || allowed.contains(it.key()))
            continue;
        return usageError(
            QCoreApplication::translate("CommandLine", "Option %1 does not apply to \"%2\".")
                .arg(it.key(), name));
    }
    if (rest.size() != arguments)
        return usageError(
            QCoreApplication::translate("CommandLine", "Usage: artist-studio %1").arg(shape));

    switch (line.command) {
    case CommandLine::Command::EvolvePlan:
        line.artistId = values.value(u"--artist"_s).trimmed();
        if (line.artistId.isEmpty())
            return usageError(QCoreApplication::translate(
                "CommandLine", "evolve plan needs --artist ID (see artist list)."));
        break;
    case CommandLine::Command::EvolveApply: {
        bool ok = false;
        line.planId = rest.first().toLongLong(&ok);
        if (!ok || line.planId < 1)
            return usageError(QCoreApplication::translate(
                                  "CommandLine", "PLAN_ID must be a plan number, not \"%1\".")
                                  .arg(rest.first()));
        break;
    }
    case CommandLine::Command::PerformanceImport:
        line.file = rest.first();
        line.skipBadRows = values.contains(u"--skip-bad-rows"_s);
        break;
    default:
        break;
    }
    return line;
}

} // namespace EvolveCommandLine
