#include "evolution/versionrestore.h"

#include "domain/artistjson.h"
#include "storage/artistrepository.h"
#include "storage/scopedtransaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace VersionRestore {

Result<Artist> restore(QSqlDatabase db, const QString &artistId, int version, ChangeSource source)
{
    ScopedTransaction transaction(db);
    ArtistRepository artists(db);
    auto current = artists.find(artistId);
    if (!current)
        return current.error();
    auto history = artists.versions(artistId);
    if (!history)
        return history.error();
    const auto found =
        std::find_if(history->cbegin(), history->cend(),
                     [version](const ArtistVersion &entry) { return entry.version == version; });
    if (found == history->cend()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("VersionRestore", "Artist %1 has no version %2.")
                         .arg(artistId)
                         .arg(version));
    }
    ValidationIssues issues;
    auto old = ArtistJson::fromJson(found->profile, &issues);
    if (!old) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("VersionRestore",
                                                 "Version %1 of artist %2 cannot be read: %3")
                         .arg(version)
                         .arg(artistId, old.error().message));
    }
    Artist restored = std::move(old).value();
    restored.id = current->id;
    restored.version = current->version; // saved as the next version
    restored.createdAt = current->createdAt;
    restored.updatedAt = current->updatedAt;
    restored.lastRunAt = current->lastRunAt;
    restored.archived = current->archived;
    auto saved =
        artists.update(restored, source, QStringLiteral("restored version %1").arg(version));
    if (!saved)
        return saved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

} // namespace VersionRestore
