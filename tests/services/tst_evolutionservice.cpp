// EvolutionService as the Evolution view and `evolve`/`lifecycle` commands use it: plans made
// from imported trends, stored, applied (a new version the Artists pane hears about), refused
// when stale or decided, versions restored, lifecycle runs recorded.
#include "../evolution/evolutionfixtures.h"
#include "services/artistservice.h"
#include "services/evolutionservice.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"
#include "trends/chartcsvimporter.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return future.result();
}

// DE charts for 20 weeks up to 2024-05-13: synthwave at 124 BPM and energy 0.8, faster and
// louder than the fixture artist (100-118 BPM, energy 0.6).
QByteArray chartCsv()
{
    QByteArray csv = "country,date,streams,genre,tempo,key,mode,energy,valence\n";
    for (int week = 0; week < 20; ++week) {
        const QByteArray date =
            QDate(2024, 1, 1).addDays(7 * week).toString(Qt::ISODate).toLatin1();
        for (int i = 0; i < 3; ++i)
            csv += "DE," + date + ",1000,synthwave," + QByteArray::number(118 + 0.3 * week) +
                   ",9,0,0.8,0.45\n";
        csv += "DE," + date + ",800,pop,122,0,1,0.7,0.6\n";
    }
    return csv;
}

const QDateTime kNow(QDate(2024, 5, 20), QTime(12, 0), Qt::UTC);

} // namespace

