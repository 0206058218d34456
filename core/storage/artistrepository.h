#pragma once

#include "domain/artist.h"
#include "domain/artistsummary.h"
#include "domain/artistversion.h"
#include "storage/sqldialect.h"
#include "util/error.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

// The artists and artist_versions tables: every saved change of a profile becomes a version
// row with its diff, source and reason, in the same transaction as the artists row. The
// artists row's columns (id, version, timestamps, archived, last run) are the truth for the
// metadata; profile_json holds the rest. Thread: the thread of the connection it was given.
class ArtistRepository
{
public:
    explicit ArtistRepository(QSqlDatabase db);

    // Stores a new artist as version 1: assigns an id when empty, sets createdAt = updatedAt =
    // now (UTC). Conflict when the id is already taken.
    Result<Artist> insert(Artist artist, ChangeSource source, const QString &reason);

    // Saves a changed profile as the next version. artist.version must be the stored version
    // (optimistic concurrency), else Conflict. An unchanged profile returns the stored artist
    // and creates no version. Archived and last-run are not changed here (see setArchived(),
    // touchLastRun()).
    Result<Artist> update(const Artist &artist, ChangeSource source, const QString &reason);

    Result<Artist> find(const QString &id);
    // The roster from columns only (no JSON parsing), ordered by stage name, case-insensitive.
    Result<QList<ArtistSummary>> summaries(bool includeArchived);
    // The artist's history, newest first.
    Result<QList<ArtistVersion>> versions(const QString &id);
    Result<void> setArchived(const QString &id, bool archived);
    // Deletes the artist and its history; reports keep their files and lose the link.
    Result<void> remove(const QString &id);
    // All artists, archived included.
    Result<int> count();
    Result<void> touchLastRun(const QString &id, const QDateTime &when);

private:
    Result<void> insertVersion(const Artist &artist, ChangeSource source, const QString &reason,
                               const QJsonArray &diff);
    Result<void> updateColumn(const QString &id, const QString &assignment, const QVariant &value,
                              const QString &what);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
