#include "taskprogresswidget.h"

#include "services/taskregistry.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

TaskProgressWidget::TaskProgressWidget(TaskRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel this task"));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolButtonStyle(m_cancel->icon().isNull() ? Qt::ToolButtonTextOnly
                                                           : Qt::ToolButtonIconOnly);
    connect(m_cancel, &QToolButton::clicked, this, &TaskProgressWidget::cancelShownTask);

    connect(registry, &TaskRegistry::taskAdded, this, &TaskProgressWidget::refresh);
    connect(registry, &TaskRegistry::taskFinished, this, &TaskProgressWidget::refresh);
    connect(registry, &TaskRegistry::taskTitleChanged, this, &TaskProgressWidget::refresh);
    connect(registry, &TaskRegistry::taskProgressChanged, this, [this](int id, double progress) {
        if (id != m_taskId)
            return;
        if (progress < 0) {
            m_bar->setRange(0, 0);
        } else {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(progress * 1000));
        }
    });
    refresh();
}

void TaskProgressWidget::refresh()
{
    const QList<TaskRegistry::Task> tasks = m_registry->tasks();
    if (tasks.isEmpty()) {
        m_taskId = 0;
        hide();
        return;
    }
    const TaskRegistry::Task &task = tasks.constLast();
    m_taskId = task.id;
    m_label->setText(tasks.size() == 1
                         ? task.title
                         : tr("%1 (%n tasks running)", nullptr, int(tasks.size())).arg(task.title));
    QStringList titles;
    for (const TaskRegistry::Task &t : tasks)
        titles.append(t.title);
    setToolTip(titles.join(u'\n'));
    if (task.progress < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(task.progress * 1000));
    }
    m_cancel->setEnabled(task.cancellable && !task.cancelRequested);
    show();
}

void TaskProgressWidget::cancelShownTask()
{
    if (m_taskId != 0 && m_registry->cancelTask(m_taskId))
        m_cancel->setEnabled(false);
}
