#include "artistfilterproxymodel.h"
#include "artiststablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
ArtistSummary summary(const QString &id, const QString &name, const QString &genre,
                      QStringList countries, LifecycleStatus status, bool archived = false)
{
    ArtistSummary s;
    s.id = id;
    s.stageName = name;
    s.primaryGenre = genre;
    s.countries = std::move(countries);
    s.status = status;
    s.archived = archived;
    s.version = 1;
    return s;
}
} // namespace

class TstArtistFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void archivedHiddenByDefault();
    void search_data();
    void search();
    void statusFilter();
    void genreFilter();
    void countryFilter();
    void filtersCombine();
    void sortsByNameCaseInsensitively();
    void followsSourceUpdates();

private:
    QStringList visibleIds() const;

    ArtistsTableModel *m_source = nullptr;
    ArtistFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TstArtistFilterProxyModel::init()
{
    m_source = new ArtistsTableModel(this);
    m_source->setSummaries({
        summary(QStringLiteral("1"), QStringLiteral("Aurora Vale"), QStringLiteral("synthwave"),
                {QStringLiteral("DE")}, LifecycleStatus::Active),
        summary(QStringLiteral("2"), QStringLiteral("bass monk"), QStringLiteral("techno"),
                {QStringLiteral("FR"), QStringLiteral("BE")}, LifecycleStatus::Candidate),
        summary(QStringLiteral("3"), QStringLiteral("Cielo Rojo"), QStringLiteral("reggaeton"),
                {QStringLiteral("MX")}, LifecycleStatus::Active),
        summary(QStringLiteral("4"), QStringLiteral("Old Ghost"), QStringLiteral("synthwave"),
                {QStringLiteral("DE")}, LifecycleStatus::Retired, true),
    });
    m_proxy = new ArtistFilterProxyModel(this);
    m_proxy->setSourceModel(m_source);
    m_proxy->sort(ArtistsTableModel::NameColumn, Qt::AscendingOrder);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TstArtistFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_source;
}

QStringList TstArtistFilterProxyModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(ArtistsTableModel::IdRole).toString());
    return ids;
}

void TstArtistFilterProxyModel::archivedHiddenByDefault()
{
    QCOMPARE(visibleIds(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    m_proxy->setShowArchived(true);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("3"), QStringLiteral("4")}));
    m_proxy->setShowArchived(false);
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TstArtistFilterProxyModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name, other case")
        << QStringLiteral("AURORA") << QStringList{QStringLiteral("1")};
    QTest::newRow("part of a name") << QStringLiteral("monk") << QStringList{QStringLiteral("2")};
    QTest::newRow("genre") << QStringLiteral("Reggae") << QStringList{QStringLiteral("3")};
    QTest::newRow("country code") << QStringLiteral("be") << QStringList{QStringLiteral("2")};
    QTest::newRow("country name") << QStringLiteral("mexico") << QStringList{QStringLiteral("3")};
    QTest::newRow("surrounding blanks")
        << QStringLiteral("  techno ") << QStringList{QStringLiteral("2")};
    QTest::newRow("no match") << QStringLiteral("polka") << QStringList{};
    QTest::newRow("empty shows all")
        << QString() << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
}

void TstArtistFilterProxyModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(text);
    QCOMPARE(visibleIds(), expected);
    QCOMPARE(m_proxy->isFiltering(), !text.trimmed().isEmpty());
}

void TstArtistFilterProxyModel::statusFilter()
{
    m_proxy->setStatusFilter(LifecycleStatus::Active);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    m_proxy->setStatusFilter(LifecycleStatus::Retired);
    QCOMPARE(visibleIds(), QStringList{}); // the only retired artist is archived
    m_proxy->setShowArchived(true);
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("4")});
    m_proxy->setStatusFilter(std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TstArtistFilterProxyModel::genreFilter()
{
    m_proxy->setGenreFilter(QStringLiteral("synthwave"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("1")});
    m_proxy->setGenreFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TstArtistFilterProxyModel::countryFilter()
{
    m_proxy->setCountryFilter(QStringLiteral("BE"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("2")});
    m_proxy->setCountryFilter(QStringLiteral("JP"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TstArtistFilterProxyModel::filtersCombine()
{
    m_proxy->setShowArchived(true);
    m_proxy->setGenreFilter(QStringLiteral("synthwave"));
    m_proxy->setCountryFilter(QStringLiteral("DE"));
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("1"), QStringLiteral("4")}));
    m_proxy->setSearchText(QStringLiteral("ghost"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("4")});
}

void TstArtistFilterProxyModel::sortsByNameCaseInsensitively()
{
    // "bass monk" is lower case but still sorts between "Aurora" and "Cielo".
    QCOMPARE(m_proxy->index(1, 0).data().toString(), QStringLiteral("bass monk"));
    m_proxy->sort(ArtistsTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds(),
             (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
}

void TstArtistFilterProxyModel::followsSourceUpdates()
{
    m_proxy->setGenreFilter(QStringLiteral("techno"));
    QCOMPARE(m_proxy->rowCount(), 1);
    ArtistSummary changed = m_source->summaryAt(m_source->rowOfId(QStringLiteral("1")));
    changed.primaryGenre = QStringLiteral("techno");
    m_source->upsertSummary(changed);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    m_source->removeArtist(QStringLiteral("2"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("1")});
}

QTEST_MAIN(TstArtistFilterProxyModel)
#include "tst_artistfilterproxymodel.moc"
