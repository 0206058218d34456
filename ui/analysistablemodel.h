#pragma once

#include "domain/trackanalysis.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The Analysis pane's table: one row per file (keyed by path), filled in as files finish.
// An id (path) → row index turns each finished file into one targeted dataChanged instead of a
// reset (STYLE.md rule 15). Display strings are prepared once per row; SortRole gives numbers
// for numeric columns, so sorting by BPM or LUFS is numeric. Thread: GUI thread.
class AnalysisTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FileColumn,
        DurationColumn,
        BpmColumn,
        ConfidenceColumn,
        KeyColumn,
        LufsColumn,
        TruePeakColumn,
        EnergyColumn,
        DanceabilityColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString
        SortRole,                    // double for numeric columns (NaN last), else QString
        CorrectedRole,               // bool: the operator corrected BPM or key
        StateRole,                   // int(State)
        SearchTextRole,              // lower-case text the filter field looks into
    };
    enum class State
    {
        Queued,   // waiting for its result
        Analyzed, // measured now
        Cached,   // result from the cache
        Failed,   // `error` says why
    };

    explicit AnalysisTableModel(QObject *parent = nullptr);

    // Shows exactly these tracks (a reset: used once, for the recent analyses on start).
    void setTracks(const QList<TrackAnalysis> &tracks);
    // Adds "queued" rows for files about to be analyzed (files already listed stay as they are,
    // but are marked queued again).
    void markQueued(const QStringList &paths);
    // Inserts or replaces one file's row (a targeted dataChanged when it is listed).
    void upsertTrack(const TrackAnalysis &track);
    // The operator's correction of a listed file; false when it is not listed.
    bool setCorrection(const QString &path, const AnalysisCorrection &correction);
    // Queued rows that never got a result (a cancelled batch) are dropped.
    void dropQueued();
    void clear();

    bool camelot() const { return m_camelot; }
    void setCamelot(bool camelot);

    int rowOfPath(const QString &path) const { return m_rowOfPath.value(path, -1); }
    const TrackAnalysis &trackAt(int row) const { return m_rows.at(row).track; }
    State stateAt(int row) const { return m_rows.at(row).state; }
    QList<TrackAnalysis> tracks() const;
    int queuedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "128.0" or, when corrected, "128.0 *" with the measured value in the tooltip.
    static QString bpmText(const TrackAnalysis &track);

private:
    struct Row
    {
        TrackAnalysis track;
        State state = State::Queued;
        QString texts[ColumnCount];
        QString bpmToolTip;
        QString keyToolTip;
        QString searchText;
    };
    void fillTexts(Row &row) const;
    QVariant sortValue(const Row &row, int column) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfPath;
    bool m_camelot = false;
    QString m_stateTexts[4];
};
