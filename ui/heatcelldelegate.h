#pragma once

#include <QStyledItemDelegate>

// Paints a heat-table cell by its z-score (TrendHeatModel::ZScoreRole): white near 0, orange
// above the other rows, blue below (a diverging scale readable by colour-blind users), full
// colour at |z| >= kSaturation; the text switches to white on dark cells. Cells without a
// z-score are drawn as usual. Thread: GUI thread.
class HeatCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr double kSaturation = 2.0;

    explicit HeatCellDelegate(int zScoreRole, QObject *parent = nullptr);

    static QColor colorFor(double z);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};
