// speed section: full analysis vs decoding alone, one thread, per format; each analyzer alone.
#include "analysis/analysisengine.h"
#include "benchsupport.h"
#include "sections.h"
#include "testcorpus.h"

#include <QElapsedTimer>
#include <QFile>

#include <cmath>

namespace bench {

namespace {

// Each default analyzer alone on the same file (one run, thread CPU time minus decoding): where
// the time of a full analysis goes.
void perAnalyzer(const QString &file, double seconds, double decodeCpu)
{
    const size_t count = AnalysisEngine::defaultAnalyzers().size();
    out << "  per analyzer (wav, alone, cpu s beyond decoding):";
    for (size_t i = 0; i < count; ++i) {
        AnalysisEngine engine([i] {
            auto all = AnalysisEngine::defaultAnalyzers();
            std::vector<std::unique_ptr<Analyzer>> one;
            one.push_back(std::move(all[i]));
            return one;
        });
        const QString name = AnalysisEngine::defaultAnalyzers()[i]->name();
        const double cpu = threadCpuSeconds();
        (void)engine.analyzeFile(file);
        out << " " << name << " "
            << QString::number(std::max(0.0, threadCpuSeconds() - cpu - decodeCpu), 'f', 2);
    }
    out << " (of " << seconds << " s audio)\n";
}

struct Timing
{
    QList<double> wall;
    QList<double> cpu;
};

} // namespace

void speed(const QString &dir, double seconds, int runs)
{
    out << "\n== speed: " << seconds << " s, 44.1 kHz stereo, one thread, medians of " << runs
        << " runs ==\n";
    TestCorpus::Track track;
    track.name = QStringLiteral("speed");
    track.bpm = 126;
    track.tonic = 9;
    track.minor = true;
    track.gainDb = -1;
    track.durationS = seconds;
    QElapsedTimer clock;
    clock.start();
    const QList<float> audio = TestCorpus::render(track);
    out << "(rendered in " << clock.elapsed() << " ms)\n";

    struct Format
    {
        QString name;
        int sndfileFormat;
    };
    const QList<Format> formats = {
        {QStringLiteral("wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16},
        {QStringLiteral("flac"), SF_FORMAT_FLAC | SF_FORMAT_PCM_16},
        {QStringLiteral("mp3"), SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III},
    };
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(u"format", -6)
               .arg(u"decode x realtime (wall/cpu)", -30)
               .arg(u"analysis x realtime (wall/cpu)", -32)
               .arg(u"analysis/decode (wall/cpu)", -28)
               .arg(u"BPM");
    for (const Format &format : formats) {
        const QString file = dir + QStringLiteral("/speed.") + format.name;
        if (!writeSound(file, audio, 44100, 2, format.sndfileFormat)) {
            out << format.name << ": libsndfile cannot write it here, skipped\n";
            continue;
        }
        Timing decode;
        Timing analysis;
        double bpm = NAN;
        for (int run = 0; run < runs; ++run) {
            clock.restart();
            double cpu = threadCpuSeconds();
            const qint64 frames = decodeOnly(file);
            decode.cpu << threadCpuSeconds() - cpu;
            decode.wall << double(clock.nsecsElapsed()) / 1e9;
            if (frames <= 0)
                break;

            clock.restart();
            cpu = threadCpuSeconds();
            auto result = AnalysisEngine().analyzeFile(file);
            analysis.cpu << threadCpuSeconds() - cpu;
            analysis.wall << double(clock.nsecsElapsed()) / 1e9;
            if (!result) {
                out << format.name << ": " << result.error().message << "\n";
                break;
            }
            bpm = result->bpm;
        }
        const double dw = median(decode.wall), dc = median(decode.cpu);
        const double aw = median(analysis.wall), ac = median(analysis.cpu);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(format.name, -6)
                   .arg(QStringLiteral("%1 / %2")
                            .arg(seconds / dw, 0, 'f', 0)
                            .arg(seconds / dc, 0, 'f', 0),
                        -30)
                   .arg(QStringLiteral("%1 / %2")
                            .arg(seconds / aw, 0, 'f', 0)
                            .arg(seconds / ac, 0, 'f', 0),
                        -32)
                   .arg(QStringLiteral("%1 / %2").arg(aw / dw, 0, 'f', 1).arg(ac / dc, 0, 'f', 1),
                        -28)
                   .arg(bpm, 0, 'f', 2);
        out.flush();
        if (format.name == u"wav")
            perAnalyzer(file, seconds, median(decode.cpu));
        QFile::remove(file);
    }
}

} // namespace bench
