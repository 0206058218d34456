#include "instrumentationedit.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int kDecimals = 2;

bool sameShown(double a, double b)
{
    const double scale = std::pow(10.0, kDecimals);
    return std::lround(a * scale) == std::lround(b * scale);
}
} // namespace

InstrumentationEdit::InstrumentationEdit(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setHorizontalHeaderLabels({tr("Instrument"), tr("Level")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rowHeight * 5 + 4);

    m_add->setObjectName(QStringLiteral("add"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setText(tr("Add instrument"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected instrument"));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] {
        addInstrument(tr("new instrument"), 0.5);
        const int row = int(m_instruments.size()) - 1;
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &InstrumentationEdit::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_rebuilding || item->column() != 0 || item->row() >= m_instruments.size())
            return;
        const QString name = item->text().trimmed();
        if (m_instruments[item->row()].name == name)
            return;
        m_instruments[item->row()].name = name;
        Q_EMIT changed();
    });
    updateButtons();
}

void InstrumentationEdit::setInstruments(const QList<Instrument> &instruments)
{
    if (instruments == m_instruments)
        return;
    m_instruments = instruments;
    rebuild();
}

void InstrumentationEdit::addInstrument(const QString &name, double level)
{
    m_instruments.append(Instrument{name, level});
    rebuild();
    Q_EMIT changed();
}

void InstrumentationEdit::removeRow(int row)
{
    if (row < 0 || row >= m_instruments.size())
        return;
    m_instruments.removeAt(row);
    rebuild();
    Q_EMIT changed();
}

void InstrumentationEdit::rebuild()
{
    m_rebuilding = true;
    m_table->setRowCount(int(m_instruments.size()));
    for (int row = 0; row < m_instruments.size(); ++row) {
        const Instrument &instrument = m_instruments.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(instrument.name));
        auto *level = new QDoubleSpinBox(m_table);
        level->setObjectName(QStringLiteral("level%1").arg(row));
        level->setRange(0.0, 1.0);
        level->setSingleStep(0.05);
        level->setDecimals(kDecimals);
        level->setFrame(false);
        level->setValue(instrument.level);
        level->setToolTip(tr("How prominent the instrument is in the mix, from 0 (barely "
                             "audible) to 1 (leading)."));
        connect(level, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
            if (m_rebuilding || row >= m_instruments.size())
                return;
            // Keep the exact stored level while the shown value is unchanged.
            if (sameShown(m_instruments[row].level, value))
                return;
            m_instruments[row].level = value;
            Q_EMIT changed();
        });
        m_table->setCellWidget(row, 1, level);
    }
    m_rebuilding = false;
    updateButtons();
}

void InstrumentationEdit::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 &&
                         m_table->currentRow() < m_instruments.size());
}
