#pragma once

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Background tasks that are running right now (creation, import, export, later batch runs), so
// the status bar and batch monitor can show progress and offer Cancel (STYLE.md rule 11).
// Thread: any thread may add, update, finish and cancel tasks; signals are emitted on the thread
// the registry lives in (queued from other threads), in the order the changes were made.
class TaskRegistry : public QObject
{
    Q_OBJECT
public:
    static constexpr double kBusy = -1.0; // progress of a task that cannot tell how far it is

    struct Task
    {
        int id = 0;
        QString title;
        double progress = kBusy; // 0..1, or kBusy
        bool cancellable = false;
        bool cancelRequested = false;
    };

    explicit TaskRegistry(QObject *parent = nullptr);
    ~TaskRegistry() override;

    // Registers a task and returns its id (> 0). `cancel` is called (on the caller's thread of
    // cancelTask) when the user asks to stop it; the task still ends with finishTask().
    int addTask(const QString &title, std::function<void()> cancel = {});
    void setProgress(int id, double progress); // clamped to 0..1; kBusy for indeterminate
    void setTitle(int id, const QString &title);
    void finishTask(int id);
    // Asks a task to stop; returns false when the task is unknown or cannot be cancelled.
    bool cancelTask(int id);
    void cancelAll();

    // Registers a QFuture: progress follows the future's progress range, Cancel cancels the
    // future and the task finishes with it. Call on the registry's thread.
    int trackFuture(const QString &title, QFuture<void> future);

    QList<Task> tasks() const; // in the order they were added
    std::optional<Task> task(int id) const;
    int count() const;

Q_SIGNALS:
    void taskAdded(int id, const QString &title);
    void taskProgressChanged(int id, double progress);
    void taskTitleChanged(int id, const QString &title);
    void taskFinished(int id);
    void countChanged(int count);

private:
    // Emits on the registry's thread: directly when already there, queued otherwise.
    void post(std::function<void()> emitter);

    mutable QMutex m_mutex;
    QList<int> m_order;
    QHash<int, Task> m_tasks;
    QHash<int, std::function<void()>> m_cancellers;
    int m_nextId = 1;
};
