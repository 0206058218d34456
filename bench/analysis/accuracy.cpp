// accuracy section: tempo and key on the synthesized and the rendered MIDI corpus, ours next to
// the Debian peers; held-out MIDI variants for ours; then the loudness offsets.
#include "analysis/analysisengine.h"
#include "benchsupport.h"
#include "midicorpus.h"
#include "sections.h"
#include "testcorpus.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <functional>

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

    void add(double bpm, double truth)
    {
        const bool accuracy1 = within(bpm, truth);
        bool accuracy2 = accuracy1;
        for (double factor : {2.0, 0.5, 3.0, 1.0 / 3.0})
            accuracy2 = accuracy2 || within(bpm, truth * factor);
        a1 += accuracy1 ? 1 : 0;
        a2 += accuracy2 ? 1 : 0;
        answered += std::isfinite(bpm) ? 1 : 0;
    }
    TempoScore &operator+=(const TempoScore &o)
    {
        a1 += o.a1;
        a2 += o.a2;
        answered += o.answered;
        seconds += o.seconds;
        return *this;
    }
};

// What one corpus scored: ours, each peer (in the order of tempoPeers()), our key.
struct CorpusScore
{
    int tracks = 0;
    TempoScore ours;
    QList<TempoScore> peers;
    double keyMirex = 0;
    int keyExact = 0;

    CorpusScore &operator+=(const CorpusScore &o)
    {
        tracks += o.tracks;
        ours += o.ours;
        peers.resize(std::max(peers.size(), o.peers.size()));
        for (qsizetype p = 0; p < o.peers.size(); ++p)
            peers[p] += o.peers[p];
        keyMirex += o.keyMirex;
        keyExact += o.keyExact;
        return *this;
    }
};

// One track of a corpus: the truth, and how to write it as a WAV file.
struct Case
{
    QString name;
    double bpm = 0;
    int tonic = 0;
    bool minor = false;
    std::function<QString(const QString &wav)> write; // empty on success, else what went wrong
};

QList<Case> synthesizedCases(const QList<TestCorpus::Track> &tracks)
{
    QList<Case> cases;
    for (const TestCorpus::Track &track : tracks)
        cases.append({track.name, track.bpm, track.tonic, track.minor, [track](const QString &wav) {
                          return writeSound(wav, TestCorpus::render(track), track.sampleRate,
                                            track.channels, SF_FORMAT_WAV | SF_FORMAT_PCM_16)
                                     ? QString()
                                     : QStringLiteral("libsndfile cannot write %1").arg(wav);
                      }});
    return cases;
}

QList<Case> midiCases(const QList<MidiCorpus::Track> &tracks)
{
    QList<Case> cases;
    for (const MidiCorpus::Track &track : tracks)
        cases.append({track.name, track.bpm, track.tonic, track.minor, [track](const QString &wav) {
                          const QString midi = wav.chopped(4) + QStringLiteral(".mid");
                          QFile file(midi);
                          if (!file.open(QIODevice::WriteOnly))
                              return QStringLiteral("cannot write %1").arg(midi);
                          file.write(MidiCorpus::standardMidiFile(track));
                          file.close();
                          const QString failure = MidiCorpus::render(midi, wav);
                          QFile::remove(midi);
                          return failure;
                      }});
    return cases;
}

bool midiInstalled()
{
    return hasProgram(QStringLiteral("fluidsynth")) && !MidiCorpus::soundFont().isEmpty();
}

enum class Rows
{
    All,    // one row per track: truth, ours, confidence, each peer
    Misses, // only the tracks ours gets wrong (tempo Accuracy1 or exact key)
};

// Writes each case to `dir`, analyzes it with the full engine and each installed peer, prints
// the rows and returns the score; the file is removed again.
CorpusScore scoreCorpus(const QString &dir, const QList<Case> &cases, const QList<Peer> &peers,
                        Rows rows)
{
    CorpusScore score;
    score.tracks = int(cases.size());
    score.peers.resize(peers.size());
    if (rows == Rows::All) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(u"track", -36)
                   .arg(u"true", 7)
                   .arg(u"ours", 8)
                   .arg(u"conf", 5);
        for (const Peer &peer : peers)
            out << QStringLiteral(" %1").arg(peer.program, 12);
        out << "\n";
    }
    for (const Case &c : cases) {
        const QString file = dir + QStringLiteral("/") + c.name + QStringLiteral(".wav");
        const QString failure = c.write(file);
        if (!failure.isEmpty()) {
            out << c.name << ": " << failure << "\n";
            continue;
        }
        QElapsedTimer clock;
        clock.start();
        auto result = AnalysisEngine().analyzeFile(file);
        score.ours.seconds += double(clock.nsecsElapsed()) / 1e9;
        const double bpm = result ? result->bpm : NAN;
        const QString key = result ? result->key : QString();
        score.ours.add(bpm, c.bpm);
        const double mirex = mirexScore(key, c.tonic, c.minor);
        const bool keyExact = mirex == 1.0;
        score.keyMirex += mirex;
        score.keyExact += keyExact ? 1 : 0;
        const bool show = rows == Rows::All || !within(bpm, c.bpm) || !keyExact;
        if (show)
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(c.name, -36)
                       .arg(c.bpm, 7, 'f', 1)
                       .arg(bpm, 8, 'f', 2)
                       .arg(result ? result->bpmConfidence : NAN, 5, 'f', 2);
        for (qsizetype p = 0; p < peers.size(); ++p) {
            double peerBpm = NAN;
            if (peers[p].installed) {
                clock.restart();
                peerBpm = peers[p].measure(file);
                score.peers[p].seconds += double(clock.nsecsElapsed()) / 1e9;
                score.peers[p].add(peerBpm, c.bpm);
            }
            if (show)
                out << QStringLiteral(" %1").arg(peerBpm, 12, 'f', 2);
        }
        if (show && rows == Rows::Misses)
            out << "  " << (key.isEmpty() ? QStringLiteral("no key") : key);
        if (show)
            out << "\n";
        out.flush();
        QFile::remove(file);
    }
    return score;
}

