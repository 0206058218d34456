#include "domain/artistdiff.h"
#include "evolution/adaptationplanner.h"
#include "evolution/planapplier.h"
#include "evolutionfixtures.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace EvolutionFixtures;
using namespace Qt::StringLiterals;

namespace {

const PlanDirective *directiveFor(const EvolutionPlan &plan, const QString &field,
                                  const QString &item = {})
{
    for (const PlanDirective &directive : plan.directives) {
        if (directive.field == field && (item.isEmpty() || directive.item == item))
            return &directive;
    }
    return nullptr;
}

QString describe(const EvolutionPlan &plan)
{
    QStringList lines;
    for (const PlanDirective &directive : plan.directives)
        lines.append(directive.field + u' ' + directive.item + u": "_s + directive.reason);
    return lines.join(u'\n');
}

Artist applied(const Artist &artist, const EvolutionPlan &plan)
{
    auto result = PlanApplier::apply(artist, plan.directives);
    if (!result)
        qWarning() << result.error().message;
    Artist next = result ? result.value() : artist;
    next.version = artist.version + 1;
    return next;
}

// A random but plausible market: any tempo, any mood, rising and falling elements.
SegmentTarget randomSegment(QRandomGenerator *random, const QString &country)
{
    static const QStringList genres = {u"synthwave"_s, u"darksynth"_s, u"funk"_s,
                                       u"techno"_s,    u"retrowave"_s, u"pop"_s};
    static const QStringList instruments = {u"synth bass"_s, u"analog synth"_s, u"guitar"_s,
                                            u"808"_s,        u"strings"_s,      u"drum machine"_s};
    static const QStringList vocals = {u"vocoder"_s, u"talk box"_s, u"whisper"_s, u"choir"_s,
                                       u"rap"_s};
    static const QStringList keys = {u"A minor"_s, u"C major"_s, u"F# minor"_s, u"Bb major"_s,
                                     u"E minor"_s, u"G major"_s, u"D minor"_s};
    const auto unit = [random] { return random->generateDouble(); };
    SegmentTarget target;
    target.segment = {country, genres.at(random->bounded(genres.size())), {}};
    target.marketWeight = 0.1 + 0.9 * unit();
    target.genreShare = unit() * 0.3;
    target.genreShareChange90d = (unit() - 0.3) * 0.05;
    target.relatedGenres = {genres.at(random->bounded(genres.size()))};
    target.tempo = FeatureTrend::of(60 + unit() * 140, (unit() - 0.5) * 20);
    target.energy = FeatureTrend::of(unit(), (unit() - 0.5) * 0.2);
    target.danceability = FeatureTrend::of(unit(), 0);
    target.valence = FeatureTrend::of(unit(), (unit() - 0.5) * 0.2);
    target.modeShare = FeatureTrend::of(unit());
    for (const QString &key : keys)
        target.keyShares.insert(key, unit() / keys.size());
    for (const QString &name : instruments)
        target.instruments.append({name, unit(), (unit() - 0.4) * 0.2});
    for (const QString &name : vocals)
        target.vocalElements.append({name, unit(), (unit() - 0.4) * 0.2});
    return target;
}

} // namespace

class TestAdaptationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realisticPlanIsNonEmptyExplainedAndGains();
    void firstPlanIsBoundedLikeEveryOther();
    void limitsHoldOverTwentySuccessivePlans_data();
    void limitsHoldOverTwentySuccessivePlans();
    void plansConvergeOnAFixedMarket();
    void lockedFieldsAreNeverTouched_data();
    void lockedFieldsAreNeverTouched();
    void newGenresEnterOnlyAsSubgenres();
    void speedAndAlignmentScaleTheStep();
    void sellingArtistsTakeSmallerSteps();
    void newInstrumentsAndVocalsAreCapped();
    void untargetedCountriesDoNotPullTheArtist();
    void applierRefusesStaleLockedOrOversizedDirectives();
    void directivesSurviveJson();
};

