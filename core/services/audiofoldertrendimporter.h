#pragma once

#include "domain/trackanalysis.h"
#include "trends/importreport.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// One valid row of an audio folder's sidecar CSV. Thread: value type.
struct AudioFolderEntry
{
    qint64 line = 0; // in the sidecar
    QString file;    // absolute (canonical when it exists), as AnalysisService names it
    QString country; // ISO 3166-1 alpha-2, upper case
    QDate date;
    std::optional<int> rank;
    std::optional<double> streams;
    QString genre; // lower case; empty: counted in the country total only
};

// A sidecar read and validated: its valid rows and the rejected ones. Thread: value type.
struct AudioFolderSidecar
{
    QString folder;  // the audio folder (relative file names start here)
    QString csvPath; // the sidecar
    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
    QList<AudioFolderEntry> entries;
    QList<RejectedRow> rejected; // at most ImportReport::kMaxListed
    QStringList missingColumns;  // optional columns the header lacks
    QStringList ignoredColumns;

    QStringList files() const; // distinct audio files of the entries, in first-seen order
};

// Importer 3 of issue 5, "analyze a folder": audio files plus a sidecar CSV with one row per
// chart entry (file, country, date, rank, streams, genre; names matched case-insensitively, file,
// country and date required, other columns ignored). The sidecar is validated like the chart CSV
// (problems with their line numbers); the studio analyzes each file (AnalysisService, cached by
// content hash, the operator's tempo/key corrections applied) and the measurements become chart
// rows (tempo, key/mode, energy, danceability, valence, loudness, duration) that go through
// ChartCsvImporter's aggregation unchanged, stored as source kind "audio-folder". A file that
// cannot be analyzed rejects the rows naming it. All or nothing unless skipBadRows, as for the
// other importers. The analysis itself is driven by TrendService (it needs the service's thread).
// Thread: static functions on any thread; an instance on the thread of its connection.
class AudioFolderTrendImporter
{
    Q_DECLARE_TR_FUNCTIONS(AudioFolderTrendImporter)

public:
    // The sidecar of a folder: its one top-level CSV with a `file` column. InvalidInput when
    // there is none or several.
    static Result<QString> findSidecar(const QString &folder);
    // Whether a CSV file's header has a `file` column.
    static bool isSidecar(const QString &csvPath);
    // `path` is the folder or the sidecar itself. Error: unreadable or malformed sidecar (a
    // broken CSV, no file/country/date column), or cancellation.
    static Result<AudioFolderSidecar> readSidecar(const QString &path,
                                                  const std::function<bool()> &cancelled = {});
    // The report of a sidecar whose rows were rejected (nothing written: committed == false).
    static ImportReport rejectedReport(const AudioFolderSidecar &sidecar);
    // "A minor" -> (9, 0), "F# major" -> (6, 1); flats too; nullopt when unknown.
    static std::optional<std::pair<int, int>> keyAndMode(const QString &key);

    explicit AudioFolderTrendImporter(QSqlDatabase db);

    // Writes the sidecar's entries with the analyses of sidecar.files() (same order; matched by
    // path otherwise). options.label names the source (default: the folder).
    Result<ImportReport> importAnalyzed(const AudioFolderSidecar &sidecar,
                                        const QList<TrackAnalysis> &tracks,
                                        const ImportOptions &options = {});

private:
    QSqlDatabase m_db;
};
