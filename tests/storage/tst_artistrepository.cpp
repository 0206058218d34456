#include "domain/artistjson.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "storage/reportrepository.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

namespace {

Artist sampleArtist(const QString &stageName = QStringLiteral("Nova Lind"))
{
    Artist artist;
    artist.identity.stageName = stageName;
    artist.identity.persona = QStringLiteral("Cool, nocturnal synthpop with Nordic melancholy.");
    artist.identity.backstory = QStringLiteral("Grew up between Malmö and Berlin.");
    artist.identity.influences = {QStringLiteral("Robyn"), QStringLiteral("Kraftwerk")};
    artist.identity.palette = {QStringLiteral("#101820"), QStringLiteral("#f2aa4c")};
    artist.music.primaryGenre = QStringLiteral("synthpop");
    artist.music.subgenres = {QStringLiteral("darkwave")};
    artist.music.tempoMinBpm = 100;
    artist.music.tempoMaxBpm = 124;
    artist.music.preferredKeys = {QStringLiteral("A minor")};
    artist.music.energy = 0.6;
    artist.music.instrumentation = {{QStringLiteral("analog synth"), 0.8}};
    artist.music.vocalStyle = QStringLiteral("breathy alto");
    artist.music.lyricsLanguage = QStringLiteral("en");
    artist.audience.targetCountries = {QStringLiteral("DE"), QStringLiteral("SE")};
    artist.status = LifecycleStatus::Active;
    return artist;
}

QStringList fieldsOf(const QJsonArray &diff)
{
    QStringList fields;
    for (const QJsonValue &change : diff)
        fields.append(change.toObject().value(QStringLiteral("field")).toString());
    fields.sort();
    return fields;
}

QString messageOf(const Error &error)
{
    return error.message;
}

} // namespace

class TestArtistRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertAndFindRoundTrip();
    void insertKeepsAGivenIdAndRefusesATakenOne();
    void updateCreatesNextVersionWithDiff();
    void unchangedSaveCreatesNoVersion();
    void staleVersionIsAConflict();
    void archivedArtistsAreHiddenFromTheRoster();
    void summariesAreSortedByNameIgnoringCase();
    void touchLastRunShowsInRosterWithoutNewVersion();
    void removeDeletesHistoryAndUnlinksReports();
    void unknownIdIsNotFound_data();
    void unknownIdIsNotFound();
    void artistsOfSchema1DatabaseAreReadable();
    void writeSchema1Fixture();

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestArtistRepository::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(QStringLiteral("studio.sqlite")));
    QVERIFY(opened.ok());
    m_db = opened.value();
}

void TestArtistRepository::cleanup()
{
    m_db.reset();
    m_env.reset();
}

void TestArtistRepository::insertAndFindRoundTrip()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto inserted = repository.insert(sampleArtist(), ChangeSource::Creation,
                                      QStringLiteral("created by the local author"));
    QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : messageOf(inserted.error())));
    QVERIFY(!QUuid::fromString(inserted->id).isNull());
    QVERIFY(!inserted->id.startsWith(u'{'));
    QCOMPARE(inserted->version, 1);
    QVERIFY(inserted->createdAt >= before);
    QCOMPARE(inserted->updatedAt, inserted->createdAt);

    auto found = repository.find(inserted->id);
    QVERIFY(found.ok());
    QCOMPARE(ArtistJson::toJson(found.value()), ArtistJson::toJson(inserted.value()));
    QVERIFY(found.value() == inserted.value());
    QCOMPARE(repository.count().value(), 1);

    auto history = repository.versions(inserted->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    const ArtistVersion &first = history->first();
    QCOMPARE(first.version, 1);
    QCOMPARE(toString(first.source), QStringLiteral("creation"));
    QCOMPARE(first.reason, QStringLiteral("created by the local author"));
    QVERIFY(fieldsOf(first.diff).contains(QStringLiteral("identity.stageName")));
    QCOMPARE(first.profile, ArtistJson::toJson(inserted.value()));
}

void TestArtistRepository::insertKeepsAGivenIdAndRefusesATakenOne()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    Artist artist = sampleArtist();
    artist.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = repository.insert(artist, ChangeSource::Import, QStringLiteral("import"));
    QVERIFY(inserted.ok());
    QCOMPARE(inserted->id, artist.id);

    auto again = repository.insert(artist, ChangeSource::Import, QStringLiteral("import"));
    QVERIFY(!again.ok());
    QCOMPARE(int(again.error().code), int(ErrorCode::Conflict));
    QCOMPARE(repository.count().value(), 1);
    QCOMPARE(repository.versions(artist.id)->size(), 1);
}

