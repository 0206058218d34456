#pragma once

#include "domain/artist.h"

#include <QDateTime>

// A fully populated, valid artist shared by the domain tests (not a test target itself).
inline Artist sampleArtist()
{
    Artist artist;
    artist.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    artist.version = 7;
    artist.createdAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 45, 123), Qt::UTC);
    artist.updatedAt = QDateTime(QDate(2024, 6, 2), QTime(8, 0, 0, 1), Qt::UTC);
    artist.lastRunAt = QDateTime(QDate(2024, 6, 3), QTime(23, 59, 59, 999), Qt::UTC);
    artist.archived = true;

    ArtistIdentity &identity = artist.identity;
    identity.stageName = QStringLiteral("Søren Ålvik — ソレン 🎧");
    identity.realName = QStringLiteral("Søren Ålvik");
    identity.persona = QStringLiteral("Melancholic fjord techno with \"quoted\" words\nand lines.");
    identity.backstory =
        QStringLiteral("Grew up in Tromsø; Кириллица, العربية, 中文.\t\\ backslash");
    identity.influences = {QStringLiteral("Röyksopp"), QStringLiteral("Biosphere")};
    identity.personalityTraits = {QStringLiteral("shy"), QStringLiteral("precise")};
    identity.palette = {QStringLiteral("#0a1b2c"), QStringLiteral("#FFEEDD"),
                        QStringLiteral("#123abc")};
    identity.visualKeywords = {QStringLiteral("aurora"), QStringLiteral("ice")};
    identity.imagePrompt = QStringLiteral("A lone figure under the northern lights");

    ArtistMusic &music = artist.music;
    music.primaryGenre = QStringLiteral("techno");
    music.subgenres = {QStringLiteral("ambient techno"), QStringLiteral("dub techno")};
    music.tempoMinBpm = 118;
    music.tempoMaxBpm = 128;
    music.preferredKeys = {QStringLiteral("A minor"), QStringLiteral("F# major"),
                           QStringLiteral("Eb minor")};
    music.energy = 0.1 + 0.2; // not exactly representable: must still round-trip bit for bit
    music.valence = 0.25;
    music.arousal = 1.0 / 3.0;
    music.instrumentation = {{QStringLiteral("synth pad"), 0.8},
                             {QStringLiteral("kick"), 1.0},
                             {QStringLiteral("field recordings"), 0.05}};
    music.instrumental = false;
    music.vocalStyle = QStringLiteral("whispered baritone");
    music.lyricsLanguage = QStringLiteral("no");
    music.lyricThemes = {QStringLiteral("winter"), QStringLiteral("distance")};

    artist.audience.targetCountries = {QStringLiteral("NO"), QStringLiteral("DE"),
                                       QStringLiteral("JP")};
    artist.audience.description = QStringLiteral("Late-night listeners, 25–40");

    artist.behaviour.trendAlignment = TrendAlignment::Experimental;
    artist.behaviour.evolutionSpeed = EvolutionSpeed::Fast;
    artist.behaviour.lockedFields = {QStringLiteral("identity.stageName"),
                                     QStringLiteral("music.primaryGenre")};
    artist.behaviour.autopilot = true;

    artist.releaseStrategy.cadenceDays = 21;
    artist.releaseStrategy.videoRatio = 0.35;

    artist.providers.text = QStringLiteral("openai");
    artist.providers.textModel = QStringLiteral("gpt-4o-mini");
    artist.providers.music = QStringLiteral("suno");
    artist.providers.musicModel = QStringLiteral("v4");
    artist.providers.video = QStringLiteral("pexels");
    artist.providers.videoModel = QString();

    artist.status = LifecycleStatus::Evolving;
    return artist;
}
