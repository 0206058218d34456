#include "dbconnection.h"

#include "database.h"
#include "logging/logcategories.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// Guards alive per connection name on this thread.
thread_local QHash<QString, int> t_refCounts;

} // namespace

QString DbConnection::connectionNameFor(const QString &databasePath)
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return QStringLiteral("studio:%1:%2").arg(databasePath).arg(thread, 0, 16);
}

DbConnection::DbConnection(const Database &database)
    : m_name(connectionNameFor(database.path()))
{
    int &refs = t_refCounts[m_name];
    if (refs > 0) {
        m_db = QSqlDatabase::database(m_name, false);
        ++refs;
        m_counted = true;
        return;
    }
    t_refCounts.remove(m_name);

    const SqlDialect dialect = database.dialect();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), m_name);
        db.setDatabaseName(database.path());
        bool ok = db.open();
        QString error = ok ? QString() : db.lastError().text();
        const QStringList setup = dialect.connectionSetupStatements();
        for (qsizetype i = 0; ok && i < setup.size(); ++i) {
            QSqlQuery query(db);
            if (!query.exec(setup.at(i))) {
                ok = false;
                error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), setup.at(i));
            }
        }
        if (ok) {
            m_db = db;
        } else {
            m_error =
                QCoreApplication::translate("DbConnection", "Could not open the database %1: %2")
                    .arg(database.path(), error);
            qCWarning(lcDb).noquote() << m_error;
            db.close();
        }
    }
    if (!m_db.isValid()) {
        QSqlDatabase::removeDatabase(m_name);
        return;
    }
    t_refCounts.insert(m_name, 1);
    m_counted = true;
    qCDebug(lcDb) << "opened connection" << m_name;
}

DbConnection::~DbConnection()
{
    if (!m_counted)
        return;
    int &refs = t_refCounts[m_name];
    if (--refs > 0)
        return;
    t_refCounts.remove(m_name);
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(m_name);
    qCDebug(lcDb) << "closed connection" << m_name;
}
