// Analysis figures for issue 3, printed (never asserted):
//   speed     full analysis of a 44.1 kHz stereo track vs decoding alone (one thread; wall and
//             thread CPU time, medians), for WAV, FLAC and MP3 (when libsndfile encodes it)
//   memory    peak resident memory (VmHWM) of a child process analyzing a long FLAC file
//   jobs      throughput of a batch on a QThreadPool with 1 and 2 threads
//   accuracy  tempo Accuracy1/Accuracy2 and loudness offset error on the synthesized corpus,
//             ours next to aubio tempo, bpm (bpm-tools), soundstretch -bpm and ffmpeg ebur128
// Usage: bench_analysis [--sections speed,memory,jobs,accuracy] [--runs 5] [--speed-seconds 300]
//                       [--long-minutes 60[,180]] [--batch 8] [--corpus 48]
// scripts/bench-analysis.sh installs the peers and runs this; docs/analysis-benchmark.md has
// the figures.
#include "analysis/analysisengine.h"
#include "analysis/audiodecoder.h"
#include "testcorpus.h"
#include "testsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? NAN : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// VmHWM (peak resident set) of this process in KiB, from /proc/self/status.
qint64 peakResidentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Writes audio with libsndfile, block by block, so a long file never sits in memory.
class SoundWriter
{
public:
    SoundWriter(const QString &path, int sampleRate, int channels, int format)
        : m_channels(channels)
    {
        SF_INFO info{};
        info.samplerate = sampleRate;
        info.channels = channels;
        info.format = format;
        m_file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
        if (m_file)
            sf_command(m_file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    }
    ~SoundWriter()
    {
        if (m_file)
            sf_close(m_file);
    }
    SoundWriter(const SoundWriter &) = delete;
    SoundWriter &operator=(const SoundWriter &) = delete;

    bool ok() const { return m_file != nullptr; }
    bool write(const QList<float> &interleaved)
    {
        const sf_count_t frames = interleaved.size() / m_channels;
        return m_file && sf_writef_float(m_file, interleaved.constData(), frames) == frames;
    }

private:
    SNDFILE *m_file = nullptr;
    int m_channels = 0;
};

bool writeSound(const QString &path, const QList<float> &samples, int rate, int channels,
                int format)
{
    SoundWriter writer(path, rate, channels, format);
    return writer.ok() && writer.write(samples);
}

// Decodes the whole file and throws the samples away: the floor the analysis is compared to.
qint64 decodeOnly(const QString &path)
{
    AudioDecoder decoder;
    if (!decoder.open(path))
        return -1;
    std::vector<float> block(size_t(AnalysisEngine::kBlockFrames) *
                             size_t(decoder.format().channels));
    qint64 frames = 0;
    for (;;) {
        auto got = decoder.read(block.data(), AnalysisEngine::kBlockFrames);
        if (!got || *got == 0)
            break;
        frames += *got;
    }
    return frames;
}

QString sh(const QString &command, int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return QString::fromLocal8Bit(process.readAll());
}

QString quoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool hasProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QString packageVersion(const QString &package)
{
    const QString v =
        sh(QStringLiteral("dpkg-query -W -f='${Version}' %1 2>/dev/null").arg(package));
    return v.isEmpty() ? QStringLiteral("?") : v.trimmed();
}

// The last number matched by `pattern` (capture 1) in `text`, or NaN.
double lastNumber(const QString &text, const QString &pattern)
{
    double value = NAN;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext()) {
        bool ok = false;
        const double v = it.next().captured(1).toDouble(&ok);
        if (ok)
            value = v;
    }
    return value;
}

// ---- peers --------------------------------------------------------------------------------

struct Peer
{
    QString name;
    QString package;
    QString program;
    std::function<double(const QString &)> measure; // BPM or LUFS of a file; NaN: no answer
    bool installed = false;
};

double aubioTempo(const QString &file)
{
    return lastNumber(sh(QStringLiteral("aubio tempo %1 2>/dev/null").arg(quoted(file))),
                      QStringLiteral("([0-9.]+) bpm"));
}

