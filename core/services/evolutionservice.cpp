#include "evolutionservice.h"

#include "evolution/lifecyclerecorder.h"
#include "evolution/planrepository.h"
#include "evolution/versionrestore.h"
#include "logging/logcategories.h"
#include "services/artistservice.h"
#include "services/performanceimporter.h"
#include "services/segmenttargetbuilder.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QDateTime nowOf(const EvolutionService::Options &options)
{
    return options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
}

Result<std::optional<PerformanceScore>> performanceOf(QSqlDatabase db, const QString &artistId,
                                                      const EvolutionService::Options &options)
{
    auto scores = PerformanceStore(db).scores(options.performanceHalfLifeDays);
    if (!scores)
        return scores.error();
    for (const PerformanceScore &score : scores.value())
        if (score.artistId == artistId)
            return std::optional<PerformanceScore>(score);
    return std::optional<PerformanceScore>();
}

// Plans for the artist's current version and stores the plan when it changes something.
Result<ProposedPlan> propose(QSqlDatabase db, const QString &artistId,
                             const EvolutionService::Options &options)
{
    auto artist = ArtistRepository(db).find(artistId);
    if (!artist)
        return artist.error();
    const QDateTime now = nowOf(options);
    auto targets = SegmentTargetBuilder(db).forArtist(artist.value(), now.date());
    if (!targets)
        return targets.error();
    auto performance = performanceOf(db, artistId, options);
    if (!performance)
        return performance.error();
    PlannerSettings settings = options.planner;
    if (performance.value())
        settings.limits = settings.limits.forPerformance(performance.value()->score);
    const AdaptationPlanner planner(settings);
    ProposedPlan proposed;
    proposed.performance = performance.value();
    for (const WeightedSegment &segment : planner.targetSegments(artist.value(), *targets))
        proposed.segments.append(segment.target.segment);
    proposed.plan = planner.plan(artist.value(), targets.value(), now);
    if (targets->isEmpty()) {
        proposed.note = u"no trend data for the artist's countries or the global market: "
                        "import trends first"_s;
        return proposed;
    }
    if (proposed.plan.isEmpty()) {
        proposed.note = u"nothing to change: the artist already sits on its market, or every "
                        "field that would move is locked"_s;
        return proposed;
    }
    auto saved = PlanRepository(db).save(proposed.plan);
    if (!saved)
        return saved.error();
    proposed.plan = saved.value();
    return proposed;
}

// The lifecycle rules' input from what the database holds today. Run and approval outcomes
// arrive with batch runs (a later issue): until then `runs` is empty, so only the inactivity
// and paused-too-long rules can fire.
Result<QList<LifecycleInput>> lifecycleInputs(QSqlDatabase db)
{
    auto summaries = ArtistRepository(db).summaries(false);
    if (!summaries)
        return summaries.error();
    LifecycleEventRepository events(db);
    QList<LifecycleInput> inputs;
    for (const ArtistSummary &summary : summaries.value()) {
        LifecycleInput input;
        input.artistId = summary.id;
        input.name = summary.stageName;
        input.status = summary.status;
        input.lastRunAt = summary.lastRunAt;
        if (summary.status == LifecycleStatus::Paused) {
            auto history = events.forArtist(summary.id);
            if (!history)
                return history.error();
            for (const LifecycleEvent &event : history.value()) { // newest first
                if (event.to == LifecycleStatus::Paused) {
                    input.pausedSince = event.at;
                    break;
                }
            }
        }
        inputs.append(input);
    }
    return inputs;
}

} // namespace

EvolutionService::EvolutionService(std::shared_ptr<Database> database, ArtistService *artists,
                                   Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_artists(artists)
    , m_options(std::move(options))
{
    m_pool.setObjectName(u"EvolutionService pool"_s);
    m_pool.setMaxThreadCount(2);
    m_schedule.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_schedule, &QTimer::timeout, this, [this] {
        if (m_lifecycleRunning)
            return;
        m_lifecycleRunning = true;
        runLifecycle().then(this, [this](const Result<LifecycleRunResult> &result) {
            m_lifecycleRunning = false;
            if (!result)
                qCWarning(lcServices)
                    << "scheduled lifecycle run failed:" << result.error().message;
        });
    });
}

