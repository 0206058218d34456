#include "analysis/analysisengine.h"
#include "analysis/waveformanalyzer.h"
#include "testsignals.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

Analysis measure(const QList<float> &samples, int rate, int channels)
{
    AnalysisEngine engine([] {
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<WaveformAnalyzer>());
        return analyzers;
    });
    auto result = engine.analyzeBuffer(samples, AudioFormat{rate, channels, 0});
    return result.ok() ? *result : Analysis{};
}

} // namespace

class TestWaveformAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsCoverTheTrackAtEveryZoom_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("channels");
        QTest::newRow("10 s stereo") << 10.0 << 2;
        QTest::newRow("0.01 s mono (one partial column)") << 0.01 << 1;
        QTest::newRow("3.3 s 6 channels") << 3.3 << 6;
    }
    void columnsCoverTheTrackAtEveryZoom()
    {
        QFETCH(double, seconds);
        QFETCH(int, channels);
        const int rate = 44100;
        const auto samples = TestSignals::whiteNoise(0.7, seconds, rate, channels);
        const qint64 frames = samples.size() / channels;
        const Analysis a = measure(samples, rate, channels);
        QCOMPARE(a.waveform.size(), 3);
        // coarse to fine
        QCOMPARE(a.waveform[0].framesPerColumn, 16384);
        QCOMPARE(a.waveform[1].framesPerColumn, 4096);
        QCOMPARE(a.waveform[2].framesPerColumn, 1024);
        for (const WaveformLevel &level : a.waveform) {
            const qint64 expected = (frames + level.framesPerColumn - 1) / level.framesPerColumn;
            QCOMPARE(level.min.size(), expected);
            QCOMPARE(level.max.size(), expected);
            QCOMPARE(level.rms.size(), expected);
            for (qsizetype i = 0; i < level.min.size(); ++i) {
                QVERIFY(level.min[i] >= -0.7f && level.min[i] <= level.max[i]);
                QVERIFY(level.max[i] <= 0.7f);
                QVERIFY(level.rms[i] >= 0 && level.rms[i] <= qMax(-level.min[i], level.max[i]));
            }
        }
    }

    void columnsFollowTheLevel()
    {
        // 1 s at -6 dBFS then 1 s at -26 dBFS: the columns show the step.
        const auto samples = TestSignals::concat(
            {TestSignals::sine(441, -6, 1, 44100, 1), TestSignals::sine(441, -26, 1, 44100, 1)});
        const WaveformLevel fine = measure(samples, 44100, 1).waveform.last();
        const qsizetype perSecond = 44100 / 1024;
        const float loudRms = fine.rms[perSecond / 2];
        const float softRms = fine.rms[perSecond + perSecond / 2];
        QVERIFY(qAbs(loudRms - 0.5f / std::sqrt(2.0f)) < 0.01f);
        QVERIFY(qAbs(loudRms / softRms - 10.0f) < 0.2f); // 20 dB
        QVERIFY(qAbs(fine.max[perSecond / 2] - 0.5f) < 0.01f);
        QVERIFY(qAbs(fine.min[perSecond / 2] + 0.5f) < 0.01f);
    }

    void longStreamsStayBounded()
    {
        // A small cap stands in for a 3-hour file: the level doubles its column width instead
        // of growing, and the columns still cover the stream and keep its peaks.
        WaveformAnalyzer analyzer(64);
        const AudioFormat format{8000, 1, -1};
        QVERIFY(analyzer.initialize(format));
        QList<float> block(1000, 0.1f);
        qint64 frames = 0;
        for (int i = 0; i < 200; ++i) { // 200k frames: 195 fine columns uncapped
            block[500] = i == 137 ? 0.9f : 0.1f;
            analyzer.process(block.constData(), block.size());
            frames += block.size();
        }
        Analysis a;
        analyzer.finish(a);
        bool sawPeak = false;
        for (const WaveformLevel &level : a.waveform) {
            QVERIFY(level.min.size() <= 64);
            const qint64 covered = qint64(level.min.size()) * level.framesPerColumn;
            QVERIFY(covered >= frames && covered < frames + level.framesPerColumn);
            sawPeak = sawPeak || *std::max_element(level.max.begin(), level.max.end()) == 0.9f;
            QVERIFY(*std::max_element(level.max.begin(), level.max.end()) == 0.9f);
        }
        QVERIFY(sawPeak);
        QCOMPARE(a.waveform.last().framesPerColumn, 4096); // 1024 doubled twice
    }
};

QTEST_GUILESS_MAIN(TestWaveformAnalyzer)
#include "tst_waveformanalyzer.moc"
