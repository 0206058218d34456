#include "scopedtransaction.h"

#include "logging/logcategories.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// How many guards are open per connection on this thread (connections never cross threads).
thread_local QHash<QString, int> t_depth;

bool execute(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_depth = t_depth.value(m_db.connectionName(), 0) + 1;
    if (m_depth == 1) {
        m_active =
            execute(m_db, SqlDialect::forDatabase(m_db).beginTransactionStatement(), &m_error);
    } else {
        m_active = execute(m_db, QStringLiteral("SAVEPOINT ") + savepointName(), &m_error);
    }
    if (m_active)
        t_depth.insert(m_db.connectionName(), m_depth);
    else
        qCWarning(lcDb) << "could not begin a transaction:" << m_error;
}

ScopedTransaction::~ScopedTransaction()
{
    rollback();
}

QString ScopedTransaction::savepointName() const
{
    return QStringLiteral("studio_sp_%1").arg(m_depth);
}

void ScopedTransaction::leave()
{
    m_active = false;
    const QString name = m_db.connectionName();
    if (m_depth <= 1)
        t_depth.remove(name);
    else
        t_depth[name] = m_depth - 1;
}

Result<void> ScopedTransaction::commit()
{
    if (!m_active) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate(
                         "ScopedTransaction", "The database transaction could not be started: %1")
                         .arg(m_error.isEmpty() ? QCoreApplication::translate("ScopedTransaction",
                                                                              "already finished")
                                                : m_error));
    }
    QString error;
    bool ok = false;
    if (m_depth == 1) {
        ok = execute(m_db, QStringLiteral("COMMIT"), &error);
    } else {
        ok = execute(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(), &error);
    }
    if (!ok) {
        qCWarning(lcDb) << "commit failed:" << error;
        rollback();
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("ScopedTransaction",
                                                 "The database could not save the change: %1")
                         .arg(error));
    }
    leave();
    return {};
}

void ScopedTransaction::rollback()
{
    if (!m_active)
        return;
    QString error;
    if (m_depth == 1) {
        execute(m_db, QStringLiteral("ROLLBACK"), &error);
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        const QString name = savepointName();
        if (execute(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + name, &error))
            execute(m_db, QStringLiteral("RELEASE SAVEPOINT ") + name, &error);
    }
    if (!error.isEmpty())
        qCWarning(lcDb) << "rollback failed:" << error;
    leave();
}
