#include "analysisservice.h"

#include "analysis/audiodecoder.h"
#include "analysis/fingerprintsimilarity.h"
#include "logging/logcategories.h"
#include "services/analysisbatch.h"
#include "services/analysiswriter.h"
#include "storage/database.h"
#include "storage/dbconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

int maxJobs()
{
    return std::max(1, QThread::idealThreadCount() * 2);
}

Error storageClosed(const DbConnection &connection)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("AnalysisService", "Cannot open the database: %1")
                     .arg(connection.errorString()));
}

} // namespace

struct AnalysisService::Private
{
    Private(AnalysisService *service, std::shared_ptr<Database> db)
        : q(service)
        , database(std::move(db))
        , writer(database)
    {}

    void startFile(const std::shared_ptr<AnalysisBatch> &batch, qsizetype index);
    void fileDone(const std::shared_ptr<AnalysisBatch> &batch,
                  const std::optional<TrackAnalysis> &track);
    void finishBatch(const std::shared_ptr<AnalysisBatch> &batch);

    AnalysisService *q;
    std::shared_ptr<Database> database;
    QThreadPool pool;      // analyses: `jobs` at a time
    QThreadPool queryPool; // cached() and recent(): not queued behind a long batch
    AnalysisWriter writer; // every cache write
    QList<std::shared_ptr<AnalysisBatch>> batches; // running, service thread only
};

AnalysisService::AnalysisService(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(database)))
{
    d->pool.setObjectName(QStringLiteral("AnalysisService pool"));
    d->pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    d->queryPool.setObjectName(QStringLiteral("AnalysisService queries"));
    d->queryPool.setMaxThreadCount(2);
}

AnalysisService::~AnalysisService()
{
    for (const auto &batch : std::as_const(d->batches))
        batch->promise().future().cancel();
    d->pool.waitForDone();
    d->queryPool.waitForDone();
    // ~AnalysisWriter writes what finished before the cancel, so it stays cached.
}

void AnalysisService::setJobs(int jobs)
{
    d->pool.setMaxThreadCount(std::clamp(jobs, 1, maxJobs()));
}

int AnalysisService::jobs() const
{
    return d->pool.maxThreadCount();
}

QFuture<QList<TrackAnalysis>> AnalysisService::analyze(const QStringList &filesOrFolders,
                                                       bool useCache)
{
    auto batch = std::make_shared<AnalysisBatch>(useCache);
    batch->promise().start();
    d->batches.append(batch);
    const QFuture<QList<TrackAnalysis>> future = batch->promise().future();

    // Listing folders touches the disk: done on the pool, the files then queued from here.
    QtConcurrent::run(&d->queryPool, &AnalysisBatch::expand, filesOrFolders)
        .then(this, [this, batch](const QStringList &files) {
            batch->setFiles(files);
            batch->promise().setProgressRange(0, batch->total());
            if (batch->progressDue())
                Q_EMIT progressChanged(0, batch->total());
            if (files.isEmpty() || batch->isCanceled()) {
                d->finishBatch(batch);
                return;
            }
            for (qsizetype i = 0; i < files.size(); ++i)
                d->startFile(batch, i);
        });
    return future;
}

void AnalysisService::Private::startFile(const std::shared_ptr<AnalysisBatch> &batch,
                                         qsizetype index)
{
    pool.start([this, batch, index] {
        AnalysisBatch::FileResult result;
        if (batch->isCanceled()) {
            result.cancelled = true; // queued behind the cancel: not started at all
        } else {
            result =
                AnalysisBatch::analyzeFile(*database, batch->files().at(index), batch->useCache(),
                                           [&batch] { return batch->isCanceled(); });
        }
        if (result.record)
            writer.enqueue(std::move(*result.record));
        std::optional<TrackAnalysis> track;
        if (!result.cancelled) {
            batch->setResult(index, result.track);
            track = std::move(result.track);
        }
        // Back to the service's thread; dropped if the service is gone by then.
        QMetaObject::invokeMethod(
            q, [this, batch, track = std::move(track)] { fileDone(batch, track); },
            Qt::QueuedConnection);
    });
}

