#include "analysis/analysisengine.h"
#include "analysis/audiodecoder.h"
#include "testaudiofile.h"
#include "testsignals.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Records what the engine calls, so the call protocol can be checked.
struct SpyLog
{
    int initialized = 0;
    int finished = 0;
    int cleanedUp = 0;
    qint64 frames = 0;
};

class SpyAnalyzer : public Analyzer
{
public:
    SpyAnalyzer(std::shared_ptr<SpyLog> log, bool accept = true)
        : m_log(std::move(log))
        , m_accept(accept)
    {}
    QString name() const override { return u"spy"_s; }
    QString version() const override { return u"spy-1"_s; }
    bool initialize(const AudioFormat &) override
    {
        ++m_log->initialized;
        return m_accept;
    }
    void process(const float *, qsizetype frames) override { m_log->frames += frames; }
    void finish(Analysis &result) override
    {
        ++m_log->finished;
        result.analyzerVersions.insert(name(), version());
    }
    void cleanup() override { ++m_log->cleanedUp; }

private:
    std::shared_ptr<SpyLog> m_log;
    bool m_accept;
};

} // namespace

class TestAnalysisEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static AnalysisEngine spyEngine(const std::shared_ptr<SpyLog> &a,
                                    const std::shared_ptr<SpyLog> &b)
    {
        return AnalysisEngine([a, b] {
            std::vector<std::unique_ptr<Analyzer>> analyzers;
            analyzers.push_back(std::make_unique<SpyAnalyzer>(a));
            analyzers.push_back(std::make_unique<SpyAnalyzer>(b));
            return analyzers;
        });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void feedsEveryAnalyzerTheWholeFile()
    {
        const QString file = path(u"tone.wav"_s);
        QVERIFY(TestSignals::writeWav(file, TestSignals::sine(440, -6, 3, 44100, 2), 44100, 2));
        auto a = std::make_shared<SpyLog>();
        auto b = std::make_shared<SpyLog>();
        QList<double> reported;
        auto result = spyEngine(a, b).analyzeFile(file, [&](double p) {
            reported.append(p);
            return true;
        });
        QVERIFY(result.ok());
        QCOMPARE(a->frames, 3 * 44100);
        QCOMPARE(b->frames, 3 * 44100);
        QCOMPARE(a->finished, 1);
        QCOMPARE(a->cleanedUp, 0);
        QCOMPARE(result->sampleRate, 44100);
        QCOMPARE(result->channels, 2);
        QCOMPARE(result->durationS, 3.0);
        QCOMPARE(result->contentHash, *AudioDecoder::contentHash(file));
        QVERIFY(!reported.isEmpty());
        QCOMPARE(reported.last(), 1.0);
        for (qsizetype i = 1; i < reported.size(); ++i)
            QVERIFY(reported[i] >= reported[i - 1]);
    }

    void cancelFromProgressCleansUpEveryAnalyzer()
    {
        const QString file = path(u"long.wav"_s);
        QVERIFY(TestSignals::writeWav(file, TestSignals::sine(440, -6, 10, 44100, 2), 44100, 2));
        auto a = std::make_shared<SpyLog>();
        auto b = std::make_shared<SpyLog>();
        auto result = spyEngine(a, b).analyzeFile(file, [](double p) { return p < 0.3; });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(a->cleanedUp, 1);
        QCOMPARE(b->cleanedUp, 1);
        QCOMPARE(a->finished, 0);
        QVERIFY(a->frames < 10 * 44100); // it stopped early
    }

    void cancelOnBufferAnalysisToo()
    {
        auto a = std::make_shared<SpyLog>();
        auto b = std::make_shared<SpyLog>();
        AudioFormat format{22050, 1, 0};
        auto result = spyEngine(a, b).analyzeBuffer(TestSignals::silence(5, 22050, 1), format,
                                                    [](double) { return false; });
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(a->cleanedUp, 1);
        QCOMPARE(b->cleanedUp, 1);
    }

    void analyzerThatDeclinesIsSkipped()
    {
        auto accepted = std::make_shared<SpyLog>();
        auto declined = std::make_shared<SpyLog>();
        AnalysisEngine engine([&] {
            std::vector<std::unique_ptr<Analyzer>> analyzers;
            analyzers.push_back(std::make_unique<SpyAnalyzer>(declined, false));
            analyzers.push_back(std::make_unique<SpyAnalyzer>(accepted));
            return analyzers;
        });
        auto result =
            engine.analyzeBuffer(TestSignals::silence(1, 8000, 1), AudioFormat{8000, 1, 0});
        QVERIFY(result.ok());
        QCOMPARE(declined->frames, 0);
        QCOMPARE(declined->finished, 0);
        QCOMPARE(accepted->frames, 8000);
        QCOMPARE(accepted->finished, 1);
    }

    void decodingErrorsReachTheCaller()
    {
        QVERIFY(TestSignals::writeBytes(path(u"fake.flac"_s), QByteArray(4000, 'x')));
        auto a = std::make_shared<SpyLog>();
        auto b = std::make_shared<SpyLog>();
        auto result = spyEngine(a, b).analyzeFile(path(u"fake.flac"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(result.error().message.contains(u"fake.flac"_s));
        QCOMPARE(a->finished, 0);
    }

    void defaultAnalyzersGiveSensibleResults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::newRow("music 44.1k stereo") << u"music"_s << 44100 << 2;
        QTest::newRow("8 kHz mono") << u"music"_s << 8000 << 1;
        QTest::newRow("192 kHz 8 channels") << u"music"_s << 192000 << 8;
        QTest::newRow("pure silence") << u"silence"_s << 44100 << 2;
        QTest::newRow("white noise") << u"noise"_s << 44100 << 2;
    }
    void defaultAnalyzersGiveSensibleResults()
    {
        QFETCH(QString, kind);
        QFETCH(int, rate);
        QFETCH(int, channels);
        const double seconds = rate > 100000 ? 2 : 8;
        QList<float> samples;
        if (kind == u"music"_s)
            samples = TestSignals::melody(3, seconds, rate, channels);
        else if (kind == u"noise"_s)
            samples = TestSignals::whiteNoise(0.5, seconds, rate, channels);
        else
            samples = TestSignals::silence(seconds, rate, channels);
        const QString file = path(u"%1-%2-%3.flac"_s.arg(kind).arg(rate).arg(channels));
        QVERIFY(TestAudioFile::writeFlac(file, samples, rate, channels));

        auto result = AnalysisEngine().analyzeFile(file);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const Analysis &a = *result;
        QCOMPARE(a.sampleRate, rate);
        QCOMPARE(a.channels, channels);
        QVERIFY(qAbs(a.durationS - seconds) < 0.01);
        QVERIFY(a.analyzerVersions.contains(u"loudness"_s));
        QVERIFY(a.analyzerVersions.contains(u"descriptors"_s));
        QVERIFY(a.analyzerVersions.contains(u"fingerprint"_s));
        QVERIFY(a.analyzerVersions.contains(u"waveform"_s));
        QVERIFY(!a.waveform.isEmpty());
        if (kind == u"silence"_s) {
            QVERIFY(std::isnan(a.loudnessLufs)); // not measurable, not -inf
            QCOMPARE(a.silenceStartS, a.durationS);
            QCOMPARE(a.energy, 0.0);
            QVERIFY(std::isnan(a.valence));
        } else {
            QVERIFY(std::isfinite(a.loudnessLufs));
            QVERIFY(a.loudnessLufs < 0 && a.loudnessLufs > -40);
            QVERIFY(a.energy >= 0 && a.energy <= 1);
            QVERIFY(a.danceability >= 0 && a.danceability <= 1);
            QVERIFY(a.valence >= 0 && a.valence <= 1);
            QVERIFY(a.arousal >= 0 && a.arousal <= 1);
            QVERIFY(a.spectralCentroidHz > 0);
        }
        if (kind == u"noise"_s)
            QVERIFY(a.spectralCentroidHz > 3000); // noise is bright
    }
};

QTEST_GUILESS_MAIN(TestAnalysisEngine)
#include "tst_analysisengine.moc"