EvolutionService::~EvolutionService()
{
    m_schedule.stop();
    m_pool.waitForDone();
}

EvolutionService::Options EvolutionService::optionsFrom(Settings &settings)
{
    Options options;
    options.performanceHalfLifeDays =
        std::max(1.0, settings.value(SettingsKeys::Evolution::performanceHalfLifeDays).toDouble());
    return options;
}

template<typename R> QFuture<R> EvolutionService::runOnPool(std::function<R(QSqlDatabase db)> work)
{
    return QtConcurrent::run(&m_pool, [database = m_database, work = std::move(work)]() -> R {
        DbConnection connection(*database);
        if (!connection.isOpen())
            return Error(ErrorCode::Storage, QCoreApplication::translate(
                                                 "EvolutionService", "Cannot open the database: %1")
                                                 .arg(connection.errorString()));
        return work(connection.database());
    });
}

void EvolutionService::announce(const QStringList &artistIds, bool artists, bool plans)
{
    if (artists && !artistIds.isEmpty() && m_artists)
        Q_EMIT m_artists->artistsChanged(artistIds);
    if (plans) {
        for (const QString &id : artistIds)
            Q_EMIT plansChanged(id);
    }
}

QFuture<Result<ArtistCompatibility>> EvolutionService::compatibility(const QString &artistId)
{
    const Options options = m_options;
    return runOnPool<Result<ArtistCompatibility>>(
        [artistId, options](QSqlDatabase db) -> Result<ArtistCompatibility> {
            auto artist = ArtistRepository(db).find(artistId);
            if (!artist)
                return artist.error();
            SegmentTargetBuilder builder(db);
            const QDate today = nowOf(options).date();
            auto targets = builder.forArtist(artist.value(), today);
            if (!targets)
                return targets.error();
            ArtistCompatibility result;
            result.artistId = artistId;
            for (const SegmentTarget &target : targets.value())
                result.segments.append(CompatibilityScorer::score(artist.value(), target,
                                                                  options.planner.compatibility));
            std::stable_sort(
                result.segments.begin(), result.segments.end(),
                [](const Compatibility &a, const Compatibility &b) { return a.score > b.score; });
            result.overall = CompatibilityScorer::overall(artist.value(), targets.value(),
                                                          options.planner.compatibility);
            for (const QString &country : artist->audience.targetCountries) {
                auto latest = builder.latestData(country, today);
                if (!latest)
                    return latest.error();
                result.trendsAsOf = std::max(result.trendsAsOf, latest.value());
            }
            return result;
        });
}

QFuture<Result<ProposedPlan>> EvolutionService::proposePlan(const QString &artistId)
{
    const Options options = m_options;
    auto future = runOnPool<Result<ProposedPlan>>(
        [artistId, options](QSqlDatabase db) { return propose(db, artistId, options); });
    return future.then(this, [this](const Result<ProposedPlan> &proposed) {
        if (proposed && proposed->plan.id > 0)
            announce({proposed->plan.artistId}, false, true);
        return proposed;
    });
}

QFuture<Result<QList<EvolutionPlan>>> EvolutionService::plans(const QString &artistId)
{
    return runOnPool<Result<QList<EvolutionPlan>>>(
        [artistId](QSqlDatabase db) { return PlanRepository(db).forArtist(artistId); });
}

QFuture<Result<EvolutionPlan>> EvolutionService::plan(qint64 planId)
{
    return runOnPool<Result<EvolutionPlan>>(
        [planId](QSqlDatabase db) { return PlanRepository(db).find(planId); });
}

QFuture<Result<Artist>> EvolutionService::applyPlan(qint64 planId)
{
    const EvolutionLimits limits = m_options.planner.limits;
    auto future = runOnPool<Result<Artist>>(
        [planId, limits](QSqlDatabase db) { return PlanRepository(db).apply(planId, limits); });
    return future.then(this, [this](const Result<Artist> &artist) {
        if (artist)
            announce({artist->id}, true, true);
        return artist;
    });
}

