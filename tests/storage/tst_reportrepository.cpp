#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "storage/reportrepository.h"
#include "testenvironment.h"

#include <QTest>

#include <memory>

namespace {

ReportEntry entry(const QString &artistId, const QString &title, const QDateTime &createdAt)
{
    ReportEntry report;
    report.artistId = artistId;
    report.kind = QStringLiteral("creation");
    report.createdAt = createdAt;
    report.title = title;
    report.jsonPath = QStringLiteral("reports/%1.json").arg(title);
    report.markdownPath = QStringLiteral("reports/%1.md").arg(title);
    return report;
}

QStringList titlesOf(const QList<ReportEntry> &reports)
{
    QStringList titles;
    for (const ReportEntry &report : reports)
        titles.append(report.title);
    return titles;
}

const QDateTime kMonday(QDate(2024, 5, 6), QTime(9, 0, 0, 125), Qt::UTC);

} // namespace

class TestReportRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAndFindRoundTrip();
    void reportWithoutArtist();
    void createdAtDefaultsToNow();
    void forArtistListsOnlyThatArtistNewestFirst();
    void recentIsNewestFirstAndLimited_data();
    void recentIsNewestFirstAndLimited();
    void refusesIncompleteEntriesAndUnknownArtists_data();
    void refusesIncompleteEntriesAndUnknownArtists();
    void unknownIdIsNotFound();

private:
    QString addArtist(const QString &name);

    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestReportRepository::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(QStringLiteral("studio.sqlite")));
    QVERIFY(opened.ok());
    m_db = opened.value();
}

void TestReportRepository::cleanup()
{
    m_db.reset();
    m_env.reset();
}

QString TestReportRepository::addArtist(const QString &name)
{
    DbConnection connection(*m_db);
    Artist artist;
    artist.identity.stageName = name;
    artist.music.primaryGenre = QStringLiteral("house");
    auto inserted = ArtistRepository(connection.database())
                        .insert(artist, ChangeSource::Creation, QStringLiteral("test"));
    return inserted.ok() ? inserted->id : QString();
}

void TestReportRepository::addAndFindRoundTrip()
{
    const QString artistId = addArtist(QStringLiteral("Mara"));
    QVERIFY(!artistId.isEmpty());
    DbConnection connection(*m_db);
    ReportRepository reports(connection.database());
    const ReportEntry written = entry(artistId, QStringLiteral("Creation of Mara"), kMonday);
    auto id = reports.add(written);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    QVERIFY(id.value() > 0);

    auto found = reports.find(id.value());
    QVERIFY(found.ok());
    ReportEntry expected = written;
    expected.id = id.value();
    QCOMPARE(found.value(), expected);
    QCOMPARE(found->createdAt, kMonday); // millisecond precision survives

    auto second = reports.add(entry(artistId, QStringLiteral("Run 1"), kMonday.addDays(1)));
    QVERIFY(second.ok());
    QVERIFY(second.value() != id.value());
}

void TestReportRepository::reportWithoutArtist()
{
    DbConnection connection(*m_db);
    ReportRepository reports(connection.database());
    auto id = reports.add(entry(QString(), QStringLiteral("Batch summary"), kMonday));
    QVERIFY(id.ok());
    QVERIFY(reports.find(id.value())->artistId.isEmpty());
    QCOMPARE(titlesOf(reports.recent(10).value()), QStringList{QStringLiteral("Batch summary")});
}

void TestReportRepository::createdAtDefaultsToNow()
{
    DbConnection connection(*m_db);
    ReportRepository reports(connection.database());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto id = reports.add(entry(QString(), QStringLiteral("Undated"), QDateTime()));
    QVERIFY(id.ok());
    const QDateTime stored = reports.find(id.value())->createdAt;
    QVERIFY(stored.isValid());
    QVERIFY(stored >= before);
}

