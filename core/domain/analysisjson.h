#pragma once

#include "domain/analysis.h"
#include "util/error.h"

#include <QJsonObject>

// The JSON form of an Analysis: what `artist-studio analyze --json` prints (snake_case keys of
// issue 3's "Headless commands") and, in Full detail, what storage and analysis.json in a
// release keep. NaN ("not measured") is written as null and read back as NaN. The fingerprint is
// base64. "beats" is the beat count; "beat_times" holds the positions (Full only).
// Thread: stateless, any thread.
namespace AnalysisJson {

inline constexpr int kFormatVersion = 1;

enum class Detail
{
    Summary, // the headless command's object: no beat_times, onset_times or waveform
    Full,    // everything, for storage
};

QJsonObject toJson(const Analysis &analysis, const QString &file, Detail detail = Detail::Full);

// Reads what toJson() wrote (either detail). Missing keys keep the Analysis defaults; a key of
// the wrong type or an impossible value is an Error (InvalidInput) naming the key.
Result<Analysis> fromJson(const QJsonObject &object);

} // namespace AnalysisJson
