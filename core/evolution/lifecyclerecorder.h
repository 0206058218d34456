#pragma once

#include "evolution/lifecycle.h"
#include "evolution/lifecycleeventrepository.h"
#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// Carries out lifecycle decisions: per decision, in one transaction, saves the artist with its
// new status (a version with source "evolution" and the rule as reason) and logs the event.
// Thread: stateless; the connection's thread.
namespace LifecycleRecorder {

// The events written. A decision whose artist is gone or no longer in its `from` status (the
// operator changed it meanwhile) is skipped, not an error; a storage failure stops and is
// returned (the decisions before it stay recorded).
Result<QList<LifecycleEvent>> record(QSqlDatabase db, const QList<LifecycleDecision> &decisions,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace LifecycleRecorder
