#pragma once

#include "domain/artist.h"
#include "evolution/segmenttarget.h"
#include "trends/trendstore.h"
#include "util/error.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Fills core/evolution's SegmentTarget from the trend store (docs/trends.md, "Evolution in the
// studio"): market weight from the country's profile, genre shares and their 90-day change,
// related genres, per-feature current mean (the 30 days up to the segment's latest data) and
// its change against the 30 days ending 90 days earlier, key distribution.
// Thread: the thread of the connection it was given (a DbConnection).
class SegmentTargetBuilder
{
public:
    struct Options
    {
        int currentWindowDays = 30;  // "now": the window ending on the latest data
        int changeDays = 90;         // change = now minus the window this many days earlier
        int maxGenresPerCountry = 8; // genre segments made per target country (by share)
        double minGenreShare = 0.01; // ... and only genres with at least this share
        // Related genres: two genres of one country whose current tempo and energy are this
        // close (or whose names share a word: "deep house" ~ "house").
        double relatedTempoBpm = 8;
        double relatedEnergy = 0.10;
    };

    explicit SegmentTargetBuilder(QSqlDatabase db);
    SegmentTargetBuilder(QSqlDatabase db, Options options);

    // The latest day on or before `asOf` with data for the country ("" = any country);
    // invalid when there is none.
    Result<QDate> latestData(const QString &country, const QDate &asOf);

    // One segment, measured at its country's latest data on or before `asOf`. A segment with no
    // data comes back with every feature unknown (compatibility then skips those parts).
    Result<SegmentTarget> build(const TrendSegment &segment, const QDate &asOf);

    // The segments an artist is planned against, for each target country: the country as a
    // whole plus its most streamed genres and the artist's own genres where the country has
    // data for them; related genres filled among those. An artist without target countries (or
    // whose countries have no trend data) gets the global segment instead.
    Result<QList<SegmentTarget>> forArtist(const Artist &artist, const QDate &asOf);

    // Whether two genre names share a word ("synth-pop" ~ "pop"); case-insensitive.
    static bool namesRelated(const QString &a, const QString &b);
    // "C major" .. "B minor" for a pitch class (0 = C) and mode (1 = major).
    static QString keyName(int key, int mode);

private:
    Result<FeatureTrend> feature(const TrendSegment &segment, TrendFeature feature,
                                 const QDate &end);
    Result<void> fillGenreShares(SegmentTarget *target, const QDate &end);
    Result<void> fillKeys(SegmentTarget *target, const QDate &end);
    Result<double> marketWeight(const QString &country);

    QSqlDatabase m_db;
    TrendStore m_store;
    Options m_options;
    QList<TrendCountry> m_countries; // read once per builder
    bool m_countriesRead = false;
};
