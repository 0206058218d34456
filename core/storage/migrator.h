#pragma once

#include "storage/sqldialect.h"
#include "util/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One numbered migration file, e.g. "0002_reports.sql".
struct Migration
{
    int number = 0;
    QString fileName;
    QString sql;
};

// Applies numbered migrations (STYLE.md rule 5): each one runs in its own transaction together
// with the schema_version update, so a failure leaves the database at the previous version.
// Thread: the thread owning the connection it was given.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db);

    // Reads "NNNN_name.sql" files from a folder (resource or disk), sorted; the numbers must
    // run 1, 2, 3 ... without gaps.
    static Result<QList<Migration>> loadMigrations(const QString &folder);

    // The stored schema version; 0 for a database without a schema_version table.
    Result<int> currentVersion() const;

    // Applies the migrations numbered above the current version up to `target`.
    // Returns the version the database is at afterwards.
    Result<int> migrateTo(const QList<Migration> &migrations, int target);

private:
    Result<void> apply(const Migration &migration);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
