#include "evolution/lifecycle.h"
#include "evolution/lifecyclerecorder.h"
#include "evolutionfixtures.h"
#include "storage/artistrepository.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LifecycleStatus)

namespace {

const QDateTime kNow(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

// `approved` approvals among `total` runs, one a day going back from yesterday; the newest run
// is an approval when there is one, so rejection streaks stay short.
QList<RunOutcome> runs(int total, int approved)
{
    QList<RunOutcome> list;
    for (int i = 0; i < total; ++i)
        list.append({kNow.addDays(-1 - i), i < approved});
    return list;
}

LifecycleInput artist(LifecycleStatus status, QList<RunOutcome> outcomes)
{
    LifecycleInput input;
    input.artistId = u"a1"_s;
    input.status = status;
    input.runs = std::move(outcomes);
    input.lastRunAt = kNow.addDays(-1);
    return input;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesFireAtTheirThresholdAndNotBefore_data();
    void rulesFireAtTheirThresholdAndNotBefore();
    void runsOutsideTheWindowDoNotCount();
    void thresholdsAreSettings();
    void retiredArtistsStayRetired();
    void recorderUpdatesStatusAndLogsEvents();

private:
    void check(const LifecycleInput &input, const LifecycleThresholds &thresholds,
               const QString &rule, LifecycleStatus to, const QStringList &reasonParts);
};

void TestLifecycle::check(const LifecycleInput &input, const LifecycleThresholds &thresholds,
                          const QString &rule, LifecycleStatus to, const QStringList &reasonParts)
{
    const QList<LifecycleDecision> decisions = LifecycleRules::evaluate({input}, kNow, thresholds);
    if (rule.isEmpty()) {
        QVERIFY2(decisions.isEmpty(),
                 qPrintable(decisions.isEmpty()
                                ? QString()
                                : decisions.first().rule + u": "_s + decisions.first().reason));
        return;
    }
    QCOMPARE(decisions.size(), 1);
    const LifecycleDecision &decision = decisions.first();
    QCOMPARE(decision.rule, rule);
    QCOMPARE(decision.artistId, input.artistId);
    QCOMPARE(int(decision.from), int(input.status));
    QCOMPARE(int(decision.to), int(to));
    QCOMPARE(decision.proposeEvolution, rule == u"evolve.propose"_s);
    for (const QString &part : reasonParts)
        QVERIFY2(decision.reason.contains(part), qPrintable(decision.reason + u" lacks "_s + part));
}

void TestLifecycle::rulesFireAtTheirThresholdAndNotBefore_data()
{
    QTest::addColumn<LifecycleInput>("input");
    QTest::addColumn<QString>("rule"); // empty: no decision
    QTest::addColumn<LifecycleStatus>("to");
    QTest::addColumn<QStringList>("reason");
    const auto A = LifecycleStatus::Active;
    const auto C = LifecycleStatus::Candidate;

    QTest::newRow("pause: 10% approval over 10 runs")
        << artist(A, runs(10, 1)) << u"pause.approval"_s << LifecycleStatus::Paused
        << QStringList{u"10%"_s, u"1 of 10 runs"_s, u"30 days"_s, u"below 20%"_s};
    QTest::newRow("pause: 9 runs are too few to judge")
        << artist(A, runs(9, 1)) << QString() << A << QStringList();
    QTest::newRow("no pause at exactly 20% (evolve instead)")
        << artist(A, runs(10, 2)) << u"evolve.propose"_s << LifecycleStatus::Evolving
        << QStringList{u"20%"_s, u"2 of 10 runs"_s, u"below 40%"_s};
    QTest::newRow("evolve: 30%") << artist(A, runs(10, 3)) << u"evolve.propose"_s
                                 << LifecycleStatus::Evolving << QStringList{u"30%"_s};
    QTest::newRow("no evolution at exactly 40%")
        << artist(A, runs(10, 4)) << QString() << A << QStringList();
    QTest::newRow("evolving recovers at 40%")
        << artist(LifecycleStatus::Evolving, runs(10, 4)) << u"evolve.recovered"_s << A
        << QStringList{u"40%"_s};
    QTest::newRow("evolving stays below 40%")
        << artist(LifecycleStatus::Evolving, runs(10, 3)) << QString() << LifecycleStatus::Evolving
        << QStringList();
    QTest::newRow("promote: 90%") << artist(C, runs(10, 9)) << u"promote"_s << A
                                  << QStringList{u"90%"_s, u"above 85%"_s};
    QTest::newRow("no promotion at exactly 85%")
        << artist(C, runs(20, 17)) << QString() << C << QStringList();
    QTest::newRow("active artists are not promoted")
        << artist(A, runs(10, 10)) << QString() << A << QStringList();

    LifecycleInput idle = artist(A, runs(3, 1));
    idle.lastRunAt = kNow.addDays(-45);
    QTest::newRow("pause: 45 days inactive")
        << idle << u"pause.inactive"_s << LifecycleStatus::Paused
        << QStringList{u"45 days"_s, u"2025-01-15"_s};
    idle.lastRunAt = kNow.addDays(-45).addSecs(60);
    QTest::newRow("not paused a minute before 45 days") << idle << QString() << A << QStringList();
    LifecycleInput never = artist(C, {});
    never.lastRunAt = QDateTime();
    QTest::newRow("an artist that never ran is not inactive")
        << never << QString() << C << QStringList();

    QTest::newRow("retire: 5 consecutive rejections")
        << artist(A, runs(5, 0)) << u"retire.rejections"_s << LifecycleStatus::Retired
        << QStringList{u"5 consecutive rejections"_s};
    QList<RunOutcome> four = runs(4, 0);
    four.append({kNow.addDays(-10), true});
    QTest::newRow("4 rejections after an approval")
        << artist(A, four) << QString() << A << QStringList();

    LifecycleInput paused = artist(LifecycleStatus::Paused, {});
    paused.pausedSince = kNow.addDays(-90);
    QTest::newRow("retire: 90 days paused")
        << paused << u"retire.paused"_s << LifecycleStatus::Retired
        << QStringList{u"90 days"_s, u"2024-12-01"_s};
    paused.pausedSince = kNow.addDays(-89);
    QTest::newRow("89 days paused")
        << paused << QString() << LifecycleStatus::Paused << QStringList();
    LifecycleInput pausedLow = artist(LifecycleStatus::Paused, runs(10, 0));
    pausedLow.runs.first().approved = true;
    QTest::newRow("paused artists are not paused again")
        << pausedLow << QString() << LifecycleStatus::Paused << QStringList();
}

void TestLifecycle::rulesFireAtTheirThresholdAndNotBefore()
{
    QFETCH(LifecycleInput, input);
    QFETCH(QString, rule);
    QFETCH(LifecycleStatus, to);
    QFETCH(QStringList, reason);
    check(input, {}, rule, to, reason);
}

void TestLifecycle::runsOutsideTheWindowDoNotCount()
{
    QList<RunOutcome> outcomes = runs(5, 1);
    for (int i = 0; i < 10; ++i)
        outcomes.append({kNow.addDays(-31 - i), false}); // a bad month ago
    check(artist(LifecycleStatus::Active, outcomes), {}, {}, LifecycleStatus::Active, {});
    QCOMPARE(LifecycleRules::consecutiveRejections(outcomes), 0);
    // Order of the input does not matter for streaks.
    QList<RunOutcome> shuffled = {
        {kNow.addDays(-1), false}, {kNow.addDays(-3), true}, {kNow.addDays(-2), false}};
    QCOMPARE(LifecycleRules::consecutiveRejections(shuffled), 2);
}

void TestLifecycle::thresholdsAreSettings()
{
    LifecycleThresholds strict;
    strict.minRuns = 5;
    strict.pauseBelowApproval = 0.5;
    strict.retireAfterRejections = 3;
    strict.pauseAfterInactiveDays = 10;
    strict.windowDays = 7;
    check(artist(LifecycleStatus::Active, runs(5, 2)), strict, u"pause.approval"_s,
          LifecycleStatus::Paused, {u"40%"_s, u"below 50%"_s, u"7 days"_s});
    check(artist(LifecycleStatus::Active, runs(3, 0)), strict, u"retire.rejections"_s,
          LifecycleStatus::Retired, {u"3 consecutive"_s});
    LifecycleInput idle = artist(LifecycleStatus::Active, runs(1, 1));
    idle.lastRunAt = kNow.addDays(-10);
    check(idle, strict, u"pause.inactive"_s, LifecycleStatus::Paused, {u"10 days"_s});
    check(idle, {}, {}, LifecycleStatus::Active, {}); // the default waits 45 days
}

void TestLifecycle::retiredArtistsStayRetired()
{
    LifecycleInput retired = artist(LifecycleStatus::Retired, runs(10, 0));
    retired.lastRunAt = kNow.addYears(-1);
    check(retired, {}, {}, LifecycleStatus::Retired, {});
}

void TestLifecycle::recorderUpdatesStatusAndLogsEvents()
{
    TestEnvironment env;
    auto opened = Database::open(env.path(u"studio.sqlite"_s));
    QVERIFY(opened.ok());
    DbConnection connection(*opened.value());
    ArtistRepository artists(connection.database());
    Artist a = EvolutionFixtures::synthwaveArtist();
    a.id.clear();
    const Artist weak = artists.insert(a, ChangeSource::Creation, u"created"_s).value();
    a.identity.stageName = u"Second"_s;
    const Artist moved = artists.insert(a, ChangeSource::Creation, u"created"_s).value();

    LifecycleInput input = artist(LifecycleStatus::Active, runs(10, 1));
    input.artistId = weak.id;
    input.name = weak.identity.stageName;
    LifecycleInput other = input;
    other.artistId = moved.id;
    QList<LifecycleDecision> decisions = LifecycleRules::evaluate({input, other}, kNow);
    QCOMPARE(decisions.size(), 2);
    QVERIFY(decisions.first().reason.startsWith(u"Neon Aurel: approval 10%"_s));
    // The operator retires the second artist before the decisions are recorded.
    Artist retired = moved;
    retired.status = LifecycleStatus::Retired;
    QVERIFY(artists.update(retired, ChangeSource::Operator, u"done"_s).ok());

    auto recorded = LifecycleRecorder::record(connection.database(), decisions, kNow);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(int(artists.find(weak.id)->status), int(LifecycleStatus::Paused));
    QCOMPARE(int(artists.find(moved.id)->status), int(LifecycleStatus::Retired));

    const ArtistVersion latest = artists.versions(weak.id)->first();
    QCOMPARE(latest.version, 2);
    QVERIFY2(latest.reason.startsWith(u"lifecycle pause.approval: "_s), qPrintable(latest.reason));
    QCOMPARE(latest.diff.size(), 1);

    auto events = LifecycleEventRepository(connection.database()).forArtist(weak.id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    const LifecycleEvent &event = events->first();
    QCOMPARE(event.at, kNow);
    QCOMPARE(int(event.from), int(LifecycleStatus::Active));
    QCOMPARE(int(event.to), int(LifecycleStatus::Paused));
    QCOMPARE(event.rule, u"pause.approval"_s);
    QVERIFY(event.reason.contains(u"1 of 10 runs"_s));
    QVERIFY(LifecycleEventRepository(connection.database()).forArtist(moved.id)->isEmpty());
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
