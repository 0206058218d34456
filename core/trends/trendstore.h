#pragma once

#include "storage/sqldialect.h"
#include "trends/trendseries.h"
#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

// A country's profile: reference data for the market weighting. Thread: value type.
struct TrendCountry
{
    QString code; // ISO 3166-1 alpha-2
    QString name;
    QString region;
    QStringList languages;     // ["de", "en"]
    double marketWeight = 0.3; // 0..1; the prototype's weight for "other" markets
    qint64 sourceId = 0;       // the import that brought it; 0 when its import was deleted
};

// One period's statistics of one feature in one segment, as one source saw it.
// Thread: value type.
struct TrendObservation
{
    TrendSegment segment; // country required; genre/audience "" = all
    QDate period;
    TrendFeature feature = TrendFeature::Tempo;
    qint64 sampleSize = 0;
    double totalStreams = 0; // 0: unknown, the statistics are then per entry
    double mean = 0;
    double stddev = 0;
    std::optional<double> min; // nullopt: the source gave no extremes
    std::optional<double> max;
};

// A genre's share of one country's streams in one period. Thread: value type.
struct GenreShare
{
    QString country;
    QDate period;
    QString genre;
    double share = 0;             // 0..1
    std::optional<double> growth; // relative change against the previous period
    int rank = 0;                 // 1 = most streamed; 0 = unknown
};

// How many entries of a segment's period were in one key and mode. Thread: value type.
struct KeyModeCount
{
    QString country;
    QString genre; // "" = all genres
    QDate period;
    int key = 0;  // pitch class, 0 = C
    int mode = 0; // 1 = major, 0 = minor
    qint64 count = 0;
    double share = 0; // of the period's entries with a key
};

// One import, as listed to the operator. Thread: value type.
struct ImportSource
{
    qint64 id = 0;
    QString kind; // csv, prototype, audio-folder, sample
    QString label;
    QDateTime importedAt;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
};

// The country-profiles database (tables of migration 0004): countries, observations per
// (source, segment, period, feature), genre popularity, key/mode distribution, and rolling
// 1/7/30/90-day aggregates kept up to date incrementally as observations are added (by
// TrendAggregates, once per addObservations() call).
// Every row carries the import source that brought it: re-importing the same file replaces
// (beginSource with Replace), other sources merge into every query. Writes open a
// ScopedTransaction, which nests into the caller's (an importer commits once at the end).
// Thread: the thread of the connection it was given (a DbConnection).
class TrendStore
{
public:
    enum class SourceMode
    {
        Replace, // earlier imports with the same kind and label are deleted first
        Merge,   // earlier imports stay; queries combine them
    };
    static constexpr int kWindows[] = {1, 7, 30, 90};

    explicit TrendStore(QSqlDatabase db);

    // Registers an import (kind: csv, prototype, audio-folder, sample) and returns its id.
    Result<qint64> beginSource(const QString &kind, const QString &label, SourceMode mode);
    Result<void> finishSource(qint64 sourceId, qint64 rowsAccepted, qint64 rowsRejected);
    Result<QList<ImportSource>> sources();
    // Deletes an import and everything it brought; aggregates it touched are rebuilt.
    // Country rows stay (other imports' data refers to them) but lose their source.
    Result<void> deleteSource(qint64 sourceId);

    // Inserts or replaces the profiles (sourceId: the import bringing them).
    Result<void> upsertCountries(const QList<TrendCountry> &countries, qint64 sourceId);
    // Adds a profile only where none exists (a chart import names countries it has no profile
    // for; the name comes from the ISO list).
    Result<void> ensureCountries(const QStringList &codes, qint64 sourceId);
    Result<QList<TrendCountry>> countries();
    // The genres with observations in a country ("" = any country), sorted.
    Result<QStringList> genres(const QString &country);

    // All in one transaction. An observation whose key (source, segment, period, feature) is
    // stored already is merged into it (pooled mean and variance, summed counts). Aggregates
    // are updated once per call: each observation's sums are added to its day's row and the
    // windows covering a changed day are re-summed from the day rows, never from the
    // observations; there each observation weighs by its own streams, or by its entries when it
    // has none.
    Result<void> addObservations(qint64 sourceId, const QList<TrendObservation> &observations);
    // Upserts; growth and rank keep their stored value when the new row does not know them.
    Result<void> addGenreShares(qint64 sourceId, const QList<GenreShare> &shares);
    Result<void> addKeyModeCounts(qint64 sourceId, const QList<KeyModeCount> &counts);

    // One point per period in [from, to], combining every source: weighted by streams when
    // every observation of the period has them, else by chart entries (never a mix of units).
    // A segment without a country is the global market: all countries.
    Result<TrendSeries> series(const TrendSegment &segment, TrendFeature feature, const QDate &from,
                               const QDate &to);
    // The window of `windowDays` ending on `endDate` (TrendPoint::period = its first day);
    // nullopt when there is no data in it. Read from trend_aggregates when the window is kept
    // there (1/7/30/90 days, a country segment, an end date with data), else summed from the
    // observations.
    Result<std::optional<TrendPoint>> rollingWindow(const TrendSegment &segment,
                                                    TrendFeature feature, int windowDays,
                                                    const QDate &endDate);
    // Genre shares per period (averaged over sources), by period then rank.
    Result<QList<GenreShare>> genreShares(const QString &country, const QDate &from,
                                          const QDate &to);
    // Key/mode counts per period of a segment (genre "" = all), summed over sources.
    Result<QList<KeyModeCount>> keyModeDistribution(const QString &country, const QString &genre,
                                                    const QDate &from, const QDate &to);

    // Recomputes the aggregates of every segment from the observations (repair, tests).
    Result<void> rebuildAggregates();

private:
    Result<void> deleteSourceRows(qint64 sourceId);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
