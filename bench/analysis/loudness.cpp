// Loudness part of the accuracy section: offsets between gain-shifted copies, ours next to
// ffmpeg's ebur128 filter.
#include "analysis/analysisengine.h"
#include "benchsupport.h"
#include "sections.h"
#include "testcorpus.h"
#include "testsignals.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace bench {

// The same music at known gains: the offset between two versions must equal the gain between
// them, whatever each meter's absolute calibration.
void loudness(const QString &dir, int count)
{
    const QList<TestCorpus::Track> tracks = TestCorpus::corpus(count, 20);
    const bool ffmpeg = hasProgram(QStringLiteral("ffmpeg"));
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

} // namespace bench