class TestEvolutionService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::optional<DataDir> m_dataDir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ArtistService> m_artists;
    std::unique_ptr<EvolutionService> m_service;

    Artist insertArtist(Artist artist = EvolutionFixtures::synthwaveArtist())
    {
        artist.id.clear();
        artist.version = 0;
        DbConnection connection(*m_db);
        return ArtistRepository(connection.database())
            .insert(artist, ChangeSource::Operator, u"test"_s)
            .value();
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto dataDir = DataDir::resolve(m_env->dataDir());
        QVERIFY(dataDir.ok());
        m_dataDir = dataDir.value();
        auto opened = Database::open(m_env->path(u"studio.sqlite"_s));
        QVERIFY(opened.ok());
        m_db = opened.value();
        {
            DbConnection connection(*m_db);
            QByteArray data = chartCsv();
            QBuffer buffer(&data);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            ImportOptions options;
            options.label = u"charts"_s;
            QVERIFY(
                ChartCsvImporter(connection.database()).importDevice(&buffer, options)->committed);
        }
        m_artists = std::make_unique<ArtistService>(m_db, *m_dataDir, TextProviderFactory());
        EvolutionService::Options options;
        options.now = kNow;
        m_service = std::make_unique<EvolutionService>(m_db, m_artists.get(), options);
    }
    void cleanup()
    {
        m_service.reset();
        m_artists.reset();
        m_db.reset();
        m_env.reset();
    }

    void compatibilityPerTargetSegment()
    {
        const Artist artist = insertArtist();
        auto result = await(m_service->compatibility(artist.id));
        QVERIFY(result.ok());
        QCOMPARE(result->trendsAsOf, QDate(2024, 5, 13));
        QVERIFY(result->segments.size() >= 2); // DE, DE synthwave, DE pop (FR has no data)
        for (qsizetype i = 1; i < result->segments.size(); ++i)
            QVERIFY(result->segments.at(i - 1).score >= result->segments.at(i).score);
        QVERIFY(result->overall > 0 && result->overall < 1);
        QCOMPARE(await(m_service->compatibility(u"nobody"_s)).error().code, ErrorCode::NotFound);
    }

    void planIsStoredAppliedAndAnnounced()
    {
        const Artist artist = insertArtist();
        QSignalSpy changed(m_artists.get(), &ArtistService::artistsChanged);
        QSignalSpy plansChanged(m_service.get(), &EvolutionService::plansChanged);

        auto proposed = await(m_service->proposePlan(artist.id));
        QVERIFY2(proposed.ok(), qPrintable(proposed.ok() ? QString() : proposed.error().message));
        QVERIFY(proposed->plan.id > 0);
        QVERIFY(proposed->note.isEmpty());
        QVERIFY(!proposed->plan.directives.isEmpty());
        QVERIFY(proposed->plan.expectedGain() > 0);
        QVERIFY(!proposed->segments.isEmpty());
        bool tempoMoved = false;
        for (const PlanDirective &directive : proposed->plan.directives) {
            QVERIFY(!directive.reason.isEmpty());
            if (directive.field == u"music.tempoMaxBpm"_s) {
                tempoMoved = true;
                QVERIFY(directive.after.toInt() > 118);
                QVERIFY(directive.after.toInt() <= 128); // at most 10 BPM per step
            }
        }
        QVERIFY(tempoMoved);
        QCOMPARE(plansChanged.size(), 1);

        auto listed = await(m_service->plans(artist.id));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, proposed->plan.id);

        auto applied = await(m_service->applyPlan(proposed->plan.id));
        QVERIFY(applied.ok());
        QCOMPARE(applied->version, 2);
        QVERIFY(applied->music.tempoMaxBpm > 118);
        QCOMPARE(changed.size(), 1); // the Artists pane refreshes
        QCOMPARE(changed.first().first().toStringList(), QStringList{artist.id});

        // Decided: refused; missing: NotFound.
        auto again = await(m_service->applyPlan(proposed->plan.id));
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(await(m_service->applyPlan(9999)).error().code, ErrorCode::NotFound);

        // Restoring version 1 is a new version 3 with the old tempo.
        auto restored = await(m_service->restoreVersion(artist.id, 1));
        QVERIFY(restored.ok());
        QCOMPARE(restored->version, 3);
        QCOMPARE(restored->music.tempoMaxBpm, 118);
        QCOMPARE(changed.size(), 2);
    }

    void stalePlansAreRefusedAndPlansCanBeRejected()
    {
        const Artist artist = insertArtist();
        auto first = await(m_service->proposePlan(artist.id));
        auto second = await(m_service->proposePlan(artist.id));
        QVERIFY(first->plan.id > 0 && second->plan.id > first->plan.id);
        QVERIFY(await(m_service->rejectPlan(second->plan.id)).ok());
        QVERIFY(await(m_service->plan(second->plan.id))->status == PlanStatus::Rejected);
        QCOMPARE(await(m_service->rejectPlan(second->plan.id)).error().code, ErrorCode::Conflict);

        // The operator edits the artist: the older plan is stale.
        Artist edited = await(m_artists->loadArtist(artist.id)).value();
        edited.identity.persona = u"Edited by hand."_s;
        QVERIFY(await(m_artists->saveArtist(edited, u"edit"_s)).ok());
        auto stale = await(m_service->applyPlan(first->plan.id));
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY(stale.error().message.contains(u"changed since"_s));
    }

    void withoutTrendDataNothingIsStored()
    {
        Artist artist = EvolutionFixtures::synthwaveArtist();
        artist.audience.targetCountries = {u"JP"_s};
        const Artist stored = insertArtist(artist);
        // JP has no data; the global market (DE here) stands in.
        auto proposed = await(m_service->proposePlan(stored.id));
        QVERIFY(proposed.ok());
        QCOMPARE(proposed->segments.size(), 1);
        QVERIFY(proposed->segments.first().country.isEmpty());

        EvolutionService::Options early;
        early.now = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
        EvolutionService before(m_db, nullptr, early);
        auto none = await(before.proposePlan(stored.id));
        QVERIFY(none.ok());
        QCOMPARE(none->plan.id, 0);
        QVERIFY(none->note.contains(u"import trends"_s));
    }

    void lifecycleRunPausesInactiveArtists()
    {
        Artist idle = EvolutionFixtures::synthwaveArtist();
        const Artist stored = insertArtist(idle);
        {
            DbConnection connection(*m_db);
            QVERIFY(ArtistRepository(connection.database())
                        .touchLastRun(stored.id, kNow.addDays(-60))
                        .ok());
        }
        Artist fresh = EvolutionFixtures::synthwaveArtist();
        fresh.identity.stageName = u"Fresh"_s;
        const Artist other = insertArtist(fresh);
        {
            DbConnection connection(*m_db);
            QVERIFY(ArtistRepository(connection.database())
                        .touchLastRun(other.id, kNow.addDays(-3))
                        .ok());
        }
        QSignalSpy changed(m_artists.get(), &ArtistService::artistsChanged);
        auto run = await(m_service->runLifecycle());
        QVERIFY(run.ok());
        QCOMPARE(run->artistsEvaluated, 2);
        QVERIFY(run->inputNote.contains(u"batch runs"_s));
        QCOMPARE(run->events.size(), 1);
        QCOMPARE(run->events.first().artistId, stored.id);
        QVERIFY(run->events.first().to == LifecycleStatus::Paused);
        QCOMPARE(run->events.first().rule, u"pause.inactive"_s);
        QVERIFY(await(m_artists->loadArtist(stored.id))->status == LifecycleStatus::Paused);
        QCOMPARE(changed.size(), 1);

        // Again: nothing new (already paused, not for 90 days yet).
        auto again = await(m_service->runLifecycle());
        QVERIFY(again->events.isEmpty());
    }

    void aSellingArtistEvolvesMoreCautiously()
    {
        // Two equal artists far below the market's tempo; only the second one sells.
        Artist slow = EvolutionFixtures::synthwaveArtist();
        slow.music.tempoMinBpm = 80;
        slow.music.tempoMaxBpm = 96;
        const Artist quiet = insertArtist(slow);
        slow.identity.stageName += u" II"_s;
        const Artist selling = insertArtist(slow);

        const QString path = m_env->path(u"sales.csv"_s);
        QFile sales(path);
        QVERIFY(sales.open(QIODevice::WriteOnly));
        sales.write(
            "date,release,country,streams,revenue,artist_id\n2024-05-10,Neon,DE,5000,12.5," +
            selling.id.toUtf8() + "\n");
        sales.close();
        auto imported = await(m_service->importPerformance(path, {}));
        QVERIFY(imported.ok() && imported->committed);

        auto tempoStep = [this](const QString &id) {
            auto proposed = await(m_service->proposePlan(id));
            for (const PlanDirective &directive : proposed->plan.directives) {
                if (directive.field == u"music.tempoMaxBpm"_s)
                    return directive.after.toInt() - 96;
            }
            return 0;
        };
        QCOMPARE(tempoStep(quiet.id), 10);  // the full step: no sales data
        QCOMPARE(tempoStep(selling.id), 5); // the roster's best (score 1) moves half as far
        QCOMPARE(await(m_service->proposePlan(selling.id))->performance->score, 1.0);
    }

    void scheduleFollowsTheInterval()
    {
        QVERIFY(!m_service->isScheduled()); // never on by itself (headless mode)
        m_service->startSchedule(std::chrono::hours(24));
        QVERIFY(m_service->isScheduled());
        m_service->startSchedule(std::chrono::milliseconds(0));
        QVERIFY(!m_service->isScheduled());
    }
};

QTEST_GUILESS_MAIN(TestEvolutionService)
#include "tst_evolutionservice.moc"
