#include "evolution/compatibility.h"
#include "evolutionfixtures.h"

#include <QTest>

#include <cmath>

using namespace EvolutionFixtures;
using namespace Qt::StringLiterals;

namespace {

SegmentTarget genreOnly(const QString &genre, const QStringList &related = {})
{
    SegmentTarget target;
    target.segment = {QStringLiteral("DE"), genre, {}};
    target.marketWeight = 0.7;
    target.relatedGenres = related;
    return target;
}

} // namespace

class TestCompatibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synthwaveArtistFitsDeSynthwaveBetterThanBrFunk();
    void genreFitFollowsPrimarySubgenreRelatedOther_data();
    void genreFitFollowsPrimarySubgenreRelatedOther();
    void countryWideSegmentUsesGenreShares();
    void tempoFitFallsWithDistanceOutsideTheRange_data();
    void tempoFitFallsWithDistanceOutsideTheRange();
    void keysAreComparedRelativeToTheSegmentsTopKeys();
    void missingDataLeavesAPartOutInsteadOfScoringItZero();
    void marketWeightAndTargetCountriesWeightTheScore();
    void overallWeighsSegmentsByRelevance();
    void degenerateInputStaysInRange();
};

void TestCompatibility::synthwaveArtistFitsDeSynthwaveBetterThanBrFunk()
{
    Artist artist = synthwaveArtist();
    artist.audience.targetCountries = {QStringLiteral("DE"), QStringLiteral("BR")};
    const Compatibility de = CompatibilityScorer::score(artist, deSynthwave());
    const Compatibility br = CompatibilityScorer::score(artist, brFunk());
    QVERIFY2(de.score > br.score + 0.2,
             qPrintable(QStringLiteral("DE %1, BR %2").arg(de.score).arg(br.score)));
    QVERIFY(de.fit > br.fit);
    // Every part that a user would compare agrees, so the bar chart tells the same story.
    for (CompatibilityPart part :
         {CompatibilityPart::Genre, CompatibilityPart::Tempo, CompatibilityPart::Energy,
          CompatibilityPart::Mood, CompatibilityPart::KeyMode}) {
        QVERIFY2(de.part(part).known && br.part(part).known, qPrintable(toString(part)));
        QVERIFY2(de.part(part).fit > br.part(part).fit, qPrintable(toString(part)));
        QVERIFY(!de.part(part).explanation.isEmpty());
    }
    QCOMPARE(de.parts.size(), 5);
    QCOMPARE(de.part(CompatibilityPart::Genre).fit, 1.0);
    QVERIFY(de.part(CompatibilityPart::Tempo).explanation.contains(QStringLiteral("117 BPM")));
}

void TestCompatibility::genreFitFollowsPrimarySubgenreRelatedOther_data()
{
    QTest::addColumn<QString>("genre");
    QTest::addColumn<QStringList>("related");
    QTest::addColumn<double>("fit");
    QTest::newRow("primary") << u"synthwave"_s << QStringList() << 1.0;
    QTest::newRow("primary, other case") << u"SynthWave"_s << QStringList() << 1.0;
    QTest::newRow("subgenre") << u"retrowave"_s << QStringList() << 0.8;
    QTest::newRow("related to primary") << u"darksynth"_s << QStringList{u"synthwave"_s} << 0.6;
    QTest::newRow("related to a subgenre") << u"outrun"_s << QStringList{u"retrowave"_s} << 0.6;
    QTest::newRow("other") << u"funk"_s << QStringList{u"pop"_s} << 0.3;
}

void TestCompatibility::genreFitFollowsPrimarySubgenreRelatedOther()
{
    QFETCH(QString, genre);
    QFETCH(QStringList, related);
    QFETCH(double, fit);
    const Compatibility result =
        CompatibilityScorer::score(synthwaveArtist(), genreOnly(genre, related));
    QCOMPARE(result.part(CompatibilityPart::Genre).fit, fit);
    // Only the genre is known: the fit is the genre part alone.
    QCOMPARE(result.fit, fit);
}

