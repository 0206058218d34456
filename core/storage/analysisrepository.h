#pragma once

#include "domain/analysis.h"
#include "domain/trackanalysis.h"
#include "storage/sqldialect.h"
#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One file seen by an analysis batch: where it is, the size and mtime it had when hashed, and
// either a new analysis or (mappingOnly) just the fact that its content is already analyzed.
struct AnalysisRecord
{
    QString path;
    qint64 size = 0;
    QDateTime mtime;
    Analysis analysis;        // analysis.contentHash is always set
    bool mappingOnly = false; // the analysis is stored already: remember only where the file is
};

// The analysis cache: analyses keyed by content hash (Full AnalysisJson plus a few columns for
// sorting), the path/size/mtime -> hash map that makes a lookup cheap, and the operator's
// corrections beside the measurements. An analysis made by another version of an analyzer than
// `currentVersions` names is stale and reads as a miss, so a better analyzer redoes old tracks.
// Thread: the thread of the connection it was given (a DbConnection).
class AnalysisRepository
{
public:
    // currentVersions: analyzer name -> version of the running engine; empty: never stale.
    explicit AnalysisRepository(QSqlDatabase db, QMap<QString, QString> currentVersions = {});

    // The content hash recorded for this path when it had exactly this size and mtime;
    // nullopt when the file is unknown or changed (or the lookup failed: a miss is safe).
    std::optional<QString> hashForFile(const QString &path, qint64 size, const QDateTime &mtime);
    // NotFound when never analyzed or when stale (see the class comment).
    Result<Analysis> find(const QString &contentHash);
    // All records in ONE transaction: either every row is written or none. New analyses
    // replace older ones of the same content; every path's mapping is (re)written.
    Result<void> storeBatch(const QList<AnalysisRecord> &records);

    // The correction of a content (an empty one when there is none).
    Result<AnalysisCorrection> correction(const QString &contentHash);
    // Stores it, or deletes it when empty. NotFound when the content was never analyzed.
    // A null correctedAt becomes now.
    Result<void> setCorrection(const QString &contentHash, const AnalysisCorrection &correction);

    // The most recently analyzed files, newest first, with their corrections (fromCache set).
    Result<QList<TrackAnalysis>> recent(int limit);

    // Whether an analysis made with `stored` versions is outdated against `current`: an
    // analyzer both know at different versions. An analyzer missing from `stored` is not stale
    // (analyzers skip streams they cannot handle, e.g. tempo on a one-second file).
    static bool isStale(const QMap<QString, QString> &stored,
                        const QMap<QString, QString> &current);

private:
    Result<void> storeAnalysis(const Analysis &analysis, const QDateTime &now);
    Result<void> storeMapping(const AnalysisRecord &record, const QDateTime &now);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QMap<QString, QString> m_currentVersions;
};
