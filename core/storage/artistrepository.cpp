#include "artistrepository.h"

#include "domain/artistdiff.h"
#include "domain/artistjson.h"
#include "logging/logcategories.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

Error storageError(const QString &what, const QSqlQuery &query)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("ArtistRepository", "Could not %1: %2")
                     .arg(what, query.lastError().text()));
}

Error notFound(const QString &id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("ArtistRepository",
                                             "No artist with id %1; it may have been deleted.")
                     .arg(id));
}

// Metadata columns override whatever the stored JSON says: setArchived() and touchLastRun()
// change only the columns.
void applyColumns(Artist *artist, const QSqlQuery &query, int first)
{
    artist->id = query.value(first).toString();
    artist->version = query.value(first + 1).toInt();
    artist->archived = query.value(first + 2).toInt() != 0;
    artist->createdAt = SqlValue::toDateTime(query.value(first + 3));
    artist->updatedAt = SqlValue::toDateTime(query.value(first + 4));
    artist->lastRunAt = SqlValue::toDateTime(query.value(first + 5));
}

const QString kMetaColumns =
    QStringLiteral("id, version, archived, created_at, updated_at, last_run_at");

} // namespace

ArtistRepository::ArtistRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{}

Result<Artist> ArtistRepository::insert(Artist artist, ChangeSource source, const QString &reason)
{
    if (artist.id.isEmpty())
        artist.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    artist.version = 1;
    artist.createdAt = now;
    artist.updatedAt = now;

    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM artists WHERE id = ?"));
    query.addBindValue(artist.id);
    if (!query.exec())
        return storageError(QCoreApplication::translate("ArtistRepository", "check the artist id"),
                            query);
    if (query.next()) {
        return Error(
            ErrorCode::Conflict,
            QCoreApplication::translate("ArtistRepository", "An artist with id %1 already exists.")
                .arg(artist.id));
    }
    query.finish();

    query.prepare(QStringLiteral(
        "INSERT INTO artists (id, stage_name, primary_genre, countries, status, version, "
        "archived, profile_json, created_at, updated_at, last_run_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(artist.id);
    query.addBindValue(SqlValue::fromText(artist.identity.stageName));
    query.addBindValue(SqlValue::fromText(artist.music.primaryGenre));
    query.addBindValue(SqlValue::fromText(SqlValue::joinList(artist.audience.targetCountries)));
    query.addBindValue(toString(artist.status));
    query.addBindValue(artist.version);
    query.addBindValue(artist.archived ? 1 : 0);
    query.addBindValue(QString::fromUtf8(ArtistJson::toBytes(artist)));
    query.addBindValue(SqlValue::fromDateTime(artist.createdAt));
    query.addBindValue(SqlValue::fromDateTime(artist.updatedAt));
    query.addBindValue(SqlValue::fromDateTime(artist.lastRunAt));
    if (!query.exec())
        return storageError(QCoreApplication::translate("ArtistRepository", "store the artist"),
                            query);

    const QJsonArray diff = ArtistDiff::toJson(ArtistDiff::diff(Artist(), artist));
    if (auto written = insertVersion(artist, source, reason, diff); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcDb) << "inserted artist" << artist.id;
    return artist;
}

Result<Artist> ArtistRepository::update(const Artist &artist, ChangeSource source,
                                        const QString &reason)
{
    ScopedTransaction transaction(m_db);
    auto stored = find(artist.id);
    if (!stored)
        return stored.error();
    if (stored->version != artist.version) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "ArtistRepository",
                         "The artist \"%1\" was changed elsewhere since you opened it "
                         "(you edited version %2, the stored one is version %3). "
                         "Reload it and apply your changes again.")
                         .arg(stored->identity.stageName)
                         .arg(artist.version)
                         .arg(stored->version));
    }
    const QList<FieldChange> changes = ArtistDiff::diff(stored.value(), artist);
    if (changes.isEmpty())
        return stored;

    Artist saved = artist;
    saved.version = stored->version + 1;
    saved.createdAt = stored->createdAt;
    saved.updatedAt = QDateTime::currentDateTimeUtc();
    saved.archived = stored->archived;
    saved.lastRunAt = stored->lastRunAt;

    QSqlQuery query(m_db);
    // "AND version = ?" guards against a writer on another connection between find() and here.
    query.prepare(QStringLiteral(
        "UPDATE artists SET stage_name = ?, primary_genre = ?, countries = ?, status = ?, "
        "version = ?, profile_json = ?, updated_at = ? WHERE id = ? AND version = ?"));
    query.addBindValue(SqlValue::fromText(saved.identity.stageName));
    query.addBindValue(SqlValue::fromText(saved.music.primaryGenre));
    query.addBindValue(SqlValue::fromText(SqlValue::joinList(saved.audience.targetCountries)));
    query.addBindValue(toString(saved.status));
    query.addBindValue(saved.version);
    query.addBindValue(QString::fromUtf8(ArtistJson::toBytes(saved)));
    query.addBindValue(SqlValue::fromDateTime(saved.updatedAt));
    query.addBindValue(saved.id);
    query.addBindValue(stored->version);
    if (!query.exec())
        return storageError(QCoreApplication::translate("ArtistRepository", "save the artist"),
                            query);
    if (query.numRowsAffected() != 1) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "ArtistRepository",
                         "The artist \"%1\" was changed elsewhere since you opened it. "
                         "Reload it and apply your changes again.")
                         .arg(saved.identity.stageName));
    }
    if (auto written = insertVersion(saved, source, reason, ArtistDiff::toJson(changes)); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcDb) << "saved artist" << saved.id << "version" << saved.version;
    return saved;
}

