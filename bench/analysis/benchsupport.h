#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <sndfile.h>

#include <functional>

// Helpers every section of bench_analysis shares: the output stream, medians, CPU time and peak
// memory, writing and decoding sound files, running the Debian peers. Thread: main thread (the
// jobs section calls only the engine from its pool).
namespace bench {

extern QTextStream out; // stdout; flushed after every line that took a while

double median(QList<double> values);
double threadCpuSeconds();
double processCpuSeconds(); // all threads of this process
// VmHWM (peak resident set) of this process in KiB, from /proc/self/status; -1 if unknown.
qint64 peakResidentKib();

// Writes audio with libsndfile, block by block, so a long file never sits in memory.
class SoundWriter
{
public:
    SoundWriter(const QString &path, int sampleRate, int channels, int format);
    ~SoundWriter();
    SoundWriter(const SoundWriter &) = delete;
    SoundWriter &operator=(const SoundWriter &) = delete;

    bool ok() const { return m_file != nullptr; }
    bool write(const QList<float> &interleaved);

private:
    SNDFILE *m_file = nullptr;
    int m_channels = 0;
};

bool writeSound(const QString &path, const QList<float> &samples, int rate, int channels,
                int format);
// Decodes the whole file and throws the samples away: the floor the analysis is compared to.
qint64 decodeOnly(const QString &path);

// A shell command's merged output (killed after `timeoutMs`).
QString sh(const QString &command, int timeoutMs = 300000);
QString quoted(const QString &path);
bool hasProgram(const QString &name);
QString packageVersion(const QString &package);
// The last number matched by `pattern` (capture 1) in `text`, or NaN.
double lastNumber(const QString &text, const QString &pattern);

// A Debian analyzer run as a process on a file.
struct Peer
{
    QString name;
    QString package;
    QString program;
    std::function<double(const QString &)> measure; // BPM or LUFS of a file; NaN: no answer
    bool installed = false;
};

// aubio tempo, bpm (bpm-tools, fed by sox) and soundstretch -bpm; `installed` is filled in.
QList<Peer> tempoPeers();
// Integrated loudness by ffmpeg's ebur128 filter, three decimals.
double ffmpegLoudness(const QString &file);

// The CPU model, logical CPUs and load average, as the first line of the report.
void machine();

} // namespace bench
