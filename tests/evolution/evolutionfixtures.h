#pragma once

#include "domain/artist.h"
#include "evolution/segmenttarget.h"

// Artists and market segments shared by the evolution tests (not a test target itself).
// Figures are plausible chart aggregates: DE synthwave is a bit faster and more energetic than
// the artist, BR funk is a different world.
namespace EvolutionFixtures {

inline Artist synthwaveArtist()
{
    Artist artist;
    artist.id = QStringLiteral("5b1f0a52-3c1e-4d7a-9f49-0f3b6d1e2a10");
    artist.version = 1;
    artist.identity.stageName = QStringLiteral("Neon Aurel");
    artist.identity.persona = QStringLiteral("Night drives, chrome and rain.");
    artist.music.primaryGenre = QStringLiteral("synthwave");
    artist.music.subgenres = {QStringLiteral("retrowave")};
    artist.music.tempoMinBpm = 100;
    artist.music.tempoMaxBpm = 118;
    artist.music.preferredKeys = {QStringLiteral("A minor"), QStringLiteral("F minor")};
    artist.music.energy = 0.6;
    artist.music.valence = 0.4;
    artist.music.arousal = 0.55;
    artist.music.instrumentation = {{QStringLiteral("analog synth"), 0.8},
                                    {QStringLiteral("drum machine"), 0.7}};
    artist.music.vocalStyle = QStringLiteral("airy tenor");
    artist.music.lyricsLanguage = QStringLiteral("en");
    artist.audience.targetCountries = {QStringLiteral("DE"), QStringLiteral("FR")};
    artist.behaviour.trendAlignment = TrendAlignment::Soft;
    artist.behaviour.evolutionSpeed = EvolutionSpeed::Medium;
    artist.behaviour.lockedFields = {QStringLiteral("identity.stageName")};
    artist.status = LifecycleStatus::Active;
    return artist;
}

inline QHash<QString, double> minorHeavyKeys()
{
    return {{QStringLiteral("A minor"), 0.12}, {QStringLiteral("F minor"), 0.10},
            {QStringLiteral("C minor"), 0.11}, {QStringLiteral("D minor"), 0.08},
            {QStringLiteral("E minor"), 0.07}, {QStringLiteral("G major"), 0.06},
            {QStringLiteral("C major"), 0.05}, {QStringLiteral("Eb major"), 0.04}};
}

inline SegmentTarget deSynthwave()
{
    SegmentTarget target;
    target.segment = {QStringLiteral("DE"), QStringLiteral("synthwave"), {}};
    target.marketWeight = 0.7;
    target.genreShare = 0.04;
    target.genreShareChange90d = 0.004;
    target.relatedGenres = {QStringLiteral("retrowave"), QStringLiteral("darksynth"),
                            QStringLiteral("synthpop")};
    target.tempo = FeatureTrend::of(117, 6);
    target.energy = FeatureTrend::of(0.72, 0.04);
    target.danceability = FeatureTrend::of(0.62, 0.02);
    target.valence = FeatureTrend::of(0.45, -0.01);
    target.modeShare = FeatureTrend::of(0.3, -0.02);
    target.keyShares = minorHeavyKeys();
    target.instruments = {{QStringLiteral("synth bass"), 0.4, 0.08},
                          {QStringLiteral("gated reverb drums"), 0.3, 0.05},
                          {QStringLiteral("analog synth"), 0.7, 0.03}};
    target.vocalElements = {{QStringLiteral("vocoder"), 0.2, 0.04},
                            {QStringLiteral("talk box"), 0.12, 0.03},
                            {QStringLiteral("whisper"), 0.15, 0.01}};
    return target;
}

inline SegmentTarget deDarksynth()
{
    SegmentTarget target;
    target.segment = {QStringLiteral("DE"), QStringLiteral("darksynth"), {}};
    target.marketWeight = 0.7;
    target.genreShare = 0.02;
    target.genreShareChange90d = 0.009;
    target.relatedGenres = {QStringLiteral("synthwave"), QStringLiteral("industrial")};
    target.tempo = FeatureTrend::of(124, 4);
    target.energy = FeatureTrend::of(0.82, 0.03);
    target.valence = FeatureTrend::of(0.3, -0.02);
    target.keyShares = minorHeavyKeys();
    return target;
}

inline SegmentTarget frSynthwave()
{
    SegmentTarget target = deSynthwave();
    target.segment.country = QStringLiteral("FR");
    target.marketWeight = 0.6;
    target.tempo = FeatureTrend::of(112, 2);
    target.energy = FeatureTrend::of(0.66, 0.01);
    target.instruments.clear();
    target.vocalElements.clear();
    return target;
}

inline SegmentTarget brFunk()
{
    SegmentTarget target;
    target.segment = {QStringLiteral("BR"), QStringLiteral("funk"), {}};
    target.marketWeight = 0.5;
    target.genreShare = 0.22;
    target.genreShareChange90d = 0.01;
    target.relatedGenres = {QStringLiteral("baile funk"), QStringLiteral("pop")};
    target.tempo = FeatureTrend::of(150, 3);
    target.energy = FeatureTrend::of(0.85, 0.01);
    target.danceability = FeatureTrend::of(0.9, 0.0);
    target.valence = FeatureTrend::of(0.8, 0.02);
    target.modeShare = FeatureTrend::of(0.7, 0.0);
    target.keyShares = {{QStringLiteral("C major"), 0.15},
                        {QStringLiteral("G major"), 0.14},
                        {QStringLiteral("D major"), 0.12},
                        {QStringLiteral("A minor"), 0.03},
                        {QStringLiteral("E major"), 0.1}};
    return target;
}

inline QList<SegmentTarget> germanMarket()
{
    return {deSynthwave(), deDarksynth(), frSynthwave()};
}

} // namespace EvolutionFixtures
