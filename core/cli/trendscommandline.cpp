// CommandLine::parseTrends: `trends import` and `trends show` (issue 5, "Headless commands").
#include "commandline.h"

#include "domain/countrycodes.h"

#include <QCoreApplication>

namespace {

Error usageError(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

Result<QDate> parseDate(const QHash<QString, QString> &values, const QString &option)
{
    if (!values.contains(option))
        return QDate();
    const QString text = values.value(option).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return usageError(QCoreApplication::translate(
                              "CommandLine", "%1 must be a date as YYYY-MM-DD, not \"%2\".")
                              .arg(option, text));
    return date;
}

} // namespace

Result<CommandLine> CommandLine::parseTrends(CommandLine line, const QStringList &arguments,
                                             const QHash<QString, QString> &values)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const bool import = sub == QLatin1String("import");
    const bool show = sub == QLatin1String("show");
    if (!import && !show)
        return usageError(sub.isEmpty()
                              ? QCoreApplication::translate(
                                    "CommandLine", "\"trends\" needs a subcommand: import, show.")
                              : QCoreApplication::translate(
                                    "CommandLine", "Unknown subcommand \"trends %1\". Try --help.")
                                    .arg(sub));

    static const QStringList importOptions = {
        QStringLiteral("--format"), QStringLiteral("--skip-bad-rows"), QStringLiteral("--merge"),
        QStringLiteral("--sample")};
    static const QStringList showOptions = {QStringLiteral("--country"), QStringLiteral("--genre"),
                                            QStringLiteral("--feature"), QStringLiteral("--from"),
                                            QStringLiteral("--to")};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &name = it.key();
        if (name == QLatin1String("--data-dir") || name == QLatin1String("--json") ||
            (import ? importOptions : showOptions).contains(name))
            continue;
        return usageError(
            QCoreApplication::translate("CommandLine", "Option %1 does not apply to \"trends %2\".")
                .arg(name, sub));
    }

    if (import) {
        line.command = Command::TrendsImport;
        line.sampleTrends = values.contains(QStringLiteral("--sample"));
        line.skipBadRows = values.contains(QStringLiteral("--skip-bad-rows"));
        line.mergeTrends = values.contains(QStringLiteral("--merge"));
        if (line.sampleTrends ? !rest.isEmpty() : rest.size() != 1)
            return usageError(QCoreApplication::translate(
                "CommandLine", "Usage: artist-studio trends import FILE|DIR [--format "
                               "csv|prototype|audio-folder] [--skip-bad-rows] [--merge], or "
                               "trends import --sample"));
        if (!line.sampleTrends)
            line.file = rest.at(0);
        if (values.contains(QStringLiteral("--format"))) {
            line.trendsFormat = values.value(QStringLiteral("--format")).trimmed().toLower();
            static const QStringList formats = {QStringLiteral("csv"), QStringLiteral("prototype"),
                                                QStringLiteral("audio-folder")};
            if (!formats.contains(line.trendsFormat))
                return usageError(QCoreApplication::translate(
                    "CommandLine", "--format must be \"csv\", \"prototype\" or \"audio-folder\"."));
        }
        return line;
    }

    line.command = Command::TrendsShow;
    if (!rest.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "Usage: artist-studio trends show --country CC [--genre G] --feature F "
                           "[--from DATE] [--to DATE] [--json]"));
    line.trendSegment.country = values.value(QStringLiteral("--country")).trimmed().toUpper();
    line.trendSegment.genre = values.value(QStringLiteral("--genre")).trimmed().toLower();
    if (line.trendSegment.country.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "trends show needs --country, e.g. --country DE."));
    if (!CountryCodes::isValid(line.trendSegment.country))
        return usageError(QCoreApplication::translate(
                              "CommandLine", "\"%1\" is not an ISO 3166-1 alpha-2 country code.")
                              .arg(line.trendSegment.country));
    const QString feature = values.value(QStringLiteral("--feature")).trimmed();
    if (feature.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "trends show needs --feature, e.g. --feature tempo."));
    const auto parsed = trendFeatureFromName(feature);
    if (!parsed)
        return usageError(
            QCoreApplication::translate("CommandLine",
                                        "Unknown feature \"%1\"; use tempo, energy, danceability, "
                                        "valence, loudness, duration_s or mode.")
                .arg(feature));
    line.trendFeature = *parsed;
    auto from = parseDate(values, QStringLiteral("--from"));
    if (!from)
        return from.error();
    auto to = parseDate(values, QStringLiteral("--to"));
    if (!to)
        return to.error();
    if (from->isValid() && to->isValid() && *from > *to)
        return usageError(
            QCoreApplication::translate("CommandLine", "--from must not be after --to."));
    line.trendFrom = *from;
    line.trendTo = *to;
    return line;
}
