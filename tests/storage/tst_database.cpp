#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs one statement on its own connection; returns the first column of the first row.
QVariant scalar(const Database &database, const QString &sql)
{
    DbConnection connection(database);
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool exec(const Database &database, const QString &sql)
{
    DbConnection connection(database);
    QSqlQuery query(connection.database());
    return query.exec(sql);
}

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.backup-*")}, QDir::Files);
}

const QString kInsertArtist = QStringLiteral(
    "INSERT INTO artists (id, stage_name, primary_genre, countries, status, version, "
    "profile_json, created_at, updated_at) VALUES ('a1', 'Nova Lind', 'synthpop', 'DE,SE', "
    "'active', 1, '{}', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')");

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewDatabaseAtLatestVersion();
    void emptyFileIsCreated();
    void reopenIsCurrentAndChangesNothing();
    void upgradesCheckedInSchema1DatabaseWithBackup();
    void refusesNewerDatabaseWithoutTouchingIt();
    void failingMigrationLeavesDataAndVersionUntouched();
    void refusesFileThatIsNotADatabase();
    void connectionSettingsAreInEffect_data();
    void connectionSettingsAreInEffect();
};

void TestDatabase::createsNewDatabaseAtLatestVersion()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("nested/folder/studio.sqlite"));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    const auto &db = *opened.value();
    QCOMPARE(toString(db.migrationOutcome()), QStringLiteral("created"));
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(),
             Database::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(db.backupPath().isEmpty());
    QVERIFY(backupsIn(QFileInfo(path).absolutePath()).isEmpty());

    DbConnection connection(db);
    const QStringList tables = connection.database().tables();
    for (const char *table : {"artists", "artist_versions", "reports", "schema_version", "analyses",
                              "import_sources", "countries", "trend_observations",
                              "genre_popularity", "key_mode_distribution", "trend_aggregates"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestDatabase::emptyFileIsCreated()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("studio.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    QCOMPARE(toString(opened.value()->migrationOutcome()), QStringLiteral("created"));
    QVERIFY(backupsIn(env.dataDir()).isEmpty());
}

void TestDatabase::reopenIsCurrentAndChangesNothing()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("studio.sqlite"));
    {
        auto first = Database::open(path);
        QVERIFY(first.ok());
        QVERIFY(exec(*first.value(), kInsertArtist));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(env.dataDir()).entryList(QDir::Files);

    for (int round = 0; round < 2; ++round) {
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(toString(again.value()->migrationOutcome()), QStringLiteral("current"));
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(again.value()->backupPath().isEmpty());
        QCOMPARE(
            scalar(*again.value(), QStringLiteral("SELECT stage_name FROM artists")).toString(),
            QStringLiteral("Nova Lind"));
        QCOMPARE(
            scalar(*again.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
            1);
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(env.dataDir()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::upgradesCheckedInSchema1DatabaseWithBackup()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("studio.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(STUDIO_TEST_DATA_DIR "/studio-schema1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    const auto &db = *opened.value();
    QCOMPARE(toString(db.migrationOutcome()), QStringLiteral("upgraded"));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    // The operator's artists survive the upgrade.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM artists")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM artist_versions")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reports")).toInt(), 0);

    // The backup sits next to the file, named after the old version, and is the old schema.
    const QStringList backups = backupsIn(env.dataDir());
    QCOMPARE(backups.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^studio\\.sqlite\\.backup-v1-\\d{14}$"))
                 .match(backups.first())
                 .hasMatch(),
             qPrintable(backups.first()));
    QCOMPARE(QFileInfo(db.backupPath()).fileName(), backups.first());
    auto backup = Database::open(db.backupPath(), {QString(), 1});
    QVERIFY(backup.ok());
    QCOMPARE(toString(backup.value()->migrationOutcome()), QStringLiteral("current"));
    QCOMPARE(scalar(*backup.value(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
             1);
    QCOMPARE(scalar(*backup.value(), QStringLiteral("SELECT COUNT(*) FROM artists")).toInt(), 2);
}

void TestDatabase::refusesNewerDatabaseWithoutTouchingIt()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("studio.sqlite"));
    const int newer = Database::latestSchemaVersion() + 1;
    {
        auto created = Database::open(path);
        QVERIFY(created.ok());
        QVERIFY(exec(*created.value(), kInsertArtist));
        QVERIFY(exec(*created.value(),
                     QStringLiteral("UPDATE schema_version SET version = %1").arg(newer)));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    auto refused = Database::open(path);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), int(ErrorCode::IncompatibleData));
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Database::latestSchemaVersion())),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not modified")), qPrintable(message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(backupsIn(env.dataDir()).isEmpty());
}

void TestDatabase::failingMigrationLeavesDataAndVersionUntouched()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("studio.sqlite"));
    const int latest = Database::latestSchemaVersion();
    {
        auto created = Database::open(path);
        QVERIFY(created.ok());
        QVERIFY(exec(*created.value(), kInsertArtist));
    }

    // The shipped migrations plus the broken one as the next number.
    const QString folder = env.path(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(folder));
    const QString shipped = QStringLiteral(":/storage/migrations/sqlite");
    for (const QString &name : QDir(shipped).entryList(QDir::Files))
        QVERIFY(QFile::copy(shipped + u'/' + name, folder + u'/' + name));
    const QString brokenName = QStringLiteral("%1_broken.sql").arg(latest + 1, 4, 10, QChar(u'0'));
    QVERIFY(QFile::copy(QStringLiteral(STUDIO_TEST_DATA_DIR "/migrations-failing/broken.sql"),
                        folder + u'/' + brokenName));

    auto failed = Database::open(path, {folder, 0});
    QVERIFY(!failed.ok());
    QCOMPARE(int(failed.error().code), int(ErrorCode::Storage));
    const QString message = failed.error().message;
    QVERIFY2(message.contains(brokenName), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("table_that_does_not_exist")), qPrintable(message));

    auto reopened = Database::open(path);
    QVERIFY(reopened.ok());
    const auto &db = *reopened.value();
    QCOMPARE(toString(db.migrationOutcome()), QStringLiteral("current"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(), latest);
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage_name FROM artists")).toString(),
             QStringLiteral("Nova Lind"));
    DbConnection connection(db);
    QVERIFY(!connection.database().tables().contains(QStringLiteral("half_done")));
}

void TestDatabase::refusesFileThatIsNotADatabase()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("studio.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QByteArray before = fileHash(path);

    auto refused = Database::open(path);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), int(ErrorCode::Storage));
    QVERIFY(refused.error().message.contains(path));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::connectionSettingsAreInEffect_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WAL journal") << QStringLiteral("journal_mode") << QStringLiteral("wal");
    QTest::newRow("foreign keys") << QStringLiteral("foreign_keys") << QStringLiteral("1");
    QTest::newRow("busy timeout") << QStringLiteral("busy_timeout") << QStringLiteral("5000");
    QTest::newRow("synchronous NORMAL") << QStringLiteral("synchronous") << QStringLiteral("1");
}

void TestDatabase::connectionSettingsAreInEffect()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    TestEnvironment env;
    auto opened = Database::open(env.path(QStringLiteral("studio.sqlite")));
    QVERIFY(opened.ok());
    QCOMPARE(scalar(*opened.value(), QStringLiteral("PRAGMA ") + pragma).toString(), expected);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
