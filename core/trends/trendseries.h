#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The vocabulary of market trends shared by the trend store, the statistics and the UI.

// A slice of the market a trend describes. An empty field means "all": {"DE", "", ""} is Germany
// across genres and audiences, {"", "", ""} is the global market. Thread: value type.
struct TrendSegment
{
    QString country;  // ISO 3166-1 alpha-2, upper case
    QString genre;    // lower-case genre id, as in artist profiles ("synthwave")
    QString audience; // audience segment id ("18-24"); empty for all listeners

    bool operator==(const TrendSegment &) const = default;
    QString label() const; // "DE · synthwave", "global"
};

// The audio features trends are kept for. Names are the chart CSV's column names.
enum class TrendFeature
{
    Tempo,        // BPM
    Energy,       // 0..1
    Danceability, // 0..1
    Valence,      // 0..1
    Loudness,     // LUFS (dB)
    DurationS,    // seconds ("duration_ms" in chart CSVs is converted)
    Mode,         // share of major-mode entries, 0..1
};

inline constexpr TrendFeature kTrendFeatures[] = {
    TrendFeature::Tempo,   TrendFeature::Energy,   TrendFeature::Danceability,
    TrendFeature::Valence, TrendFeature::Loudness, TrendFeature::DurationS,
    TrendFeature::Mode,
};

QString trendFeatureName(TrendFeature feature); // "tempo", "energy", ..., "duration_s", "mode"
std::optional<TrendFeature> trendFeatureFromName(QStringView name); // case-insensitive

// One period's aggregate of one feature in one segment. Thread: value type.
struct TrendPoint
{
    QDate period;    // first day of the period (a day, a week's Monday, a month's 1st)
    double mean = 0; // streams-weighted when weight > 0
    double stddev = 0;
    double min = 0;
    double max = 0;
    double weight = 0;     // streams behind the mean; 0 when the source has no stream counts
    qint64 sampleSize = 0; // chart entries behind it
};

// Points in ascending period order, at most one per period.
using TrendSeries = QList<TrendPoint>;
