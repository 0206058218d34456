#include "testsignals.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

namespace {

// xorshift32: the same numbers on every platform and compiler.
class Random
{
public:
    explicit Random(std::uint32_t seed)
        : m_state(seed ? seed : 0x9e3779b9u)
    {}
    std::uint32_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    double uniform() { return double(next()) / 4294967296.0; } // 0..1
private:
    std::uint32_t m_state;
};

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

} // namespace

namespace TestSignals {

double dbToGain(double db)
{
    return std::pow(10.0, db / 20.0);
}

QList<float> sine(double frequencyHz, double amplitudeDbfs, double seconds, int sampleRate,
                  int channels)
{
    const qsizetype frames = qsizetype(std::llround(seconds * sampleRate));
    const double amplitude = dbToGain(amplitudeDbfs);
    QList<float> out(frames * channels);
    for (qsizetype i = 0; i < frames; ++i) {
        const float x = float(
            amplitude * std::sin(2 * std::numbers::pi * frequencyHz * double(i) / sampleRate));
        for (int c = 0; c < channels; ++c)
            out[i * channels + c] = x;
    }
    return out;
}

QList<float> silence(double seconds, int sampleRate, int channels)
{
    return QList<float>(qsizetype(std::llround(seconds * sampleRate)) * channels, 0.0f);
}

QList<float> whiteNoise(double amplitude, double seconds, int sampleRate, int channels,
                        std::uint32_t seed)
{
    Random random(seed);
    QList<float> out(qsizetype(std::llround(seconds * sampleRate)) * channels);
    for (float &x : out)
        x = float(amplitude * (2.0 * random.uniform() - 1.0));
    return out;
}

QList<float> melody(std::uint32_t seed, double seconds, int sampleRate, int channels,
                    double noteSeconds, double amplitude)
{
    Random random(seed);
    const qsizetype frames = qsizetype(std::llround(seconds * sampleRate));
    const qsizetype noteFrames = std::max<qsizetype>(1, qsizetype(noteSeconds * sampleRate));
    QList<float> out(frames * channels);
    double freqs[3] = {220, 277, 330};
    for (qsizetype i = 0; i < frames; ++i) {
        if (i % noteFrames == 0) {
            const int root = int(random.next() % 24); // two octaves above A3
            const int third = int(3 + random.next() % 2);
            freqs[0] = 220.0 * std::pow(2.0, root / 12.0);
            freqs[1] = 220.0 * std::pow(2.0, (root + third) / 12.0);
            freqs[2] = 220.0 * std::pow(2.0, (root + 7) / 12.0);
        }
        const double t = double(i) / sampleRate;
        const double inNote = double(i % noteFrames) / noteFrames;
        const double envelope = std::min(1.0, inNote * 20.0) * (1.0 - 0.5 * inNote);
        double x = 0;
        for (double f : freqs)
            x += std::sin(2 * std::numbers::pi * f * t) +
                 0.3 * std::sin(4 * std::numbers::pi * f * t);
        const float sample = float(amplitude * envelope * x / 3.9);
        for (int c = 0; c < channels; ++c)
            out[i * channels + c] = sample;
    }
    return out;
}

QList<float> clicks(double bpm, double seconds, int sampleRate, int channels, double amplitude)
{
    Random random(7);
    const qsizetype frames = qsizetype(std::llround(seconds * sampleRate));
    const double period = 60.0 / bpm * sampleRate;
    const qsizetype clickFrames = qsizetype(0.03 * sampleRate);
    QList<float> out(frames * channels, 0.0f);
    for (double start = 0; start < double(frames); start += period) {
        const qsizetype s = qsizetype(std::llround(start));
        for (qsizetype i = 0; i < clickFrames && s + i < frames; ++i) {
            const double decay = std::exp(-double(i) / (0.004 * sampleRate));
            const float x = float(amplitude * decay * (2.0 * random.uniform() - 1.0));
            for (int c = 0; c < channels; ++c)
                out[(s + i) * channels + c] = x;
        }
    }
    return out;
}

void applyGain(QList<float> &samples, double db)
{
    const float gain = float(dbToGain(db));
    for (float &x : samples)
        x *= gain;
}

QList<float> concat(const QList<QList<float>> &parts)
{
    QList<float> out;
    for (const QList<float> &part : parts)
        out.append(part);
    return out;
}

bool writeWav(const QString &path, const QList<float> &interleaved, int sampleRate, int channels,
              WavEncoding encoding)
{
    const bool isFloat = encoding == WavEncoding::Float32;
    const quint16 bytesPerSample = isFloat ? 4 : 2;
    const quint32 dataBytes = quint32(interleaved.size()) * bytesPerSample;
    QByteArray out;
    out.reserve(44 + qsizetype(dataBytes));
    out.append("RIFF", 4);
    put32(out, 36 + dataBytes);
    out.append("WAVEfmt ", 8);
    put32(out, 16);
    put16(out, isFloat ? 3 : 1); // WAVE_FORMAT_IEEE_FLOAT / PCM
    put16(out, quint16(channels));
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate) * quint32(channels) * bytesPerSample);
    put16(out, quint16(channels * bytesPerSample));
    put16(out, quint16(bytesPerSample * 8));
    out.append("data", 4);
    put32(out, dataBytes);
    for (float x : interleaved) {
        if (isFloat) {
            quint32 bits = 0;
            static_assert(sizeof(bits) == sizeof(x));
            std::memcpy(&bits, &x, sizeof(bits));
            put32(out, bits);
        } else {
            const float clamped = std::clamp(x, -1.0f, 1.0f);
            put16(out, quint16(qint16(std::lrint(clamped * 32767.0f))));
        }
    }
    return writeBytes(path, out);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace TestSignals
