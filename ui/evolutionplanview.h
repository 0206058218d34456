#pragma once

#include "evolution/evolutionplan.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// One adaptation plan as a diff: a row per directive with the field, the current and proposed
// values, the reason and the expected compatibility gain, and a line of totals (compatibility
// before → after). Thread: GUI thread.
class EvolutionPlanView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        CurrentColumn,
        ProposedColumn,
        ReasonColumn,
        GainColumn,
        ColumnCount
    };

    explicit EvolutionPlanView(QWidget *parent = nullptr);

    void setPlan(const EvolutionPlan &plan);
    // No plan: the table empties and `message` takes the place of the totals.
    void clear(const QString &message);

    QTableWidget *table() const { return m_table; }
    QString totalsText() const;

    static QString fieldLabel(const PlanDirective &directive); // "Tempo max (BPM)", "Instrument: x"
    static QString valueText(const QJsonValue &value);
    static QString statusText(PlanStatus status);

private:
    QTableWidget *m_table;
    QLabel *m_totals;
};
