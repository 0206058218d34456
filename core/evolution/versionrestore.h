#pragma once

#include "domain/artist.h"
#include "domain/artistversion.h"
#include "util/error.h"

#include <QSqlDatabase>
#include <QString>

// Restores an earlier version of an artist's profile: the old profile is saved as the next
// version (history is never rewritten), with its diff and a reason naming the version.
// Metadata (archived, last run) stays as it is now. Thread: stateless; the connection's thread.
namespace VersionRestore {

// NotFound for an unknown artist or version; Storage when the stored profile cannot be read.
Result<Artist> restore(QSqlDatabase db, const QString &artistId, int version,
                       ChangeSource source = ChangeSource::Operator);

} // namespace VersionRestore