Result<void> ArtistRepository::insertVersion(const Artist &artist, ChangeSource source,
                                             const QString &reason, const QJsonArray &diff)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO artist_versions (artist_id, version, created_at, source, reason, diff_json, "
        "profile_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(artist.id);
    query.addBindValue(artist.version);
    query.addBindValue(SqlValue::fromDateTime(artist.updatedAt));
    query.addBindValue(toString(source));
    query.addBindValue(SqlValue::fromText(reason));
    query.addBindValue(QString::fromUtf8(QJsonDocument(diff).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(ArtistJson::toBytes(artist)));
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("ArtistRepository", "record the artist's version"), query);
    return {};
}

Result<Artist> ArtistRepository::find(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT profile_json, %1 FROM artists WHERE id = ?").arg(kMetaColumns));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QCoreApplication::translate("ArtistRepository", "read the artist"),
                            query);
    if (!query.next())
        return notFound(id);
    ValidationIssues issues;
    auto parsed = ArtistJson::fromBytes(query.value(0).toString().toUtf8(), &issues);
    if (!parsed) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate(
                         "ArtistRepository", "The stored profile of artist %1 cannot be read: %2")
                         .arg(id, parsed.error().message));
    }
    Artist artist = std::move(parsed).value();
    applyColumns(&artist, query, 1);
    return artist;
}

Result<QList<ArtistSummary>> ArtistRepository::summaries(bool includeArchived)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT id, stage_name, primary_genre, countries, status, last_run_at, updated_at, "
        "version, archived FROM artists %1 ORDER BY %2, id");
    if (!query.exec(sql.arg(includeArchived ? QString() : QStringLiteral("WHERE archived = 0"),
                            m_dialect.caseInsensitiveOrder(QStringLiteral("stage_name"))))) {
        return storageError(QCoreApplication::translate("ArtistRepository", "list the artists"),
                            query);
    }
    QList<ArtistSummary> result;
    while (query.next()) {
        ArtistSummary summary;
        summary.id = query.value(0).toString();
        summary.stageName = query.value(1).toString();
        summary.primaryGenre = query.value(2).toString();
        summary.countries = SqlValue::splitList(query.value(3).toString());
        if (!fromString(query.value(4).toString(), &summary.status))
            qCWarning(lcDb) << "artist" << summary.id << "has an unknown status";
        summary.lastRunAt = SqlValue::toDateTime(query.value(5));
        summary.updatedAt = SqlValue::toDateTime(query.value(6));
        summary.version = query.value(7).toInt();
        summary.archived = query.value(8).toInt() != 0;
        result.append(std::move(summary));
    }
    return result;
}

Result<QList<ArtistVersion>> ArtistRepository::versions(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM artists WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QCoreApplication::translate("ArtistRepository", "read the artist"),
                            query);
    if (!query.next())
        return notFound(id);
    query.finish();

    query.prepare(QStringLiteral("SELECT version, created_at, source, reason, diff_json, "
                                 "profile_json FROM artist_versions WHERE artist_id = ? "
                                 "ORDER BY version DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("ArtistRepository", "read the artist's history"), query);
    QList<ArtistVersion> result;
    while (query.next()) {
        ArtistVersion version;
        version.artistId = id;
        version.version = query.value(0).toInt();
        version.createdAt = SqlValue::toDateTime(query.value(1));
        if (!fromString(query.value(2).toString(), &version.source))
            qCWarning(lcDb) << "artist version has an unknown source" << query.value(2);
        version.reason = query.value(3).toString();
        version.diff = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        version.profile = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        result.append(std::move(version));
    }
    return result;
}

Result<void> ArtistRepository::updateColumn(const QString &id, const QString &assignment,
                                            const QVariant &value, const QString &what)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE artists SET %1 WHERE id = ?").arg(assignment));
    query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(what, query);
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Result<void> ArtistRepository::setArchived(const QString &id, bool archived)
{
    return updateColumn(id, QStringLiteral("archived = ?"), archived ? 1 : 0,
                        QCoreApplication::translate("ArtistRepository", "archive the artist"));
}

Result<void> ArtistRepository::touchLastRun(const QString &id, const QDateTime &when)
{
    return updateColumn(
        id, QStringLiteral("last_run_at = ?"), SqlValue::fromDateTime(when),
        QCoreApplication::translate("ArtistRepository", "record the artist's last run"));
}

Result<void> ArtistRepository::remove(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM artists WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QCoreApplication::translate("ArtistRepository", "delete the artist"),
                            query);
    if (query.numRowsAffected() == 0)
        return notFound(id);
    qCDebug(lcDb) << "deleted artist" << id;
    return {};
}

Result<int> ArtistRepository::count()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM artists")) || !query.next())
        return storageError(QCoreApplication::translate("ArtistRepository", "count the artists"),
                            query);
    return query.value(0).toInt();
}
