#pragma once

#include "domain/artist.h"
#include "evolution/evolutionlimits.h"
#include "evolution/evolutionplan.h"
#include "util/error.h"

#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

// The evolution_plans table: proposed plans, and applying or rejecting them. Applying saves the
// adapted artist through ArtistRepository (a new version with its diff, source "evolution") and
// marks the plan applied in the same transaction.
// Thread: the thread of the connection it was given (a DbConnection).
class PlanRepository
{
public:
    explicit PlanRepository(QSqlDatabase db);

    // Stores a proposed plan and returns it with its id. InvalidInput for an empty plan or one
    // that is not proposed; NotFound when the artist does not exist.
    Result<EvolutionPlan> save(EvolutionPlan plan);
    Result<EvolutionPlan> find(qint64 id);
    // The artist's plans, newest first.
    Result<QList<EvolutionPlan>> forArtist(const QString &artistId);

    // Applies a proposed plan: Conflict when it was already decided or when the artist changed
    // since the plan was made (optimistic concurrency on the artist version). Returns the saved
    // artist (its new version).
    Result<Artist> apply(qint64 id, const EvolutionLimits &limits = {});
    // Conflict when the plan was already decided.
    Result<void> reject(qint64 id);

private:
    Result<QList<EvolutionPlan>> list(QSqlQuery &query, const QString &what);
    Result<void> decide(qint64 id, PlanStatus status, int appliedVersion);

    QSqlDatabase m_db;
};
