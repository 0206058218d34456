#include "analysis/analysisengine.h"
#include "analysis/loudnessanalyzer.h"
#include "testsignals.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

Analysis measure(const QList<float> &samples, int rate, int channels)
{
    AnalysisEngine engine([] {
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<LoudnessAnalyzer>());
        return analyzers;
    });
    auto result = engine.analyzeBuffer(samples, AudioFormat{rate, channels, 0});
    return result.ok() ? *result : Analysis{};
}

} // namespace

class TestLoudnessAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ITU-R BS.1770: a 0 dBFS 997 Hz sine in one channel of two reads -3.01 LUFS; on both
    // channels it reads 0 LUFS (EBU Tech 3341 case 1: -23 dBFS stereo sine -> -23 LUFS).
    void fullScaleSineInOneChannelReadsMinus3()
    {
        auto samples = TestSignals::sine(997, 0, 10, 48000, 2);
        for (qsizetype i = 1; i < samples.size(); i += 2)
            samples[i] = 0; // right channel silent
        const Analysis left = measure(samples, 48000, 2);
        QVERIFY2(qAbs(left.loudnessLufs - -3.01) < 0.05,
                 qPrintable(QString::number(left.loudnessLufs)));
    }

    void fullScaleSineOnBothChannelsReadsZero()
    {
        const Analysis a = measure(TestSignals::sine(997, 0, 10, 48000, 2), 48000, 2);
        QVERIFY2(qAbs(a.loudnessLufs) < 0.05, qPrintable(QString::number(a.loudnessLufs)));
        const Analysis tech3341 = measure(TestSignals::sine(1000, -23, 20, 48000, 2), 48000, 2);
        QVERIFY(qAbs(tech3341.loudnessLufs - -23) < 0.1);
        QVERIFY(qAbs(a.samplePeakDbfs) < 0.01);
        QVERIFY(a.truePeakDbtp >= a.samplePeakDbfs - 0.01);
        QVERIFY(a.truePeakDbtp < 0.7);
        QVERIFY(a.loudnessRangeLu < 0.5); // a steady tone has no loudness range
        QCOMPARE(a.analyzerVersions.value(u"loudness"_s), u"ebur128-2"_s);
    }

    void gainOffsetsAreMeasuredWithin0_1Lu_data()
    {
        QTest::addColumn<double>("gainDb");
        QTest::addColumn<int>("rate");
        QTest::newRow("-6 dB 48k") << -6.0 << 48000;
        QTest::newRow("-12 dB 48k") << -12.0 << 48000;
        QTest::newRow("-20 dB 48k") << -20.0 << 48000;
        QTest::newRow("-6 dB 44.1k") << -6.0 << 44100;
        QTest::newRow("-20 dB 44.1k") << -20.0 << 44100;
    }
    void gainOffsetsAreMeasuredWithin0_1Lu()
    {
        QFETCH(double, gainDb);
        QFETCH(int, rate);
        const auto reference = TestSignals::melody(5, 8, rate, 2, 0.25, 0.9);
        auto quieter = reference;
        TestSignals::applyGain(quieter, gainDb);
        const double l0 = measure(reference, rate, 2).loudnessLufs;
        const double l1 = measure(quieter, rate, 2).loudnessLufs;
        QVERIFY(std::isfinite(l0) && std::isfinite(l1));
        QVERIFY2(qAbs((l1 - l0) - gainDb) < 0.1,
                 qPrintable(u"offset %1 for gain %2"_s.arg(l1 - l0).arg(gainDb)));
    }

    void monoCountsAsDualMono()
    {
        const double mono =
            measure(TestSignals::sine(997, -10, 5, 44100, 1), 44100, 1).loudnessLufs;
        const double stereo =
            measure(TestSignals::sine(997, -10, 5, 44100, 2), 44100, 2).loudnessLufs;
        QVERIFY(qAbs(mono - stereo) < 0.05);
    }

    void loudnessRangeSeesDynamics()
    {
        // 10 s loud, 10 s 20 dB quieter: the loudness range is near 20 LU.
        auto loud = TestSignals::whiteNoise(0.5, 10, 22050, 2, 1);
        auto soft = TestSignals::whiteNoise(0.05, 10, 22050, 2, 2);
        const Analysis a = measure(TestSignals::concat({loud, soft}), 22050, 2);
        QVERIFY2(a.loudnessRangeLu > 15 && a.loudnessRangeLu < 21,
                 qPrintable(QString::number(a.loudnessRangeLu)));
    }

    void silenceIsNotMeasured()
    {
        const Analysis a = measure(TestSignals::silence(5, 44100, 2), 44100, 2);
        QVERIFY(std::isnan(a.loudnessLufs));
        QVERIFY(std::isnan(a.loudnessRangeLu));
        QVERIFY(std::isnan(a.samplePeakDbfs));
        QVERIFY(std::isnan(a.truePeakDbtp));
    }

    void tooShortToGateIsNotMeasured()
    {
        // 0.2 s is shorter than one 400 ms gating block.
        const Analysis a = measure(TestSignals::sine(997, -6, 0.2, 44100, 2), 44100, 2);
        QVERIFY(std::isnan(a.loudnessLufs));
        QVERIFY(qAbs(a.samplePeakDbfs - -6) < 0.05); // the peak is still known
    }
};

QTEST_GUILESS_MAIN(TestLoudnessAnalyzer)
#include "tst_loudnessanalyzer.moc"
