#include "domain/artistjson.h"
#include "evolution/adaptationplanner.h"
#include "evolution/planrepository.h"
#include "evolution/versionrestore.h"
#include "evolutionfixtures.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace EvolutionFixtures;
using namespace Qt::StringLiterals;

namespace {

QStringList fieldsOf(const QJsonArray &diff)
{
    QStringList fields;
    for (const QJsonValue &change : diff)
        fields.append(change.toObject().value(u"field"_s).toString());
    fields.sort();
    return fields;
}

QStringList fieldsOf(const QList<PlanDirective> &directives)
{
    QStringList fields;
    for (const PlanDirective &directive : directives) {
        if (!fields.contains(directive.field))
            fields.append(directive.field);
    }
    fields.sort();
    return fields;
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migrationExistsForBothBackends();
    void savedPlanIsListedWithItsDirectives();
    void applyCreatesAVersionWithTheDiffAndTheOldVersionCanBeRestored();
    void planForAChangedArtistIsRefused();
    void decidedPlansCannotBeDecidedAgain();
    void emptyOrOrphanPlansAreNotStored();
    void plansGoWithTheirArtist();

private:
    Artist insertArtist(ArtistRepository &artists);
    EvolutionPlan proposePlan(const Artist &artist, PlanRepository &plans);

    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestPlanRepository::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = opened.value();
}

void TestPlanRepository::cleanup()
{
    m_db.reset();
    m_env.reset();
}

Artist TestPlanRepository::insertArtist(ArtistRepository &artists)
{
    Artist artist = synthwaveArtist();
    artist.id.clear();
    auto inserted = artists.insert(artist, ChangeSource::Creation, u"created"_s);
    if (!inserted)
        qFatal("could not insert the artist: %s", qPrintable(inserted.error().message));
    return inserted.value();
}

EvolutionPlan TestPlanRepository::proposePlan(const Artist &artist, PlanRepository &plans)
{
    auto saved = plans.save(AdaptationPlanner().plan(artist, germanMarket()));
    if (!saved)
        qFatal("could not save the plan: %s", qPrintable(saved.error().message));
    return saved.value();
}

void TestPlanRepository::migrationExistsForBothBackends()
{
    for (const char *backend : {"sqlite", "postgresql"}) {
        QFile file(u":/storage/migrations/%1/0005_evolution.sql"_s.arg(QLatin1String(backend)));
        QVERIFY2(file.open(QIODevice::ReadOnly), backend);
        const QByteArray sql = file.readAll();
        QVERIFY(sql.contains("CREATE TABLE evolution_plans"));
        QVERIFY(sql.contains("CREATE TABLE lifecycle_events"));
    }
    QVERIFY(m_db->schemaVersion() >= 5);
}

void TestPlanRepository::savedPlanIsListedWithItsDirectives()
{
    DbConnection connection(*m_db);
    ArtistRepository artists(connection.database());
    PlanRepository plans(connection.database());
    const Artist artist = insertArtist(artists);
    const EvolutionPlan made = AdaptationPlanner().plan(artist, germanMarket());
    QVERIFY(!made.isEmpty());
    auto saved = plans.save(made);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QVERIFY(saved->id > 0);

    const EvolutionPlan second = proposePlan(artist, plans);
    QVERIFY(second.id > saved->id);

    auto listed = plans.forArtist(artist.id);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    const EvolutionPlan &first = listed->last(); // newest first
    QCOMPARE(first.id, saved->id);
    QCOMPARE(first.artistId, artist.id);
    QCOMPARE(first.artistVersion, 1);
    QVERIFY(first.status == PlanStatus::Proposed);
    QCOMPARE(first.directives, made.directives);
    QCOMPARE(first.createdAt, made.createdAt);
    QCOMPARE(first.compatibilityBefore, made.compatibilityBefore);
    QCOMPARE(first.expectedGain(), made.expectedGain());
    QVERIFY(!first.decidedAt.isValid());
    QCOMPARE(first.appliedVersion, 0);
    QVERIFY(plans.forArtist(u"nobody"_s)->isEmpty());
}

void TestPlanRepository::applyCreatesAVersionWithTheDiffAndTheOldVersionCanBeRestored()
{
    DbConnection connection(*m_db);
    ArtistRepository artists(connection.database());
    PlanRepository plans(connection.database());
    const Artist original = insertArtist(artists);
    const EvolutionPlan plan = proposePlan(original, plans);

    auto adapted = plans.apply(plan.id);
    QVERIFY2(adapted.ok(), qPrintable(adapted.ok() ? QString() : adapted.error().message));
    QCOMPARE(adapted->version, 2);
    QVERIFY(adapted->music.energy > original.music.energy);
    QCOMPARE(artists.find(original.id).value(), adapted.value());

    auto history = artists.versions(original.id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    const ArtistVersion &evolved = history->first();
    QCOMPARE(evolved.version, 2);
    QCOMPARE(toString(evolved.source), u"evolution"_s);
    QVERIFY2(evolved.reason.contains(u"evolution plan %1"_s.arg(plan.id)),
             qPrintable(evolved.reason));
    QCOMPARE(fieldsOf(evolved.diff), fieldsOf(plan.directives));

    auto decided = plans.find(plan.id);
    QVERIFY(decided.ok());
    QVERIFY(decided->status == PlanStatus::Applied);
    QCOMPARE(decided->appliedVersion, 2);
    QVERIFY(decided->decidedAt.isValid());

    // Any version can be restored: version 1 comes back as version 3.
    auto restored = VersionRestore::restore(connection.database(), original.id, 1);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(restored->version, 3);
    QCOMPARE(restored->music, original.music);
    QCOMPARE(restored->identity, original.identity);
    history = artists.versions(original.id);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->first().reason, u"restored version 1"_s);
    QCOMPARE(fieldsOf(history->first().diff), fieldsOf(plan.directives));
    QCOMPARE(VersionRestore::restore(connection.database(), original.id, 9).error().code,
             ErrorCode::NotFound);
}

void TestPlanRepository::planForAChangedArtistIsRefused()
{
    DbConnection connection(*m_db);
    ArtistRepository artists(connection.database());
    PlanRepository plans(connection.database());
    const Artist artist = insertArtist(artists);
    const EvolutionPlan plan = proposePlan(artist, plans);

    Artist edited = artist;
    edited.identity.backstory = u"Moved to Lisbon."_s; // a field the plan does not touch
    QVERIFY(artists.update(edited, ChangeSource::Operator, u"edit"_s).ok());

    auto refused = plans.apply(plan.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(u"version 1"_s), qPrintable(refused.error().message));
    QCOMPARE(artists.find(artist.id)->version, 2);
    QCOMPARE(artists.versions(artist.id)->size(), 2);
    QVERIFY(plans.find(plan.id)->status == PlanStatus::Proposed);

    // A plan made from the current version goes through.
    auto current = artists.find(artist.id);
    const EvolutionPlan fresh = proposePlan(current.value(), plans);
    QVERIFY(plans.apply(fresh.id).ok());
    QCOMPARE(artists.find(artist.id)->version, 3);
}

void TestPlanRepository::decidedPlansCannotBeDecidedAgain()
{
    DbConnection connection(*m_db);
    ArtistRepository artists(connection.database());
    PlanRepository plans(connection.database());
    const Artist artist = insertArtist(artists);
    const EvolutionPlan rejected = proposePlan(artist, plans);
    const EvolutionPlan applied = proposePlan(artist, plans);

    QVERIFY(plans.reject(rejected.id).ok());
    auto found = plans.find(rejected.id);
    QVERIFY(found->status == PlanStatus::Rejected);
    QVERIFY(found->decidedAt.isValid());
    QCOMPARE(found->appliedVersion, 0);
    QCOMPARE(plans.apply(rejected.id).error().code, ErrorCode::Conflict);
    QCOMPARE(plans.reject(rejected.id).error().code, ErrorCode::Conflict);
    QCOMPARE(artists.find(artist.id)->version, 1);

    QVERIFY(plans.apply(applied.id).ok());
    QCOMPARE(plans.apply(applied.id).error().code, ErrorCode::Conflict);
    QCOMPARE(plans.reject(applied.id).error().code, ErrorCode::Conflict);
    QCOMPARE(artists.find(artist.id)->version, 2);
    QCOMPARE(plans.apply(4242).error().code, ErrorCode::NotFound);
}

void TestPlanRepository::emptyOrOrphanPlansAreNotStored()
{
    DbConnection connection(*m_db);
    ArtistRepository artists(connection.database());
    PlanRepository plans(connection.database());
    const Artist artist = insertArtist(artists);
    EvolutionPlan empty;
    empty.artistId = artist.id;
    empty.artistVersion = 1;
    QCOMPARE(plans.save(empty).error().code, ErrorCode::InvalidInput);

    EvolutionPlan orphan = AdaptationPlanner().plan(artist, germanMarket());
    orphan.artistId = u"no-such-artist"_s;
    QCOMPARE(plans.save(orphan).error().code, ErrorCode::NotFound);
    QVERIFY(plans.forArtist(artist.id)->isEmpty());
}

void TestPlanRepository::plansGoWithTheirArtist()
{
    DbConnection connection(*m_db);
    ArtistRepository artists(connection.database());
    PlanRepository plans(connection.database());
    const Artist artist = insertArtist(artists);
    const EvolutionPlan plan = proposePlan(artist, plans);
    QVERIFY(artists.remove(artist.id).ok());
    QCOMPARE(plans.find(plan.id).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