void TestAdaptationPlanner::realisticPlanIsNonEmptyExplainedAndGains()
{
    const Artist artist = synthwaveArtist();
    const EvolutionPlan plan = AdaptationPlanner().plan(artist, germanMarket());
    QVERIFY2(plan.directives.size() >= 4, qPrintable(describe(plan)));
    QCOMPARE(plan.artistId, artist.id);
    QCOMPARE(plan.artistVersion, artist.version);
    QVERIFY(plan.status == PlanStatus::Proposed);

    const PlanDirective *tempo = directiveFor(plan, u"music.tempoMaxBpm"_s);
    QVERIFY2(tempo, qPrintable(describe(plan)));
    // DE synthwave is the most relevant segment: it names the market and the numbers.
    QVERIFY2(tempo->reason.startsWith(u"DE · synthwave tempo rose 6 BPM in 90 days to 117 BPM"_s),
             qPrintable(tempo->reason));
    const int step = tempo->after.toInt() - tempo->before.toInt();
    QVERIFY(step > 0);
    QVERIFY2(tempo->reason.contains(u"+%1 BPM this step"_s.arg(step)), qPrintable(tempo->reason));
    QVERIFY(tempo->reason.contains(u"over 3 segments"_s));

    const PlanDirective *energy = directiveFor(plan, u"music.energy"_s);
    QVERIFY(energy);
    QVERIFY2(energy->reason.contains(u"energy rose 0.04 in 90 days to 0.72"_s),
             qPrintable(energy->reason));
    QVERIFY(energy->after.toDouble() > 0.6);

    for (const PlanDirective &directive : plan.directives)
        QVERIFY2(!directive.reason.isEmpty(), qPrintable(directive.field));

    QVERIFY2(plan.expectedGain() > 0, qPrintable(QString::number(plan.expectedGain())));
    double sum = 0;
    for (const PlanDirective &directive : plan.directives)
        sum += directive.expectedGain;
    QCOMPARE(sum + 1, plan.expectedGain() + 1);
    QVERIFY(energy->expectedGain > 0);

    // The applied plan scores what the plan promised.
    const Artist adapted = applied(artist, plan);
    QCOMPARE(CompatibilityScorer::overall(adapted, germanMarket()) + 1,
             plan.compatibilityAfter + 1);
}

void TestAdaptationPlanner::firstPlanIsBoundedLikeEveryOther()
{
    Artist far = synthwaveArtist();
    far.music.tempoMinBpm = 60;
    far.music.tempoMaxBpm = 70;
    far.music.energy = 0.05;
    far.music.valence = 0.95;
    far.music.arousal = 0.0;
    far.behaviour.evolutionSpeed = EvolutionSpeed::Fast;
    far.behaviour.trendAlignment = TrendAlignment::Strict;
    const EvolutionPlan plan = AdaptationPlanner().plan(far, germanMarket());
    const PlanDirective *tempo = directiveFor(plan, u"music.tempoMinBpm"_s);
    QVERIFY(tempo);
    QCOMPARE(tempo->after.toInt(), 70); // 50 BPM away, but one step is 10
    QCOMPARE(directiveFor(plan, u"music.tempoMaxBpm"_s)->after.toInt(), 80);
    QCOMPARE(directiveFor(plan, u"music.energy"_s)->after.toDouble(), 0.25);
    QCOMPARE(directiveFor(plan, u"music.valence"_s)->after.toDouble(), 0.75);
    QCOMPARE(directiveFor(plan, u"music.arousal"_s)->after.toDouble(), 0.2);
    QVERIFY(EvolutionLimitCheck::violations(far, applied(far, plan), {}).isEmpty());
}

void TestAdaptationPlanner::limitsHoldOverTwentySuccessivePlans_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("speed");
    QTest::addColumn<int>("alignment");
    for (quint32 seed = 1; seed <= 12; ++seed) {
        QTest::addRow("seed %u", seed)
            << seed << int(seed % 3) << int((seed / 3) % 3); // every speed × alignment
    }
}

