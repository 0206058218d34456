#pragma once

#include "trends/trendseries.h"
#include "util/error.h"

#include <QString>
#include <QStringList>

// The issue-5 query data set: 10 years x 250 countries x 20 genres of weekly observations
// (each country's all-genre total too, as the importers write it), plus weekly genre shares,
// in a studio database built once and reused. Thread: the calling thread.
struct TrendScaleData
{
    static constexpr int kCountries = 250;
    static constexpr int kGenres = 20;
    static constexpr int kWeeks = 520; // 10 years

    static QStringList
    countryCodes();                  // 250 two-letter codes, "AA".."JP" (DE, FR, GB... among them)
    static QStringList genreNames(); // 20 lower-case genre ids

    struct Built
    {
        QString databasePath;
        bool reused = false;     // found complete in the cache directory
        qint64 observations = 0; // trend_observations rows
        qint64 genreShares = 0;  // genre_popularity rows
        qint64 milliseconds = 0; // build time (0 when reused)
        qint64 databaseBytes = 0;
        QList<TrendFeature> features;
    };

    // Opens (creating and migrating) `directory`/studio.sqlite and fills it unless a complete
    // build with the same features is there. `features`: how many of kTrendFeatures to fill
    // (the first is tempo). Direct prepared INSERTs in one transaction, not TrendStore: the
    // store's per-observation path (select, insert, aggregate updates) would take hours here.
    static Result<Built> ensure(const QString &directory, int features, bool rebuild);
};
