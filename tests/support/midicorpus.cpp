#include "midicorpus.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace {

constexpr int kTicksPerQuarter = 480;
constexpr int kDrumChannel = 9;
enum Channel
{
    ChordChannel = 0,
    BassChannel = 1,
    LeadChannel = 2,
    PadChannel = 3
};
// General MIDI percussion keys
constexpr int kKick = 36, kSnare = 38, kClap = 39, kClosedHat = 42, kOpenHat = 46, kRide = 51;

struct Event
{
    qint64 tick = 0;
    int order = 0; // at the same tick: note-offs (0) before set-up (1) before note-ons (2)
    QByteArray bytes;
};

class Song
{
public:
    void note(int channel, qint64 start, qint64 length, int key, int velocity)
    {
        key = std::clamp(key, 0, 127);
        m_events.append({start, 2, bytes({0x90 | channel, key, velocity})});
        m_events.append({start + length, 0, bytes({0x80 | channel, key, 0})});
    }
    void program(int channel, int program)
    {
        m_events.append({0, 1, bytes({0xC0 | channel, program})});
    }
    void tempo(double bpm)
    {
        const auto micros = quint32(std::lround(60'000'000.0 / bpm));
        m_events.append({0, 1,
                         bytes({0xFF, 0x51, 0x03, int(micros >> 16) & 0xFF, int(micros >> 8) & 0xFF,
                                int(micros) & 0xFF})});
    }

    QByteArray file(qint64 endTick)
    {
        std::stable_sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
            return a.tick != b.tick ? a.tick < b.tick : a.order < b.order;
        });
        QByteArray track;
        qint64 now = 0;
        for (const Event &e : std::as_const(m_events)) {
            appendVarLen(track, quint32(e.tick - now));
            track += e.bytes;
            now = e.tick;
        }
        appendVarLen(track, quint32(std::max<qint64>(0, endTick - now)));
        track += bytes({0xFF, 0x2F, 0x00}); // end of track

        QByteArray smf("MThd");
        appendBigEndian(smf, 6, 4);
        appendBigEndian(smf, 0, 2); // format 0: one track
        appendBigEndian(smf, 1, 2);
        appendBigEndian(smf, kTicksPerQuarter, 2);
        smf += "MTrk";
        appendBigEndian(smf, quint32(track.size()), 4);
        return smf + track;
    }

private:
    static QByteArray bytes(std::initializer_list<int> values)
    {
        QByteArray out;
        for (int v : values)
            out.append(char(v));
        return out;
    }
    static void appendVarLen(QByteArray &out, quint32 value)
    {
        QByteArray reversed;
        reversed.append(char(value & 0x7F));
        while ((value >>= 7) > 0)
            reversed.append(char((value & 0x7F) | 0x80));
        std::reverse(reversed.begin(), reversed.end());
        out += reversed;
    }
    static void appendBigEndian(QByteArray &out, quint32 value, int size)
    {
        for (int i = size - 1; i >= 0; --i)
            out.append(char((value >> (8 * i)) & 0xFF));
    }

    QList<Event> m_events;
};

struct Chord
{
    int root; // semitones above the tonic
    bool minor;
};
// I-IV-V-I and i-iv-V-i (harmonic minor: the V is major, so the relative major does not win)
constexpr std::array<Chord, 4> kMajor = {{{0, false}, {5, false}, {7, false}, {0, false}}};
constexpr std::array<Chord, 4> kMinor = {{{0, true}, {5, true}, {7, false}, {0, true}}};
constexpr std::array<int, 7> kMajorScale = {0, 2, 4, 5, 7, 9, 11};
constexpr std::array<int, 7> kMinorScale = {0, 2, 3, 5, 7, 8, 11};