void TestAdaptationPlanner::limitsHoldOverTwentySuccessivePlans()
{
    QFETCH(quint32, seed);
    QFETCH(int, speed);
    QFETCH(int, alignment);
    QRandomGenerator random(seed);
    Artist artist = synthwaveArtist();
    artist.behaviour.evolutionSpeed = EvolutionSpeed(speed);
    artist.behaviour.trendAlignment = TrendAlignment(alignment);
    const EvolutionLimits limits;
    const AdaptationPlanner planner;
    int changes = 0;
    for (int step = 0; step < 20; ++step) {
        const QList<SegmentTarget> market = {randomSegment(&random, u"DE"_s),
                                             randomSegment(&random, u"FR"_s),
                                             randomSegment(&random, u"US"_s)};
        const EvolutionPlan plan = planner.plan(artist, market);
        const Artist next = applied(artist, plan);
        const QStringList broken = EvolutionLimitCheck::violations(artist, next, limits);
        QVERIFY2(broken.isEmpty(), qPrintable(u"step %1: "_s.arg(step) + broken.join(u"; "_s)));
        // The same limits, read off the two profiles directly.
        QVERIFY(std::abs(next.music.tempoMinBpm - artist.music.tempoMinBpm) <= 10);
        QVERIFY(std::abs(next.music.tempoMaxBpm - artist.music.tempoMaxBpm) <= 10);
        QVERIFY(next.music.tempoMinBpm <= next.music.tempoMaxBpm);
        QVERIFY(std::abs(next.music.energy - artist.music.energy) <= 0.2 + 1e-9);
        QVERIFY(std::abs(next.music.valence - artist.music.valence) <= 0.2 + 1e-9);
        QVERIFY(std::abs(next.music.arousal - artist.music.arousal) <= 0.2 + 1e-9);
        QCOMPARE(next.music.primaryGenre, u"synthwave"_s);
        QVERIFY(next.music.subgenres.size() - artist.music.subgenres.size() <= 1);
        QVERIFY(next.music.subgenres.size() <=
                std::max<qsizetype>(5, artist.music.subgenres.size()));
        for (const Instrument &instrument : next.music.instrumentation) {
            const auto old = std::find_if(
                artist.music.instrumentation.cbegin(), artist.music.instrumentation.cend(),
                [&](const Instrument &i) { return i.name == instrument.name; });
            if (old == artist.music.instrumentation.cend())
                QVERIFY(instrument.level <= 0.5 + 1e-9);
            else
                QVERIFY(std::abs(instrument.level - old->level) <= 0.2 + 1e-9);
        }
        QVERIFY(EvolutionLimitCheck::vocalElements(next.music.vocalStyle).size() -
                    EvolutionLimitCheck::vocalElements(artist.music.vocalStyle).size() <=
                2);
        QCOMPARE(next.identity, artist.identity);
        QCOMPARE(next.audience, artist.audience);
        changes += int(plan.directives.size());
        artist = next;
    }
    QVERIFY(changes > 20); // random markets do move the artist
}

void TestAdaptationPlanner::plansConvergeOnAFixedMarket()
{
    Artist artist = synthwaveArtist();
    const AdaptationPlanner planner;
    double previous = CompatibilityScorer::overall(artist, germanMarket());
    int emptyAt = -1;
    for (int step = 0; step < 20; ++step) {
        const EvolutionPlan plan = planner.plan(artist, germanMarket());
        if (plan.isEmpty()) {
            emptyAt = step;
            break;
        }
        QVERIFY2(plan.compatibilityAfter >= previous - 1e-9, qPrintable(describe(plan)));
        artist = applied(artist, plan);
        previous = plan.compatibilityAfter;
    }
    // It settles: the market stays where it is, so plans run out of changes.
    QVERIFY2(emptyAt > 1, qPrintable(QString::number(emptyAt)));
    QVERIFY(previous > CompatibilityScorer::overall(synthwaveArtist(), germanMarket()));
    QVERIFY(artist.music.subgenres.contains(u"darksynth"_s));
}

void TestAdaptationPlanner::lockedFieldsAreNeverTouched_data()
{
    QTest::addColumn<QStringList>("locked");
    for (const QString &field : EvolutionLimitCheck::evolvableFields())
        QTest::newRow(qPrintable(field)) << QStringList{field};
    QTest::newRow("all") << EvolutionLimitCheck::evolvableFields();
    QTest::newRow("tempo and energy")
        << QStringList{u"music.tempoMinBpm"_s, u"music.tempoMaxBpm"_s, u"music.energy"_s};
}

void TestAdaptationPlanner::lockedFieldsAreNeverTouched()
{
    QFETCH(QStringList, locked);
    Artist artist = synthwaveArtist();
    artist.behaviour.lockedFields += locked;
    artist.behaviour.evolutionSpeed = EvolutionSpeed::Fast;
    QRandomGenerator random(7);
    const AdaptationPlanner planner;
    for (int step = 0; step < 20; ++step) {
        QList<SegmentTarget> market = germanMarket();
        market.append(randomSegment(&random, u"DE"_s));
        const EvolutionPlan plan = planner.plan(artist, market);
        for (const PlanDirective &directive : plan.directives)
            QVERIFY2(!locked.contains(directive.field), qPrintable(directive.field));
        const Artist next = applied(artist, plan);
        for (const FieldChange &change : ArtistDiff::diff(artist, next))
            QVERIFY2(!artist.behaviour.lockedFields.contains(change.field),
                     qPrintable(change.field));
        artist = next;
    }
    if (locked == EvolutionLimitCheck::evolvableFields())
        QVERIFY(planner.plan(artist, germanMarket()).isEmpty());
}

