#include "trendheatmodel.h"

#include "trendformat.h"

#include <QLocale>

#include <cmath>
#include <iterator>

TrendHeatModel::TrendHeatModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TrendFeature TrendHeatModel::featureOfColumn(int column)
{
    return kTrendFeatures[std::clamp(column - 1, 0, int(std::size(kTrendFeatures)) - 1)];
}

int TrendHeatModel::columnOf(TrendFeature feature)
{
    for (int i = 0; i < int(std::size(kTrendFeatures)); ++i) {
        if (kTrendFeatures[i] == feature)
            return i + 1;
    }
    return -1;
}

void TrendHeatModel::setRows(const QList<TrendHeatRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_stats.clear();
    // Per column: the mean and the sample standard deviation of the countries' levels.
    for (const TrendFeature feature : kTrendFeatures) {
        ColumnStats stats;
        double sum = 0;
        double sumSquares = 0;
        for (const TrendHeatRow &row : std::as_const(m_rows)) {
            const auto it = row.values.constFind(feature);
            if (it == row.values.cend())
                continue;
            ++stats.count;
            sum += it->mean;
            sumSquares += it->mean * it->mean;
        }
        if (stats.count > 0) {
            stats.mean = sum / stats.count;
            if (stats.count > 1)
                stats.stddev = std::sqrt(std::max(
                    0.0, (sumSquares - stats.count * stats.mean * stats.mean) / (stats.count - 1)));
        }
        m_stats.insert(feature, stats);
    }
    endResetModel();
}

int TrendHeatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrendHeatModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::size(kTrendFeatures)) + 1;
}

QVariant TrendHeatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrendHeatRow &row = m_rows[index.row()];
    if (index.column() == kCountryColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.name == row.country || row.name.isEmpty()
                       ? row.country
                       : tr("%1 (%2)").arg(row.name, row.country);
        case Qt::ToolTipRole:
            return row.name;
        default:
            return {};
        }
    }
    const TrendFeature feature = featureOfColumn(index.column());
    const auto it = row.values.constFind(feature);
    if (it == row.values.cend())
        return role == Qt::DisplayRole ? QVariant(tr("–")) : QVariant();
    const ColumnStats stats = m_stats.value(feature);
    const bool hasZ = stats.count > 1 && stats.stddev > 0;
    const double z = hasZ ? (it->mean - stats.mean) / stats.stddev : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(it->mean, 'f', TrendFormat::decimals(feature));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
    case SortRole:
        return it->mean;
    case SampleSizeRole:
        return it->sampleSize;
    case ZScoreRole:
        return hasZ ? QVariant(z) : QVariant();
    case Qt::ToolTipRole: {
        QString text = tr("%1 · %2: %3\nSample size: %4 chart entries")
                           .arg(row.country, TrendFormat::featureLabel(feature),
                                TrendFormat::value(feature, it->mean),
                                TrendFormat::number(double(it->sampleSize)));
        if (hasZ)
            text +=
                tr("\n%1 standard deviations from the mean of %n countries", nullptr, stats.count)
                    .arg(QLocale().toString(z, 'f', 1));
        return text;
    }
    default:
        return {};
    }
}

QVariant TrendHeatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == kCountryColumn)
            return tr("Country");
        const TrendFeature feature = featureOfColumn(section);
        const QString unit = TrendFormat::unit(feature);
        return unit.isEmpty() ? TrendFormat::featureLabel(feature)
                              : tr("%1 (%2)").arg(TrendFormat::featureLabel(feature), unit);
    }
    if (role == Qt::ToolTipRole && section != kCountryColumn)
        return tr("Cells are coloured by how far each country lies from the others: orange "
                  "above, blue below");
    return {};
}