void TestReportRepository::forArtistListsOnlyThatArtistNewestFirst()
{
    const QString mara = addArtist(QStringLiteral("Mara"));
    const QString olu = addArtist(QStringLiteral("Olu"));
    DbConnection connection(*m_db);
    ReportRepository reports(connection.database());
    QVERIFY(reports.add(entry(mara, QStringLiteral("mara-old"), kMonday)).ok());
    QVERIFY(reports.add(entry(olu, QStringLiteral("olu-1"), kMonday.addSecs(60))).ok());
    QVERIFY(reports.add(entry(mara, QStringLiteral("mara-new"), kMonday.addDays(2))).ok());

    auto forMara = reports.forArtist(mara);
    QVERIFY(forMara.ok());
    QCOMPARE(titlesOf(forMara.value()),
             (QStringList{QStringLiteral("mara-new"), QStringLiteral("mara-old")}));
    QCOMPARE(titlesOf(reports.forArtist(olu).value()), QStringList{QStringLiteral("olu-1")});
    QVERIFY(reports.forArtist(QStringLiteral("nobody"))->isEmpty());
}

void TestReportRepository::recentIsNewestFirstAndLimited_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << 10
                         << QStringList{QStringLiteral("r3"), QStringLiteral("r2"),
                                        QStringLiteral("r1")};
    QTest::newRow("two") << 2 << QStringList{QStringLiteral("r3"), QStringLiteral("r2")};
    QTest::newRow("none") << 0 << QStringList();
}

void TestReportRepository::recentIsNewestFirstAndLimited()
{
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    DbConnection connection(*m_db);
    ReportRepository reports(connection.database());
    // Added out of order: ordering follows the creation time, not the insertion order.
    QVERIFY(reports.add(entry(QString(), QStringLiteral("r2"), kMonday.addSecs(10))).ok());
    QVERIFY(reports.add(entry(QString(), QStringLiteral("r3"), kMonday.addSecs(20))).ok());
    QVERIFY(reports.add(entry(QString(), QStringLiteral("r1"), kMonday)).ok());
    auto recent = reports.recent(limit);
    QVERIFY(recent.ok());
    QCOMPARE(titlesOf(recent.value()), expected);
}

void TestReportRepository::refusesIncompleteEntriesAndUnknownArtists_data()
{
    QTest::addColumn<ReportEntry>("report");
    QTest::addColumn<int>("code");
    ReportEntry noKind = entry(QString(), QStringLiteral("x"), kMonday);
    noKind.kind.clear();
    ReportEntry noJson = entry(QString(), QStringLiteral("x"), kMonday);
    noJson.jsonPath.clear();
    ReportEntry noMarkdown = entry(QString(), QStringLiteral("x"), kMonday);
    noMarkdown.markdownPath.clear();
    QTest::newRow("no kind") << noKind << int(ErrorCode::InvalidInput);
    QTest::newRow("no json path") << noJson << int(ErrorCode::InvalidInput);
    QTest::newRow("no markdown path") << noMarkdown << int(ErrorCode::InvalidInput);
    QTest::newRow("unknown artist")
        << entry(QStringLiteral("no-such-artist"), QStringLiteral("x"), kMonday)
        << int(ErrorCode::NotFound);
}

void TestReportRepository::refusesIncompleteEntriesAndUnknownArtists()
{
    QFETCH(ReportEntry, report);
    QFETCH(int, code);
    DbConnection connection(*m_db);
    ReportRepository reports(connection.database());
    auto id = reports.add(report);
    QVERIFY(!id.ok());
    QCOMPARE(int(id.error().code), code);
    QVERIFY(reports.recent(10)->isEmpty());
}

void TestReportRepository::unknownIdIsNotFound()
{
    DbConnection connection(*m_db);
    ReportRepository reports(connection.database());
    auto found = reports.find(4242);
    QVERIFY(!found.ok());
    QCOMPARE(int(found.error().code), int(ErrorCode::NotFound));
    QVERIFY(found.error().message.contains(QStringLiteral("4242")));
}

QTEST_GUILESS_MAIN(TestReportRepository)
#include "tst_reportrepository.moc"
