#pragma once

#include "domain/artist.h"

#include <QList>
#include <QWidget>

class QTableWidget;
class QToolButton;

// The instrumentation table of an artist: instrument name and mix level 0..1 per row.
// Levels keep their exact stored value until the operator changes them (the spin box shows two
// decimals). Thread: GUI.
class InstrumentationEdit : public QWidget
{
    Q_OBJECT
public:
    explicit InstrumentationEdit(QWidget *parent = nullptr);

    // Replaces the rows without emitting changed().
    void setInstruments(const QList<Instrument> &instruments);
    QList<Instrument> instruments() const { return m_instruments; }
    QTableWidget *table() const { return m_table; }

    void addInstrument(const QString &name, double level);
    void removeRow(int row);

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    void updateButtons();

    QList<Instrument> m_instruments;
    QTableWidget *m_table = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    bool m_rebuilding = false;
};
