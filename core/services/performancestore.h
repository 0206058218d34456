#pragma once

#include "util/error.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One line of a distributor's report. Thread: value type.
struct PerformanceRow
{
    QDate day;
    QString release;  // title; "" when only the ISRC is known
    QString isrc;     // upper case without dashes; "" when unknown
    QString artistId; // "" when not matched to an artist
    QString country;
    QString store;
    qint64 streams = 0;
    double revenue = 0;
};

// One day of a chart series. Thread: value type.
struct PerformancePoint
{
    QDate day;
    qint64 streams = 0;
    double revenue = 0;
};

// An artist's recency-weighted performance (docs/trends.md, "Performance feedback"): every row
// counts with weight 2^(-age / half-life), age in days before `asOf`.
struct PerformanceScore
{
    QString artistId;
    double decayedStreams = 0;
    double decayedRevenue = 0;
    double score = 0; // decayedStreams relative to the best artist's, 0..1
    qint64 rows = 0;
    QDate lastDay;
};

// The performance tables of migration 0006. Thread: the thread of the connection it was given.
class PerformanceStore
{
public:
    explicit PerformanceStore(QSqlDatabase db);

    // Registers an import of `label`; an earlier import of the same label is deleted first.
    Result<qint64> beginSource(const QString &label);
    Result<void> finishSource(qint64 sourceId, qint64 accepted, qint64 rejected);
    // Rows without an artist id get one from earlier rows with the same ISRC, else release.
    Result<void> addRows(qint64 sourceId, const QList<PerformanceRow> &rows);
    // Stage name (lower case) -> artist id, for reports that name the artist.
    Result<QHash<QString, QString>> artistsByName();
    Result<bool> artistExists(const QString &id);

    // Daily sums, ascending; empty range bounds are open.
    Result<QList<PerformancePoint>> artistSeries(const QString &artistId, const QDate &from = {},
                                                 const QDate &to = {});
    // By release title or ISRC.
    Result<QList<PerformancePoint>> releaseSeries(const QString &releaseOrIsrc,
                                                  const QDate &from = {}, const QDate &to = {});

    // The artist's releases (title, else ISRC), most streamed first: what releaseSeries takes.
    Result<QStringList> releases(const QString &artistId);

    // Scores of every artist with rows, best first. asOf invalid: the latest day in the table.
    Result<QList<PerformanceScore>> scores(double halfLifeDays, QDate asOf = {});

private:
    Result<QList<PerformancePoint>> series(const QString &where, const QVariantList &values,
                                           const QDate &from, const QDate &to);

    QSqlDatabase m_db;
};
