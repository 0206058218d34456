#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How the Analysis pane writes measurements: durations, tempo, keys in standard or Camelot
// notation, loudness. One place, so the table, the detail view and the exports agree.
// Thread: stateless, any thread.
class AnalysisFormat
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisFormat)

public:
    // "3:07" (or "1:02:03"); empty for NaN.
    static QString duration(double seconds);
    // "128.0"; empty for NaN.
    static QString bpm(double bpm);
    // "-14.2 LUFS"-style numbers with one decimal and the unit; empty for NaN.
    static QString decibels(double value, const QString &unit);
    // 0..1 as "87 %"; empty for NaN.
    static QString percent(double fraction);

    // The 24 keys as the analyzer names them ("C major" … "B minor", sharps), majors first.
    static QStringList allKeys();
    // "A minor" -> "8A", "C major" -> "8B"; flats are understood too. Empty when not a key.
    static QString camelot(const QString &key);
    // Pitch class (0 = C) and mode of a key name; false when it is not one.
    static bool parseKey(const QString &key, int *pitchClass, bool *minor);
    // Localized "A minor" (the stored name is English, as in the JSON).
    static QString keyDisplay(const QString &key, bool camelotNotation);
};
