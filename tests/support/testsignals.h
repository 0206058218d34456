#pragma once

#include <QList>
#include <QString>

#include <cstdint>

// Small deterministic signals for analysis tests (interleaved float32, every channel the same
// unless said otherwise) and a plain-C++ WAV writer, so this library needs no audio library.
// Thread: stateless, any thread.
namespace TestSignals {

double dbToGain(double db);

QList<float> sine(double frequencyHz, double amplitudeDbfs, double seconds, int sampleRate,
                  int channels);
QList<float> silence(double seconds, int sampleRate, int channels);
// Uniform white noise in -amplitude..amplitude from a fixed-seed generator.
QList<float> whiteNoise(double amplitude, double seconds, int sampleRate, int channels,
                        std::uint32_t seed = 1);
// A "melody": a new chord of three harmonic tones every noteSeconds, notes drawn from the seed.
// Different seeds give different music to a fingerprinter.
QList<float> melody(std::uint32_t seed, double seconds, int sampleRate, int channels,
                    double noteSeconds = 0.25, double amplitude = 0.3);
// Short decaying noise bursts on every beat (a metronome), for onsets and rhythm.
QList<float> clicks(double bpm, double seconds, int sampleRate, int channels,
                    double amplitude = 0.8);

void applyGain(QList<float> &samples, double db);
QList<float> concat(const QList<QList<float>> &parts);

enum class WavEncoding
{
    Pcm16,
    Float32
};
// Writes a canonical RIFF/WAVE file. False (and nothing useful on disk) on an I/O error.
bool writeWav(const QString &path, const QList<float> &interleaved, int sampleRate, int channels,
              WavEncoding encoding = WavEncoding::Pcm16);
bool writeBytes(const QString &path, const QByteArray &bytes);

} // namespace TestSignals
