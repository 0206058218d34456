#pragma once

#include "storage/sqldialect.h"
#include "util/error.h"

#include <QString>

#include <memory>

// How Database::open() finds and applies migrations (defined outside the class so that `= {}`
// works as a default argument).
struct DatabaseOptions
{
    QString migrationsFolder; // empty: the dialect's built-in resource folder
    int targetVersion = 0;    // 0: latest; a lower number stops early (test fixtures)
};

// One studio database file: opened (created, checked and migrated) once at start-up, then
// shared. Each thread reaches it through its own DbConnection guard. A database from a newer
// Artist Studio is refused and left untouched; an older one is backed up before migrating.
// Thread: immutable after open(), safe to share between threads.
class Database
{
public:
    enum class MigrationOutcome
    {
        Created,  // new (or empty) file, all migrations applied
        Current,  // already at the latest schema, nothing done
        Upgraded, // older schema: backed up, then migrated
    };

    using Options = DatabaseOptions;

    static Result<std::shared_ptr<Database>> open(const QString &filePath,
                                                  const Options &options = {});
    // Highest schema version of the built-in SQLite migrations.
    static int latestSchemaVersion();

    QString path() const { return m_path; }
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    MigrationOutcome migrationOutcome() const { return m_outcome; }
    // The copy made before migrating; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

private:
    Database(QString path, SqlDialect dialect)
        : m_path(std::move(path))
        , m_dialect(dialect)
    {}

    QString m_path;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    MigrationOutcome m_outcome = MigrationOutcome::Current;
    QString m_backupPath;
};

QString toString(Database::MigrationOutcome outcome); // "created", "current", "upgraded"
