// libFuzzer target for the decoding and analysis entry point (issue 3, "Bad input"): arbitrary
// bytes are written to a file and go through AudioDecoder and AnalysisEngine::analyzeFile with
// every default analyzer, as `artist-studio analyze` would. Built only with
// -DSTUDIO_BUILD_FUZZ=ON and clang (bench/CMakeLists.txt); never part of CI. Run:
//   build/analysis-bench-fuzz/bench/fuzz_decode -max_len=65536 -max_total_time=600 \
//       corpus-dir bench/fuzz/seeds
// See docs/analysis-benchmark.md.
#include "analysis/analysisengine.h"
#include "analysis/audiodecoder.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <unistd.h>

namespace {

// Input bytes beyond this are not looked at (libFuzzer's -max_len should be at most this).
constexpr size_t kMaxInputBytes = 1 << 20;
// Decoded samples (frames x channels) analyzed per input: a tiny FLAC can expand to minutes of
// audio, and one input must stay well under libFuzzer's slow-unit threshold.
constexpr qint64 kMaxSamples = 2 * 44100 * 20;

QString inputPath()
{
    // tmpfs when there is one: the file is rewritten for every input. One per process, so
    // -jobs/-fork workers do not share it.
    const QString dir =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/studio-fuzz-%2.wav").arg(dir).arg(getpid());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false", 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = inputPath();
    if (size > kMaxInputBytes)
        return 0;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            abort(); // the harness itself is broken: say so loudly
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    // The decoder alone first: every format it accepts must be within its documented limits.
    AudioDecoder decoder;
    if (!decoder.open(path)) {
        QFile::remove(path);
        return 0;
    }
    const AudioFormat format = decoder.format();
    if (format.channels < 1 || format.channels > AudioDecoder::kMaxChannels ||
        format.sampleRate < AudioDecoder::kMinSampleRate ||
        format.sampleRate > AudioDecoder::kMaxSampleRate)
        abort();
    decoder.close();

    // The engine cancels through its progress callback, called once per block: that bounds the
    // work per input and exercises cleanup-on-cancel too.
    const qint64 maxBlocks =
        std::max<qint64>(1, kMaxSamples / (AnalysisEngine::kBlockFrames * format.channels));
    qint64 blocks = 0;
    auto result = AnalysisEngine().analyzeFile(path, [&](double) { return ++blocks <= maxBlocks; });
    if (result) {
        const Analysis &a = *result;
        if (!(a.durationS > 0) || a.sampleRate != format.sampleRate ||
            a.channels != format.channels)
            abort(); // a success must describe the stream it decoded
    } else if (result.error().message.isEmpty()) {
        abort(); // every refusal explains itself to the operator
    }
    QFile::remove(path);
    return 0;
}
