#pragma once

#include <QList>
#include <QString>

// The sections of bench_analysis, each printing its figures to bench::out. `dir` is a temporary
// directory the section writes its audio to (and removes it again). Thread: main thread.
namespace bench {

// Full analysis vs decoding alone of a `seconds` track as WAV, FLAC and MP3, one thread.
void speed(const QString &dir, double seconds, int runs);
// Peak resident memory of a child process analyzing a FLAC of each length in `minutesList`.
void memory(const QString &dir, const QList<int> &minutesList);
// The child of memory(): analyzes `file`, prints VmHWM before and after; the exit code.
int childMemory(const QString &file);
// A batch of `batch` one-minute files on a QThreadPool of 1 and 2 threads.
void jobs(const QString &dir, int batch, int runs);
// Tempo and key on the synthesized corpus (`count` tracks) and the MIDI corpus rendered by
// fluidsynth, ours next to the Debian peers, then held-out MIDI variants (ours only); ends with
// loudness().
void accuracy(const QString &dir, int count);
// Loudness offsets of gain-shifted copies of the first 8 synthesized tracks, ours next to ffmpeg.
void loudness(const QString &dir, int count);

} // namespace bench
