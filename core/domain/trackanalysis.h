#pragma once

#include "domain/analysis.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The operator's correction of a measurement, stored beside the measured value (never over it):
// a tempo fixed by ×2/×½/×⅔/×1.5/tap, or a key override. Thread: value type.
struct AnalysisCorrection
{
    std::optional<double> bpm; // corrected tempo
    QString key;               // overridden key ("A minor"), empty: none
    QDateTime correctedAt;
    bool isEmpty() const { return !bpm && key.isEmpty(); }
    bool operator==(const AnalysisCorrection &) const = default;
};

// One analyzed file as the studio knows it: where it is, what was measured (cached by content
// hash) and how the operator corrected it. `error` is set (and `analysis` empty) when the file
// could not be analyzed. Thread: value type.
struct TrackAnalysis
{
    QString path;
    std::optional<Analysis> analysis;
    AnalysisCorrection correction;
    QString error;
    bool fromCache = false;

    double effectiveBpm() const
    {
        return correction.bpm ? *correction.bpm : (analysis ? analysis->bpm : NAN);
    }
    QString effectiveKey() const
    {
        return !correction.key.isEmpty() ? correction.key : (analysis ? analysis->key : QString());
    }
};
