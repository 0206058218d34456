#pragma once

#include "domain/artist.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// Field-by-field difference between two versions of a profile, for the version history and the
// artist_versions.diff column. Paths as in ValidationIssue ("music.subgenres").
// Metadata (id, version, timestamps) is not part of a diff. Thread: stateless, any thread.
struct FieldChange
{
    QString field;
    QJsonValue before; // Undefined when the field was added
    QJsonValue after;  // Undefined when the field was removed
    bool operator==(const FieldChange &) const = default;
};

namespace ArtistDiff {

QList<FieldChange> diff(const Artist &before, const Artist &after);
QJsonArray toJson(const QList<FieldChange> &changes);

} // namespace ArtistDiff