void TestArtistRepository::updateCreatesNextVersionWithDiff()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    auto inserted =
        repository.insert(sampleArtist(), ChangeSource::Creation, QStringLiteral("new"));
    QVERIFY(inserted.ok());

    Artist edited = inserted.value();
    edited.identity.stageName = QStringLiteral("Nova Lindqvist");
    edited.music.energy = 0.75;
    auto saved = repository.update(edited, ChangeSource::Operator, QStringLiteral("rebrand"));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : messageOf(saved.error())));
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->createdAt, inserted->createdAt);
    QVERIFY(saved->updatedAt >= inserted->updatedAt);
    QCOMPARE(repository.find(edited.id)->identity.stageName, QStringLiteral("Nova Lindqvist"));
    QCOMPARE(repository.summaries(false)->first().stageName, QStringLiteral("Nova Lindqvist"));
    QCOMPARE(repository.summaries(false)->first().version, 2);

    auto history = repository.versions(edited.id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).version, 2); // newest first
    QCOMPARE(history->at(1).version, 1);
    const ArtistVersion &latest = history->first();
    QCOMPARE(toString(latest.source), QStringLiteral("operator"));
    QCOMPARE(latest.reason, QStringLiteral("rebrand"));
    QCOMPARE(fieldsOf(latest.diff),
             (QStringList{QStringLiteral("identity.stageName"), QStringLiteral("music.energy")}));
    for (const QJsonValue &value : latest.diff) {
        const QJsonObject change = value.toObject();
        if (change.value(QStringLiteral("field")).toString() == QLatin1String("music.energy")) {
            QCOMPARE(change.value(QStringLiteral("before")).toDouble(), 0.6);
            QCOMPARE(change.value(QStringLiteral("after")).toDouble(), 0.75);
        } else {
            QCOMPARE(change.value(QStringLiteral("before")).toString(),
                     QStringLiteral("Nova Lind"));
            QCOMPARE(change.value(QStringLiteral("after")).toString(),
                     QStringLiteral("Nova Lindqvist"));
        }
    }
}

void TestArtistRepository::unchangedSaveCreatesNoVersion()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    auto inserted =
        repository.insert(sampleArtist(), ChangeSource::Creation, QStringLiteral("new"));
    QVERIFY(inserted.ok());
    auto saved =
        repository.update(inserted.value(), ChangeSource::Operator, QStringLiteral("save"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->updatedAt, inserted->updatedAt);
    QCOMPARE(repository.versions(inserted->id)->size(), 1);
}

void TestArtistRepository::staleVersionIsAConflict()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    auto inserted =
        repository.insert(sampleArtist(), ChangeSource::Creation, QStringLiteral("new"));
    QVERIFY(inserted.ok());

    Artist mine = inserted.value();   // the editor opened version 1 ...
    Artist theirs = inserted.value(); // ... and so did the evolution job
    theirs.music.energy = 0.9;
    QVERIFY(repository.update(theirs, ChangeSource::Evolution, QStringLiteral("trend")).ok());

    mine.identity.backstory = QStringLiteral("Rewritten by the operator.");
    auto refused = repository.update(mine, ChangeSource::Operator, QStringLiteral("edit"));
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), int(ErrorCode::Conflict));
    QVERIFY2(
        refused.error().message.contains(QStringLiteral("changed elsewhere since you opened it")),
        qPrintable(refused.error().message));

    // The other writer's change stands; the stale edit wrote nothing.
    auto stored = repository.find(mine.id);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->music.energy, 0.9);
    QCOMPARE(stored->identity.backstory, inserted->identity.backstory);
    QCOMPARE(repository.versions(mine.id)->size(), 2);
}

void TestArtistRepository::archivedArtistsAreHiddenFromTheRoster()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    auto kept = repository.insert(sampleArtist(QStringLiteral("Kept")), ChangeSource::Creation, {});
    auto archived =
        repository.insert(sampleArtist(QStringLiteral("Shelved")), ChangeSource::Creation, {});
    QVERIFY(kept.ok() && archived.ok());
    QVERIFY(repository.setArchived(archived->id, true).ok());

    auto visible = repository.summaries(false);
    QVERIFY(visible.ok());
    QCOMPARE(visible->size(), 1);
    QCOMPARE(visible->first().id, kept->id);

    auto all = repository.summaries(true);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).stageName, QStringLiteral("Shelved"));
    QVERIFY(all->at(1).archived);
    QVERIFY(repository.find(archived->id)->archived);
    QCOMPARE(repository.count().value(), 2);

    // A profile edit of an archived artist keeps it archived; unarchiving brings it back.
    Artist edited = repository.find(archived->id).value();
    edited.identity.persona = QStringLiteral("Dormant.");
    auto saved = repository.update(edited, ChangeSource::Operator, {});
    QVERIFY(saved.ok());
    QVERIFY(saved->archived);
    QVERIFY(repository.setArchived(archived->id, false).ok());
    QCOMPARE(repository.summaries(false)->size(), 2);
}

