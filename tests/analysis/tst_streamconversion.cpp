// The shared stream conversions behind the analyzers: the half-band decimator, the router that
// makes each mono rate once, the trig-free complex-domain onset function and the true peak
// meter, each checked against a plain reference (a sine's level, qm-dsp, libebur128).
#include "analysis/complexspectraldifference.h"
#include "analysis/halfbanddecimator.h"
#include "analysis/streamrouter.h"
#include "analysis/truepeakmeter.h"
#include "testcorpus.h"
#include "testsignals.h"

#include <QTest>

#include <dsp/onsets/DetectionFunction.h>
#include <ebur128.h>

#include <cmath>

namespace {

double rms(const std::vector<float> &x, size_t skip)
{
    double sum = 0;
    for (size_t i = skip; i + skip < x.size(); ++i)
        sum += double(x[i]) * x[i];
    return std::sqrt(sum / double(x.size() - 2 * skip));
}

std::vector<float> decimate(const QList<float> &input, qsizetype block)
{
    HalfbandDecimator decimator;
    std::vector<float> out;
    for (qsizetype at = 0; at < input.size(); at += block)
        decimator.process(input.constData() + at, std::min(block, input.size() - at), out);
    decimator.flush(out);
    return out;
}

// Records what it is fed; `input` is what it asks the router for.
class Recorder : public Analyzer
{
public:
    explicit Recorder(AnalyzerInput input)
        : m_input(input)
    {}
    QString name() const override { return QStringLiteral("recorder"); }
    QString version() const override { return QStringLiteral("1"); }
    AnalyzerInput input() const override { return m_input; }
    bool initialize(const AudioFormat &format) override
    {
        format_ = format;
        return true;
    }
    void process(const float *samples, qsizetype frames) override
    {
        received.insert(received.end(), samples, samples + frames * format_.channels);
    }
    void finish(Analysis &) override {}
    void cleanup() override {}

    AudioFormat format_;
    std::vector<float> received;

private:
    AnalyzerInput m_input;
};

double truePeakByLibebur128(const QList<float> &samples, int rate, int channels)
{
    ebur128_state *state = ebur128_init(unsigned(channels), unsigned(rate), EBUR128_MODE_TRUE_PEAK);
    ebur128_add_frames_float(state, samples.constData(), size_t(samples.size() / channels));
    double peak = 0;
    for (int c = 0; c < channels; ++c) {
        double value = 0;
        ebur128_true_peak(state, unsigned(c), &value);
        peak = std::max(peak, value);
    }
    ebur128_destroy(&state);
    return 20 * std::log10(peak);
}

double truePeakByMeter(const QList<float> &samples, int rate, int channels, double *samplePeak)
{
    TruePeakMeter meter(rate, channels);
    for (qsizetype at = 0; at < samples.size() / channels; at += 4096)
        meter.process(samples.constData() + at * channels,
                      std::min<qsizetype>(4096, samples.size() / channels - at));
    if (samplePeak)
        *samplePeak = 20 * std::log10(meter.samplePeak());
    return 20 * std::log10(meter.peak());
}

} // namespace

class TestStreamConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimatorHalvesTheLengthWhateverTheBlocks_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("block");
        QTest::newRow("even, big blocks") << 44100 << 4096;
        QTest::newRow("odd, odd blocks") << 44101 << 333;
        QTest::newRow("one sample at a time") << 999 << 1;
        QTest::newRow("shorter than the filter") << 7 << 4096;
    }

    void decimatorHalvesTheLengthWhateverTheBlocks()
    {
        QFETCH(int, samples);
        QFETCH(int, block);
        const QList<float> input = TestSignals::whiteNoise(0.5, samples / 44100.0, 44100, 1);
        const auto whole = decimate(input, input.size());
        const auto pieces = decimate(input, block);
        QCOMPARE(qsizetype(pieces.size()), (input.size() + 1) / 2);
        QCOMPARE(pieces.size(), whole.size());
        for (size_t i = 0; i < whole.size(); ++i)
            QCOMPARE(pieces[i], whole[i]); // streaming changes nothing
    }

    void decimatorPassesTheBandAndRejectsWhatWouldAlias()
    {
        const double inRms = std::sqrt(0.5) * 0.5;
        // 1 kHz: well inside the new 11.025 kHz band; kept to 0.01 dB
        const auto kept = decimate(TestSignals::sine(1000, -6.02, 1, 44100, 1), 4096);
        QVERIFY(std::abs(20 * std::log10(rms(kept, 100) / inRms)) < 0.01);
        // 15 kHz would fold to 7.05 kHz: at least 70 dB down
        const auto folded = decimate(TestSignals::sine(15000, -6.02, 1, 44100, 1), 4096);
        QVERIFY2(20 * std::log10(rms(folded, 100) / inRms) < -70,
                 qPrintable(QString::number(20 * std::log10(rms(folded, 100) / inRms))));
    }

    void routerMakesEachRateOnceAndInAnyOrder()
    {
        // a stereo tone with a DC offset on one channel only: the downmix halves the offset
        QList<float> stereo = TestSignals::sine(440, -6.02, 2, 44100, 2);
        for (qsizetype i = 0; i < stereo.size(); i += 2)
            stereo[i] += 0.2f;
        const AudioFormat source{44100, 2, stereo.size() / 2};
        StreamRouter router(source);
        // asked for slowest first: the router still derives 11.025 from 22.05 kHz
        Recorder slow(AnalyzerInput::mono(11025));
        Recorder fast(AnalyzerInput::mono(22050));
        Recorder mono(AnalyzerInput::mono(0));
        Recorder native(AnalyzerInput::source());
        for (Recorder *r : {&slow, &fast, &mono, &native}) {
            QVERIFY(r->initialize(router.formatFor(r->input())));
            router.connect(r, r->input());
        }
        QCOMPARE(slow.format_.sampleRate, 11025);
        QCOMPARE(slow.format_.channels, 1);
        QCOMPARE(slow.format_.frames, source.frames / 4);
        QCOMPARE(native.format_.channels, 2);
        for (qsizetype at = 0; at < source.frames; at += 4096)
            router.push(stereo.constData() + at * 2, std::min<qsizetype>(4096, source.frames - at));
        router.flush();

        QCOMPARE(qsizetype(native.received.size()), stereo.size());
        QCOMPARE(qsizetype(mono.received.size()), source.frames);
        QCOMPARE(qsizetype(fast.received.size()), (source.frames + 1) / 2);
        QCOMPARE(qsizetype(slow.received.size()), ((source.frames + 1) / 2 + 1) / 2);
        QCOMPARE(mono.received[1000], (stereo[2000] + stereo[2001]) / 2);
        for (const Recorder *r : {&mono, &fast, &slow}) {
            double mean = 0;
            for (float x : r->received)
                mean += x;
            mean /= double(r->received.size());
            QVERIFY2(std::abs(mean - 0.1) < 0.002, qPrintable(QString::number(mean)));
        }
        QVERIFY(std::abs(rms(slow.received, 50) - std::sqrt(0.5 * 0.25 + 0.01)) < 0.002);
    }

    void routerResamplesOtherRatesWithLibsamplerate()
    {
        const QList<float> tone = TestSignals::sine(1000, -6.02, 2, 48000, 1);
        StreamRouter router(AudioFormat{48000, 1, tone.size()});
        Recorder tempo(AnalyzerInput::mono(44100));
        Recorder key(AnalyzerInput::mono(11025));
        for (Recorder *r : {&tempo, &key}) {
            QVERIFY(r->initialize(router.formatFor(r->input())));
            router.connect(r, r->input());
        }
        router.push(tone.constData(), tone.size());
        router.flush();
        // libsamplerate keeps back a few samples of its filter's delay at the end
        QVERIFY(std::abs(qsizetype(tempo.received.size()) - 2 * 44100) <= 40);
        QVERIFY(std::abs(qsizetype(key.received.size()) - 2 * 11025) <= 20);
        QVERIFY(std::abs(rms(key.received, 200) - 0.5 * std::sqrt(0.5)) < 0.005);
    }

    void complexSpectralDifferenceMatchesQmDsp()
    {
        TestCorpus::Track track;
        track.durationS = 6;
        track.channels = 1;
        const QList<float> audio = TestCorpus::render(track);
        DFConfig config{};
        config.stepSize = 512;
        config.frameLength = 1024;
        config.DFType = DF_COMPLEXSD;
        config.dbRise = 3;
        config.adaptiveWhitening = false;
        config.whiteningRelaxCoeff = -1;
        config.whiteningFloor = -1;
        DetectionFunction reference(config);
        ComplexSpectralDifference ours(1024);
        std::vector<double> frame(1024);
        double largest = 0;
        int frames = 0;
        for (qsizetype at = 0; at + 1024 <= audio.size(); at += 512, ++frames) {
            std::copy(audio.begin() + at, audio.begin() + at + 1024, frame.begin());
            const double expected = reference.processTimeDomain(frame.data());
            const double actual = ours.process(frame.data());
            largest = std::max(largest, expected);
            // qm-dsp shifts the frame before its FFT; that cancels out from the third frame on
            if (frames >= 2)
                QVERIFY2(std::abs(actual - expected) <= 1e-6 * std::max(1.0, expected),
                         qPrintable(QStringLiteral("frame %1: %2 vs qm-dsp %3")
                                        .arg(frames)
                                        .arg(actual)
                                        .arg(expected)));
        }
        QVERIFY(frames > 400);
        QVERIFY(largest > 1); // the corpus track has onsets worth detecting
    }

    void truePeakMatchesLibebur128_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<int>("rate");
        QTest::newRow("fs/4 sine between samples, 44.1k") << u"quarter"_qs << 44100;
        QTest::newRow("music, 44.1k") << u"music"_qs << 44100;
        QTest::newRow("music, 48k") << u"music"_qs << 48000;
        QTest::newRow("music, 96k") << u"music"_qs << 96000;
        QTest::newRow("noise, 44.1k") << u"noise"_qs << 44100;
        QTest::newRow("noise, 192k (no oversampling)") << u"noise"_qs << 192000;
    }

    void truePeakMatchesLibebur128()
    {
        QFETCH(QString, signal);
        QFETCH(int, rate);
        QList<float> samples;
        if (signal == u"quarter"_qs) {
            // a sine at a quarter of the rate sampled 45 degrees off its crests: the samples
            // read 3 dB under the true peak
            for (int i = 0; i < rate; ++i) {
                const float x = 0.5f * float(std::sin(M_PI / 2 * i + M_PI / 4));
                samples << x << x;
            }
        } else if (signal == u"music"_qs) {
            TestCorpus::Track track;
            track.sampleRate = rate;
            track.durationS = 4;
            samples = TestCorpus::render(track);
        } else {
            samples = TestSignals::whiteNoise(0.5, 1, rate, 2);
        }
        double samplePeak = 0;
        const double ours = truePeakByMeter(samples, rate, 2, &samplePeak);
        const double reference = truePeakByLibebur128(samples, rate, 2);
        QVERIFY2(std::abs(ours - reference) < 0.01,
                 qPrintable(QStringLiteral("%1 dBTP vs libebur128 %2").arg(ours).arg(reference)));
        QVERIFY(ours >= samplePeak);
        if (signal == u"quarter"_qs)
            QVERIFY(ours - samplePeak > 2.5);
    }
};

QTEST_GUILESS_MAIN(TestStreamConversion)
#include "tst_streamconversion.moc"
