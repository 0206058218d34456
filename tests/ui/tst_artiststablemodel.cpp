#include "artiststablemodel.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

namespace {
ArtistSummary summary(const QString &id, const QString &name, const QString &genre = {},
                      QStringList countries = {}, int version = 1)
{
    ArtistSummary s;
    s.id = id;
    s.stageName = name;
    s.primaryGenre = genre.isEmpty() ? QStringLiteral("synthwave") : genre;
    s.countries = countries.isEmpty() ? QStringList{QStringLiteral("DE")} : countries;
    s.version = version;
    s.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    return s;
}

QList<ArtistSummary> threeArtists()
{
    return {summary(QStringLiteral("a"), QStringLiteral("Aurora Vale")),
            summary(QStringLiteral("b"), QStringLiteral("Bass Monk"), QStringLiteral("techno"),
                    {QStringLiteral("FR"), QStringLiteral("BE")}, 3),
            summary(QStringLiteral("c"), QStringLiteral("Cielo"), QStringLiteral("reggaeton"),
                    {QStringLiteral("MX")}, 12)};
}
} // namespace

class TstArtistsTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadsThroughListerOffTheGuiThread();
    void loadFailureIsReported();
    void displaysEveryColumn();
    void changeIsTargetedDataChanged();
    void insertIsTargetedRowInsert();
    void removeIsTargetedRowRemove();
    void setSummariesDiffsWithoutReset();
    void sortRoles_data();
    void sortRoles();
    void idRoleAndIndex();
    void genresAndCountriesFromData();

private:
    ArtistsTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TstArtistsTableModel::init()
{
    m_model = new ArtistsTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TstArtistsTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TstArtistsTableModel::loadsThroughListerOffTheGuiThread()
{
    QThread *listedOn = nullptr;
    m_model->setLister([&listedOn] {
        return QtConcurrent::run([&listedOn]() -> Result<QList<ArtistSummary>> {
            listedOn = QThread::currentThread();
            return threeArtists();
        });
    });
    QSignalSpy loaded(m_model, &ArtistsTableModel::loaded);
    m_model->reload();
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(listedOn != QThread::currentThread());
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->hasLoaded());
}

void TstArtistsTableModel::loadFailureIsReported()
{
    m_model->setLister([] {
        return QtConcurrent::run([]() -> Result<QList<ArtistSummary>> {
            return Error(ErrorCode::Storage, QStringLiteral("The database is locked."));
        });
    });
    QSignalSpy failed(m_model, &ArtistsTableModel::loadFailed);
    m_model->reload();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("The database is locked."));
    QCOMPARE(m_model->rowCount(), 0);
}

void TstArtistsTableModel::displaysEveryColumn()
{
    m_model->setSummaries(threeArtists());
    const int row = m_model->rowOfId(QStringLiteral("b"));
    auto text = [&](int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(m_model->columnCount(), 6);
    QCOMPARE(text(ArtistsTableModel::NameColumn), QStringLiteral("Bass Monk"));
    QCOMPARE(text(ArtistsTableModel::GenreColumn), QStringLiteral("techno"));
    QCOMPARE(text(ArtistsTableModel::CountriesColumn), QStringLiteral("FR, BE"));
    QCOMPARE(text(ArtistsTableModel::StatusColumn), QStringLiteral("Candidate"));
    QCOMPARE(text(ArtistsTableModel::LastRunColumn), QStringLiteral("Never"));
    QCOMPARE(text(ArtistsTableModel::VersionColumn), QStringLiteral("3"));
    const QString tip =
        m_model->index(row, ArtistsTableModel::CountriesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("France")), qPrintable(tip));
    QCOMPARE(m_model->headerData(ArtistsTableModel::LastRunColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last run"));
}

void TstArtistsTableModel::changeIsTargetedDataChanged()
{
    m_model->setSummaries(threeArtists());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    ArtistSummary b = threeArtists().at(1);
    b.stageName = QStringLiteral("Bass Monk II");
    b.version = 4;
    m_model->upsertSummary(b);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), m_model->rowOfId(QStringLiteral("b")));
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(topLeft.data().toString(), QStringLiteral("Bass Monk II"));

    m_model->upsertSummary(b); // same value again: nothing to repaint
    QCOMPARE(changed.count(), 1);
}

