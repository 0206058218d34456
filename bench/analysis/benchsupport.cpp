#include "benchsupport.h"

#include "analysis/analysisengine.h"
#include "analysis/audiodecoder.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace bench {

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

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

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

SoundWriter::SoundWriter(const QString &path, int sampleRate, int channels, int format)
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

SoundWriter::~SoundWriter()
{
    if (m_file)
        sf_close(m_file);
}

bool SoundWriter::write(const QList<float> &interleaved)
{
    const sf_count_t frames = interleaved.size() / m_channels;
    return m_file && sf_writef_float(m_file, interleaved.constData(), frames) == frames;
}

bool writeSound(const QString &path, const QList<float> &samples, int rate, int channels,
                int format)
{
    SoundWriter writer(path, rate, channels, format);
    return writer.ok() && writer.write(samples);
}

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

QString sh(const QString &command, int timeoutMs)
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

namespace {

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

} // namespace

QList<Peer> tempoPeers()
{
    QList<Peer> peers = {
        {QStringLiteral("aubio tempo"), QStringLiteral("aubio-tools"), QStringLiteral("aubio"),
         aubioTempo},
        {QStringLiteral("bpm (bpm-tools)"), QStringLiteral("bpm-tools"), QStringLiteral("bpm"),
         bpmTools},
        {QStringLiteral("soundstretch -bpm"), QStringLiteral("soundstretch"),
         QStringLiteral("soundstretch"), soundstretch},
    };
    for (Peer &peer : peers)
        peer.installed = hasProgram(peer.program) &&
                         (peer.program != u"bpm" || hasProgram(QStringLiteral("sox")));
    return peers;
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

} // namespace bench
