#include "analysis/structureanalyzer.h"
#include "analyzewith.h"
#include "testcorpus.h"

#include <QTest>

namespace {

Analysis run(std::unique_ptr<StructureAnalyzer> analyzer, const QList<float> &audio, int rate,
             int channels)
{
    return analyzeWith(std::move(analyzer), audio, rate, channels);
}

} // namespace

class TestStructureAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsIntroVerseChorusOutro_data()
    {
        QTest::addColumn<double>("bpm");
        QTest::addColumn<int>("tonic");
        QTest::addColumn<bool>("minor");
        QTest::newRow("120 BPM C major") << 120.0 << 0 << false;
        QTest::newRow("135 BPM F# major") << 135.0 << 6 << false;
    }

    void findsIntroVerseChorusOutro()
    {
        QFETCH(double, bpm);
        QFETCH(int, tonic);
        QFETCH(bool, minor);
        TestCorpus::Track track;
        track.bpm = bpm;
        track.tonic = tonic;
        track.minor = minor;
        track.gainDb = -3;
        QList<TestCorpus::SectionTruth> truth;
        const QList<float> audio = TestCorpus::structuredTrack(track, &truth);
        const Analysis result =
            run(std::make_unique<StructureAnalyzer>(), audio, track.sampleRate, track.channels);

        QString found;
        for (const Section &s : result.sections)
            found += QStringLiteral(" %1-%2 %3")
                         .arg(s.startS, 0, 'f', 1)
                         .arg(s.endS, 0, 'f', 1)
                         .arg(s.label);
        QVERIFY2(result.sections.size() == truth.size(), qPrintable(found));
        for (qsizetype i = 1; i < truth.size(); ++i)
            QVERIFY2(std::abs(result.sections.at(i).startS - truth.at(i).startS) <= 2.0,
                     qPrintable(QStringLiteral("boundary %1 at %2 s, expected %3 s")
                                    .arg(i)
                                    .arg(result.sections.at(i).startS)
                                    .arg(truth.at(i).startS)));
        QCOMPARE(result.sections.constFirst().startS, 0.0);
        QVERIFY(std::abs(result.sections.constLast().endS - truth.constLast().endS) < 0.5);
        // the chorus (third part) is the loudest, fullest part
        QCOMPARE(result.mostEnergeticSection, 2);
        QCOMPARE(result.sections.at(2).energy, 1.0);
        // intro and outro are the same pads: same letter; the chorus differs from the intro
        QCOMPARE(result.sections.at(0).label, result.sections.at(3).label);
        QVERIFY(result.sections.at(2).label != result.sections.at(0).label);
        QVERIFY(result.analyzerVersions.contains(QStringLiteral("structure")));
    }

    void silenceGivesOneSectionWithoutCrashing()
    {
        const QList<float> audio(44100 * 2 * 15, 0.0f);
        const Analysis result = run(std::make_unique<StructureAnalyzer>(), audio, 44100, 2);
        QCOMPARE(result.sections.size(), 1);
        QVERIFY(std::abs(result.sections.constFirst().endS - 15.0) < 0.5);
    }

    void veryShortInputStillEndsWithOneSection()
    {
        const QList<float> audio(4000, 0.1f);
        const Analysis result = run(std::make_unique<StructureAnalyzer>(), audio, 8000, 1);
        QVERIFY(result.sections.size() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestStructureAnalyzer)
#include "tst_structureanalyzer.moc"
