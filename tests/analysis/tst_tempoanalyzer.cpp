#include "analysis/tempoanalyzer.h"
#include "analyzewith.h"
#include "testcorpus.h"

#include <QTest>

namespace {

Analysis run(const QList<float> &audio, int rate, int channels)
{
    return analyzeWith(std::make_unique<TempoAnalyzer>(), audio, rate, channels);
}

} // namespace

class TestTempoAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickTrackGivesTempoAndEvenBeats_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("44.1 kHz") << 44100;
        QTest::newRow("48 kHz") << 48000;
    }

    void clickTrackGivesTempoAndEvenBeats()
    {
        QFETCH(int, rate);
        const Analysis a = run(TestCorpus::clickTrack(120, 20, rate, 2), rate, 2);
        QVERIFY2(std::abs(a.bpm - 120) <= 1, qPrintable(QString::number(a.bpm)));
        QVERIFY(a.beats.size() >= 35);
        for (qsizetype i = 2; i < a.beats.size(); ++i)
            QVERIFY2(std::abs(a.beats.at(i) - a.beats.at(i - 1) - 0.5) < 0.03,
                     qPrintable(QStringLiteral("beat %1 at %2").arg(i).arg(a.beats.at(i))));
        QVERIFY(!a.variableTempo);
        QVERIFY(a.bpmConfidence > 0.5);
        QVERIFY(!a.bpmAlternatives.isEmpty());
        QCOMPARE(a.bpmAlternatives.constFirst().bpm, a.bpm);
        QCOMPARE(a.analyzerVersions.value(QStringLiteral("tempo")), TempoAnalyzer().version());
    }

    void halfTimeBreakbeatIsNotHalvedOrDoubled()
    {
        TestCorpus::Track track;
        track.style = TestCorpus::Style::HalfTime;
        track.bpm = 140;
        const Analysis a = run(TestCorpus::render(track), track.sampleRate, track.channels);
        QVERIFY2(std::abs(a.bpm / 140 - 1) < 0.04, qPrintable(QString::number(a.bpm)));
    }

    void slowAmbientPulseIsNotDoubled()
    {
        TestCorpus::Track track;
        track.style = TestCorpus::Style::Ambient;
        track.bpm = 70;
        const Analysis a = run(TestCorpus::render(track), track.sampleRate, track.channels);
        QVERIFY2(std::abs(a.bpm / 70 - 1) < 0.04, qPrintable(QString::number(a.bpm)));
    }

    void driftingTempoIsFlaggedVariable()
    {
        TestCorpus::Track track;
        track.bpm = 110;
        track.bpmEnd = 135;
        track.durationS = 30;
        const Analysis a = run(TestCorpus::render(track), track.sampleRate, track.channels);
        QVERIFY(a.variableTempo);
        QVERIFY2(a.bpm > 105 && a.bpm < 140, qPrintable(QString::number(a.bpm)));
    }

    void silenceHasNoTempoAndNoConfidence()
    {
        const Analysis a = run(QList<float>(44100 * 2 * 10, 0.0f), 44100, 2);
        QVERIFY(std::isnan(a.bpm));
        QCOMPARE(a.bpmConfidence, 0.0);
        QVERIFY(a.beats.isEmpty());
    }

    void tooShortInputDoesNotCrash()
    {
        const Analysis a = run(QList<float>(800, 0.2f), 8000, 1);
        QCOMPARE(a.bpmConfidence, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTempoAnalyzer)
#include "tst_tempoanalyzer.moc"