void TestAdaptationPlanner::newGenresEnterOnlyAsSubgenres()
{
    const Artist artist = synthwaveArtist();
    const EvolutionPlan plan = AdaptationPlanner().plan(artist, germanMarket());
    const PlanDirective *genre = directiveFor(plan, u"music.subgenres"_s);
    QVERIFY2(genre, qPrintable(describe(plan)));
    QCOMPARE(genre->item, u"darksynth"_s);
    QVERIFY(genre->before.isNull());
    QVERIFY2(genre->reason.contains(u"DE · darksynth share rose 0.9 points"_s),
             qPrintable(genre->reason));
    QVERIFY(!directiveFor(plan, u"music.primaryGenre"_s));
    const Artist next = applied(artist, plan);
    QCOMPARE(next.music.primaryGenre, u"synthwave"_s);
    QCOMPARE(next.music.subgenres, (QStringList{u"retrowave"_s, u"darksynth"_s}));

    // An unrelated rising genre stays out for a soft artist; an experimental one takes it up,
    // still as a subgenre.
    SegmentTarget funk = brFunk();
    funk.segment.country = u"DE"_s;
    funk.genreShareChange90d = 0.05;
    QList<SegmentTarget> market = {deSynthwave(), funk};
    QVERIFY(!directiveFor(AdaptationPlanner().plan(artist, market), u"music.subgenres"_s));
    Artist experimental = artist;
    experimental.behaviour.trendAlignment = TrendAlignment::Experimental;
    const EvolutionPlan experimentalPlan = AdaptationPlanner().plan(experimental, market);
    const PlanDirective *taken = directiveFor(experimentalPlan, u"music.subgenres"_s);
    QVERIFY(taken);
    QCOMPARE(taken->item, u"funk"_s);
}

void TestAdaptationPlanner::sellingArtistsTakeSmallerSteps()
{
    const EvolutionLimits whole;
    const EvolutionLimits none = whole.forPerformance(std::nullopt);
    QCOMPARE(none.maxTempoStepBpm, 10);
    QCOMPARE(none.maxEnergyStep, 0.2);
    const EvolutionLimits bottom = whole.forPerformance(0.0);
    QCOMPARE(bottom.maxTempoStepBpm, 10);
    const EvolutionLimits middle = whole.forPerformance(0.5);
    QCOMPARE(middle.maxTempoStepBpm, 8); // 10 x 0.75, rounded
    QVERIFY(std::abs(middle.maxMoodStep - 0.15) < 1e-12);
    const EvolutionLimits top = whole.forPerformance(1.0);
    QCOMPARE(top.maxTempoStepBpm, 5);
    QVERIFY(std::abs(top.maxEnergyStep - 0.1) < 1e-12);
    QVERIFY(std::abs(top.maxLevelStep - 0.1) < 1e-12);
    QVERIFY(std::abs(top.newInstrumentMaxLevel - 0.25) < 1e-12);
    QCOMPARE(top.maxNewInstruments, whole.maxNewInstruments); // counts do not shrink
    QCOMPARE(whole.forPerformance(7.0).maxTempoStepBpm, 5);   // clamped to 0..1
}

void TestAdaptationPlanner::speedAndAlignmentScaleTheStep()
{
    const auto energyStep = [](EvolutionSpeed speed, TrendAlignment alignment) {
        Artist artist = synthwaveArtist();
        artist.music.energy = 0.3;
        artist.behaviour.evolutionSpeed = speed;
        artist.behaviour.trendAlignment = alignment;
        const EvolutionPlan plan = AdaptationPlanner().plan(artist, {deSynthwave()});
        const PlanDirective *energy = directiveFor(plan, u"music.energy"_s);
        return energy ? energy->after.toDouble() - 0.3 : 0.0;
    };
    // Gap 0.42: slow soft 0.25·0.6 → 0.063; medium soft 0.126; fast strict capped at 0.2.
    QCOMPARE(energyStep(EvolutionSpeed::Slow, TrendAlignment::Soft), 0.063);
    QCOMPARE(energyStep(EvolutionSpeed::Medium, TrendAlignment::Soft), 0.126);
    QCOMPARE(energyStep(EvolutionSpeed::Medium, TrendAlignment::Experimental), 0.168);
    QCOMPARE(energyStep(EvolutionSpeed::Medium, TrendAlignment::Strict), 0.2);
    QCOMPARE(energyStep(EvolutionSpeed::Fast, TrendAlignment::Strict), 0.2);
    QCOMPARE(AdaptationPlanner::stepFraction({}), 0.3); // medium, soft
}

