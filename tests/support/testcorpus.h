#pragma once

#include <QList>
#include <QString>

// Deterministic synthesized tracks with known tempo, key, gain and structure, generated in
// memory at test time (issue 3's accuracy corpus). Drums are one-shot envelopes, the bass follows
// the chord root, pads are triads with harmonics and the lead plays scale tones, so tempo and key
// are what a listener would say they are. Thread: stateless, any thread.
class TestCorpus
{
public:
    enum class Style
    {
        FourOnTheFloor, // kick on every beat, snare 2 and 4, off-beat hats
        Breakbeat,      // syncopated kicks, snare 2 and 4, 16th hats
        HalfTime,       // kick 1, snare on 3 only, 8th hats: the beat is still the quarter note
        Swing,          // ride on swung 8ths, kick 1 and 3, snare 2 and 4
        Ambient,        // a soft pulse on every beat under long pads, nothing else
        None,           // harmony only (key tests)
    };

    struct Track
    {
        QString name;
        double bpm = 120;
        int tonic = 0; // pitch class, 0 = C
        bool minor = false;
        Style style = Style::FourOnTheFloor;
        double gainDb = 0; // peak level of the mix (the mix is normalized to 0 dBFS, then offset)
        double durationS = 20;
        int sampleRate = 44100;
        int channels = 2;
        quint32 seed = 1;
        // A tempo that drifts linearly from bpm to bpmEnd over the track (0: constant).
        double bpmEnd = 0;
        QString keyName() const; // "A minor", "F# major"
    };

    // A section of a structured track, for boundary tests.
    struct SectionTruth
    {
        double startS = 0;
        double endS = 0;
        QString kind; // "intro", "verse", "chorus", "outro"
    };

    static QString tonicName(int pitchClass); // sharps: C C# D ... B
    static QString styleName(Style style);

    // Interleaved float samples of `track`.
    static QList<float> render(const Track &track);

    // A click track: a short 1 kHz blip on every beat, nothing else.
    static QList<float> clickTrack(double bpm, double durationS, int sampleRate, int channels);

    // intro (pads) / verse (drums, bass, pads) / chorus (everything, other chords, louder) /
    // outro (pads): returns the audio and fills `sections`.
    static QList<float> structuredTrack(const Track &track, QList<SectionTruth> *sections);

    // The accuracy corpus: `count` tracks covering 60-190 BPM, all 24 keys, every style.
    static QList<Track> corpus(int count = 48, double durationS = 20);
};
