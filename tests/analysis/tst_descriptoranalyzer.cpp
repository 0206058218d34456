#include "analysis/analysisengine.h"
#include "analysis/descriptoranalyzer.h"
#include "analysis/loudnessanalyzer.h"
#include "analysis/onsetanalyzer.h"
#include "testsignals.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Stands in for the tempo and key analyzers (engineer B's), which run before descriptors.
class FixedTempoKey : public Analyzer
{
public:
    FixedTempoKey(double bpm, QString key, double seconds)
        : m_bpm(bpm)
        , m_key(std::move(key))
        , m_seconds(seconds)
    {}
    QString name() const override { return u"fixed"_s; }
    QString version() const override { return u"1"_s; }
    bool initialize(const AudioFormat &) override { return true; }
    void process(const float *, qsizetype) override {}
    void finish(Analysis &result) override
    {
        if (m_bpm > 0) {
            result.bpm = m_bpm;
            for (double t = 0; t < m_seconds; t += 60.0 / m_bpm)
                result.beats.append(t);
        }
        result.key = m_key;
        result.keyConfidence = m_key.isEmpty() ? 0 : 0.9;
    }
    void cleanup() override {}

private:
    double m_bpm;
    QString m_key;
    double m_seconds;
};

Analysis describe(const QList<float> &samples, int rate, double bpm, const QString &key)
{
    const double seconds = double(samples.size()) / rate / 2;
    AnalysisEngine engine([=] {
        std::vector<std::unique_ptr<Analyzer>> analyzers;
        analyzers.push_back(std::make_unique<LoudnessAnalyzer>());
        analyzers.push_back(std::make_unique<OnsetAnalyzer>());
        analyzers.push_back(std::make_unique<FixedTempoKey>(bpm, key, seconds));
        analyzers.push_back(std::make_unique<DescriptorAnalyzer>());
        return analyzers;
    });
    auto result = engine.analyzeBuffer(samples, AudioFormat{rate, 2, 0});
    return result.ok() ? *result : Analysis{};
}

} // namespace

class TestDescriptorAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tempoFactorPeaksAt110()
    {
        QCOMPARE(DescriptorAnalyzer::tempoFactor(110), 1.0);
        QVERIFY(qAbs(DescriptorAnalyzer::tempoFactor(150) - std::exp(-0.5)) < 1e-9);
        QCOMPARE(DescriptorAnalyzer::tempoFactor(70), DescriptorAnalyzer::tempoFactor(150));
        QCOMPARE(DescriptorAnalyzer::tempoFactor(NAN), 0.0);
    }

    void steadyBeatsAreStableAndJitteredOnesLess()
    {
        QList<double> steady;
        QList<double> jittered;
        for (int i = 0; i < 32; ++i) {
            steady.append(i * 0.5);
            jittered.append(i * 0.5 + ((i * 37) % 7 - 3) * 0.02);
        }
        QCOMPARE(DescriptorAnalyzer::beatStability(steady), 1.0);
        const double s = DescriptorAnalyzer::beatStability(jittered);
        QVERIFY(s < 0.8 && s >= 0);
        QCOMPARE(DescriptorAnalyzer::beatStability({0.0, 0.5}), 0.0); // too few beats
    }

    void onsetsOnTheBeatAreRegular()
    {
        QList<double> beats;
        QList<double> onBeat;
        QList<double> offGrid;
        for (int i = 0; i < 40; ++i) {
            beats.append(i * 0.5);
            onBeat.append(i * 0.5 + 0.01);
            offGrid.append(i * 0.5 + 0.13 + 0.11 * ((i * 7) % 3)); // never near a beat
        }
        QVERIFY(DescriptorAnalyzer::rhythmRegularity(beats, onBeat) > 0.95);
        QCOMPARE(DescriptorAnalyzer::rhythmRegularity(beats, offGrid), 0.0);
    }

    void labelsUseThePrototypeCutPoints()
    {
        QCOMPARE(DescriptorAnalyzer::valenceLabel(0.7), u"positive"_s);
        QCOMPARE(DescriptorAnalyzer::valenceLabel(0.5), u"neutral"_s);
        QCOMPARE(DescriptorAnalyzer::valenceLabel(0.2), u"negative"_s);
        QCOMPARE(DescriptorAnalyzer::arousalLabel(0.6), u"high"_s);
        QCOMPARE(DescriptorAnalyzer::arousalLabel(0.39), u"low"_s);
        QVERIFY(DescriptorAnalyzer::valenceLabel(NAN).isEmpty());
    }

    void loudBusyTrackHasMoreEnergyThanQuietSparseOne()
    {
        const int rate = 22050;
        auto busy = TestSignals::concat({TestSignals::clicks(480, 10, rate, 2, 0.9)});
        const auto noise = TestSignals::whiteNoise(0.2, 10, rate, 2);
        for (qsizetype i = 0; i < busy.size(); ++i)
            busy[i] += noise[i];
        const auto sparse = TestSignals::sine(220, -30, 10, rate, 2);
        const Analysis loud = describe(busy, rate, 128, u"C major"_s);
        const Analysis quiet = describe(sparse, rate, 0, QString());
        QVERIFY2(loud.energy > quiet.energy + 0.3,
                 qPrintable(u"%1 vs %2"_s.arg(loud.energy).arg(quiet.energy)));
        QVERIFY(loud.arousal > quiet.arousal);
        QCOMPARE(loud.analyzerVersions.value(u"descriptors"_s), u"descriptors-1"_s);
    }

    void danceableBeatBeatsRubato()
    {
        const int rate = 22050;
        const auto beat = TestSignals::clicks(120, 12, rate, 2); // onsets on a 110-ish grid
        const Analysis dance = describe(beat, rate, 120, u"A minor"_s);
        const Analysis drone = describe(TestSignals::sine(220, -12, 12, rate, 2), rate, 0, {});
        QVERIFY2(dance.danceability > 0.7, qPrintable(QString::number(dance.danceability)));
        QVERIFY(drone.danceability < 0.2);
    }

    void majorKeyIsMorePositiveThanMinor()
    {
        const auto music = TestSignals::melody(4, 8, 22050, 2);
        const Analysis major = describe(music, 22050, 100, u"D major"_s);
        const Analysis minor = describe(music, 22050, 100, u"D minor"_s);
        QVERIFY(major.valence > minor.valence + 0.3);
        QCOMPARE(major.energy, minor.energy);
    }

    void silenceHasNoEnergyAndNoMood()
    {
        const Analysis a = describe(TestSignals::silence(3, 22050, 2), 22050, 0, {});
        QCOMPARE(a.energy, 0.0);
        QCOMPARE(a.arousal, 0.0);
        QCOMPARE(a.danceability, 0.0);
        QVERIFY(std::isnan(a.valence));
    }

    void onsetAnalyzerCountsClicks()
    {
        const auto beat = TestSignals::clicks(120, 10, 44100, 2); // 2 per second
        const Analysis a = describe(beat, 44100, 0, {});
        QVERIFY2(qAbs(a.onsetDensity - 2.0) < 0.3, qPrintable(QString::number(a.onsetDensity)));
        QVERIFY(qAbs(a.onsets.size() - 20) <= 2);
        QVERIFY(a.onsets.first() < 0.1);
        const Analysis low = describe(TestSignals::sine(300, -12, 4, 44100, 2), 44100, 0, {});
        QVERIFY2(qAbs(low.spectralCentroidHz - 300) < 60,
                 qPrintable(QString::number(low.spectralCentroidHz)));
    }
};

QTEST_GUILESS_MAIN(TestDescriptorAnalyzer)
#include "tst_descriptoranalyzer.moc"