void tempoLine(const QString &name, const TempoScore &s, int tracks, bool installed)
{
    if (!installed) {
        out << QStringLiteral("  %1 not installed\n").arg(name, -20);
        return;
    }
    const double n = std::max(1, tracks);
    out << QStringLiteral("  %1 Accuracy1 %2%  Accuracy2 %3%  answered %4/%5  time %6 s\n")
               .arg(name, -20)
               .arg(100.0 * s.a1 / n, 5, 'f', 1)
               .arg(100.0 * s.a2 / n, 5, 'f', 1)
               .arg(s.answered)
               .arg(tracks)
               .arg(s.seconds, 0, 'f', 1);
}

void keyLine(const CorpusScore &s,
             const QString &label = QStringLiteral("key MIREX score (ours; no peer estimates key)"))
{
    out << label << ": " << QString::number(s.keyMirex / std::max(1, s.tracks), 'f', 3)
        << ", exact " << s.keyExact << "/" << s.tracks << "\n";
}

// The totals of one corpus: ours, then each peer.
void totals(const QString &title, const CorpusScore &s, const QList<Peer> &peers)
{
    out << "\ntempo over " << s.tracks << " " << title
        << " (Accuracy1: within 4%; Accuracy2: also x2, x1/2, x3, x1/3):\n";
    tempoLine(QStringLiteral("ours (full analysis)"), s.ours, s.tracks, true);
    for (qsizetype p = 0; p < peers.size(); ++p)
        tempoLine(peers[p].name, s.peers.value(p), s.tracks, peers[p].installed);
    keyLine(s);
}

// Ours alone on MIDI variants 1 and 2: the octave prior was tuned on variant 0 and the
// synthesized corpus, so these show whether it generalizes.
void heldOut(const QString &dir)
{
    out << "\n== held-out: ours only, MIDI corpus variants 1 and 2 (24 tracks each; tuning used "
           "variant 0 and the synthesized corpus) ==\n";
    if (!midiInstalled()) {
        out << "fluidsynth / fluid-soundfont-gm: not installed\n";
        return;
    }
    out << "misses (tempo outside 4% or key not exact): track, true, ours, conf, key\n";
    CorpusScore both;
    QList<CorpusScore> variants;
    for (int variant : {1, 2}) {
        out << "variant " << variant << ":\n";
        variants << scoreCorpus(dir, midiCases(MidiCorpus::corpus(24, variant)), {}, Rows::Misses);
        both += variants.constLast();
    }
    out << "\nheld-out tempo (Accuracy1: within 4%; Accuracy2: also x2, x1/2, x3, x1/3):\n";
    for (int variant : {1, 2}) {
        const CorpusScore &s = variants.at(variant - 1);
        tempoLine(QStringLiteral("variant %1").arg(variant), s.ours, s.tracks, true);
        keyLine(s, QStringLiteral("  %1 key MIREX").arg(QString(), -20));
    }
    tempoLine(QStringLiteral("variants 1 + 2"), both.ours, both.tracks, true);
    keyLine(both, QStringLiteral("  %1 key MIREX").arg(QString(), -20));
}

} // namespace

void accuracy(const QString &dir, int count)
{
    out << "\n== accuracy: " << count
        << " synthesized tracks of 20 s (tests/support/testcorpus.h), 44.1 kHz stereo 16-bit "
           "WAV ==\n";
    const QList<Peer> peers = tempoPeers();
    for (const Peer &peer : peers) {
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
        << "\n";
    const bool midi = midiInstalled();
    out << "MIDI rendering: "
        << (midi ? QStringLiteral("fluidsynth %1, fluid-soundfont-gm %2 (%3)")
                       .arg(packageVersion(QStringLiteral("fluidsynth")),
                            packageVersion(QStringLiteral("fluid-soundfont-gm")),
                            MidiCorpus::soundFont())
                 : QStringLiteral("not installed"))
        << "\n\n";

    const CorpusScore synthesized =
        scoreCorpus(dir, synthesizedCases(TestCorpus::corpus(count, 20)), peers, Rows::All);

    const QList<MidiCorpus::Track> midiTracks = MidiCorpus::corpus(24);
    out << "\n== accuracy: " << midiTracks.size()
        << " General MIDI songs (tests/support/midicorpus.h, variant 0) rendered by fluidsynth, "
           "44.1 kHz stereo 16-bit WAV ==\n";
    CorpusScore rendered;
    if (midi)
        rendered = scoreCorpus(dir, midiCases(midiTracks), peers, Rows::All);
    else
        out << "fluidsynth / fluid-soundfont-gm: not installed\n";

    totals(QStringLiteral("synthesized tracks"), synthesized, peers);
    if (midi) {
        totals(QStringLiteral("rendered MIDI tracks"), rendered, peers);
        CorpusScore both = synthesized;
        both += rendered;
        totals(QStringLiteral("tracks of both corpora"), both, peers);
    } else {
        out << "\nrendered MIDI tracks: not installed\n";
    }
    heldOut(dir);
    loudness(dir, count);
}

} // namespace bench