void AnalysisService::Private::fileDone(const std::shared_ptr<AnalysisBatch> &batch,
                                        const std::optional<TrackAnalysis> &track)
{
    const bool last = batch->markDone();
    if (track)
        Q_EMIT q->trackAnalyzed(*track);
    batch->promise().setProgressValue(batch->done());
    if (batch->progressDue())
        Q_EMIT q->progressChanged(batch->done(), batch->total());
    if (last)
        finishBatch(batch);
}

void AnalysisService::Private::finishBatch(const std::shared_ptr<AnalysisBatch> &batch)
{
    // The future finishes once the batch's results are committed, so whoever waits on it finds
    // them cached.
    writer.flush().then(q, [this, batch] {
        if (!batch->isCanceled())
            batch->promise().addResult(batch->results());
        batch->promise().finish();
        batches.removeOne(batch);
        qCDebug(lcServices) << "analysis batch of" << batch->total() << "files"
                            << (batch->isCanceled() ? "cancelled" : "done");
    });
}

QFuture<Result<TrackAnalysis>> AnalysisService::cached(const QString &path)
{
    return QtConcurrent::run(
        &d->queryPool, [this, path, database = d->database]() -> Result<TrackAnalysis> {
            const QString absolute = AnalysisBatch::absolutePath(path);
            if (!QFileInfo(absolute).isFile())
                return Error(ErrorCode::NotFound,
                             QCoreApplication::translate("AnalysisService", "%1 does not exist.")
                                 .arg(absolute));
            // The pipeline with the engine switched off: a miss is reported, never analyzed.
            AnalysisBatch::FileResult result =
                AnalysisBatch::analyzeFile(*database, absolute, true, [] { return true; });
            if (!result.track.fromCache)
                return Error(
                    ErrorCode::NotFound,
                    QCoreApplication::translate("AnalysisService", "%1 has not been analyzed yet.")
                        .arg(absolute));
            if (result.record)
                d->writer.enqueue(std::move(*result.record)); // remember the path for next time
            return result.track;
        });
}

QFuture<Result<QList<TrackAnalysis>>> AnalysisService::recent(int limit)
{
    return QtConcurrent::run(&d->queryPool,
                             [limit, database = d->database]() -> Result<QList<TrackAnalysis>> {
                                 DbConnection connection(*database);
                                 if (!connection.isOpen())
                                     return storageClosed(connection);
                                 return AnalysisRepository(connection.database()).recent(limit);
                             });
}

QFuture<Result<void>> AnalysisService::setCorrection(const QString &path,
                                                     const AnalysisCorrection &correction)
{
    // The content's hash first (off this thread), then the write on the writer thread.
    return cached(path)
        .then(this,
              [this, correction](const Result<TrackAnalysis> &track) {
                  if (!track)
                      return QtFuture::makeReadyFuture(Result<void>(track.error()));
                  const QString hash = track->analysis->contentHash;
                  return d->writer.write([hash, correction](AnalysisRepository &repository) {
                      return repository.setCorrection(hash, correction);
                  });
              })
        .unwrap();
}

QFuture<Result<double>> AnalysisService::compare(const QString &a, const QString &b)
{
    const QStringList files = {AnalysisBatch::absolutePath(a), AnalysisBatch::absolutePath(b)};
    const bool same = files.at(0) == files.at(1);
    for (const QString &file : files) {
        if (QFileInfo(file).isDir())
            return QtFuture::makeReadyFuture(Result<double>(
                Error(ErrorCode::InvalidInput,
                      QCoreApplication::translate("AnalysisService",
                                                  "%1 is a folder; compare needs two files.")
                          .arg(file))));
    }
    return analyze(same ? files.mid(0, 1) : files)
        .then(this, [](const QList<TrackAnalysis> &tracks) -> Result<double> {
            for (const TrackAnalysis &track : tracks) {
                if (!track.error.isEmpty())
                    return Error(ErrorCode::InvalidInput, track.error);
                if (track.analysis->fingerprint.isEmpty())
                    return Error(
                        ErrorCode::InvalidInput,
                        QCoreApplication::translate("AnalysisService",
                                                    "%1 has no fingerprint (too short or silent).")
                            .arg(track.path));
            }
            const QByteArray &first = tracks.first().analysis->fingerprint;
            return fingerprintSimilarity(first, tracks.last().analysis->fingerprint);
        });
}