void TstArtistsTableModel::insertIsTargetedRowInsert()
{
    m_model->setSummaries(threeArtists());
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->upsertSummary(summary(QStringLiteral("d"), QStringLiteral("Delta Blue")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOfId(QStringLiteral("d")), 3);
}

void TstArtistsTableModel::removeIsTargetedRowRemove()
{
    m_model->setSummaries(threeArtists());
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->onArtistRemoved(QStringLiteral("a"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfId(QStringLiteral("a")), -1);
    // The index still points at the right rows after the shift.
    QCOMPARE(m_model->summaryAt(m_model->rowOfId(QStringLiteral("c"))).stageName,
             QStringLiteral("Cielo"));
    m_model->removeArtist(QStringLiteral("unknown"));
    QCOMPARE(removed.count(), 1);
}

void TstArtistsTableModel::setSummariesDiffsWithoutReset()
{
    m_model->setSummaries(threeArtists());
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    QList<ArtistSummary> next = threeArtists();
    next.removeAt(0);                                                      // a removed
    next[1].status = LifecycleStatus::Active;                              // c changed
    next.append(summary(QStringLiteral("e"), QStringLiteral("Echo")));     // e added
    next.append(summary(QStringLiteral("f"), QStringLiteral("Foxglove"))); // f added
    m_model->setSummaries(next);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1); // one block
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(m_model->rowOfId(QStringLiteral("c")), ArtistsTableModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Active"));
    for (const ArtistSummary &s : std::as_const(next))
        QCOMPARE(m_model->summaryAt(m_model->rowOfId(s.id)).id, s.id);
}

void TstArtistsTableModel::sortRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("name") << int(ArtistsTableModel::NameColumn)
                          << QVariant(QStringLiteral("Cielo"));
    QTest::newRow("status is the lifecycle order")
        << int(ArtistsTableModel::StatusColumn) << QVariant(int(LifecycleStatus::Paused));
    QTest::newRow("last run is a date")
        << int(ArtistsTableModel::LastRunColumn)
        << QVariant(QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC));
    QTest::newRow("version is numeric") << int(ArtistsTableModel::VersionColumn) << QVariant(12);
}

void TstArtistsTableModel::sortRoles()
{
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    QList<ArtistSummary> list = threeArtists();
    list[2].status = LifecycleStatus::Paused;
    list[2].lastRunAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC);
    m_model->setSummaries(list);
    const QVariant value = m_model->index(m_model->rowOfId(QStringLiteral("c")), column)
                               .data(ArtistsTableModel::SortRole);
    QCOMPARE(value, expected);
    QCOMPARE(value.typeId(), expected.typeId());
}

void TstArtistsTableModel::idRoleAndIndex()
{
    m_model->setSummaries(threeArtists());
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        const int row = m_model->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, ArtistsTableModel::GenreColumn)
                     .data(ArtistsTableModel::IdRole)
                     .toString(),
                 id);
    }
}

void TstArtistsTableModel::genresAndCountriesFromData()
{
    m_model->setSummaries(threeArtists());
    QCOMPARE(m_model->genres(),
             (QStringList{QStringLiteral("reggaeton"), QStringLiteral("synthwave"),
                          QStringLiteral("techno")}));
    QCOMPARE(m_model->countries(), (QStringList{QStringLiteral("BE"), QStringLiteral("DE"),
                                                QStringLiteral("FR"), QStringLiteral("MX")}));
}

QTEST_MAIN(TstArtistsTableModel)
#include "tst_artiststablemodel.moc"
