#include "artistfilterbar.h"

#include "artistfilterproxymodel.h"
#include "artiststablemodel.h"
#include "domain/countrycodes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

ArtistFilterBar::ArtistFilterBar(ArtistsTableModel *model, ArtistFilterProxyModel *proxy,
                                 QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_genre(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_archived(new QCheckBox(tr("Show archived"), this))
    , m_count(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("artistSearch"));
    m_search->setPlaceholderText(tr("Search name, genre or country (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!find.isNull())
        m_search->addAction(find, QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(180);
    connect(m_search, &QLineEdit::textChanged, proxy, &ArtistFilterProxyModel::setSearchText);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show only artists with this status"));
    m_status->addItem(tr("All statuses"), -1);
    for (auto status :
         {LifecycleStatus::Candidate, LifecycleStatus::Active, LifecycleStatus::Evolving,
          LifecycleStatus::Paused, LifecycleStatus::Retired})
        m_status->addItem(ArtistsTableModel::statusText(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt : std::optional(LifecycleStatus(value)));
    });

    m_genre->setObjectName(QStringLiteral("genreFilter"));
    m_genre->setToolTip(tr("Show only artists of this genre"));
    m_genre->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_genre->setMinimumContentsLength(14);
    m_genre->addItem(tr("All genres"), QString());
    connect(m_genre, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGenreFilter(m_genre->currentData().toString()); });

    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_country->setToolTip(tr("Show only artists that target this country"));
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->setMinimumContentsLength(14);
    m_country->addItem(tr("All countries"), QString());
    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCountryFilter(m_country->currentData().toString()); });

    m_archived->setObjectName(QStringLiteral("showArchived"));
    m_archived->setToolTip(tr("Also list archived artists (shown in italics)"));
    connect(m_archived, &QCheckBox::toggled, proxy, &ArtistFilterProxyModel::setShowArchived);

    m_count->setObjectName(QStringLiteral("artistCount"));
    m_count->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_genre);
    layout->addWidget(m_country);
    layout->addWidget(m_archived);
    layout->addWidget(m_count);

    // Choices follow the data; rebuilt at most once per event-loop turn.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ArtistFilterBar::refreshChoices);
    auto schedule = [this] { m_refresh->start(); };
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(model, &ArtistsTableModel::loaded, this, &ArtistFilterBar::updateCount);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ArtistFilterBar::updateCount);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ArtistFilterBar::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ArtistFilterBar::updateCount);
    connect(proxy, &ArtistFilterProxyModel::filterChanged, this, &ArtistFilterBar::updateCount);
    updateCount();
}

void ArtistFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ArtistFilterBar::clearFilters(bool showArchived)
{
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_genre->setCurrentIndex(0);
    m_country->setCurrentIndex(0);
    if (showArchived)
        m_archived->setChecked(true);
}

void ArtistFilterBar::setShowArchived(bool show)
{
    m_archived->setChecked(show);
}

bool ArtistFilterBar::showArchived() const
{
    return m_archived->isChecked();
}

void ArtistFilterBar::refreshChoices()
{
    auto refill = [](QComboBox *combo, const QStringList &values, auto label) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &value : values)
            combo->addItem(label(value), value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        return index >= 0 || current.isEmpty();
    };
    const bool genreKept =
        refill(m_genre, m_model->genres(), [](const QString &genre) { return genre; });
    const bool countryKept = refill(m_country, m_model->countries(), [this](const QString &code) {
        const QString name = CountryCodes::name(code);
        return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
    });
    // A value that vanished from the data no longer filters.
    if (!genreKept)
        m_proxy->setGenreFilter(QString());
    if (!countryKept)
        m_proxy->setCountryFilter(QString());
    updateCount();
}

void ArtistFilterBar::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (!m_model->hasLoaded())
        m_count->setText(tr("Loading…"));
    else if (shown == total)
        m_count->setText(total == 1 ? tr("1 artist") : tr("%n artists", nullptr, total));
    else
        m_count->setText(tr("%1 of %2").arg(shown).arg(total));
}