double bpmTools(const QString &file)
{
    // bpm reads 44.1 kHz mono float32 on stdin; sox converts, as bpm -h shows.
    return lastNumber(
        sh(QStringLiteral("sox -V1 %1 -r 44100 -e float -c 1 -t raw - | bpm").arg(quoted(file))),
        QStringLiteral("^([0-9.]+)\\s*$"));
}

double soundstretch(const QString &file)
{
    return lastNumber(sh(QStringLiteral("soundstretch %1 -bpm").arg(quoted(file))),
                      QStringLiteral("Detected BPM rate ([0-9.]+)"));
}

double ffmpegLoudness(const QString &file)
{
    // The filter's summary rounds to 0.1 LU; its per-frame metadata has three decimals, and the
    // last frame's lavfi.r128.I is the integrated loudness of the whole file.
    return lastNumber(sh(QStringLiteral("ffmpeg -nostats -hide_banner -i %1 -af "
                                        "ebur128=metadata=1,ametadata=mode=print:key=lavfi.r128.I "
                                        "-f null - 2>&1")
                             .arg(quoted(file))),
                      QStringLiteral("lavfi.r128.I=(-?[0-9.]+)"));
}

// ---- sections -----------------------------------------------------------------------------

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

// Child mode: analyze one file and report the peak resident memory before and after.
int childMemory(const QString &file)
{
    const qint64 before = peakResidentKib();
    QElapsedTimer clock;
    clock.start();
    auto result = AnalysisEngine().analyzeFile(file);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 after = peakResidentKib();
    if (!result) {
        out << "error " << result.error().message << "\n";
        return 1;
    }
    out << "hwm_kib " << before << " " << after << " seconds " << seconds << " duration "
        << result->durationS << " bpm " << result->bpm << "\n";
    return 0;
}

void memory(const QString &dir, const QList<int> &minutesList)
{
    out << "\n== memory: peak resident set (VmHWM) of a child analyzing a long 44.1 kHz stereo "
           "FLAC ==\n";
    // Two different minutes of music, alternated: the file is written as it is rendered.
    QList<QList<float>> minutes;
    for (quint32 seed : {7u, 8u}) {
        TestCorpus::Track track;
        track.bpm = 124;
        track.seed = seed;
        track.gainDb = -1;
        track.durationS = 60;
        track.style = seed == 7 ? TestCorpus::Style::FourOnTheFloor : TestCorpus::Style::Breakbeat;
        minutes << TestCorpus::render(track);
    }
    for (int total : minutesList) {
        const QString file = dir + QStringLiteral("/long-%1min.flac").arg(total);
        QElapsedTimer clock;
        clock.start();
        {
            SoundWriter writer(file, 44100, 2, SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
            for (int m = 0; m < total && writer.ok(); ++m)
                writer.write(minutes.at(m % 2));
        }
        out << total << " min: written in " << clock.elapsed() / 1000 << " s ("
            << QFileInfo(file).size() / (1024 * 1024) << " MiB); ";
        out.flush();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-memory"), file});
        child.waitForFinished(-1);
        const QString report = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
        const QStringList f = report.split(QLatin1Char(' '));
        if (f.value(0) != u"hwm_kib" || f.size() < 6) {
            out << "child failed: " << report << "\n";
        } else {
            const double before = f.at(1).toDouble() / 1024, after = f.at(2).toDouble() / 1024;
            const double secs = f.at(4).toDouble();
            out << QStringLiteral("peak %1 MiB (process before analysis %2 MiB, growth %3 MiB); "
                                  "analyzed in %4 s = %5x realtime\n")
                       .arg(after, 0, 'f', 1)
                       .arg(before, 0, 'f', 1)
                       .arg(after - before, 0, 'f', 1)
                       .arg(secs, 0, 'f', 1)
                       .arg(total * 60 / secs, 0, 'f', 0);
        }
        out.flush();
        QFile::remove(file);
    }
}

void jobs(const QString &dir, int batch, int runs)
{
    out << "\n== jobs: " << batch
        << " files of 60 s (44.1 kHz stereo FLAC) on a QThreadPool, medians of " << runs
        << " runs ==\n";
    QStringList files;
    const QList<TestCorpus::Track> tracks = TestCorpus::corpus(batch, 60);
    for (const TestCorpus::Track &track : tracks) {
        const QString file = dir + QStringLiteral("/batch-%1.flac").arg(files.size());
        if (writeSound(file, TestCorpus::render(track), track.sampleRate, track.channels,
                       SF_FORMAT_FLAC | SF_FORMAT_PCM_16))
            files << file;
    }
    double single = NAN;
    for (int threads : {1, 2}) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QList<double> walls;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer clock;
            clock.start();
            QtConcurrent::blockingMap(&pool, files, [](const QString &file) {
                (void)AnalysisEngine().analyzeFile(file);
            });
            walls << double(clock.nsecsElapsed()) / 1e9;
        }
        const double wall = median(walls);
        if (threads == 1)
            single = wall;
        out << QStringLiteral("%1 job(s): %2 s, %3 files/s, %4x realtime overall, speed-up %5\n")
                   .arg(threads)
                   .arg(wall, 0, 'f', 2)
                   .arg(files.size() / wall, 0, 'f', 2)
                   .arg(files.size() * 60 / wall, 0, 'f', 0)
                   .arg(single / wall, 0, 'f', 2);
        out.flush();
    }
    for (const QString &file : files)
        QFile::remove(file);
}

