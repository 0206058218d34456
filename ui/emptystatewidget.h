#pragma once

#include <QWidget>

class QPushButton;

// What a pane shows instead of an empty list: an icon, a title, a friendly hint and one button
// that starts the obvious first step ("Create your first artist"). Thread: GUI thread.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    EmptyStateWidget(const QIcon &icon, const QString &title, const QString &hint,
                     const QString &buttonText, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void activated();

private:
    QPushButton *m_button;
};
