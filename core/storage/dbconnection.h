#pragma once

#include <QSqlDatabase>
#include <QString>

class Database;

// Gives the current thread its own QSqlDatabase for a Database (STYLE.md rule 7), applying the
// dialect's setup statements (WAL, foreign keys, busy timeout) when it opens. Nested guards on
// one thread share the connection; the last one to leave closes and removes it. Stack-only:
// never keep the QSqlDatabase (or a repository holding it) beyond the guard's scope.
// Thread: the thread that constructed it, for its whole life.
class DbConnection
{
public:
    explicit DbConnection(const Database &database);
    ~DbConnection();

    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;
    static void *operator new(std::size_t) = delete;
    static void *operator new[](std::size_t) = delete;

    QSqlDatabase database() const { return m_db; }
    bool isOpen() const { return m_counted && m_db.isOpen(); }
    QString errorString() const { return m_error; }
    QString connectionName() const { return m_name; }

    // The connection name this thread uses for a database file (path + thread id).
    static QString connectionNameFor(const QString &databasePath);

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
    bool m_counted = false; // holds a reference on the thread's connection
};
