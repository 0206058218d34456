#include "migrator.h"

#include "logging/logcategories.h"
#include "storage/scopedtransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{}

Result<QList<Migration>> Migrator::loadMigrations(const QString &folder)
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d+)_[A-Za-z0-9_\\-]+\\.sql$"));
    const QDir dir(folder);
    if (!dir.exists()) {
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("Migrator", "The migrations folder %1 does not exist.")
                .arg(folder));
    }
    QList<Migration> migrations;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = nameRe.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Internal,
                         QCoreApplication::translate("Migrator", "Cannot read migration %1: %2")
                             .arg(file.fileName(), file.errorString()));
        }
        migrations.append({match.captured(1).toInt(), fileName, QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.number < b.number; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).number != i + 1) {
            return Error(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "Migrator",
                             "Migrations in %1 must be numbered 1, 2, 3 ... without gaps "
                             "or duplicates; %2 is out of place.")
                             .arg(folder, migrations.at(i).fileName));
        }
    }
    return migrations;
}

Result<int> Migrator::currentVersion() const
{
    if (!m_db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("Migrator", "Cannot read the schema version: %1")
                         .arg(query.lastError().text()));
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> Migrator::migrateTo(const QList<Migration> &migrations, int target)
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    int version = current.value();
    for (const Migration &migration : migrations) {
        if (migration.number <= version || migration.number > target)
            continue;
        if (auto applied = apply(migration); !applied)
            return applied.error();
        version = migration.number;
        qCDebug(lcDb).noquote() << "applied migration" << migration.fileName;
    }
    return version;
}

Result<void> Migrator::apply(const Migration &migration)
{
    const auto failure = [&](const QString &driverText) {
        qCWarning(lcDb).noquote() << "migration" << migration.fileName << "failed:" << driverText;
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate(
                         "Migrator", "Database migration %1 failed: %2. The migration was rolled "
                                     "back; the database keeps its previous schema version.")
                         .arg(migration.fileName, driverText));
    };
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive())
        return failure(transaction.errorString());
    const QStringList statements = m_dialect.splitStatements(migration.sql);
    for (const QString &statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            return failure(QStringLiteral("%1 (in \"%2\")")
                               .arg(query.lastError().text(), statement.simplified().left(120)));
        }
    }
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("DELETE FROM schema_version")))
            return failure(query.lastError().text());
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(migration.number);
        if (!query.exec())
            return failure(query.lastError().text());
    }
    if (auto committed = transaction.commit(); !committed)
        return failure(committed.error().message);
    return {};
}