void TestArtistRepository::summariesAreSortedByNameIgnoringCase()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    for (const char *name : {"charlie", "Alpha", "beta"}) {
        Artist artist = sampleArtist(QLatin1String(name));
        artist.audience.targetCountries = {QStringLiteral("FR"), QStringLiteral("BE")};
        QVERIFY(repository.insert(artist, ChangeSource::Creation, {}).ok());
    }
    auto roster = repository.summaries(false);
    QVERIFY(roster.ok());
    QStringList names;
    for (const ArtistSummary &summary : roster.value())
        names.append(summary.stageName);
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                 QStringLiteral("charlie")}));
    const ArtistSummary &first = roster->first();
    QCOMPARE(first.countries, (QStringList{QStringLiteral("FR"), QStringLiteral("BE")}));
    QCOMPARE(first.primaryGenre, QStringLiteral("synthpop"));
    QCOMPARE(toString(first.status), QStringLiteral("active"));
    QCOMPARE(first.version, 1);
    QVERIFY(first.updatedAt.isValid());
    QVERIFY(!first.lastRunAt.isValid());
}

void TestArtistRepository::touchLastRunShowsInRosterWithoutNewVersion()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    auto inserted = repository.insert(sampleArtist(), ChangeSource::Creation, {});
    QVERIFY(inserted.ok());
    const QDateTime when = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 15, 250), Qt::UTC);
    QVERIFY(repository.touchLastRun(inserted->id, when).ok());
    QCOMPARE(repository.summaries(false)->first().lastRunAt, when);
    QCOMPARE(repository.find(inserted->id)->lastRunAt, when);
    QCOMPARE(repository.find(inserted->id)->version, 1);
    QCOMPARE(repository.versions(inserted->id)->size(), 1);
}

