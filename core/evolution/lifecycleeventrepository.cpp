#include "evolution/lifecycleeventrepository.h"

#include "evolution/evolutionlog.h"
#include "storage/sqldialect.h"
#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Error storageError(const QString &what, const QSqlQuery &query)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("LifecycleEventRepository", "Could not %1: %2")
                     .arg(what, query.lastError().text()));
}

} // namespace

LifecycleEventRepository::LifecycleEventRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> LifecycleEventRepository::add(const LifecycleEvent &event)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO lifecycle_events (artist_id, at, from_status, "
                                 "to_status, rule, reason) VALUES (?, ?, ?, ?, ?, ?)") +
                  SqlDialect::forDatabase(m_db).returningClause(QStringLiteral("id")));
    query.addBindValue(event.artistId);
    query.addBindValue(
        SqlValue::fromDateTime(event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc()));
    query.addBindValue(toString(event.from));
    query.addBindValue(toString(event.to));
    query.addBindValue(SqlValue::fromText(event.rule));
    query.addBindValue(SqlValue::fromText(event.reason));
    if (!query.exec() || !query.next())
        return storageError(
            QCoreApplication::translate("LifecycleEventRepository", "log the lifecycle change"),
            query);
    return query.value(0).toLongLong();
}

Result<QList<LifecycleEvent>> LifecycleEventRepository::forArtist(const QString &artistId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, from_status, to_status, rule, reason FROM "
                                 "lifecycle_events WHERE artist_id = ? ORDER BY at DESC, id DESC"));
    query.addBindValue(artistId);
    if (!query.exec())
        return storageError(
            QCoreApplication::translate("LifecycleEventRepository", "read the lifecycle log"),
            query);
    QList<LifecycleEvent> events;
    while (query.next()) {
        LifecycleEvent event;
        event.id = query.value(0).toLongLong();
        event.artistId = artistId;
        event.at = SqlValue::toDateTime(query.value(1));
        if (!fromString(query.value(2).toString(), &event.from) ||
            !fromString(query.value(3).toString(), &event.to))
            qCWarning(lcEvolution) << "lifecycle event" << event.id << "has an unknown status";
        event.rule = query.value(4).toString();
        event.reason = query.value(5).toString();
        events.append(std::move(event));
    }
    return events;
}
