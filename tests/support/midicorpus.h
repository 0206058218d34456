#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The second half of the accuracy corpus: real instruments. Standard MIDI Files with known tempo
// and key, written here and rendered to WAV by fluidsynth with the General MIDI SoundFont
// (fluid-soundfont-gm), so the analyzers hear sampled pianos, guitars, strings and drum kits
// instead of our own synthesis. Thread: stateless, any thread.
class MidiCorpus
{
public:
    enum class Groove
    {
        Rock,     // kick 1 and 3, snare 2 and 4, closed hats on 8ths
        Dance,    // kick on every beat, clap 2 and 4, open hats on the off-beats
        HalfTime, // kick 1, snare 3, 8th hats: still a quarter-note beat
        Shuffle,  // ride on swung 8ths, kick 1 and 3, snare 2 and 4
        Ballad,   // no drums: a piano arpeggio in 8ths over sustained strings
    };

    struct Track
    {
        QString name;
        double bpm = 120;
        int tonic = 0; // pitch class, 0 = C
        bool minor = false;
        Groove groove = Groove::Rock;
        int chordProgram = 0; // General MIDI program of the chords (0 = grand piano)
        int bassProgram = 33; // finger bass
        int leadProgram = 73; // flute
        int bars = 10;
        quint32 seed = 1;
        QString keyName() const; // "A minor"
    };

    static QString grooveName(Groove groove);

    // A format 0 Standard MIDI File (480 ticks per quarter note) of `track`.
    static QByteArray standardMidiFile(const Track &track);

    // The SoundFont fluidsynth renders with, or an empty string when it is not installed.
    static QString soundFont();
    // Renders `midiPath` to a 16-bit WAV at `sampleRate` with fluidsynth. Empty on success,
    // otherwise what went wrong (fluidsynth missing, its exit code and output).
    static QString render(const QString &midiPath, const QString &wavPath, int sampleRate = 44100);

    // `count` tracks over 60-190 BPM, all 24 keys, every groove, a different band each time.
    // Another `variant` gives other tempi, melodies and key order: a held-out set for checking
    // that settings tuned on variant 0 generalize.
    static QList<Track> corpus(int count = 24, int variant = 0);
};
