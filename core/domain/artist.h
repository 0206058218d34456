#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The artist profile: a plain value type, edited by the operator and evolved by the studio.
// JSON (de)serialization lives in ArtistJson, validation in ArtistValidator.
// Thread: value type, safe to copy between threads.

enum class LifecycleStatus
{
    Candidate,
    Active,
    Evolving,
    Paused,
    Retired
};
enum class TrendAlignment
{
    Strict,
    Soft,
    Experimental
};
enum class EvolutionSpeed
{
    Slow,
    Medium,
    Fast
};

struct Instrument
{
    QString name;
    double level = 0.5; // 0..1, how prominent in the mix
    bool operator==(const Instrument &) const = default;
};

struct ArtistIdentity
{
    QString stageName;
    QString realName; // optional
    QString persona;  // style / persona description
    QString backstory;
    QStringList influences;
    QStringList personalityTraits;
    QStringList palette; // "#rrggbb" colours of the visual identity
    QStringList visualKeywords;
    QString imagePrompt;
    bool operator==(const ArtistIdentity &) const = default;
};

struct ArtistMusic
{
    QString primaryGenre;
    QStringList subgenres;
    int tempoMinBpm = 90;
    int tempoMaxBpm = 130;
    QStringList preferredKeys; // "A minor", "F# major", "Eb minor"
    double energy = 0.5;       // 0..1
    double valence = 0.5;      // 0..1 (sad .. happy)
    double arousal = 0.5;      // 0..1 (calm .. excited)
    QList<Instrument> instrumentation;
    bool instrumental = false;
    QString vocalStyle;     // empty when instrumental
    QString lyricsLanguage; // ISO 639-1, e.g. "en"
    QStringList lyricThemes;
    bool operator==(const ArtistMusic &) const = default;
};

struct ArtistAudience
{
    QStringList targetCountries; // ISO 3166-1 alpha-2, upper case
    QString description;
    bool operator==(const ArtistAudience &) const = default;
};

struct ArtistBehaviour
{
    TrendAlignment trendAlignment = TrendAlignment::Soft;
    EvolutionSpeed evolutionSpeed = EvolutionSpeed::Medium;
    QStringList lockedFields; // field paths evolution may never touch, e.g. "identity.stageName"
    bool autopilot = false;
    bool operator==(const ArtistBehaviour &) const = default;
};

struct ArtistReleaseStrategy
{
    int cadenceDays = 14;    // days between releases
    double videoRatio = 0.7; // share of releases that get a video, 0..1
    bool operator==(const ArtistReleaseStrategy &) const = default;
};

struct ArtistProviders
{
    QString text = QStringLiteral("local");
    QString textModel;
    QString music = QStringLiteral("local");
    QString musicModel;
    QString video = QStringLiteral("local");
    QString videoModel;
    bool operator==(const ArtistProviders &) const = default;
};

struct Artist
{
    QString id;      // UUID without braces; empty until stored
    int version = 0; // number of the latest artist_versions row; 0 until stored
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastRunAt; // null when the artist never ran
    bool archived = false;

    ArtistIdentity identity;
    ArtistMusic music;
    ArtistAudience audience;
    ArtistBehaviour behaviour;
    ArtistReleaseStrategy releaseStrategy;
    ArtistProviders providers;
    LifecycleStatus status = LifecycleStatus::Candidate;

    bool operator==(const Artist &) const = default;
};

// Stable lower-case names used in JSON, the DB and the CLI ("candidate", "soft", "medium").
QString toString(LifecycleStatus status);
QString toString(TrendAlignment alignment);
QString toString(EvolutionSpeed speed);
bool fromString(const QString &text, LifecycleStatus *status);
bool fromString(const QString &text, TrendAlignment *alignment);
bool fromString(const QString &text, EvolutionSpeed *speed);
