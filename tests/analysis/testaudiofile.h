#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <sndfile.h>

// Writes test audio with libsndfile (any format it encodes: WAV, FLAC, Ogg Vorbis...). Header
// only: tests/support links no audio library, tests/analysis does through studio_analysis.
// Thread: any.
namespace TestAudioFile {

inline bool write(const QString &path, const QList<float> &interleaved, int sampleRate,
                  int channels, int format = SF_FORMAT_WAV | SF_FORMAT_PCM_16)
{
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = channels;
    info.format = format;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    // Without this, libsndfile clips floats only when asked; keep full-scale test signals exact.
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    const sf_count_t frames = interleaved.size() / channels;
    const sf_count_t written = sf_writef_float(file, interleaved.constData(), frames);
    sf_close(file);
    return written == frames;
}

inline bool writeFlac(const QString &path, const QList<float> &interleaved, int sampleRate,
                      int channels)
{
    return write(path, interleaved, sampleRate, channels, SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
}

} // namespace TestAudioFile
