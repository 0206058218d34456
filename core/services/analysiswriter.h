#pragma once

#include "storage/analysisrepository.h"
#include "util/error.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

class Database;

// The one writer of the analysis cache (AnalysisService's helper): finished analyses from any
// pool thread are queued here and committed by a single writer thread in batches (one
// transaction per batch of kBatchSize records, or whatever piled up within kFlushDelayMs), so
// analysis threads never wait on SQLite's write lock. Corrections go through the same thread.
// Thread: lives on the service's thread; enqueue() from any thread; writes on its own
// one-thread pool.
class AnalysisWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kBatchSize = 16;
    static constexpr int kFlushDelayMs = 250;

    explicit AnalysisWriter(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~AnalysisWriter() override; // writes what is queued and waits for it

    // Any thread. Written within kFlushDelayMs, or at once when a batch is full.
    void enqueue(AnalysisRecord record);
    qsizetype pending() const;

    // Writes everything queued now. The future finishes when this and every earlier write is
    // committed (or failed: failures are logged; the cache is an optimisation, not the truth).
    QFuture<void> flush();

    // Runs `work` on the writer thread with its own connection, after the writes queued so far.
    QFuture<Result<void>> write(std::function<Result<void>(AnalysisRepository &)> work);

private:
    void poke();

    std::shared_ptr<Database> m_database;
    QThreadPool m_pool;
    QTimer m_timer;
    mutable QMutex m_mutex;
    QList<AnalysisRecord> m_queue; // guarded by m_mutex
};
