#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <cmath>

// Everything the studio measures in one track (issue 3). Filled by the analyzers of
// core/analysis in one decode pass; stored in the DB keyed by content hash; printed by
// `artist-studio analyze --json` (snake_case keys, see AnalysisJson). NaN means "not measured".
// Thread: value type.

struct TempoCandidate
{
    double bpm = 0;
    double score = 0; // 0..1, relative support for this tempo
    bool operator==(const TempoCandidate &) const = default;
};

struct Section
{
    double startS = 0;
    double endS = 0;
    QString label;     // "A", "B", ... (same letter: similar material), or "intro"/"outro"
    double energy = 0; // mean RMS of the section, 0..1 relative to the loudest section
    bool operator==(const Section &) const = default;
};

// Min/max/RMS per column at one zoom level, for drawing. Values are -1..1 (rms 0..1).
struct WaveformLevel
{
    int framesPerColumn = 0;
    QList<float> min;
    QList<float> max;
    QList<float> rms;
    bool operator==(const WaveformLevel &) const = default;
};

struct Analysis
{
    // Source
    QString contentHash; // SHA-256 hex of the file's bytes
    double durationS = NAN;
    int sampleRate = 0;
    int channels = 0;

    // Tempo
    double bpm = NAN;
    double bpmConfidence = 0;              // 0..1
    QList<TempoCandidate> bpmAlternatives; // best first, includes the chosen one
    QList<double> beats;                   // beat positions in seconds
    bool variableTempo = false;

    // Key
    QString key;              // "A minor", "F# major"; empty when unknown
    double keyConfidence = 0; // 0..1
    QString keyRunnerUp;

    // Loudness and signal
    double loudnessLufs = NAN; // integrated, EBU R 128
    double loudnessRangeLu = NAN;
    double truePeakDbtp = NAN;
    double samplePeakDbfs = NAN;
    double silenceStartS = 0;  // leading silence (below -60 dBFS)
    double silenceEndS = 0;    // trailing silence
    qint64 clippedSamples = 0; // samples at or beyond full scale (|x| >= 0.9999)
    double dcOffset = 0;       // mean sample value, -1..1

    // Structure
    QList<Section> sections;
    int mostEnergeticSection = -1; // index into sections

    // Descriptors (formulas in docs/analysis.md)
    double energy = NAN;       // 0..1
    double danceability = NAN; // 0..1
    double valence = NAN;      // 0..1
    double arousal = NAN;      // 0..1
    double onsetDensity = NAN; // onsets per second
    double spectralCentroidHz = NAN;
    QList<double> onsets; // onset times in seconds (OnsetAnalyzer), for rhythm descriptors

    // Overview and identity
    QList<WaveformLevel> waveform; // coarse to fine
    QByteArray fingerprint;        // chromaprint raw fingerprint, compressed (base64 in JSON)

    QMap<QString, QString>
        analyzerVersions; // analyzer name -> version, e.g. "tempo" -> "qm-tempo-1"
};
