#pragma once

#include "generation/artistbrief.h"
#include "trends/trendseries.h"
#include "util/error.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

// What the command line asks for. No command means the GUI.
// Thread: value type.
struct CommandLine
{
    enum class Command
    {
        Gui,
        Version,
        Help,
        ArtistCreate,
        ArtistList,
        ArtistShow,
        ArtistImport,
        ArtistExport,
        Analyze,           // analyze FILE|DIR...
        AnalyzeCompare,    // analyze compare A B
        TrendsImport,      // trends import FILE|DIR (or --sample)
        TrendsShow,        // trends show --country CC --feature F
        EvolvePlan,        // evolve plan --artist ID
        EvolveApply,       // evolve apply PLAN_ID
        LifecycleRun,      // lifecycle run
        PerformanceImport, // performance import FILE
    };

    Command command = Command::Gui;
    QString dataDir; // --data-dir, empty: default resolution
    bool json = false;
    bool includeArchived = false; // artist list --all
    QString provider = QStringLiteral("local");
    ArtistBrief brief;    // artist create
    QString artistId;     // artist show/export, evolve plan --artist
    qint64 planId = 0;    // evolve apply
    QString file;         // artist import/export
    QStringList guiFiles; // files given to the GUI (dropped on the launcher)
    QStringList files;    // analyze: files and folders; analyze compare: the two files
    int jobs = 0;         // analyze --jobs, 0: the service's default
    bool useCache = true; // analyze --no-cache turns it off

    // trends import / trends show
    QString trendsFormat;      // --format csv|prototype|audio-folder; empty: detected
    bool skipBadRows = false;  // --skip-bad-rows
    bool mergeTrends = false;  // --merge: keep an earlier import of the same file
    bool sampleTrends = false; // --sample: import the bundled sample dataset
    TrendSegment trendSegment; // --country (required), --genre
    TrendFeature trendFeature = TrendFeature::Tempo; // --feature
    QDate trendFrom;                                 // --from, invalid: open
    QDate trendTo;                                   // --to

    bool isHeadless() const { return command != Command::Gui; }

    // Parses arguments (without the program name). A usage error is InvalidInput with a message
    // that names the problem; callers exit with code 2.
    static Result<CommandLine> parse(const QStringList &arguments);
    static QString usage();

private:
    // trends import|show (trendscommandline.cpp); `values` are the options given.
    static Result<CommandLine> parseTrends(CommandLine line, const QStringList &arguments,
                                           const QHash<QString, QString> &values);
};
