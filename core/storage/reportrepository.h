#pragma once

#include "domain/reportentry.h"
#include "storage/sqldialect.h"
#include "util/error.h"

#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

// The reports table: an index of the creation and run reports written under reports/.
// Newest first everywhere. Thread: the thread of the connection it was given (a DbConnection).
class ReportRepository
{
public:
    explicit ReportRepository(QSqlDatabase db);

    // Stores the entry (createdAt defaults to now) and returns its new id.
    Result<qint64> add(const ReportEntry &entry);
    Result<QList<ReportEntry>> forArtist(const QString &artistId);
    Result<QList<ReportEntry>> recent(int limit);
    Result<ReportEntry> find(qint64 id);

private:
    Result<QList<ReportEntry>> list(QSqlQuery &query, const QString &what);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
