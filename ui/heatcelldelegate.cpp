#include "heatcelldelegate.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

HeatCellDelegate::HeatCellDelegate(int zScoreRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(zScoreRole)
{}

QColor HeatCellDelegate::colorFor(double z)
{
    const double t = std::clamp(std::abs(z) / kSaturation, 0.0, 1.0);
    const QColor end = z >= 0 ? QColor(0xE6, 0x6A, 0x00) : QColor(0x1F, 0x64, 0xB4);
    auto mix = [t](int from, int to) { return int(std::lround(from + (to - from) * t)); };
    return QColor(mix(255, end.red()), mix(255, end.green()), mix(255, end.blue()));
}

void HeatCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant z = index.data(m_role);
    if (!z.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor fill = colorFor(z.toDouble());
    painter->fillRect(option.rect, fill);
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.backgroundBrush = Qt::NoBrush;
    const QColor text = fill.lightnessF() < 0.55 ? Qt::white : Qt::black;
    cell.palette.setColor(QPalette::Text, text);
    cell.palette.setColor(QPalette::HighlightedText, text);
    // A selected cell keeps its colour and gets a frame instead of the selection fill.
    const bool selected = cell.state & QStyle::State_Selected;
    cell.state &= ~QStyle::State_Selected;
    cell.features &= ~QStyleOptionViewItem::Alternate;
    QStyledItemDelegate::paint(painter, cell, index);
    if (selected) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
}
