#include "commandline.h"

#include "evolvecommandline.h"

#include <QCoreApplication>
#include <QHash>

namespace {

Error usageError(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

// Options and which commands accept them; a value option consumes the next argument.
struct OptionSpec
{
    const char *name;
    bool takesValue;
};

constexpr OptionSpec kOptions[] = {
    {"--data-dir", true},  {"--json", false},   {"--genre", true},
    {"--country", true},   {"--mood", true},    {"--seed", true},
    {"--provider", true},  {"--all", false},    {"--version", false},
    {"--help", false},     {"-h", false},       {"--jobs", true},
    {"--no-cache", false}, {"--format", true},  {"--skip-bad-rows", false},
    {"--merge", false},    {"--sample", false}, {"--feature", true},
    {"--from", true},      {"--to", true},      {"--artist", true},
};

// More would only queue on the pool; the service clamps to the machine anyway.
constexpr int kMaxJobs = 256;

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &spec : kOptions) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

Result<CommandLine> parseAnalyze(CommandLine line, const QStringList &arguments,
                                 const QHash<QString, QString> &values)
{
    const bool compare = !arguments.isEmpty() && arguments.first() == QLatin1String("compare");
    const QString command = compare ? QStringLiteral("analyze compare") : QStringLiteral("analyze");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &name = it.key();
        const bool allowed =
            name == QLatin1String("--data-dir") || name == QLatin1String("--json") ||
            (!compare && (name == QLatin1String("--jobs") || name == QLatin1String("--no-cache")));
        if (!allowed)
            return usageError(
                QCoreApplication::translate("CommandLine", "Option %1 does not apply to \"%2\".")
                    .arg(name, command));
    }
    if (compare) {
        if (arguments.size() != 3)
            return usageError(QCoreApplication::translate(
                "CommandLine", "Usage: artist-studio analyze compare FILE_A FILE_B [--json]"));
        line.command = CommandLine::Command::AnalyzeCompare;
        line.files = arguments.mid(1);
        return line;
    }
    if (arguments.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "analyze needs at least one audio file or folder, "
                           "e.g. artist-studio analyze track.wav."));
    line.command = CommandLine::Command::Analyze;
    line.files = arguments;
    line.useCache = !values.contains(QStringLiteral("--no-cache"));
    if (values.contains(QStringLiteral("--jobs"))) {
        bool ok = false;
        const int jobs = values.value(QStringLiteral("--jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > kMaxJobs)
            return usageError(
                QCoreApplication::translate("CommandLine", "--jobs must be a number from 1 to %1.")
                    .arg(kMaxJobs));
        line.jobs = jobs;
    }
    return line;
}

} // namespace

