#include "artiststablemodel.h"

#include "domain/countrycodes.h"
#include "logging/logcategories.h"
#include "util/whenready.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

ArtistsTableModel::ArtistsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Translated once: data() must not call tr() for each of 10,000 rows.
    for (auto status :
         {LifecycleStatus::Candidate, LifecycleStatus::Active, LifecycleStatus::Evolving,
          LifecycleStatus::Paused, LifecycleStatus::Retired})
        m_statusTexts[int(status)] = statusText(status);
    m_neverText = tr("Never");
}

QString ArtistsTableModel::statusText(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::Candidate:
        return tr("Candidate");
    case LifecycleStatus::Active:
        return tr("Active");
    case LifecycleStatus::Evolving:
        return tr("Evolving");
    case LifecycleStatus::Paused:
        return tr("Paused");
    case LifecycleStatus::Retired:
        return tr("Retired");
    }
    return {};
}

ArtistSummary ArtistsTableModel::summaryOf(const Artist &artist)
{
    ArtistSummary summary;
    summary.id = artist.id;
    summary.stageName = artist.identity.stageName;
    summary.primaryGenre = artist.music.primaryGenre;
    summary.countries = artist.audience.targetCountries;
    summary.status = artist.status;
    summary.lastRunAt = artist.lastRunAt;
    summary.updatedAt = artist.updatedAt;
    summary.version = artist.version;
    summary.archived = artist.archived;
    return summary;
}

void ArtistsTableModel::setLister(Lister lister)
{
    m_lister = std::move(lister);
}

void ArtistsTableModel::reload()
{
    if (!m_lister)
        return;
    if (m_loading) {
        // One more pass after the running one: changes made meanwhile are not lost.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = ++m_generation;
    whenReady(m_lister(), this, [this, generation](const Result<QList<ArtistSummary>> &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (result.ok()) {
            setSummaries(result.value());
            m_loaded = true;
            Q_EMIT loaded();
        } else {
            qCWarning(lcUi) << "Could not list artists:" << result.error().message;
            Q_EMIT loadFailed(result.error().message);
        }
        Q_EMIT loadingChanged(false);
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
    });
}

void ArtistsTableModel::onArtistsChanged(const QStringList &ids)
{
    Q_UNUSED(ids) // the listing is cheap; a diff against it yields the targeted updates
    reload();
}

void ArtistsTableModel::onArtistRemoved(const QString &id)
{
    removeArtist(id);
}

ArtistsTableModel::Row ArtistsTableModel::makeRow(const ArtistSummary &summary) const
{
    Row row;
    row.summary = summary;
    row.countriesText = summary.countries.join(QStringLiteral(", "));
    row.lastRunText =
        summary.lastRunAt.isValid()
            ? QLocale().toString(summary.lastRunAt.toLocalTime().date(), QLocale::ShortFormat)
            : m_neverText;
    row.versionText = QString::number(summary.version);
    QStringList haystack{summary.stageName, summary.primaryGenre};
    for (const QString &code : summary.countries) {
        haystack.append(code);
        haystack.append(CountryCodes::name(code));
    }
    row.searchText = haystack.join(u'\n').toLower();
    return row;
}

void ArtistsTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).summary.id, i);
}

