// accuracy section: tempo and key, ours next to the Debian peers; loudness offsets.
#include "analysis/analysisengine.h"
#include "benchsupport.h"
#include "sections.h"
#include "testcorpus.h"
#include "testsignals.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace bench {

namespace {

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

} // namespace

void accuracy(const QString &dir, int count)
{
    out << "\n== accuracy: " << count
        << " synthesized tracks of 20 s (tests/support/testcorpus.h), 44.1 kHz stereo 16-bit "
           "WAV ==\n";
    const QList<Peer> tempoPeers = bench::tempoPeers();
    for (const Peer &peer : tempoPeers) {
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

} // namespace bench
