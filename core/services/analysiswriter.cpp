#include "analysiswriter.h"

#include "logging/logcategories.h"
#include "storage/database.h"
#include "storage/dbconnection.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

AnalysisWriter::AnalysisWriter(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_pool.setObjectName(QStringLiteral("AnalysisWriter"));
    m_pool.setMaxThreadCount(1); // the single writer: one thread, tasks in submission order
    m_pool.setExpiryTimeout(-1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

AnalysisWriter::~AnalysisWriter()
{
    flush();
    m_pool.waitForDone();
}

void AnalysisWriter::enqueue(AnalysisRecord record)
{
    {
        QMutexLocker locker(&m_mutex);
        m_queue.append(std::move(record));
    }
    QMetaObject::invokeMethod(this, &AnalysisWriter::poke, Qt::QueuedConnection);
}

qsizetype AnalysisWriter::pending() const
{
    QMutexLocker locker(&m_mutex);
    return m_queue.size();
}

void AnalysisWriter::poke()
{
    const qsizetype queued = pending();
    if (queued >= kBatchSize)
        flush();
    else if (queued > 0 && !m_timer.isActive())
        m_timer.start();
}

QFuture<void> AnalysisWriter::flush()
{
    m_timer.stop();
    QList<AnalysisRecord> records;
    {
        QMutexLocker locker(&m_mutex);
        records.swap(m_queue);
    }
    // Submitted even when empty: its end then marks the end of every earlier write.
    return QtConcurrent::run(&m_pool, [database = m_database, records = std::move(records)] {
        if (records.isEmpty())
            return;
        DbConnection connection(*database);
        if (!connection.isOpen()) {
            qCWarning(lcServices) << "analysis cache not written:" << connection.errorString();
            return;
        }
        if (auto stored = AnalysisRepository(connection.database()).storeBatch(records); !stored)
            qCWarning(lcServices) << "analysis cache not written:" << stored.error().message;
    });
}

QFuture<Result<void>> AnalysisWriter::write(std::function<Result<void>(AnalysisRepository &)> work)
{
    flush(); // queued analyses first: a correction may refer to one of them
    return QtConcurrent::run(&m_pool, [database = m_database, work = std::move(work)] {
        DbConnection connection(*database);
        if (!connection.isOpen())
            return Result<void>(
                Error(ErrorCode::Storage,
                      QCoreApplication::translate("AnalysisService", "Cannot open the database: %1")
                          .arg(connection.errorString())));
        AnalysisRepository repository(connection.database());
        return work(repository);
    });
}
