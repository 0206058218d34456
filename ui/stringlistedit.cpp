#include "stringlistedit.h"

#include <algorithm>
#include <functional>

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

StringListEdit::StringListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_inputRow(new QHBoxLayout)
    , m_input(new QLineEdit(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    // Chips that wrap: a short list stays compact, a long one scrolls.
    m_list->setObjectName(QStringLiteral("list"));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Two rows of chips are visible; more scroll.
    m_list->setFixedHeight((m_list->fontMetrics().height() + 10) * 2 + 8);
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget#list::item { border: 1px solid palette(mid); border-radius: 9px;"
        " padding: 1px 8px; margin: 1px; }"
        "QListWidget#list::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));

    m_input->setObjectName(QStringLiteral("input"));
    m_input->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add the entry (Enter)"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected entries (Delete)"));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_inputRow->setContentsMargins(0, 0, 0, 0);
    m_inputRow->addWidget(m_input, 1);
    m_inputRow->addWidget(m_add);
    m_inputRow->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addLayout(m_inputRow);

    connect(m_input, &QLineEdit::returnPressed, this, &StringListEdit::addFromInput);
    connect(m_input, &QLineEdit::textChanged, this, &StringListEdit::updateButtons);
    connect(m_add, &QToolButton::clicked, this, &StringListEdit::addFromInput);
    connect(m_remove, &QToolButton::clicked, this, &StringListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &StringListEdit::updateButtons);
    auto *removeShortcut = new QAction(this);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeShortcut);
    connect(removeShortcut, &QAction::triggered, this, &StringListEdit::removeSelected);
    updateButtons();
}

void StringListEdit::setItems(const QStringList &items)
{
    if (items == m_items)
        return;
    m_items = items;
    rebuild();
}

void StringListEdit::setPlaceholderText(const QString &text)
{
    m_input->setPlaceholderText(text);
}

void StringListEdit::setCompletions(const QStringList &completions)
{
    auto *completer = new QCompleter(completions, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
}

void StringListEdit::setNormalizer(std::function<QString(const QString &)> normalizer)
{
    m_normalizer = std::move(normalizer);
}

void StringListEdit::setDisplay(std::function<QString(const QString &)> display)
{
    m_display = std::move(display);
    rebuild();
}

void StringListEdit::setInputWidget(QWidget *input, std::function<QString()> value)
{
    delete m_inputRow->replaceWidget(m_input, input); // the layout hands back m_input's item
    m_input->hide();
    m_customValue = std::move(value);
    updateButtons();
}

bool StringListEdit::addEntry(const QString &text)
{
    QString value = text.trimmed();
    if (m_normalizer && !value.isEmpty())
        value = m_normalizer(value);
    if (value.isEmpty())
        return false;
    const qsizetype existing = m_items.indexOf(value);
    if (existing >= 0) {
        m_list->setCurrentRow(int(existing));
        return false;
    }
    m_items.append(value);
    rebuild();
    Q_EMIT changed();
    return true;
}

void StringListEdit::removeEntry(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items.removeAt(index);
    rebuild();
    Q_EMIT changed();
}

void StringListEdit::addFromInput()
{
    if (m_customValue) {
        addEntry(m_customValue());
        return;
    }
    if (addEntry(m_input->text()))
        m_input->clear();
}

void StringListEdit::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->row(item));
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_items.removeAt(row);
    rebuild();
    Q_EMIT changed();
}

void StringListEdit::rebuild()
{
    m_list->clear();
    for (const QString &value : std::as_const(m_items)) {
        auto *item = new QListWidgetItem(m_display ? m_display(value) : value, m_list);
        item->setData(Qt::UserRole, value);
        item->setToolTip(value);
    }
    updateButtons();
}

void StringListEdit::updateButtons()
{
    m_add->setEnabled(m_customValue || !m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}
