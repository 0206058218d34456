#include "evolution/lifecyclerecorder.h"

#include "evolution/evolutionlog.h"
#include "storage/artistrepository.h"
#include "storage/scopedtransaction.h"

namespace LifecycleRecorder {

Result<QList<LifecycleEvent>> record(QSqlDatabase db, const QList<LifecycleDecision> &decisions,
                                     const QDateTime &now)
{
    QList<LifecycleEvent> events;
    for (const LifecycleDecision &decision : decisions) {
        ScopedTransaction transaction(db);
        ArtistRepository artists(db);
        auto artist = artists.find(decision.artistId);
        if (!artist && artist.error().code == ErrorCode::NotFound) {
            qCWarning(lcEvolution) << "lifecycle: artist" << decision.artistId << "is gone";
            continue;
        }
        if (!artist)
            return artist.error();
        if (artist->status != decision.from) {
            qCWarning(lcEvolution)
                << "lifecycle: artist" << decision.artistId << "is" << toString(artist->status)
                << "now, not" << toString(decision.from) << "; skipped" << decision.rule;
            continue;
        }
        Artist changed = artist.value();
        changed.status = decision.to;
        auto saved =
            artists.update(changed, ChangeSource::Evolution,
                           QStringLiteral("lifecycle %1: %2").arg(decision.rule, decision.reason));
        if (!saved)
            return saved.error();
        LifecycleEvent event{
            0, decision.artistId, now, decision.from, decision.to, decision.rule, decision.reason};
        auto id = LifecycleEventRepository(db).add(event);
        if (!id)
            return id.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        event.id = id.value();
        events.append(event);
    }
    return events;
}

} // namespace LifecycleRecorder
