#include "analysis/analysisengine.h"
#include "analysis/signalstatsanalyzer.h"
#include "testsignals.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Analysis measure(const QList<float> &samples, int rate, int channels)
{
    AnalysisEngine engine([] {
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<SignalStatsAnalyzer>());
        return analyzers;
    });
    auto result = engine.analyzeBuffer(samples, AudioFormat{rate, channels, 0});
    return result.ok() ? *result : Analysis{};
}

} // namespace

class TestSignalStatsAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresLeadingAndTrailingSilence_data()
    {
        QTest::addColumn<double>("lead");
        QTest::addColumn<double>("tail");
        QTest::addColumn<double>("floorDb"); // level of the "silence": below -60 dBFS counts
        QTest::newRow("digital silence") << 1.5 << 0.75 << -200.0;
        QTest::newRow("hiss at -70 dBFS") << 2.0 << 3.0 << -70.0;
        QTest::newRow("none") << 0.0 << 0.0 << -200.0;
    }
    void measuresLeadingAndTrailingSilence()
    {
        QFETCH(double, lead);
        QFETCH(double, tail);
        QFETCH(double, floorDb);
        const int rate = 44100;
        auto quiet = [&](double seconds) {
            return floorDb < -150
                       ? TestSignals::silence(seconds, rate, 2)
                       : TestSignals::whiteNoise(TestSignals::dbToGain(floorDb), seconds, rate, 2);
        };
        const auto samples = TestSignals::concat(
            {quiet(lead), TestSignals::sine(440, -12, 2, rate, 2), quiet(tail)});
        const Analysis a = measure(samples, rate, 2);
        // within a few ms: the sine starts at a zero crossing
        QVERIFY2(qAbs(a.silenceStartS - lead) < 0.005,
                 qPrintable(QString::number(a.silenceStartS)));
        QVERIFY2(qAbs(a.silenceEndS - tail) < 0.005, qPrintable(QString::number(a.silenceEndS)));
    }

    void countsClippedSamples()
    {
        // A sine driven 6 dB over full scale and then hard-clipped, as a limiter-less master.
        auto samples = TestSignals::sine(100, 6, 1, 44100, 2);
        qint64 expected = 0;
        for (float &x : samples) {
            if (qAbs(x) >= 1.0f) {
                x = x > 0 ? 1.0f : -1.0f;
                ++expected;
            }
        }
        QVERIFY(expected > 1000);
        const Analysis a = measure(samples, 44100, 2);
        QVERIFY(a.clippedSamples >= expected);
        QVERIFY(a.clippedSamples < expected + 200); // only samples near the flat tops

        const Analysis clean = measure(TestSignals::sine(100, -1, 1, 44100, 2), 44100, 2);
        QCOMPARE(clean.clippedSamples, 0);
    }

    void measuresDcOffset_data()
    {
        QTest::addColumn<float>("offset");
        QTest::newRow("none") << 0.0f;
        QTest::newRow("+0.05") << 0.05f;
        QTest::newRow("-0.2") << -0.2f;
    }
    void measuresDcOffset()
    {
        QFETCH(float, offset);
        auto samples = TestSignals::sine(50, -12, 2, 48000, 2); // whole periods: mean 0
        for (float &x : samples)
            x += offset;
        const Analysis a = measure(samples, 48000, 2);
        QVERIFY2(qAbs(a.dcOffset - offset) < 1e-4, qPrintable(QString::number(a.dcOffset)));
    }

    void pureSilenceIsAllLeadingSilence()
    {
        const Analysis a = measure(TestSignals::silence(3, 22050, 1), 22050, 1);
        QCOMPARE(a.silenceStartS, 3.0);
        QCOMPARE(a.silenceEndS, 0.0);
        QCOMPARE(a.clippedSamples, 0);
        QCOMPARE(a.dcOffset, 0.0);
        QCOMPARE(a.analyzerVersions.value(u"signal"_s), u"signal-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestSignalStatsAnalyzer)
#include "tst_signalstatsanalyzer.moc"
