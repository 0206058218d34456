#pragma once

#include "trends/trendseries.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

// One country's row of the heat table: each feature's level over the chosen period.
// Thread: value type.
struct TrendHeatRow
{
    QString country;                       // ISO code
    QString name;                          // "Germany"; the code when unknown
    QMap<TrendFeature, TrendPoint> values; // mean and sample size per feature; absent: no data
};

// Country x feature table for the heat view: one row per country, one column per feature
// after the country's name. Each cell carries its value, sample size and z-score within its
// column (how far the country lies from the others, in the others' spread), which the
// HeatCellDelegate turns into a colour. Thread: GUI thread.
class TrendHeatModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ZScoreRole = Qt::UserRole + 1, // double; invalid when the cell is empty or alone
        ValueRole,                     // double mean
        SampleSizeRole,                // qint64
        SortRole,                      // numbers for feature columns, the name for the first
    };
    static constexpr int kCountryColumn = 0;

    explicit TrendHeatModel(QObject *parent = nullptr);

    void setRows(const QList<TrendHeatRow> &rows);
    const QList<TrendHeatRow> &rows() const { return m_rows; }
    static TrendFeature featureOfColumn(int column); // column >= 1
    static int columnOf(TrendFeature feature);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct ColumnStats
    {
        double mean = 0;
        double stddev = 0;
        int count = 0;
    };
    QList<TrendHeatRow> m_rows;
    QMap<TrendFeature, ColumnStats> m_stats;
};
