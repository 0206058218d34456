#pragma once

#include "domain/artist.h"
#include "evolution/adaptationplanner.h"
#include "evolution/compatibility.h"
#include "evolution/evolutionplan.h"
#include "evolution/lifecycle.h"
#include "evolution/lifecycleeventrepository.h"
#include "services/performancestore.h"
#include "trends/importreport.h"
#include "util/error.h"

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class ArtistService;
class Database;
class Settings;

// Settings of the studio's evolution (docs/trends.md, "Evolution in the studio").
// An artist's fit with each of its target segments. Thread: value type.
struct ArtistCompatibility
{
    QString artistId;
    QList<Compatibility> segments; // best first
    double overall = 0;            // CompatibilityScorer::overall() over the segments
    QDate trendsAsOf;              // the latest trend data used; invalid: there was none
};

// A plan as the service proposes it: stored (id > 0) unless it is empty; then `note` says why.
struct ProposedPlan
{
    EvolutionPlan plan;
    QList<TrendSegment> segments;                // what it was planned against, most relevant first
    QString note;                                // English; empty when the plan was stored
    std::optional<PerformanceScore> performance; // the artist's, when it has performance rows
};

// What one lifecycle run did. Thread: value type.
struct LifecycleRunResult
{
    QDateTime at;
    int artistsEvaluated = 0;
    QList<LifecycleDecision> decisions;
    QList<LifecycleEvent> events; // recorded (decisions whose artist changed meanwhile skip)
    QList<qint64> proposedPlans;  // plans made for "evolve.propose" decisions
    QString inputNote;            // what the rules could see (no batch runs yet)
};

// The evolution use cases for the GUI and the headless commands: compatibility, plans (propose,
// list, apply, reject), version restore, lifecycle runs (on demand and on a schedule) and
// performance feedback. Every DB operation runs on the service's pool with its own
// DbConnection and returns a QFuture; writes that change an artist emit
// ArtistService::artistsChanged (when a service was given) so the Artists pane refreshes.
// Thread: lives on the thread that created it (GUI or CLI main thread), which runs an event loop.
class EvolutionService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        PlannerSettings planner;
        LifecycleThresholds lifecycle;
        double performanceHalfLifeDays = 30;
        // "Today" for trend windows and lifecycle rules; invalid: the clock (tests pin it).
        QDateTime now;
    };

    EvolutionService(std::shared_ptr<Database> database, ArtistService *artists, Options options,
                     QObject *parent = nullptr);
    ~EvolutionService() override; // waits for the pool

    // Options from the settings (half-life; the planner and lifecycle keep their defaults).
    static Options optionsFrom(Settings &settings);

    QFuture<Result<ArtistCompatibility>> compatibility(const QString &artistId);
    QFuture<Result<ProposedPlan>> proposePlan(const QString &artistId);
    QFuture<Result<QList<EvolutionPlan>>> plans(const QString &artistId);
    QFuture<Result<EvolutionPlan>> plan(qint64 planId);
    // NotFound (no such plan), Conflict (decided already, or the artist changed since).
    QFuture<Result<Artist>> applyPlan(qint64 planId);
    QFuture<Result<void>> rejectPlan(qint64 planId);
    QFuture<Result<Artist>> restoreVersion(const QString &artistId, int version);
    QFuture<Result<LifecycleRunResult>> runLifecycle();

    // Performance feedback.
    QFuture<Result<ImportReport>> importPerformance(const QString &path,
                                                    const ImportOptions &options);
    QFuture<Result<QList<PerformanceScore>>> performanceScores();
    QFuture<Result<QList<PerformancePoint>>> artistPerformance(const QString &artistId);
    QFuture<Result<QList<PerformancePoint>>> releasePerformance(const QString &releaseOrIsrc);
    QFuture<Result<QStringList>> artistReleases(const QString &artistId);

    // Runs the lifecycle every `interval` on this thread's event loop (the GUI process only;
    // headless commands never start it). A zero interval stops it.
    void startSchedule(std::chrono::milliseconds interval);
    void stopSchedule();
    bool isScheduled() const { return m_schedule.isActive(); }

Q_SIGNALS:
    void plansChanged(const QString &artistId);
    void lifecycleRan(int eventsRecorded);

private:
    template<typename R> QFuture<R> runOnPool(std::function<R(QSqlDatabase db)> work);
    // On the service's thread: tells the Artists pane (artists: a new version was saved) and
    // the Evolution view (plans: a plan was stored or decided) what changed.
    void announce(const QStringList &artistIds, bool artists, bool plans);

    std::shared_ptr<Database> m_database;
    ArtistService *m_artists = nullptr;
    Options m_options;
    QThreadPool m_pool;
    QTimer m_schedule;
    bool m_lifecycleRunning = false;
};
