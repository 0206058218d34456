#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The one place for backend-specific SQL: connection setup, where the migrations live, how a
// script is split into statements, and the few clauses that differ between SQLite and
// PostgreSQL. Repositories write portable SQL and ask the dialect for the rest.
// Thread: value type, any thread.
class SqlDialect
{
public:
    enum Backend
    {
        Sqlite,
        PostgreSql
    };

    explicit SqlDialect(Backend backend = Sqlite)
        : m_backend(backend)
    {}
    // The dialect of an open connection, from its Qt driver name (QSQLITE, QPSQL).
    static SqlDialect forDatabase(const QSqlDatabase &db);

    Backend backend() const { return m_backend; }
    QString name() const;       // "sqlite", "postgresql"
    QString driverName() const; // Qt driver: "QSQLITE", "QPSQL"

    // Run on every new connection, in order (WAL, foreign keys, busy timeout, synchronous).
    QStringList connectionSetupStatements() const;
    // Resource folder of the numbered migrations, e.g. ":/storage/migrations/sqlite".
    QString migrationsFolder() const;

    // Splits a migration script into single statements (QtSql runs one at a time). Respects
    // quotes, comments, PostgreSQL $$ bodies and SQLite trigger BEGIN ... END blocks.
    QStringList splitStatements(const QString &script) const;

    // Starts a transaction that will write. SQLite: BEGIN IMMEDIATE takes the write lock up
    // front, so two writers that read first queue on busy_timeout instead of deadlocking.
    QString beginTransactionStatement() const;

    // A cheap query that fails when the file is not a database of this backend.
    QString probeStatement() const;

    // "ORDER BY <this>" for a case-insensitive sort that can use the backend's index.
    QString caseInsensitiveOrder(const QString &column) const;
    // Appended to an INSERT to get the generated key back as the first result column.
    QString returningClause(const QString &column) const;
    // A statement that writes a consistent copy of the open database to `targetPath`
    // (empty for backends where the server owns backups).
    QString backupStatement(const QString &targetPath) const;

    bool operator==(const SqlDialect &) const = default;

private:
    Backend m_backend;
};
