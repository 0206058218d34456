#pragma once

#include "analysis/audioformat.h"
#include "util/error.h"

#include <QString>

#include <cstdint>

struct sf_private_tag;

// Streams interleaved float frames out of an audio file with libsndfile (WAV, FLAC, Ogg/Vorbis,
// Opus, MP3 as libsndfile 1.2 supports them), one block at a time: memory does not depend on the
// length of the file. Refuses empty, unreadable and absurd streams with an operator-readable
// Error. Thread: one instance per job, used by one thread at a time.
class AudioDecoder
{
public:
    static constexpr int kMaxChannels = 32;
    static constexpr int kMinSampleRate = 4000;
    static constexpr int kMaxSampleRate = 768000;

    AudioDecoder() = default;
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder &) = delete;
    AudioDecoder &operator=(const AudioDecoder &) = delete;

    Result<void> open(const QString &path);
    void close();
    bool isOpen() const { return m_file != nullptr; }

    // Valid after open(). frames is -1 when the container does not say.
    AudioFormat format() const { return m_format; }

    // Reads up to `frames` frames into `interleaved` (frames * channels floats). Returns the
    // number of frames read, 0 at the end of the stream, or an Error when the data is corrupt.
    Result<qsizetype> read(float *interleaved, qsizetype frames);

    // Frames delivered so far.
    qint64 position() const { return m_position; }

    // SHA-256 (lowercase hex) over the file's bytes, read in blocks.
    static Result<QString> contentHash(const QString &path);

private:
    sf_private_tag *m_file = nullptr;
    AudioFormat m_format;
    QString m_path;
    qint64 m_position = 0;
};
