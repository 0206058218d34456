#include "database.h"

#include "logging/logcategories.h"
#include "storage/dbconnection.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Probe
{
    int version = 0;
    QString backupPath;
};

QString backupTarget(const QString &path, int version)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString base = QStringLiteral("%1.backup-v%2-%3").arg(path).arg(version).arg(stamp);
    QString candidate = base;
    for (int n = 2;
         QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral(".part"));
         ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

// Reads the schema version of an existing file over a read-only connection (so a refused file
// stays byte-identical) and, when `backupBelow` is above it, writes a backup copy first.
Result<Probe> probe(const QString &path, const SqlDialect &dialect, int backupBelow)
{
    const QString name = QStringLiteral("probe-") + DbConnection::connectionNameFor(path);
    Result<Probe> result = Error(ErrorCode::Internal, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        result = [&]() -> Result<Probe> {
            if (!db.open()) {
                return Error(ErrorCode::Storage, QCoreApplication::translate(
                                                     "Database", "Cannot open the database %1: %2")
                                                     .arg(path, db.lastError().text()));
            }
            if (QSqlQuery check(db); !check.exec(dialect.probeStatement())) {
                return Error(ErrorCode::Storage,
                             QCoreApplication::translate(
                                 "Database", "%1 is not a database Artist Studio can read (%2). "
                                             "It was not modified.")
                                 .arg(path, check.lastError().text()));
            }
            Probe probe;
            auto version = Migrator(db).currentVersion();
            if (!version) {
                return Error(ErrorCode::Storage,
                             QCoreApplication::translate(
                                 "Database", "%1 does not look like an Artist Studio database: %2")
                                 .arg(path, version.error().message));
            }
            probe.version = version.value();
            if (probe.version >= backupBelow)
                return probe;

            const QString target = backupTarget(path, probe.version);
            const QString partial = target + QStringLiteral(".part");
            QSqlQuery query(db);
            if (!query.exec(dialect.backupStatement(partial)) || !QFile::rename(partial, target)) {
                QFile::remove(partial);
                return Error(ErrorCode::Storage,
                             QCoreApplication::translate(
                                 "Database", "Could not back up %1 before upgrading it, so it was "
                                             "not upgraded: %2")
                                 .arg(path, query.lastError().text()));
            }
            probe.backupPath = target;
            qCInfo(lcDb).noquote() << "backed up schema version" << probe.version << "to" << target;
            return probe;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString toString(Database::MigrationOutcome outcome)
{
    switch (outcome) {
    case Database::MigrationOutcome::Created:
        return QStringLiteral("created");
    case Database::MigrationOutcome::Current:
        return QStringLiteral("current");
    case Database::MigrationOutcome::Upgraded:
        return QStringLiteral("upgraded");
    }
    return {};
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        auto migrations =
            Migrator::loadMigrations(SqlDialect(SqlDialect::Sqlite).migrationsFolder());
        return migrations ? int(migrations.value().size()) : 0;
    }();
    return latest;
}

Result<std::shared_ptr<Database>> Database::open(const QString &filePath, const Options &options)
{
    const SqlDialect dialect(SqlDialect::Sqlite);
    const QString folder =
        options.migrationsFolder.isEmpty() ? dialect.migrationsFolder() : options.migrationsFolder;
    auto migrations = Migrator::loadMigrations(folder);
    if (!migrations)
        return migrations.error();
    const int latest = int(migrations.value().size());
    const int target = options.targetVersion > 0 ? qMin(options.targetVersion, latest) : latest;

    const QFileInfo info(filePath);
    const QString path = info.absoluteFilePath();
    if (!QDir().mkpath(info.absolutePath())) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("Database", "Cannot create the folder %1 for the "
                                                             "database. Check the permissions.")
                         .arg(info.absolutePath()));
    }

    const bool existed = info.exists() && info.size() > 0;
    int found = 0;
    QString backupPath;
    if (existed) {
        auto probed = probe(path, dialect, target);
        if (!probed)
            return probed.error();
        found = probed.value().version;
        backupPath = probed.value().backupPath;
    }
    if (found > latest) {
        qCWarning(lcDb) << "refusing schema version" << found << "newer than" << latest;
        return Error(ErrorCode::IncompatibleData,
                     QCoreApplication::translate(
                         "Database",
                         "The database %1 has schema version %2, but this Artist Studio "
                         "only knows schema versions up to %3: it was written by a "
                         "newer Artist Studio. The file was not modified. Update "
                         "Artist Studio or choose another data directory.")
                         .arg(path)
                         .arg(found)
                         .arg(latest));
    }

    std::shared_ptr<Database> database(new Database(path, dialect));
    database->m_schemaVersion = found;
    database->m_backupPath = backupPath;
    DbConnection connection(*database);
    if (!connection.isOpen())
        return Error(ErrorCode::Storage, connection.errorString());
    if (found >= target) {
        database->m_outcome = MigrationOutcome::Current;
        return database;
    }
    auto migrated = Migrator(connection.database()).migrateTo(migrations.value(), target);
    if (!migrated) {
        Error error = migrated.error();
        if (!backupPath.isEmpty())
            error.message += QCoreApplication::translate(
                                 "Database", " A backup taken before the upgrade is at %1.")
                                 .arg(backupPath);
        return error;
    }
    database->m_schemaVersion = migrated.value();
    database->m_outcome = existed ? MigrationOutcome::Upgraded : MigrationOutcome::Created;
    qCInfo(lcDb).noquote() << "database" << path << toString(database->m_outcome) << "at version"
                           << database->m_schemaVersion;
    return database;
}
