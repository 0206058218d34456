#include "services/taskregistry.h"

#include <QFutureWatcher>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace {
// Progress changes smaller than this are not worth a repaint; keeps the signal throttled.
constexpr double kProgressStep = 0.005;
} // namespace

TaskRegistry::TaskRegistry(QObject *parent)
    : QObject(parent)
{}

TaskRegistry::~TaskRegistry() = default;

void TaskRegistry::post(std::function<void()> emitter)
{
    if (QThread::currentThread() == thread()) {
        emitter();
        return;
    }
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

int TaskRegistry::addTask(const QString &title, std::function<void()> cancel)
{
    int id = 0;
    int count = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        Task task;
        task.id = id;
        task.title = title;
        task.cancellable = static_cast<bool>(cancel);
        m_tasks.insert(id, task);
        m_order.append(id);
        if (cancel)
            m_cancellers.insert(id, std::move(cancel));
        count = m_order.size();
    }
    post([this, id, title, count] {
        Q_EMIT taskAdded(id, title);
        Q_EMIT countChanged(count);
    });
    return id;
}

void TaskRegistry::setProgress(int id, double progress)
{
    const double value = progress < 0 ? kBusy : std::clamp(progress, 0.0, 1.0);
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_tasks.find(id);
        if (it == m_tasks.end())
            return;
        const double old = it->progress;
        const bool modeChanged = (old < 0) != (value < 0);
        if (!modeChanged && std::abs(old - value) < kProgressStep && value < 1.0)
            return;
        it->progress = value;
    }
    post([this, id, value] { Q_EMIT taskProgressChanged(id, value); });
}

void TaskRegistry::setTitle(int id, const QString &title)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_tasks.find(id);
        if (it == m_tasks.end() || it->title == title)
            return;
        it->title = title;
    }
    post([this, id, title] { Q_EMIT taskTitleChanged(id, title); });
}

void TaskRegistry::finishTask(int id)
{
    int count = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_tasks.remove(id) == 0)
            return;
        m_order.removeOne(id);
        m_cancellers.remove(id);
        count = m_order.size();
    }
    post([this, id, count] {
        Q_EMIT taskFinished(id);
        Q_EMIT countChanged(count);
    });
}

bool TaskRegistry::cancelTask(int id)
{
    std::function<void()> cancel;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_tasks.find(id);
        if (it == m_tasks.end() || !it->cancellable)
            return false;
        it->cancelRequested = true;
        cancel = m_cancellers.value(id);
    }
    // Outside the lock: the callback may finish the task synchronously.
    if (cancel)
        cancel();
    return true;
}

void TaskRegistry::cancelAll()
{
    QList<int> ids;
    {
        QMutexLocker lock(&m_mutex);
        ids = m_order;
    }
    for (int id : std::as_const(ids))
        cancelTask(id);
}

int TaskRegistry::trackFuture(const QString &title, QFuture<void> future)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const int id = addTask(title, [future]() mutable { future.cancel(); });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, id, watcher](int v) {
        const int min = watcher->progressMinimum();
        const int max = watcher->progressMaximum();
        if (max > min)
            setProgress(id, double(v - min) / double(max - min));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        finishTask(id);
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return id;
}

QList<TaskRegistry::Task> TaskRegistry::tasks() const
{
    QMutexLocker lock(&m_mutex);
    QList<Task> result;
    result.reserve(m_order.size());
    for (int id : m_order)
        result.append(m_tasks.value(id));
    return result;
}

std::optional<TaskRegistry::Task> TaskRegistry::task(int id) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_tasks.constFind(id);
    if (it == m_tasks.constEnd())
        return std::nullopt;
    return *it;
}

int TaskRegistry::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_order.size();
}
