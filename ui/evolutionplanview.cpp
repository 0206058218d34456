#include "evolutionplanview.h"

#include "versionhistorydialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString signedNumber(double value)
{
    const QString text = QLocale().toString(value, 'f', 3);
    return value > 0 ? u'+' + text : text;
}
} // namespace

EvolutionPlanView::EvolutionPlanView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_totals(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Current"), tr("Proposed"), tr("Reason"), tr("Expected Gain")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Reasons are sentences: wrapped, with rows as tall as they need.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CurrentColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProposedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(GainColumn, QHeaderView::ResizeToContents);

    m_totals->setObjectName(QStringLiteral("planTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    clear(tr("No plan yet: propose one to see how the artist would adapt."));
}

QString EvolutionPlanView::totalsText() const
{
    return m_totals->text();
}

void EvolutionPlanView::clear(const QString &message)
{
    m_table->setRowCount(0);
    m_totals->setText(message);
}

void EvolutionPlanView::setPlan(const EvolutionPlan &plan)
{
    m_table->setRowCount(int(plan.directives.size()));
    for (int row = 0; row < plan.directives.size(); ++row) {
        const PlanDirective &d = plan.directives.at(row);
        auto set = [this, row](int column, const QString &text, Qt::Alignment align = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (align)
                item->setTextAlignment(align | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(FieldColumn, fieldLabel(d));
        m_table->item(row, FieldColumn)->setToolTip(d.field);
        set(CurrentColumn, valueText(d.before));
        set(ProposedColumn, valueText(d.after));
        set(ReasonColumn, d.reason);
        set(GainColumn, signedNumber(d.expectedGain), Qt::AlignRight);
    }
    const QLocale locale;
    QString totals = plan.directives.size() == 1 ? tr("1 change: compatibility %1 → %2 (%3).")
                                                 : tr("%n changes: compatibility %1 → %2 (%3).",
                                                      nullptr, int(plan.directives.size()));
    totals = totals.arg(locale.toString(plan.compatibilityBefore, 'f', 3),
                        locale.toString(plan.compatibilityAfter, 'f', 3),
                        signedNumber(plan.expectedGain()));
    totals += u' ' + tr("Plan %1 for version %2, %3.")
                         .arg(plan.id)
                         .arg(plan.artistVersion)
                         .arg(statusText(plan.status).toLower());
    if (plan.status == PlanStatus::Applied)
        totals += u' ' + tr("It created version %1.").arg(plan.appliedVersion);
    m_totals->setText(totals);
}

QString EvolutionPlanView::fieldLabel(const PlanDirective &d)
{
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        {"music.tempoMinBpm", QT_TR_NOOP("Tempo min (BPM)")},
        {"music.tempoMaxBpm", QT_TR_NOOP("Tempo max (BPM)")},
        {"music.energy", QT_TR_NOOP("Energy")},
        {"music.valence", QT_TR_NOOP("Valence")},
        {"music.arousal", QT_TR_NOOP("Arousal")},
        {"music.subgenres", QT_TR_NOOP("Subgenre")},
        {"music.preferredKeys", QT_TR_NOOP("Key")},
        {"music.instrumentation", QT_TR_NOOP("Instrument")},
        {"music.vocalStyle", QT_TR_NOOP("Vocal element")},
    };
    QString label = d.field;
    for (const auto &entry : labels) {
        if (d.field == QLatin1String(entry.field))
            label = tr(entry.label);
    }
    return d.item.isEmpty() ? label : tr("%1: %2").arg(label, d.item);
}

QString EvolutionPlanView::valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 4);
    if (value.isNull() || value.isUndefined())
        return tr("(new)");
    return VersionHistoryDialog::displayValue(value);
}

QString EvolutionPlanView::statusText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Proposed:
        return tr("Proposed");
    case PlanStatus::Applied:
        return tr("Applied");
    case PlanStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}
