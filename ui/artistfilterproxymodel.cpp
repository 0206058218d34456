#include "artistfilterproxymodel.h"

#include "artiststablemodel.h"

ArtistFilterProxyModel::ArtistFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArtistsTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ArtistFilterProxyModel::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void ArtistFilterProxyModel::setSearchText(const QString &text)
{
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_search)
        return;
    m_search = normalized;
    refilter();
}

void ArtistFilterProxyModel::setStatusFilter(std::optional<LifecycleStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void ArtistFilterProxyModel::setGenreFilter(const QString &genre)
{
    if (genre == m_genre)
        return;
    m_genre = genre;
    refilter();
}

void ArtistFilterProxyModel::setCountryFilter(const QString &code)
{
    if (code == m_country)
        return;
    m_country = code;
    refilter();
}

void ArtistFilterProxyModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    refilter();
}

bool ArtistFilterProxyModel::isFiltering() const
{
    return !m_search.isEmpty() || m_status.has_value() || !m_genre.isEmpty() ||
           !m_country.isEmpty();
}

bool ArtistFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(ArtistsTableModel::ArchivedRole).toBool())
        return false;
    if (m_status && index.data(ArtistsTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (!m_genre.isEmpty() &&
        index.data(ArtistsTableModel::GenreRole).toString().compare(m_genre, Qt::CaseInsensitive) !=
            0)
        return false;
    if (!m_country.isEmpty() &&
        !index.data(ArtistsTableModel::CountriesRole).toStringList().contains(m_country))
        return false;
    if (!m_search.isEmpty() &&
        !index.data(ArtistsTableModel::SearchTextRole).toString().contains(m_search))
        return false;
    return true;
}

bool ArtistFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString) {
        const int c = l.toString().compare(r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else if (l != r) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Ties fall back to the name so equal genres or statuses list in a predictable order.
    const QModelIndex leftName = left.siblingAtColumn(ArtistsTableModel::NameColumn);
    const QModelIndex rightName = right.siblingAtColumn(ArtistsTableModel::NameColumn);
    return leftName.data(Qt::DisplayRole)
               .toString()
               .compare(rightName.data(Qt::DisplayRole).toString(), Qt::CaseInsensitive) < 0;
}
