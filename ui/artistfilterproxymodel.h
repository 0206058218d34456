#pragma once

#include "domain/artist.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

// Search and filters of the Artists pane over an ArtistsTableModel: free text (name, genre,
// countries by code or name; case-insensitive), status, genre, country, and whether archived
// artists show. Sorts by the model's SortRole, names case-insensitively. Thread: GUI thread.
class ArtistFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArtistFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStatusFilter(std::optional<LifecycleStatus> status);
    std::optional<LifecycleStatus> statusFilter() const { return m_status; }
    void setGenreFilter(const QString &genre); // empty: any genre
    QString genreFilter() const { return m_genre; }
    void setCountryFilter(const QString &code); // empty: any country
    QString countryFilter() const { return m_country; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // True when any of the above hides rows (the pane then says "no matches" instead of "empty").
    bool isFiltering() const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_search; // lower case, trimmed
    std::optional<LifecycleStatus> m_status;
    QString m_genre;
    QString m_country;
    bool m_showArchived = false;
};