void drums(Song &song, MidiCorpus::Groove groove, qint64 bar)
{
    const qint64 q = kTicksPerQuarter;
    const qint64 start = bar * 4 * q;
    auto hit = [&](int key, qint64 at, int velocity) {
        song.note(kDrumChannel, start + at, q / 4, key, velocity);
    };
    switch (groove) {
    case MidiCorpus::Groove::Rock:
        for (int e = 0; e < 8; ++e)
            hit(kClosedHat, e * q / 2, e % 2 == 0 ? 90 : 65);
        hit(kKick, 0, 115);
        hit(kKick, 2 * q, 110);
        hit(kSnare, q, 110);
        hit(kSnare, 3 * q, 110);
        break;
    case MidiCorpus::Groove::Dance:
        for (int b = 0; b < 4; ++b) {
            hit(kKick, b * q, 120);
            hit(kOpenHat, b * q + q / 2, 80);
        }
        hit(kClap, q, 100);
        hit(kClap, 3 * q, 100);
        break;
    case MidiCorpus::Groove::HalfTime:
        for (int e = 0; e < 8; ++e)
            hit(kClosedHat, e * q / 2, e % 2 == 0 ? 85 : 60);
        hit(kKick, 0, 120);
        hit(kSnare, 2 * q, 115);
        break;
    case MidiCorpus::Groove::Shuffle:
        for (int b = 0; b < 4; ++b) {
            hit(kRide, b * q, 90);
            hit(kRide, b * q + 2 * q / 3, 65); // the swung 8th
        }
        hit(kKick, 0, 110);
        hit(kKick, 2 * q, 105);
        hit(kSnare, q, 105);
        hit(kSnare, 3 * q, 105);
        break;
    case MidiCorpus::Groove::Ballad:
        break;
    }
}

} // namespace

QString MidiCorpus::Track::keyName() const
{
    static const char *const names[] = {"C",  "C#", "D",  "D#", "E",  "F",
                                        "F#", "G",  "G#", "A",  "A#", "B"};
    return QStringLiteral("%1 %2").arg(QLatin1String(names[((tonic % 12) + 12) % 12]),
                                       minor ? QStringLiteral("minor") : QStringLiteral("major"));
}

QString MidiCorpus::grooveName(Groove groove)
{
    switch (groove) {
    case Groove::Rock:
        return QStringLiteral("rock");
    case Groove::Dance:
        return QStringLiteral("dance");
    case Groove::HalfTime:
        return QStringLiteral("half-time");
    case Groove::Shuffle:
        return QStringLiteral("shuffle");
    case Groove::Ballad:
        return QStringLiteral("ballad");
    }
    return {};
}

QByteArray MidiCorpus::standardMidiFile(const Track &track)
{
    Song song;
    song.tempo(track.bpm);
    song.program(ChordChannel, track.chordProgram);
    song.program(BassChannel, track.bassProgram);
    song.program(LeadChannel, track.leadProgram);
    song.program(PadChannel, 48); // string ensemble
    std::mt19937 random(track.seed);
    const qint64 q = kTicksPerQuarter;
    const auto &progression = track.minor ? kMinor : kMajor;
    const auto &scale = track.minor ? kMinorScale : kMajorScale;
    const int tonic = 48 + track.tonic; // C3 upwards
    int degree = 0;
    for (int bar = 0; bar < track.bars; ++bar) {
        const Chord chord = progression[size_t(bar % 4)];
        const int root = tonic + chord.root;
        const std::array<int, 3> triad = {root, root + (chord.minor ? 3 : 4), root + 7};
        const qint64 start = bar * 4 * q;
        drums(song, track.groove, bar);
        if (track.groove == Groove::Ballad) {
            // arpeggio: root, fifth, third, fifth up an octave... in 8ths
            const std::array<int, 8> pattern = {0, 2, 1, 2, 0, 2, 1, 2};
            for (int e = 0; e < 8; ++e)
                song.note(ChordChannel, start + e * q / 2, q / 2,
                          triad[size_t(pattern[size_t(e)])] + (e % 4 == 0 ? 0 : 12),
                          e % 2 == 0 ? 80 : 60);
            for (int n : triad)
                song.note(PadChannel, start, 4 * q, n + 12, 50);
        } else {
            for (int b = 0; b < 4; ++b) // chords on every beat
                for (int n : triad)
                    song.note(ChordChannel, start + b * q, q * 9 / 10, n + 12, b == 0 ? 80 : 64);
            for (int e = 0; e < 8; ++e) // bass in 8ths on the root
                song.note(BassChannel, start + e * q / 2, q / 2 - 20, root - 12,
                          e % 2 == 0 ? 100 : 75);
        }
        // a melody of scale tones, one per beat, stepping mostly
        for (int b = 0; b < 4; ++b) {
            degree = std::clamp(degree + int(random() % 5) - 2, 0, 13);
            const int pitch = tonic + 24 + scale[size_t(degree % 7)] + 12 * (degree / 7);
            song.note(LeadChannel, start + b * q, q * 3 / 4, pitch, 70);
        }
    }
    return song.file(qint64(track.bars) * 4 * q + 2 * q); // two beats of release
}

