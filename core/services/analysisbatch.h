#pragma once

#include "domain/trackanalysis.h"
#include "storage/analysisrepository.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPromise>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// One AnalysisService::analyze() call (the service's helper): its files, their results in
// input order and the promise behind the returned future; plus the per-file pipeline
// stat -> cache (path/size/mtime -> hash -> analysis) -> else AnalysisEngine.
// Thread: created and counted on the service's thread; analyzeFile() and setResult() run on
// pool threads.
class AnalysisBatch
{
public:
    // What one file gave: the track, the cache row to write (if any), or a cancel.
    struct FileResult
    {
        TrackAnalysis track;
        std::optional<AnalysisRecord> record;
        bool cancelled = false;
    };

    explicit AnalysisBatch(bool useCache);

    bool useCache() const { return m_useCache; }
    QPromise<QList<TrackAnalysis>> &promise() { return m_promise; }
    bool isCanceled() const { return m_promise.isCanceled(); }

    // Service thread, before the first file is analyzed.
    void setFiles(const QStringList &files);
    const QStringList &files() const { return m_files; }
    int total() const { return int(m_files.size()); }

    void setResult(qsizetype index, TrackAnalysis track); // any thread
    QList<TrackAnalysis> results() const;                 // any thread

    // Service thread: counts a finished file; true when it was the last one.
    bool markDone();
    int done() const { return m_done; }
    // Service thread: whether progress may be reported now (at most ~10 per second; always for
    // the first and the last).
    bool progressDue();

    // Folders become their audio files (recursively, sorted); paths become absolute.
    static QStringList expand(const QStringList &filesOrFolders);
    // Canonical when the file exists (symlinks resolved), else absolute and cleaned.
    static QString absolutePath(const QString &path);
    static bool isAudioFile(const QString &path);
    // Analyzer name -> version of the engine's default analyzers (computed once).
    static const QMap<QString, QString> &currentAnalyzerVersions();
    // The pipeline for one file, on the calling thread. `cancelled` is polled while decoding.
    static FileResult analyzeFile(const Database &database, const QString &path, bool useCache,
                                  const std::function<bool()> &cancelled);

private:
    bool m_useCache;
    QPromise<QList<TrackAnalysis>> m_promise;
    QStringList m_files;
    mutable QMutex m_mutex;
    QList<TrackAnalysis> m_results; // guarded by m_mutex
    int m_done = 0;
    QElapsedTimer m_sinceProgress;
};
