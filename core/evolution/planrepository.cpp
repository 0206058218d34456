#include "evolution/planrepository.h"

#include "evolution/evolutionlog.h"
#include "evolution/planapplier.h"
#include "storage/artistrepository.h"
#include "storage/scopedtransaction.h"
#include "storage/sqldialect.h"
#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "id, artist_id, artist_version, created_at, status, directives_json, compatibility_before, "
    "expected_gain, decided_at, applied_version");

Error storageError(const QString &what, const QSqlQuery &query)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("PlanRepository", "Could not %1: %2")
                     .arg(what, query.lastError().text()));
}

Error planNotFound(qint64 id)
{
    return Error(
        ErrorCode::NotFound,
        QCoreApplication::translate("PlanRepository", "No evolution plan with id %1.").arg(id));
}

Error alreadyDecided(const EvolutionPlan &plan)
{
    return Error(ErrorCode::Conflict,
                 QCoreApplication::translate("PlanRepository", "Evolution plan %1 was already %2.")
                     .arg(plan.id)
                     .arg(toString(plan.status)));
}

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<EvolutionPlan> PlanRepository::save(EvolutionPlan plan)
{
    if (plan.status != PlanStatus::Proposed || plan.directives.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("PlanRepository",
                                                 "Only a proposed plan with at least one change "
                                                 "can be stored."));
    }
    if (!plan.createdAt.isValid())
        plan.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM artists WHERE id = ?"));
    query.addBindValue(plan.artistId);
    if (!query.exec())
        return storageError(QCoreApplication::translate("PlanRepository", "read the artist"),
                            query);
    if (!query.next()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("PlanRepository",
                                                 "No artist with id %1; the plan was not stored.")
                         .arg(plan.artistId));
    }
    query.finish();

    const QByteArray directives =
        QJsonDocument(EvolutionPlanJson::directivesToJson(plan.directives))
            .toJson(QJsonDocument::Compact);
    query.prepare(QStringLiteral("INSERT INTO evolution_plans (artist_id, artist_version, "
                                 "created_at, status, directives_json, compatibility_before, "
                                 "expected_gain) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                  SqlDialect::forDatabase(m_db).returningClause(QStringLiteral("id")));
    query.addBindValue(plan.artistId);
    query.addBindValue(plan.artistVersion);
    query.addBindValue(SqlValue::fromDateTime(plan.createdAt));
    query.addBindValue(toString(plan.status));
    query.addBindValue(QString::fromUtf8(directives));
    query.addBindValue(plan.compatibilityBefore);
    query.addBindValue(plan.expectedGain());
    if (!query.exec() || !query.next())
        return storageError(QCoreApplication::translate("PlanRepository", "store the plan"), query);
    plan.id = query.value(0).toLongLong();
    qCDebug(lcEvolution) << "stored plan" << plan.id << "for artist" << plan.artistId;
    return plan;
}

Result<EvolutionPlan> PlanRepository::find(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM evolution_plans WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    auto plans = list(query, QCoreApplication::translate("PlanRepository", "read the plan"));
    if (!plans)
        return plans.error();
    if (plans->isEmpty())
        return planNotFound(id);
    return plans->first();
}

Result<QList<EvolutionPlan>> PlanRepository::forArtist(const QString &artistId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM evolution_plans WHERE artist_id = ? "
                                 "ORDER BY created_at DESC, id DESC")
                      .arg(kColumns));
    query.addBindValue(artistId);
    return list(query, QCoreApplication::translate("PlanRepository", "list the artist's plans"));
}