void TestArtistRepository::removeDeletesHistoryAndUnlinksReports()
{
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    auto gone = repository.insert(sampleArtist(QStringLiteral("Gone")), ChangeSource::Creation, {});
    auto stays =
        repository.insert(sampleArtist(QStringLiteral("Stays")), ChangeSource::Creation, {});
    QVERIFY(gone.ok() && stays.ok());
    Artist edited = gone.value();
    edited.music.energy = 0.1;
    QVERIFY(repository.update(edited, ChangeSource::Operator, {}).ok());
    ReportRepository reports(connection.database());
    ReportEntry entry;
    entry.artistId = gone->id;
    entry.kind = QStringLiteral("creation");
    entry.title = QStringLiteral("Creation of Gone");
    entry.jsonPath = QStringLiteral("reports/gone.json");
    entry.markdownPath = QStringLiteral("reports/gone.md");
    auto reportId = reports.add(entry);
    QVERIFY(reportId.ok());

    QVERIFY(repository.remove(gone->id).ok());
    QCOMPARE(int(repository.find(gone->id).error().code), int(ErrorCode::NotFound));
    QCOMPARE(repository.count().value(), 1);
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM artist_versions WHERE artist_id = '%1'")
                           .arg(gone->id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(repository.versions(stays->id)->size(), 1);
    // The report outlives the artist, without the link.
    auto report = reports.find(reportId.value());
    QVERIFY(report.ok());
    QVERIFY(report->artistId.isEmpty());
}

void TestArtistRepository::unknownIdIsNotFound_data()
{
    using Call = std::function<Error(ArtistRepository &, const QString &)>;
    QTest::addColumn<Call>("call");
    QTest::newRow("find") << Call(
        [](ArtistRepository &r, const QString &id) { return r.find(id).error(); });
    QTest::newRow("update") << Call([](ArtistRepository &r, const QString &id) {
        Artist artist = sampleArtist();
        artist.id = id;
        artist.version = 1;
        return r.update(artist, ChangeSource::Operator, {}).error();
    });
    QTest::newRow("versions") << Call(
        [](ArtistRepository &r, const QString &id) { return r.versions(id).error(); });
    QTest::newRow("setArchived") << Call(
        [](ArtistRepository &r, const QString &id) { return r.setArchived(id, true).error(); });
    QTest::newRow("remove") << Call(
        [](ArtistRepository &r, const QString &id) { return r.remove(id).error(); });
    QTest::newRow("touchLastRun") << Call([](ArtistRepository &r, const QString &id) {
        return r.touchLastRun(id, QDateTime::currentDateTimeUtc()).error();
    });
}

void TestArtistRepository::unknownIdIsNotFound()
{
    using Call = std::function<Error(ArtistRepository &, const QString &)>;
    QFETCH(Call, call);
    DbConnection connection(*m_db);
    ArtistRepository repository(connection.database());
    QVERIFY(repository.insert(sampleArtist(), ChangeSource::Creation, {}).ok());
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Error error = call(repository, unknown);
    QCOMPARE(int(error.code), int(ErrorCode::NotFound));
    QVERIFY2(error.message.contains(unknown), qPrintable(error.message));
    QCOMPARE(repository.count().value(), 1);
}

void TestArtistRepository::artistsOfSchema1DatabaseAreReadable()
{
    const QString path = m_env->path(QStringLiteral("old/studio.sqlite"));
    QVERIFY(QDir().mkpath(m_env->path(QStringLiteral("old"))));
    QVERIFY(QFile::copy(QStringLiteral(STUDIO_TEST_DATA_DIR "/studio-schema1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    QCOMPARE(toString(opened.value()->migrationOutcome()), QStringLiteral("upgraded"));

    DbConnection connection(*opened.value());
    ArtistRepository repository(connection.database());
    auto roster = repository.summaries(true);
    QVERIFY(roster.ok());
    QCOMPARE(roster->size(), 2);
    for (const ArtistSummary &summary : roster.value()) {
        auto artist = repository.find(summary.id);
        QVERIFY2(artist.ok(), qPrintable(artist.ok() ? QString() : messageOf(artist.error())));
        QCOMPARE(artist->identity.stageName, summary.stageName);
        QCOMPARE(artist->version, summary.version);
        QVERIFY(!repository.versions(summary.id)->isEmpty());
    }
    // And they can still be edited after the upgrade.
    Artist edited = repository.find(roster->first().id).value();
    edited.identity.persona = QStringLiteral("Edited after the upgrade.");
    auto saved = repository.update(edited, ChangeSource::Operator, QStringLiteral("upgrade check"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->version, roster->first().version + 1);
}

// Not a test: regenerates tests/data/studio-schema1.sqlite (migration 0001 only, two artists)
// with the code of the day. Run once when creating the fixture, never after it shipped
// (from the repository root; the target must not exist yet):
//   STUDIO_WRITE_SCHEMA1_FIXTURE=$PWD/tests/data/studio-schema1.sqlite
//   build/storage/tests/tst_artistrepository writeSchema1Fixture
void TestArtistRepository::writeSchema1Fixture()
{
    const QString target = qEnvironmentVariable("STUDIO_WRITE_SCHEMA1_FIXTURE");
    if (target.isEmpty())
        QSKIP("fixture generator; set STUDIO_WRITE_SCHEMA1_FIXTURE=<path> to run it");
    QVERIFY(!QFile::exists(target));
    {
        auto opened = Database::open(target, {QString(), 1});
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->schemaVersion(), 1);
        DbConnection connection(*opened.value());
        ArtistRepository repository(connection.database());
        Artist first = sampleArtist(QStringLiteral("Nova Lind"));
        first.id = QStringLiteral("0b9e3c57-3b1e-4d1a-9a38-5c3f0e2f6a11");
        Artist second = sampleArtist(QStringLiteral("Kofi Mensah"));
        second.id = QStringLiteral("6f1d2a40-8c2b-4f4e-b2a9-1d7e3c9b5f22");
        second.music.primaryGenre = QStringLiteral("afrobeats");
        second.music.subgenres = {QStringLiteral("highlife")};
        second.audience.targetCountries = {QStringLiteral("GH"), QStringLiteral("NG")};
        second.status = LifecycleStatus::Candidate;
        QVERIFY(repository.insert(first, ChangeSource::Creation, QStringLiteral("fixture")).ok());
        QVERIFY(repository.insert(second, ChangeSource::Import, QStringLiteral("fixture")).ok());
    }
    // The last connection closed: the WAL is checkpointed into the file and removed.
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestArtistRepository)
#include "tst_artistrepository.moc"