QString MidiCorpus::soundFont()
{
    for (const char *path :
         {"/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf2/default-GM.sf2"})
        if (QFileInfo::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    return {};
}

QString MidiCorpus::render(const QString &midiPath, const QString &wavPath, int sampleRate)
{
    const QString fluidsynth = QStandardPaths::findExecutable(QStringLiteral("fluidsynth"));
    const QString font = soundFont();
    if (fluidsynth.isEmpty() || font.isEmpty())
        return QStringLiteral("fluidsynth and fluid-soundfont-gm are not installed "
                              "(scripts/setup-debian.sh installs them)");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // -n -i: no MIDI input, no shell; -F: render to a file; -g: gain that keeps the mix unclipped
    process.start(fluidsynth,
                  {QStringLiteral("-n"), QStringLiteral("-i"), QStringLiteral("-q"),
                   QStringLiteral("-g"), QStringLiteral("0.5"), QStringLiteral("-r"),
                   QString::number(sampleRate), QStringLiteral("-T"), QStringLiteral("wav"),
                   QStringLiteral("-F"), wavPath, font, midiPath});
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("fluidsynth failed (%1): %2")
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAll()));
    if (QFileInfo(wavPath).size() < 1024)
        return QStringLiteral("fluidsynth wrote no audio to %1").arg(wavPath);
    return {};
}

QList<MidiCorpus::Track> MidiCorpus::corpus(int count, int variant)
{
    struct Band
    {
        Groove groove;
        int chords, bass, lead;
        double low, high; // where the groove is played
    };
    const std::array<Band, 5> bands = {{
        {Groove::Rock, 25, 33, 29, 90, 180},     // steel guitar, finger bass, overdrive lead
        {Groove::Dance, 81, 38, 80, 110, 190},   // saw lead chords, synth bass, square lead
        {Groove::HalfTime, 4, 34, 65, 120, 175}, // electric piano, picked bass, alto sax
        {Groove::Shuffle, 16, 32, 56, 80, 150},  // organ, acoustic bass, trumpet
        {Groove::Ballad, 0, 33, 73, 60, 100},    // piano arpeggios, strings, flute
    }};
    QList<Track> tracks;
    for (int i = 0; i < count; ++i) {
        const Band &band = bands[size_t(i % int(bands.size()))];
        Track t;
        t.groove = band.groove;
        t.chordProgram = band.chords;
        t.bassProgram = band.bass;
        t.leadProgram = band.lead;
        const double u = std::fmod(0.25 + 0.37 * variant + i * 0.6180339887, 1.0);
        t.bpm = std::round((band.low + u * (band.high - band.low)) * 10) / 10;
        t.tonic = (i * 7 + variant * 5) % 12; // around the circle of fifths
        t.minor = (i / 12) % 2 == 1;
        t.bars = std::max(8, int(std::ceil(20.0 * t.bpm / 240.0))); // about 20 s
        t.seed = quint32(5000 + 100 * variant + i);
        t.name = QStringLiteral("midi-%1-%2-%3bpm-%4")
                     .arg(i, 2, 10, QLatin1Char('0'))
                     .arg(grooveName(t.groove))
                     .arg(t.bpm)
                     .arg(t.keyName().replace(QLatin1Char(' '), QLatin1Char('-')));
        tracks.append(t);
    }
    return tracks;
}
