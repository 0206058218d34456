#include "analysis/analysisengine.h"
#include "analysis/fingerprintanalyzer.h"
#include "analysis/fingerprintsimilarity.h"
#include "testsignals.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fingerprint(const QList<float> &samples, int rate, int channels)
{
    AnalysisEngine engine([] {
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<FingerprintAnalyzer>());
        return analyzers;
    });
    auto result = engine.analyzeBuffer(samples, AudioFormat{rate, channels, 0});
    return result.ok() ? result->fingerprint : QByteArray();
}

} // namespace

class TestFingerprintAnalyzer : public QObject
{
    Q_OBJECT

private:
    QByteArray m_reference;

private Q_SLOTS:
    void initTestCase()
    {
        m_reference = fingerprint(TestSignals::melody(11, 20, 22050, 2), 22050, 2);
        QVERIFY(!m_reference.isEmpty());
    }

    void sameAudioIsIdentical()
    {
        const QByteArray again = fingerprint(TestSignals::melody(11, 20, 22050, 2), 22050, 2);
        QCOMPARE(again, m_reference); // deterministic
        QVERIFY(fingerprintSimilarity(m_reference, again) > 0.99);
    }

    void sameMusicChangedStaysSimilar_data()
    {
        QTest::addColumn<double>("gainDb");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("trimS");
        QTest::newRow("-9 dB") << -9.0 << 22050 << 2 << 0.0;
        QTest::newRow("44.1 kHz mono") << 0.0 << 44100 << 1 << 0.0;
        QTest::newRow("first 2 s cut") << 0.0 << 22050 << 2 << 2.0;
    }
    void sameMusicChangedStaysSimilar()
    {
        QFETCH(double, gainDb);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(double, trimS);
        auto samples = TestSignals::melody(11, 20, rate, channels);
        TestSignals::applyGain(samples, gainDb);
        samples = samples.mid(qsizetype(trimS * rate) * channels);
        const double similarity =
            fingerprintSimilarity(m_reference, fingerprint(samples, rate, channels));
        QVERIFY2(similarity > 0.8, qPrintable(QString::number(similarity)));
    }

    void differentMusicIsNotSimilar_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("another melody") << u"melody"_s;
        QTest::newRow("white noise") << u"noise"_s;
    }
    void differentMusicIsNotSimilar()
    {
        QFETCH(QString, kind);
        const auto other = kind == u"melody"_s ? TestSignals::melody(99, 20, 22050, 2)
                                               : TestSignals::whiteNoise(0.3, 20, 22050, 2);
        const double similarity = fingerprintSimilarity(m_reference, fingerprint(other, 22050, 2));
        QVERIFY2(similarity < 0.5, qPrintable(QString::number(similarity)));
    }

    void emptyOrGarbageScoresZero()
    {
        QCOMPARE(fingerprintSimilarity(QByteArray(), m_reference), 0.0);
        QCOMPARE(fingerprintSimilarity(m_reference, QByteArray("not a fingerprint")), 0.0);
    }

    void tooShortGivesNoFingerprint()
    {
        // Half a second is not enough for chromaprint; no crash, just no fingerprint.
        QVERIFY(fingerprint(TestSignals::melody(1, 0.5, 22050, 1), 22050, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFingerprintAnalyzer)
#include "tst_fingerprintanalyzer.moc"
