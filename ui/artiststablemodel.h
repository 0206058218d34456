#pragma once

#include "domain/artistsummary.h"
#include "util/error.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

// The roster table: one row per artist, read from ArtistSummary values. Keeps an id → row index
// so service notifications turn into targeted dataChanged / row inserts / removes instead of a
// reset (STYLE.md rule 15). Display strings are prepared once per row, so data() only hands out
// shared QStrings. Thread: GUI thread.
class ArtistsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        GenreColumn,
        CountriesColumn,
        StatusColumn,
        LastRunColumn,
        VersionColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString
        SortRole,                  // per column: name, genre, countries, status ordinal, date, int
        ArchivedRole,              // bool
        StatusRole,                // int(LifecycleStatus)
        GenreRole,                 // QString
        CountriesRole,             // QStringList of ISO codes
        SearchTextRole,            // lower-case text that the free-text search looks into
    };

    using Lister = std::function<QFuture<Result<QList<ArtistSummary>>>()>;

    explicit ArtistsTableModel(QObject *parent = nullptr);

    // Where reload() gets the roster from (ArtistService::listArtists(true) in the app).
    void setLister(Lister lister);
    // Lists off the GUI thread and applies the result on the GUI thread when it arrives.
    void reload();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

    // Makes the model show exactly `summaries`, with the fewest row changes.
    void setSummaries(const QList<ArtistSummary> &summaries);
    // Inserts or updates one row.
    void upsertSummary(const ArtistSummary &summary);
    void removeArtist(const QString &id);

    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    const ArtistSummary &summaryAt(int row) const { return m_rows.at(row).summary; }
    QStringList genres() const;    // distinct primary genres, sorted
    QStringList countries() const; // distinct ISO codes, sorted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(LifecycleStatus status);
    // The row of a full profile, for showing a stored artist before the next listing.
    static ArtistSummary summaryOf(const Artist &artist);

public Q_SLOTS:
    // ArtistService::artistsChanged / artistRemoved.
    void onArtistsChanged(const QStringList &ids);
    void onArtistRemoved(const QString &id);

Q_SIGNALS:
    void loaded(); // a reload() has been applied
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    struct Row
    {
        ArtistSummary summary;
        QString countriesText; // "DE, FR"
        QString lastRunText;   // localized short date, or "Never"
        QString versionText;
        QString searchText;
    };
    Row makeRow(const ArtistSummary &summary) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    Lister m_lister;
    QString m_statusTexts[5];
    QString m_neverText;
    quint64 m_generation = 0; // drops results of a reload overtaken by a newer one
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadPending = false;
};
