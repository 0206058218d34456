#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

// An inline message bar above a pane's content (like KDE's KMessageWidget): news that needs no
// modal dialog ("X was created. [View Report]"), with an optional action and a close button.
// Thread: GUI thread.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // Replaces any message shown; an empty actionText shows no action button.
    void showMessage(const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    QString text() const;

private:
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_callback;
};