bool within(double measured, double truth, double tolerance = 0.04)
{
    return std::isfinite(measured) && std::abs(measured / truth - 1.0) <= tolerance;
}

// MIREX key score, as tests/analysis/tst_accuracy.cpp scores it.
double mirexScore(const QString &measured, int tonic, bool minor)
{
    const QStringList parts = measured.split(QLatin1Char(' '));
    if (parts.size() != 2)
        return 0;
    int pc = -1;
    for (int i = 0; i < 12; ++i)
        if (TestCorpus::tonicName(i) == parts.at(0))
            pc = i;
    if (pc < 0)
        return 0;
    const bool mMinor = parts.at(1) == QLatin1String("minor");
    const int diff = ((pc - tonic) % 12 + 12) % 12;
    if (mMinor == minor)
        return diff == 0 ? 1.0 : (diff == 7 || diff == 5) ? 0.5 : 0;
    if ((!minor && diff == 9) || (minor && diff == 3))
        return 0.3;
    return diff == 0 ? 0.2 : 0;
}

struct TempoScore
{
    int a1 = 0;
    int a2 = 0;
    int answered = 0;
    double seconds = 0;
};

void accuracy(const QString &dir, int count)
{
    out << "\n== accuracy: " << count
        << " synthesized tracks of 20 s (tests/support/testcorpus.h), 44.1 kHz stereo 16-bit "
           "WAV ==\n";
    QList<Peer> tempoPeers = {
        {QStringLiteral("aubio tempo"), QStringLiteral("aubio-tools"), QStringLiteral("aubio"),
         aubioTempo},
        {QStringLiteral("bpm (bpm-tools)"), QStringLiteral("bpm-tools"), QStringLiteral("bpm"),
         bpmTools},
        {QStringLiteral("soundstretch -bpm"), QStringLiteral("soundstretch"),
         QStringLiteral("soundstretch"), soundstretch},
    };
    for (Peer &peer : tempoPeers) {
        peer.installed = hasProgram(peer.program) &&
                         (peer.program != u"bpm" || hasProgram(QStringLiteral("sox")));
        out << peer.name << ": "
            << (peer.installed
                    ? QStringLiteral("%1 %2").arg(peer.package, packageVersion(peer.package))
                    : QStringLiteral("not installed"))
            << "\n";
    }
    const bool ffmpeg = hasProgram(QStringLiteral("ffmpeg"));
    out << "ffmpeg ebur128: "
        << (ffmpeg ? QStringLiteral("ffmpeg %1").arg(packageVersion(QStringLiteral("ffmpeg")))
                   : QStringLiteral("not installed"))
        << "\n\n";

    const QList<TestCorpus::Track> tracks = TestCorpus::corpus(count, 20);
    TempoScore ours;
    QList<TempoScore> peers(tempoPeers.size());
    double keyScore = 0;
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(u"track", -36)
               .arg(u"true", 7)
               .arg(u"ours", 8)
               .arg(u"conf", 5);
    for (const Peer &peer : tempoPeers)
        out << QStringLiteral(" %1").arg(peer.program, 12);
    out << "\n";
    auto score = [](TempoScore &s, double bpm, double truth) {
        const bool a1 = within(bpm, truth);
        bool a2 = a1;
        for (double factor : {2.0, 0.5, 3.0, 1.0 / 3.0})
            a2 = a2 || within(bpm, truth * factor);
        s.a1 += a1 ? 1 : 0;
        s.a2 += a2 ? 1 : 0;
        s.answered += std::isfinite(bpm) ? 1 : 0;
    };
    for (const TestCorpus::Track &track : tracks) {
        const QString file = dir + QStringLiteral("/") + track.name + QStringLiteral(".wav");
        if (!writeSound(file, TestCorpus::render(track), track.sampleRate, track.channels,
                        SF_FORMAT_WAV | SF_FORMAT_PCM_16))
            continue;
        QElapsedTimer clock;
        clock.start();
        auto result = AnalysisEngine().analyzeFile(file);
        ours.seconds += double(clock.nsecsElapsed()) / 1e9;
        const double bpm = result ? result->bpm : NAN;
        score(ours, bpm, track.bpm);
        keyScore += result ? mirexScore(result->key, track.tonic, track.minor) : 0;
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(track.name, -36)
                   .arg(track.bpm, 7, 'f', 1)
                   .arg(bpm, 8, 'f', 2)
                   .arg(result ? result->bpmConfidence : NAN, 5, 'f', 2);
        for (qsizetype p = 0; p < tempoPeers.size(); ++p) {
            double peerBpm = NAN;
            if (tempoPeers[p].installed) {
                clock.restart();
                peerBpm = tempoPeers[p].measure(file);
                peers[p].seconds += double(clock.nsecsElapsed()) / 1e9;
                score(peers[p], peerBpm, track.bpm);
            }
            out << QStringLiteral(" %1").arg(peerBpm, 12, 'f', 2);
        }
        out << "\n";
        out.flush();
        QFile::remove(file);
    }
    const double n = double(tracks.size());
    out << "\ntempo over " << tracks.size() << " tracks (Accuracy1: within 4%; Accuracy2: also "
        << "x2, x1/2, x3, x1/3):\n";
    auto line = [&](const QString &name, const TempoScore &s, bool installed) {
        if (!installed) {
            out << QStringLiteral("  %1 not installed\n").arg(name, -20);
            return;
        }
        out << QStringLiteral("  %1 Accuracy1 %2%  Accuracy2 %3%  answered %4/%5  time %6 s\n")
                   .arg(name, -20)
                   .arg(100.0 * s.a1 / n, 5, 'f', 1)
                   .arg(100.0 * s.a2 / n, 5, 'f', 1)
                   .arg(s.answered)
                   .arg(int(n))
                   .arg(s.seconds, 0, 'f', 1);
    };
    line(QStringLiteral("ours (full analysis)"), ours, true);
    for (qsizetype p = 0; p < tempoPeers.size(); ++p)
        line(tempoPeers[p].name, peers[p], tempoPeers[p].installed);
    out << "key MIREX score (ours; no peer estimates key): "
        << QString::number(keyScore / n, 'f', 3) << "\n";

    // Loudness: the same music at known gains; the offset between two versions must equal the
    // gain between them, whatever each meter's absolute calibration.
    const QList<double> offsets = {-2.5, -6.3, -11.7, -17.2, -23.9, -35.4};
    const int loudnessTracks = 8;
    out << "\nloudness: " << loudnessTracks << " tracks x gains {0";
    for (double o : offsets)
        out << ", " << o;
    out << "} dB (24-bit WAV); error = |measured offset - true offset| in LU\n";
    QList<double> oursErrors;
    QList<double> ffmpegErrors;
    for (int i = 0; i < loudnessTracks && i < tracks.size(); ++i) {
        TestCorpus::Track track = tracks.at(i);
        track.gainDb = -1;
        const QList<float> reference = TestCorpus::render(track);
        double oursRef = NAN;
        double ffRef = NAN;
        for (double offset : QList<double>{0} + offsets) {
            QList<float> audio = reference;
            TestSignals::applyGain(audio, offset);
            const QString file = dir + QStringLiteral("/loud-%1-%2.wav").arg(i).arg(-offset);
            if (!writeSound(file, audio, track.sampleRate, track.channels,
                            SF_FORMAT_WAV | SF_FORMAT_PCM_24))
                continue;
            auto result = AnalysisEngine().analyzeFile(file);
            const double lufs = result ? result->loudnessLufs : NAN;
            const double ff = ffmpeg ? ffmpegLoudness(file) : NAN;
            if (offset == 0) {
                oursRef = lufs;
                ffRef = ff;
            } else {
                oursErrors << std::abs(lufs - oursRef - offset);
                if (ffmpeg)
                    ffmpegErrors << std::abs(ff - ffRef - offset);
            }
            QFile::remove(file);
        }
    }
    auto loudnessLine = [&](const QString &name, const QList<double> &errors) {
        if (errors.isEmpty()) {
            out << QStringLiteral("  %1 not installed\n").arg(name, -20);
            return;
        }
        double sum = 0;
        double worst = 0;
        int nan = 0;
        for (double e : errors) {
            if (!std::isfinite(e)) {
                ++nan;
                continue;
            }
            sum += e;
            worst = std::max(worst, e);
        }
        out << QStringLiteral("  %1 mean error %2 LU, max %3 LU, no answer %4/%5\n")
                   .arg(name, -20)
                   .arg(sum / std::max<qsizetype>(1, errors.size() - nan), 0, 'f', 3)
                   .arg(worst, 0, 'f', 3)
                   .arg(nan)
                   .arg(errors.size());
    };
    loudnessLine(QStringLiteral("ours"), oursErrors);
    loudnessLine(QStringLiteral("ffmpeg ebur128"), ffmpeg ? ffmpegErrors : QList<double>{});
    out << "(ffmpeg read from the ebur128 filter's metadata, three decimals)\n";
}

