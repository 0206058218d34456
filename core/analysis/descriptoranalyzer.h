#pragma once

#include "analysis/analyzer.h"

#include <QList>

// Energy, danceability, valence and arousal (0..1) from the stream's short-term RMS and from
// what earlier analyzers stored (loudness, tempo and beats, key, onsets, spectral centroid).
// Runs last. The formulas are in docs/analysis.md ("Descriptors"); a missing input takes the
// neutral value documented there. A silent stream gives energy, arousal and danceability 0 and
// valence NaN.
// Thread: one instance per analysis job, used by one pool thread at a time.
class DescriptorAnalyzer : public Analyzer
{
public:
    static constexpr double kWindowS = 0.05; // RMS window

    QString name() const override { return QStringLiteral("descriptors"); }
    QString version() const override { return QStringLiteral("descriptors-1"); }
    bool initialize(const AudioFormat &format) override;
    void process(const float *interleaved, qsizetype frames) override;
    void finish(Analysis &result) override;
    void cleanup() override;

    // Pieces of the formulas, public for tests and the docs.
    static double tempoFactor(double bpm);                   // exp(-((bpm-110)/40)^2 / 2)
    static double beatStability(const QList<double> &beats); // 1 - 5 * CV(inter-beat intervals)
    static double rhythmRegularity(const QList<double> &beats, const QList<double> &onsets);
    static QString valenceLabel(double valence); // "positive" >= 0.6, "negative" < 0.4
    static QString arousalLabel(double arousal); // "high" >= 0.6, "low" < 0.4

private:
    void closeWindow();

    int m_channels = 0;
    qint64 m_windowFrames = 0;
    qint64 m_inWindow = 0;
    double m_windowSquares = 0;
    double m_rmsSum = 0;
    double m_rmsMax = 0;
    qint64 m_windows = 0;
};