void TestCompatibility::countryWideSegmentUsesGenreShares()
{
    SegmentTarget de;
    de.segment = {QStringLiteral("DE"), {}, {}};
    de.genreShares = {{QStringLiteral("synthwave"), 0.25}, {QStringLiteral("pop"), 0.75}};
    const Compatibility result = CompatibilityScorer::score(synthwaveArtist(), de);
    QVERIFY(result.part(CompatibilityPart::Genre).known);
    QCOMPARE(result.part(CompatibilityPart::Genre).fit, 0.25 * 1.0 + 0.75 * 0.3);

    de.genreShares = {{QStringLiteral("synthwave"), 0.75}, {QStringLiteral("pop"), 0.25}};
    QVERIFY(CompatibilityScorer::score(synthwaveArtist(), de).fit > result.fit);
}

void TestCompatibility::tempoFitFallsWithDistanceOutsideTheRange_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("fit");
    // The artist plays 100–118 BPM; 40 BPM outside is no fit at all.
    QTest::newRow("inside") << 110.0 << 1.0;
    QTest::newRow("on the edge") << 118.0 << 1.0;
    QTest::newRow("10 above") << 128.0 << 0.75;
    QTest::newRow("20 below") << 80.0 << 0.5;
    QTest::newRow("40 above") << 158.0 << 0.0;
    QTest::newRow("far above") << 240.0 << 0.0;
}

void TestCompatibility::tempoFitFallsWithDistanceOutsideTheRange()
{
    QFETCH(double, mean);
    QFETCH(double, fit);
    SegmentTarget target = genreOnly(QStringLiteral("synthwave"));
    target.tempo = FeatureTrend::of(mean);
    QCOMPARE(
        CompatibilityScorer::score(synthwaveArtist(), target).part(CompatibilityPart::Tempo).fit,
        fit);
}

void TestCompatibility::keysAreComparedRelativeToTheSegmentsTopKeys()
{
    SegmentTarget target = genreOnly(QStringLiteral("synthwave"));
    target.keyShares = {{QStringLiteral("A minor"), 0.3},
                        {QStringLiteral("D# minor"), 0.2},
                        {QStringLiteral("C major"), 0.1}};
    Artist artist = synthwaveArtist();
    // The two most common keys, one spelt differently: a perfect key fit.
    artist.music.preferredKeys = {QStringLiteral("A minor"), QStringLiteral("Eb minor")};
    const double top =
        CompatibilityScorer::score(artist, target).part(CompatibilityPart::KeyMode).fit;
    QCOMPARE(top, 1.0);

    artist.music.preferredKeys = {QStringLiteral("A minor"), QStringLiteral("C major")};
    const double partly =
        CompatibilityScorer::score(artist, target).part(CompatibilityPart::KeyMode).fit;
    QCOMPARE(partly, 0.4 / 0.5);

    artist.music.preferredKeys = {QStringLiteral("B major")};
    QCOMPARE(CompatibilityScorer::score(artist, target).part(CompatibilityPart::KeyMode).fit, 0.0);

    // Mode: an all-minor artist against a mostly major market.
    target.keyShares.clear();
    target.modeShare = FeatureTrend::of(0.8);
    artist.music.preferredKeys = {QStringLiteral("A minor"), QStringLiteral("E minor")};
    QCOMPARE(CompatibilityScorer::score(artist, target).part(CompatibilityPart::KeyMode).fit,
             1.0 - 0.8);

    QCOMPARE(CompatibilityScorer::keyIndex(QStringLiteral("Db major")),
             CompatibilityScorer::keyIndex(QStringLiteral("C# major")));
    QVERIFY(!CompatibilityScorer::keyIndex(QStringLiteral("H minor")));
    QVERIFY(!CompatibilityScorer::keyIndex(QStringLiteral("A dorian")));
}