void machine()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    QString model;
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name")) {
                model = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    }
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    QString load;
    if (loadavg.open(QIODevice::ReadOnly))
        load = QString::fromLatin1(loadavg.readAll().trimmed());
    out << "machine: " << model << ", " << QThread::idealThreadCount()
        << " logical CPUs, load average at start: " << load << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "studio.*.debug=false");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Analysis speed, memory and accuracy figures."));
    parser.addHelpOption();
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"), QStringLiteral("speed,memory,jobs,accuracy"),
        QStringLiteral("list"), QStringLiteral("speed,memory,jobs,accuracy"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per median."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption speedOption(QStringLiteral("speed-seconds"),
                                         QStringLiteral("Length of the speed track."),
                                         QStringLiteral("s"), QStringLiteral("300"));
    const QCommandLineOption longOption(QStringLiteral("long-minutes"),
                                        QStringLiteral("Long files for the memory figure."),
                                        QStringLiteral("list"), QStringLiteral("60"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Files in the jobs batch."),
                                         QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
                                          QStringLiteral("Tracks in the accuracy corpus."),
                                          QStringLiteral("n"), QStringLiteral("48"));
    const QCommandLineOption childOption(QStringLiteral("child-memory"),
                                         QStringLiteral("(internal) analyze FILE, print VmHWM."),
                                         QStringLiteral("file"));
    parser.addOptions({sectionsOption, runsOption, speedOption, longOption, batchOption,
                       corpusOption, childOption});
    parser.process(app);
    if (parser.isSet(childOption))
        return childMemory(parser.value(childOption));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "cannot create a temporary directory\n";
        return 1;
    }
    const QStringList sections = parser.value(sectionsOption).split(QLatin1Char(','));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    machine();
    if (sections.contains(QStringLiteral("speed")))
        speed(dir.path(), parser.value(speedOption).toDouble(), runs);
    if (sections.contains(QStringLiteral("memory"))) {
        QList<int> minutes;
        for (const QString &m : parser.value(longOption).split(QLatin1Char(',')))
            minutes << m.toInt();
        memory(dir.path(), minutes);
    }
    if (sections.contains(QStringLiteral("jobs")))
        jobs(dir.path(), parser.value(batchOption).toInt(), std::min(runs, 3));
    if (sections.contains(QStringLiteral("accuracy")))
        accuracy(dir.path(), parser.value(corpusOption).toInt());
    return 0;
}
