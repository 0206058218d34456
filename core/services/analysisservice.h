#pragma once

#include "domain/trackanalysis.h"
#include "util/error.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class Database;

// Analysis use cases shared by the Analysis pane and `artist-studio analyze`: analyze files and
// folders on a pool (`jobs` at a time), cached in the DB by content hash (a file's path, size and
// mtime map to its hash cheaply, so an unchanged file is never decoded twice), results written
// by one DB writer in batches; operator corrections stored beside the measurements.
// Thread: lives on the thread that created it (GUI or CLI main thread, with an event loop);
// analysis runs on its own QThreadPool, signals are emitted on the service's thread.
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisService(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~AnalysisService() override; // cancels and waits for running analyses

    void setJobs(int jobs); // 1..idealThreadCount()*2; default idealThreadCount()
    int jobs() const;

    // Folders are expanded recursively to audio files (wav, flac, ogg, oga, opus, mp3), sorted.
    // Every file gets one TrackAnalysis, in input order, errors included (never a failed future
    // for a bad file). useCache=false re-analyzes and overwrites the cache. Cancelling the
    // future stops queued files and cancels running ones; what finished stays cached.
    QFuture<QList<TrackAnalysis>> analyze(const QStringList &filesOrFolders, bool useCache = true);

    // The cached analysis of a file (re-hashed only when size or mtime changed); NotFound
    // when it was never analyzed.
    QFuture<Result<TrackAnalysis>> cached(const QString &path);
    // The most recently analyzed files, newest first (the pane's table on start).
    QFuture<Result<QList<TrackAnalysis>>> recent(int limit);
    // Stores (or clears, with an empty correction) the operator's correction for a file's content.
    QFuture<Result<void>> setCorrection(const QString &path, const AnalysisCorrection &correction);

    // Chromaprint similarity of two files' fingerprints (analyzing them if needed), 0..1.
    QFuture<Result<double>> compare(const QString &a, const QString &b);

Q_SIGNALS:
    void trackAnalyzed(const TrackAnalysis &track); // each file as it finishes (also cached ones)
    void progressChanged(int done, int total);      // throttled, aggregated over the batch

private:
    struct Private;
    std::unique_ptr<Private> d;
};