void ArtistsTableModel::setSummaries(const QList<ArtistSummary> &summaries)
{
    if (m_rows.isEmpty()) {
        // First fill: one reset is far cheaper for views and proxies than 10,000 inserts.
        if (summaries.isEmpty())
            return;
        beginResetModel();
        m_rows.reserve(summaries.size());
        for (const ArtistSummary &summary : summaries)
            m_rows.append(makeRow(summary));
        rebuildIndex();
        endResetModel();
        return;
    }

    QSet<QString> incoming;
    incoming.reserve(summaries.size());
    for (const ArtistSummary &summary : summaries)
        incoming.insert(summary.id);

    // Removals, from the bottom up, in contiguous blocks.
    int row = m_rows.size() - 1;
    bool removed = false;
    while (row >= 0) {
        if (incoming.contains(m_rows.at(row).summary.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).summary.id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        rebuildIndex();

    // Changes in place, additions appended (the proxy sorts).
    QList<Row> added;
    for (const ArtistSummary &summary : summaries) {
        const int existing = m_rowOfId.value(summary.id, -1);
        if (existing < 0) {
            added.append(makeRow(summary));
        } else if (!(m_rows.at(existing).summary == summary)) {
            m_rows[existing] = makeRow(summary);
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = m_rows.size();
        beginInsertRows({}, first, first + added.size() - 1);
        for (int i = 0; i < added.size(); ++i) {
            m_rowOfId.insert(added.at(i).summary.id, first + i);
            m_rows.append(std::move(added[i]));
        }
        endInsertRows();
    }
}

void ArtistsTableModel::upsertSummary(const ArtistSummary &summary)
{
    const int existing = m_rowOfId.value(summary.id, -1);
    if (existing >= 0) {
        if (m_rows.at(existing).summary == summary)
            return;
        m_rows[existing] = makeRow(summary);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = m_rows.size();
    beginInsertRows({}, row, row);
    m_rows.append(makeRow(summary));
    m_rowOfId.insert(summary.id, row);
    endInsertRows();
}

void ArtistsTableModel::removeArtist(const QString &id)
{
    const int row = m_rowOfId.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOfId.remove(id);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOfId[m_rows.at(i).summary.id] = i;
    endRemoveRows();
}

QStringList ArtistsTableModel::genres() const
{
    QSet<QString> set;
    for (const Row &row : m_rows) {
        if (!row.summary.primaryGenre.isEmpty())
            set.insert(row.summary.primaryGenre);
    }
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QStringList ArtistsTableModel::countries() const
{
    QSet<QString> set;
    for (const Row &row : m_rows) {
        for (const QString &code : row.summary.countries)
            set.insert(code);
    }
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

int ArtistsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArtistsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ArtistsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ArtistSummary &s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.stageName;
        case GenreColumn:
            return s.primaryGenre;
        case CountriesColumn:
            return row.countriesText;
        case StatusColumn:
            return m_statusTexts[int(s.status)];
        case LastRunColumn:
            return row.lastRunText;
        case VersionColumn:
            return row.versionText;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return s.stageName;
        case GenreColumn:
            return s.primaryGenre;
        case CountriesColumn:
            return row.countriesText;
        case StatusColumn:
            return int(s.status);
        case LastRunColumn:
            return s.lastRunAt;
        case VersionColumn:
            return s.version;
        }
        return {};
    case Qt::ToolTipRole:
        // Tool tips are rare: building strings here is fine.
        switch (index.column()) {
        case NameColumn:
            return s.archived ? tr("%1 (archived)\nLast changed %2")
                                    .arg(s.stageName, QLocale().toString(s.updatedAt.toLocalTime(),
                                                                         QLocale::ShortFormat))
                              : tr("%1\nLast changed %2")
                                    .arg(s.stageName, QLocale().toString(s.updatedAt.toLocalTime(),
                                                                         QLocale::ShortFormat));
        case CountriesColumn: {
            QStringList names;
            for (const QString &code : s.countries)
                names.append(tr("%1 (%2)").arg(CountryCodes::name(code), code));
            return names.join(u'\n');
        }
        case LastRunColumn:
            return s.lastRunAt.isValid()
                       ? QLocale().toString(s.lastRunAt.toLocalTime(), QLocale::LongFormat)
                       : tr("This artist has not run yet.");
        case VersionColumn:
            return s.version == 1 ? tr("The first version") : tr("Version %1").arg(s.version);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (s.archived) {
            static const QFont italic = [] {
                QFont font;
                font.setItalic(true);
                return font;
            }();
            return italic;
        }
        return {};
    case IdRole:
        return s.id;
    case ArchivedRole:
        return s.archived;
    case StatusRole:
        return int(s.status);
    case GenreRole:
        return s.primaryGenre;
    case CountriesRole:
        return s.countries;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant ArtistsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GenreColumn:
        return tr("Genre");
    case CountriesColumn:
        return tr("Countries");
    case StatusColumn:
        return tr("Status");
    case LastRunColumn:
        return tr("Last run");
    case VersionColumn:
        return tr("Version");
    }
    return {};
}

QHash<int, QByteArray> ArtistsTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "artistId");
    names.insert(ArchivedRole, "archived");
    names.insert(StatusRole, "status");
    return names;
}