QFuture<Result<void>> EvolutionService::rejectPlan(qint64 planId)
{
    auto future = runOnPool<Result<QString>>([planId](QSqlDatabase db) -> Result<QString> {
        PlanRepository plans(db);
        auto plan = plans.find(planId);
        if (!plan)
            return plan.error();
        if (auto rejected = plans.reject(planId); !rejected)
            return rejected.error();
        return plan->artistId;
    });
    return future.then(this, [this](const Result<QString> &artistId) -> Result<void> {
        if (!artistId)
            return artistId.error();
        announce({artistId.value()}, false, true);
        return {};
    });
}

QFuture<Result<Artist>> EvolutionService::restoreVersion(const QString &artistId, int version)
{
    auto future = runOnPool<Result<Artist>>([artistId, version](QSqlDatabase db) {
        return VersionRestore::restore(db, artistId, version);
    });
    return future.then(this, [this](const Result<Artist> &artist) {
        if (artist)
            announce({artist->id}, true, false);
        return artist;
    });
}

QFuture<Result<LifecycleRunResult>> EvolutionService::runLifecycle()
{
    const Options options = m_options;
    auto future = runOnPool<Result<LifecycleRunResult>>(
        [options](QSqlDatabase db) -> Result<LifecycleRunResult> {
            LifecycleRunResult result;
            result.at = nowOf(options);
            result.inputNote =
                u"evaluated with each artist's status, last run and lifecycle history; run "
                "and approval outcomes arrive with batch runs (a later issue), so the approval "
                "and rejection rules cannot fire yet"_s;
            auto inputs = lifecycleInputs(db);
            if (!inputs)
                return inputs.error();
            result.artistsEvaluated = int(inputs->size());
            result.decisions =
                LifecycleRules::evaluate(inputs.value(), result.at, options.lifecycle);
            auto events = LifecycleRecorder::record(db, result.decisions, result.at);
            if (!events)
                return events.error();
            result.events = events.value();
            for (const LifecycleDecision &decision : std::as_const(result.decisions)) {
                if (!decision.proposeEvolution)
                    continue;
                auto proposed = propose(db, decision.artistId, options);
                if (!proposed)
                    return proposed.error();
                if (proposed->plan.id > 0)
                    result.proposedPlans.append(proposed->plan.id);
            }
            return result;
        });
    return future.then(this, [this](const Result<LifecycleRunResult> &result) {
        if (result) {
            QStringList changed;
            for (const LifecycleEvent &event : result->events)
                changed.append(event.artistId);
            announce(changed, true, !result->proposedPlans.isEmpty());
            Q_EMIT lifecycleRan(int(result->events.size()));
        }
        return result;
    });
}

QFuture<Result<ImportReport>> EvolutionService::importPerformance(const QString &path,
                                                                  const ImportOptions &options)
{
    return runOnPool<Result<ImportReport>>([path, options](QSqlDatabase db) {
        return PerformanceImporter(db).importFile(path, options);
    });
}

QFuture<Result<QList<PerformanceScore>>> EvolutionService::performanceScores()
{
    const double halfLife = m_options.performanceHalfLifeDays;
    return runOnPool<Result<QList<PerformanceScore>>>(
        [halfLife](QSqlDatabase db) { return PerformanceStore(db).scores(halfLife); });
}

QFuture<Result<QList<PerformancePoint>>>
EvolutionService::artistPerformance(const QString &artistId)
{
    return runOnPool<Result<QList<PerformancePoint>>>(
        [artistId](QSqlDatabase db) { return PerformanceStore(db).artistSeries(artistId); });
}

QFuture<Result<QList<PerformancePoint>>>
EvolutionService::releasePerformance(const QString &releaseOrIsrc)
{
    return runOnPool<Result<QList<PerformancePoint>>>([releaseOrIsrc](QSqlDatabase db) {
        return PerformanceStore(db).releaseSeries(releaseOrIsrc);
    });
}

QFuture<Result<QStringList>> EvolutionService::artistReleases(const QString &artistId)
{
    return runOnPool<Result<QStringList>>(
        [artistId](QSqlDatabase db) { return PerformanceStore(db).releases(artistId); });
}

void EvolutionService::startSchedule(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        stopSchedule();
        return;
    }
    m_schedule.start(interval);
    qCInfo(lcServices) << "lifecycle runs every" << interval.count() / 1000 << "s";
}

void EvolutionService::stopSchedule()
{
    m_schedule.stop();
}
