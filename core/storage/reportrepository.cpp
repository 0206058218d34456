#include "reportrepository.h"

#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kColumns =
    QStringLiteral("id, artist_id, kind, created_at, title, json_path, markdown_path");

Error storageError(const QString &what, const QSqlQuery &query)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("ReportRepository", "Could not %1: %2")
                     .arg(what, query.lastError().text()));
}

ReportEntry entryFrom(const QSqlQuery &query)
{
    ReportEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.artistId = query.value(1).toString();
    entry.kind = query.value(2).toString();
    entry.createdAt = SqlValue::toDateTime(query.value(3));
    entry.title = query.value(4).toString();
    entry.jsonPath = query.value(5).toString();
    entry.markdownPath = query.value(6).toString();
    return entry;
}

} // namespace

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{}

Result<qint64> ReportRepository::add(const ReportEntry &entry)
{
    if (entry.kind.isEmpty() || entry.jsonPath.isEmpty() || entry.markdownPath.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ReportRepository",
                                                 "A report needs a kind and both file paths."));
    }
    QSqlQuery query(m_db);
    if (!entry.artistId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT 1 FROM artists WHERE id = ?"));
        query.addBindValue(entry.artistId);
        if (!query.exec())
            return storageError(
                QCoreApplication::translate("ReportRepository", "look up the report's artist"),
                query);
        if (!query.next()) {
            return Error(
                ErrorCode::NotFound,
                QCoreApplication::translate("ReportRepository",
                                            "No artist with id %1; the report was not indexed.")
                    .arg(entry.artistId));
        }
        query.finish();
    }
    const QDateTime createdAt =
        entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc();
    query.prepare(QStringLiteral("INSERT INTO reports (artist_id, kind, created_at, title, "
                                 "json_path, markdown_path) VALUES (?, ?, ?, ?, ?, ?)") +
                  m_dialect.returningClause(QStringLiteral("id")));
    query.addBindValue(SqlValue::fromOptionalText(entry.artistId));
    query.addBindValue(entry.kind);
    query.addBindValue(SqlValue::fromDateTime(createdAt));
    query.addBindValue(SqlValue::fromText(entry.title));
    query.addBindValue(entry.jsonPath);
    query.addBindValue(entry.markdownPath);
    if (!query.exec() || !query.next())
        return storageError(QCoreApplication::translate("ReportRepository", "index the report"),
                            query);
    return query.value(0).toLongLong();
}

Result<QList<ReportEntry>> ReportRepository::forArtist(const QString &artistId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE artist_id = ? "
                                 "ORDER BY created_at DESC, id DESC")
                      .arg(kColumns));
    query.addBindValue(artistId);
    return list(query,
                QCoreApplication::translate("ReportRepository", "list the artist's reports"));
}

Result<QList<ReportEntry>> ReportRepository::recent(int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM reports ORDER BY created_at DESC, id DESC LIMIT ?")
                      .arg(kColumns));
    query.addBindValue(qMax(0, limit));
    return list(query, QCoreApplication::translate("ReportRepository", "list recent reports"));
}

Result<ReportEntry> ReportRepository::find(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QCoreApplication::translate("ReportRepository", "read the report"),
                            query);
    if (!query.next())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ReportRepository", "No report with id %1.").arg(id));
    return entryFrom(query);
}

Result<QList<ReportEntry>> ReportRepository::list(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return storageError(what, query);
    QList<ReportEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}