void TestAdaptationPlanner::newInstrumentsAndVocalsAreCapped()
{
    SegmentTarget loud = deSynthwave();
    loud.instruments = {{u"synth bass"_s, 0.9, 0.2},
                        {u"808"_s, 0.8, 0.15},
                        {u"guitar"_s, 0.7, 0.1},
                        {u"analog synth"_s, 0.9, 0.3}};
    loud.vocalElements = {
        {u"vocoder"_s, 0.6, 0.2}, {u"talk box"_s, 0.5, 0.1}, {u"choir"_s, 0.4, 0.05}};
    Artist artist = synthwaveArtist();
    artist.behaviour.evolutionSpeed = EvolutionSpeed::Fast;
    artist.behaviour.trendAlignment = TrendAlignment::Strict;
    const EvolutionPlan plan = AdaptationPlanner().plan(artist, {loud});
    int newInstruments = 0;
    int newVocals = 0;
    for (const PlanDirective &directive : plan.directives) {
        if (directive.field == u"music.instrumentation"_s && directive.before.isNull()) {
            ++newInstruments;
            QVERIFY(directive.after.toDouble() <= 0.5);
            QVERIFY2(directive.reason.contains(u"enters at level 0.5"_s),
                     qPrintable(directive.reason));
        }
        if (directive.field == u"music.vocalStyle"_s)
            ++newVocals;
    }
    QCOMPARE(newInstruments, 2);
    QCOMPARE(newVocals, 2);
    const PlanDirective *synth = directiveFor(plan, u"music.instrumentation"_s, u"analog synth"_s);
    QVERIFY(synth);
    QCOMPARE(synth->after.toDouble(), 1.0); // 0.8 + 0.2, the level step
    const Artist next = applied(artist, plan);
    QCOMPARE(next.music.vocalStyle, u"airy tenor, vocoder, talk box"_s);

    // An instrumental artist gets no vocals.
    artist.music.instrumental = true;
    artist.music.vocalStyle.clear();
    QVERIFY(!directiveFor(AdaptationPlanner().plan(artist, {loud}), u"music.vocalStyle"_s));
}

void TestAdaptationPlanner::untargetedCountriesDoNotPullTheArtist()
{
    const Artist artist = synthwaveArtist(); // DE and FR
    const AdaptationPlanner planner;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SegmentTarget> withBrazil = germanMarket();
    withBrazil.append(brFunk());
    const EvolutionPlan with = planner.plan(artist, withBrazil, now);
    const EvolutionPlan without = planner.plan(artist, germanMarket(), now);
    QCOMPARE(with.directives, without.directives);
    QCOMPARE(planner.targetSegments(artist, withBrazil).size(), 3);
    QCOMPARE(planner.targetSegments(artist, withBrazil).first().target.segment.label(),
             u"DE · synthwave"_s);
}

void TestAdaptationPlanner::applierRefusesStaleLockedOrOversizedDirectives()
{
    const Artist artist = synthwaveArtist();
    const EvolutionPlan plan = AdaptationPlanner().plan(artist, germanMarket());
    QVERIFY(PlanApplier::apply(artist, plan.directives).ok());

    Artist changed = artist;
    changed.music.energy = 0.9; // edited after the plan was made
    auto stale = PlanApplier::apply(changed, plan.directives);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY(stale.error().message.contains(u"music.energy"_s));

    Artist locked = artist;
    locked.behaviour.lockedFields.append(u"music.energy"_s);
    auto refused = PlanApplier::apply(locked, plan.directives);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);

    const PlanDirective jump{u"music.energy"_s, {}, 0.6, 1.0, u"hand-made"_s, 0};
    auto oversized = PlanApplier::apply(artist, {jump});
    QVERIFY(!oversized.ok());
    QCOMPARE(oversized.error().code, ErrorCode::InvalidInput);

    const PlanDirective identity{u"identity.stageName"_s, {}, u"Neon Aurel"_s, u"X"_s, {}, 0};
    QCOMPARE(PlanApplier::apply(artist, {identity}).error().code, ErrorCode::Conflict);
    const PlanDirective persona{u"identity.persona"_s, {}, artist.identity.persona, u"X"_s, {}, 0};
    QCOMPARE(PlanApplier::apply(artist, {persona}).error().code, ErrorCode::InvalidInput);
}

void TestAdaptationPlanner::directivesSurviveJson()
{
    const EvolutionPlan plan = AdaptationPlanner().plan(synthwaveArtist(), germanMarket());
    auto back =
        EvolutionPlanJson::directivesFromJson(EvolutionPlanJson::directivesToJson(plan.directives));
    QVERIFY(back.ok());
    QCOMPARE(back.value(), plan.directives);
    QVERIFY(!EvolutionPlanJson::directivesFromJson(QJsonArray{QJsonObject{}}).ok());
}

QTEST_GUILESS_MAIN(TestAdaptationPlanner)
#include "tst_adaptationplanner.moc"
