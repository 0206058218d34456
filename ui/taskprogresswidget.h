#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class TaskRegistry;

// Status-bar view of the TaskRegistry: the newest running task's title and progress (a busy
// bar when it cannot tell), a Cancel button, and how many tasks run. Hidden when idle.
// Thread: GUI thread.
class TaskProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgressWidget(TaskRegistry *registry, QWidget *parent = nullptr);

    int shownTaskId() const { return m_taskId; }

private:
    void refresh();
    void cancelShownTask();

    TaskRegistry *m_registry;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    int m_taskId = 0;
};
