#pragma once

#include "domain/artist.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One row of the roster: what the Artists table and `artist list` show, read without parsing
// the whole profile. Thread: value type.
struct ArtistSummary
{
    QString id;
    QString stageName;
    QString primaryGenre;
    QStringList countries;
    LifecycleStatus status = LifecycleStatus::Candidate;
    QDateTime lastRunAt;
    QDateTime updatedAt;
    int version = 0;
    bool archived = false;
    bool operator==(const ArtistSummary &) const = default;
};
