#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QToolButton;

// An ordered list of short strings (influences, keywords, countries, keys) shown as chips, with an
// input row to add entries and a button to remove the selected ones. The input can be a plain line
// edit (with optional completions) or any widget the owner provides (e.g. key pickers).
// Thread: GUI.
class StringListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit StringListEdit(QWidget *parent = nullptr);

    // Replaces the entries without emitting changed().
    void setItems(const QStringList &items);
    QStringList items() const { return m_items; }

    void setPlaceholderText(const QString &text);
    void setCompletions(const QStringList &completions);
    // Turns typed text into the stored value; an empty result refuses the input.
    void setNormalizer(std::function<QString(const QString &)> normalizer);
    // How an entry is shown in the list (the stored value is unchanged).
    void setDisplay(std::function<QString(const QString &)> display);
    // Replaces the line edit by a custom input; value() gives the entry to add.
    void setInputWidget(QWidget *input, std::function<QString()> value);

    QLineEdit *lineEdit() const { return m_input; }
    QListWidget *listWidget() const { return m_list; }

    // Adds an entry as if the user had entered it; false when refused or already present.
    bool addEntry(const QString &text);
    void removeEntry(int index);

Q_SIGNALS:
    void changed();

private:
    void addFromInput();
    void removeSelected();
    void rebuild();
    void updateButtons();

    QStringList m_items;
    QListWidget *m_list = nullptr;
    QHBoxLayout *m_inputRow = nullptr;
    QLineEdit *m_input = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    std::function<QString(const QString &)> m_normalizer;
    std::function<QString(const QString &)> m_display;
    std::function<QString()> m_customValue;
};
