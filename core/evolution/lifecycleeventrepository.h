#pragma once

#include "domain/artist.h"
#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One status change made by the lifecycle rules.
struct LifecycleEvent
{
    qint64 id = 0;
    QString artistId;
    QDateTime at;
    LifecycleStatus from = LifecycleStatus::Candidate;
    LifecycleStatus to = LifecycleStatus::Candidate;
    QString rule;
    QString reason;
};

// The lifecycle_events table, an append-only log. Thread: the thread of the connection it was
// given (a DbConnection).
class LifecycleEventRepository
{
public:
    explicit LifecycleEventRepository(QSqlDatabase db);

    Result<qint64> add(const LifecycleEvent &event);
    // The artist's events, newest first.
    Result<QList<LifecycleEvent>> forArtist(const QString &artistId);

private:
    QSqlDatabase m_db;
};