Result<QList<EvolutionPlan>> PlanRepository::list(QSqlQuery &query, const QString &what)
{
    query.setForwardOnly(true);
    if (!query.exec())
        return storageError(what, query);
    QList<EvolutionPlan> plans;
    while (query.next()) {
        EvolutionPlan plan;
        plan.id = query.value(0).toLongLong();
        plan.artistId = query.value(1).toString();
        plan.artistVersion = query.value(2).toInt();
        plan.createdAt = SqlValue::toDateTime(query.value(3));
        if (!fromString(query.value(4).toString(), &plan.status))
            qCWarning(lcEvolution) << "plan" << plan.id << "has an unknown status";
        auto directives = EvolutionPlanJson::directivesFromJson(
            QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array());
        if (!directives) {
            return Error(ErrorCode::Storage,
                         QCoreApplication::translate("PlanRepository",
                                                     "The stored evolution plan %1 cannot be "
                                                     "read: %2")
                             .arg(plan.id)
                             .arg(directives.error().message));
        }
        plan.directives = std::move(directives).value();
        plan.compatibilityBefore = query.value(6).toDouble();
        plan.compatibilityAfter = plan.compatibilityBefore + query.value(7).toDouble();
        plan.decidedAt = SqlValue::toDateTime(query.value(8));
        plan.appliedVersion = query.value(9).isNull() ? 0 : query.value(9).toInt();
        plans.append(std::move(plan));
    }
    return plans;
}

Result<Artist> PlanRepository::apply(qint64 id, const EvolutionLimits &limits)
{
    ScopedTransaction transaction(m_db);
    auto plan = find(id);
    if (!plan)
        return plan.error();
    if (plan->status != PlanStatus::Proposed)
        return alreadyDecided(plan.value());

    ArtistRepository artists(m_db);
    auto artist = artists.find(plan->artistId);
    if (!artist)
        return artist.error();
    if (artist->version != plan->artistVersion) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "PlanRepository",
                         "The artist \"%1\" changed since evolution plan %2 was made (the plan "
                         "is for version %3, the artist is at version %4). Make a new plan.")
                         .arg(artist->identity.stageName)
                         .arg(id)
                         .arg(plan->artistVersion)
                         .arg(artist->version));
    }
    auto adapted = PlanApplier::apply(artist.value(), plan->directives, limits);
    if (!adapted)
        return adapted.error();
    const QString reason = QStringLiteral("evolution plan %1: %2 changes, expected compatibility "
                                          "%3 → %4")
                               .arg(id)
                               .arg(plan->directives.size())
                               .arg(plan->compatibilityBefore, 0, 'f', 3)
                               .arg(plan->compatibilityAfter, 0, 'f', 3);
    auto saved = artists.update(adapted.value(), ChangeSource::Evolution, reason);
    if (!saved)
        return saved.error();
    if (saved->version == artist->version) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("PlanRepository", "Evolution plan %1 changes nothing.")
                .arg(id));
    }
    if (auto decided = decide(id, PlanStatus::Applied, saved->version); !decided)
        return decided.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcEvolution) << "applied plan" << id << "as artist version" << saved->version;
    return saved;
}

Result<void> PlanRepository::reject(qint64 id)
{
    ScopedTransaction transaction(m_db);
    auto plan = find(id);
    if (!plan)
        return plan.error();
    if (plan->status != PlanStatus::Proposed)
        return alreadyDecided(plan.value());
    if (auto decided = decide(id, PlanStatus::Rejected, 0); !decided)
        return decided;
    return transaction.commit();
}

Result<void> PlanRepository::decide(qint64 id, PlanStatus status, int appliedVersion)
{
    QSqlQuery query(m_db);
    // "AND status = 'proposed'": a decision on another connection in between wins.
    query.prepare(QStringLiteral("UPDATE evolution_plans SET status = ?, decided_at = ?, "
                                 "applied_version = ? WHERE id = ? AND status = 'proposed'"));
    query.addBindValue(toString(status));
    query.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(appliedVersion > 0 ? QVariant(appliedVersion)
                                          : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(QCoreApplication::translate("PlanRepository", "record the decision"),
                            query);
    if (query.numRowsAffected() != 1) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("PlanRepository",
                                                 "Evolution plan %1 was decided elsewhere.")
                         .arg(id));
    }
    return {};
}