QString CommandLine::usage()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: artist-studio [--data-dir DIR] [COMMAND] [OPTIONS]\n"
        "\n"
        "Without a command the studio opens its window.\n"
        "\n"
        "Commands:\n"
        "  artist create --genre G --country CC [--mood M] [--seed N]\n"
        "                [--provider local|openai] [--json]\n"
        "  artist list [--all] [--json]\n"
        "  artist show ID [--json]\n"
        "  artist import FILE [--json]\n"
        "  artist export ID FILE\n"
        "  analyze [--jobs N] [--no-cache] [--json] FILE|DIR...\n"
        "                one line per audio file: duration, BPM, key, loudness\n"
        "                (--json: one JSON object per line, with every measurement)\n"
        "  analyze compare FILE_A FILE_B [--json]\n"
        "                fingerprint similarity of two recordings, 0..1\n"
        "  trends import FILE|DIR [--format csv|prototype|audio-folder] [--skip-bad-rows]\n"
        "                [--merge] [--json]\n"
        "                import a chart CSV, a prototype folder or an audio folder with a\n"
        "                sidecar CSV; prints accepted and rejected rows (with line numbers)\n"
        "  trends import --sample [--json]\n"
        "                import the bundled sample dataset (labelled \"Sample data\")\n"
        "  trends show --country CC [--genre G] --feature F [--from DATE] [--to DATE] [--json]\n"
        "                the series with its moving average, forecast (80/95% intervals),\n"
        "                slope and significance; F: tempo, energy, danceability, valence,\n"
        "                loudness, duration_s, mode\n"
        "  evolve plan --artist ID [--json]\n"
        "                propose a gradual change toward the artist's target trends\n"
        "  evolve apply PLAN_ID [--json]\n"
        "                apply a proposed plan as a new version of the artist\n"
        "  lifecycle run [--json]\n"
        "                evaluate every artist's lifecycle stage now\n"
        "  performance import FILE [--skip-bad-rows] [--json]\n"
        "                import a sales/streams report (CSV: date, release or isrc, country,\n"
        "                store, streams, revenue)"
        "\n"
        "Global options:\n"
        "  --data-dir DIR   use DIR for the database, media, reports and logs\n"
        "                   (default: $ARTIST_STUDIO_DATA_DIR, else the user data dir)\n"
        "  --json           print machine-readable JSON\n"
        "  --version        print the version and exit\n"
        "  --help           print this help and exit\n"
        "\n"
        "Exit codes: 0 success, 1 runtime error, 2 usage error, 3 validation failed.\n");
}

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    QStringList positional;
    QHash<QString, QString> values;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            positional << argument;
            continue;
        }
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const bool inlineValue = equals > 0;
        if (inlineValue) {
            value = argument.mid(equals + 1);
            argument.truncate(equals);
        }
        const OptionSpec *spec = findOption(argument);
        if (!spec)
            return usageError(
                QCoreApplication::translate("CommandLine", "Unknown option %1.").arg(argument));
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= arguments.size())
                return usageError(
                    QCoreApplication::translate("CommandLine", "Option %1 needs a value.")
                        .arg(argument));
            value = arguments.at(++i);
        } else if (!spec->takesValue && inlineValue) {
            return usageError(
                QCoreApplication::translate("CommandLine", "Option %1 takes no value.")
                    .arg(argument));
        }
        values.insert(argument, value);
    }

    line.dataDir = values.value(QStringLiteral("--data-dir"));
    line.json = values.contains(QStringLiteral("--json"));
    if (values.contains(QStringLiteral("--help")) || values.contains(QStringLiteral("-h"))) {
        line.command = Command::Help;
        return line;
    }
    if (values.contains(QStringLiteral("--version"))) {
        line.command = Command::Version;
        return line;
    }

    if (!positional.isEmpty() && positional.first() == QLatin1String("analyze"))
        return parseAnalyze(line, positional.mid(1), values);
    if (!positional.isEmpty() && positional.first() == QLatin1String("trends"))
        return parseTrends(line, positional.mid(1), values);
    if (!positional.isEmpty() && EvolveCommandLine::handles(positional.first()))
        return EvolveCommandLine::parse(line, positional, values);

    if (positional.isEmpty() || positional.first() != QLatin1String("artist")) {
        // Not a command: the GUI, possibly with files to open.
        static const QStringList headlessOnly = {
            QStringLiteral("--json"),          QStringLiteral("--genre"),
            QStringLiteral("--country"),       QStringLiteral("--mood"),
            QStringLiteral("--seed"),          QStringLiteral("--provider"),
            QStringLiteral("--all"),           QStringLiteral("--jobs"),
            QStringLiteral("--no-cache"),      QStringLiteral("--format"),
            QStringLiteral("--skip-bad-rows"), QStringLiteral("--merge"),
            QStringLiteral("--sample"),        QStringLiteral("--feature"),
            QStringLiteral("--from"),          QStringLiteral("--to"),
            QStringLiteral("--artist")};
        for (const QString &option : headlessOnly) {
            if (values.contains(option))
                return usageError(
                    QCoreApplication::translate("CommandLine",
                                                "Option %1 needs a command, e.g. \"artist list\".")
                        .arg(option));
        }
        for (const QString &argument : positional) {
            if (!argument.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
                return usageError(QCoreApplication::translate("CommandLine",
                                                              "Unknown command \"%1\". Try --help.")
                                      .arg(argument));
        }
        line.guiFiles = positional;
        return line;
    }

    if (positional.size() < 2)
        return usageError(QCoreApplication::translate(
            "CommandLine", "\"artist\" needs a subcommand: create, list, show, import, export."));
    const QString sub = positional.at(1);
    const QStringList rest = positional.mid(2);

    auto allow = [&](std::initializer_list<const char *> allowed) -> Result<void> {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key() == QLatin1String("--data-dir") || it.key() == QLatin1String("--json"))
                continue;
            bool ok = false;
            for (const char *name : allowed)
                ok = ok || it.key() == QLatin1String(name);
            if (!ok)
                return usageError(QCoreApplication::translate(
                                      "CommandLine", "Option %1 does not apply to \"artist %2\".")
                                      .arg(it.key(), sub));
        }
        return {};
    };
    auto expectPositional = [&](qsizetype count, const QString &shape) -> Result<void> {
        if (rest.size() != count)
            return usageError(
                QCoreApplication::translate("CommandLine", "Usage: artist-studio artist %1")
                    .arg(shape));
        return {};
    };

    Result<void> check;
    if (sub == QLatin1String("create")) {
        line.command = Command::ArtistCreate;
        check = allow({"--genre", "--country", "--mood", "--seed", "--provider"});
        if (check)
            check = expectPositional(0, QStringLiteral("create --genre G --country CC [--mood M] "
                                                       "[--seed N] [--provider local|openai]"));
        if (!check)
            return check.error();
        line.brief.genre = values.value(QStringLiteral("--genre")).trimmed();
        line.brief.country = values.value(QStringLiteral("--country")).trimmed().toUpper();
        line.brief.mood = values.value(QStringLiteral("--mood")).trimmed();
        if (line.brief.genre.isEmpty())
            return usageError(QCoreApplication::translate(
                "CommandLine", "artist create needs --genre, e.g. --genre synthwave."));
        if (line.brief.country.isEmpty())
            return usageError(QCoreApplication::translate(
                "CommandLine", "artist create needs --country, e.g. --country DE."));
        if (values.contains(QStringLiteral("--seed"))) {
            bool ok = false;
            const quint64 seed = values.value(QStringLiteral("--seed")).toULongLong(&ok);
            if (!ok)
                return usageError(QCoreApplication::translate(
                    "CommandLine", "--seed must be a non-negative integer."));
            line.brief.seed = seed;
        }
        if (values.contains(QStringLiteral("--provider"))) {
            line.provider = values.value(QStringLiteral("--provider"));
            if (line.provider != QLatin1String("local") && line.provider != QLatin1String("openai"))
                return usageError(QCoreApplication::translate(
                    "CommandLine", "--provider must be \"local\" or \"openai\"."));
        }
    } else if (sub == QLatin1String("list")) {
        line.command = Command::ArtistList;
        check = allow({"--all"});
        if (check)
            check = expectPositional(0, QStringLiteral("list [--all] [--json]"));
        if (!check)
            return check.error();
        line.includeArchived = values.contains(QStringLiteral("--all"));
    } else if (sub == QLatin1String("show")) {
        line.command = Command::ArtistShow;
        check = allow({});
        if (check)
            check = expectPositional(1, QStringLiteral("show ID [--json]"));
        if (!check)
            return check.error();
        line.artistId = rest.at(0);
    } else if (sub == QLatin1String("import")) {
        line.command = Command::ArtistImport;
        check = allow({});
        if (check)
            check = expectPositional(1, QStringLiteral("import FILE [--json]"));
        if (!check)
            return check.error();
        line.file = rest.at(0);
    } else if (sub == QLatin1String("export")) {
        line.command = Command::ArtistExport;
        check = allow({});
        if (check)
            check = expectPositional(2, QStringLiteral("export ID FILE"));
        if (!check)
            return check.error();
        line.artistId = rest.at(0);
        line.file = rest.at(1);
    } else {
        return usageError(QCoreApplication::translate(
                              "CommandLine", "Unknown subcommand \"artist %1\". Try --help.")
                              .arg(sub));
    }
    return line;
}