void TestCompatibility::missingDataLeavesAPartOutInsteadOfScoringItZero()
{
    SegmentTarget target = genreOnly(QStringLiteral("synthwave"));
    target.energy = FeatureTrend::of(0.6);
    const Compatibility result = CompatibilityScorer::score(synthwaveArtist(), target);
    QVERIFY(!result.part(CompatibilityPart::Tempo).known);
    QVERIFY(result.part(CompatibilityPart::Mood).known); // arousal from energy alone
    QVERIFY(!result.part(CompatibilityPart::KeyMode).known);
    QVERIFY(result.part(CompatibilityPart::Energy).known);
    // genre 1.0, energy 1.0 and arousal 0.55 vs 0.6: tempo and keys do not count as zeros
    QCOMPARE(result.fit, (0.40 * 1.0 + 0.15 * 1.0 + 0.15 * 0.95) / (0.40 + 0.15 + 0.15));
}

void TestCompatibility::marketWeightAndTargetCountriesWeightTheScore()
{
    const Artist artist = synthwaveArtist(); // targets DE and FR
    SegmentTarget big = deSynthwave();
    big.marketWeight = 1.0;
    SegmentTarget small = deSynthwave();
    small.marketWeight = 0.1;
    const Compatibility a = CompatibilityScorer::score(artist, big);
    const Compatibility b = CompatibilityScorer::score(artist, small);
    QCOMPARE(a.fit, b.fit);
    QVERIFY(a.score > b.score);
    QCOMPARE(a.marketFactor, 1.0);
    QCOMPARE(b.marketFactor, 0.55);

    SegmentTarget elsewhere = deSynthwave();
    elsewhere.segment.country = QStringLiteral("JP");
    const Compatibility jp = CompatibilityScorer::score(artist, elsewhere);
    QCOMPARE(jp.targetFactor, 0.7);
    QCOMPARE(jp.score, CompatibilityScorer::score(artist, deSynthwave()).score * 0.7);

    // An artist without target countries is open to every market.
    Artist open = artist;
    open.audience.targetCountries.clear();
    QCOMPARE(CompatibilityScorer::score(open, elsewhere).targetFactor, 1.0);
}

void TestCompatibility::overallWeighsSegmentsByRelevance()
{
    const Artist artist = synthwaveArtist();
    const double de = CompatibilityScorer::score(artist, deSynthwave()).score;
    const double dark = CompatibilityScorer::score(artist, deDarksynth()).score;
    const double both = CompatibilityScorer::overall(artist, {deSynthwave(), deDarksynth()});
    // Synthwave (primary, relevance 0.7) counts more than darksynth (related, 0.42).
    QCOMPARE(both, (0.7 * de + 0.42 * dark) / (0.7 + 0.42));
    QVERIFY(both > (de + dark) / 2);
    QCOMPARE(CompatibilityScorer::overall(artist, {}), 0.0);
}

void TestCompatibility::degenerateInputStaysInRange()
{
    Artist empty;
    SegmentTarget weird;
    weird.marketWeight = 7;
    weird.tempo = FeatureTrend::of(std::nan(""));
    weird.energy = FeatureTrend::of(-3);
    weird.keyShares = {{QStringLiteral("not a key"), 1.0}};
    for (const SegmentTarget &target : {weird, SegmentTarget(), deSynthwave()}) {
        const Compatibility result = CompatibilityScorer::score(empty, target);
        QVERIFY(!std::isnan(target.tempo.mean) || !result.part(CompatibilityPart::Tempo).known);
        QVERIFY(std::isfinite(result.score));
        QVERIFY(result.score >= 0 && result.score <= 1);
        for (const CompatibilityPartScore &part : result.parts)
            QVERIFY(part.fit >= 0 && part.fit <= 1);
    }
}

QTEST_GUILESS_MAIN(TestCompatibility)
#include "tst_compatibility.moc"
