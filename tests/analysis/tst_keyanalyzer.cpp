#include "analysis/keyanalyzer.h"
#include "analyzewith.h"
#include "testcorpus.h"

#include <QTest>

namespace {

Analysis run(std::unique_ptr<KeyAnalyzer> analyzer, const QList<float> &audio, int rate,
             int channels)
{
    return analyzeWith(std::move(analyzer), audio, rate, channels);
}

} // namespace

class TestKeyAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTonicAndMode_data()
    {
        QTest::addColumn<int>("tonic");
        QTest::addColumn<bool>("minor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C major cadence") << 0 << false << QStringLiteral("C major");
        QTest::newRow("A minor") << 9 << true << QStringLiteral("A minor");
        QTest::newRow("F# major") << 6 << false << QStringLiteral("F# major");
        QTest::newRow("D# minor") << 3 << true << QStringLiteral("D# minor");
    }

    void findsTonicAndMode()
    {
        QFETCH(int, tonic);
        QFETCH(bool, minor);
        QFETCH(QString, expected);
        TestCorpus::Track track;
        track.style = TestCorpus::Style::None; // harmony only: I-IV-V-I or i-iv-V-i
        track.tonic = tonic;
        track.minor = minor;
        track.durationS = 16;
        const Analysis a = run(std::make_unique<KeyAnalyzer>(), TestCorpus::render(track),
                               track.sampleRate, track.channels);
        QCOMPARE(a.key, expected);
        QVERIFY(!a.keyRunnerUp.isEmpty());
        QVERIFY(a.keyRunnerUp != a.key);
        QVERIFY(a.keyConfidence > 0.3);
    }

    void everyProfileNamesTheKeyOfAFullArrangement_data()
    {
        QTest::addColumn<int>("profile");
        QTest::newRow("krumhansl") << int(KeyProfiles::Profile::Krumhansl);
        QTest::newRow("temperley") << int(KeyProfiles::Profile::Temperley);
        QTest::newRow("edma") << int(KeyProfiles::Profile::Edma);
    }

    void everyProfileNamesTheKeyOfAFullArrangement()
    {
        QFETCH(int, profile);
        TestCorpus::Track track;
        track.tonic = 7; // G minor, with drums on top
        track.minor = true;
        const Analysis a =
            run(std::make_unique<KeyAnalyzer>(static_cast<KeyProfiles::Profile>(profile)),
                TestCorpus::render(track), track.sampleRate, track.channels);
        QCOMPARE(a.key, QStringLiteral("G minor"));
    }

    void silenceHasNoKey()
    {
        const Analysis a =
            run(std::make_unique<KeyAnalyzer>(), QList<float>(44100 * 2 * 5, 0.0f), 44100, 2);
        QVERIFY(a.key.isEmpty());
        QCOMPARE(a.keyConfidence, 0.0);
    }

    void keyNamesUseSharps()
    {
        QCOMPARE(KeyProfiles::keyName(1, false), QStringLiteral("C# major"));
        QCOMPARE(KeyProfiles::keyName(10, true), QStringLiteral("A# minor"));
    }
};

QTEST_GUILESS_MAIN(TestKeyAnalyzer)
#include "tst_keyanalyzer.moc"
