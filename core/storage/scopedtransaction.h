#pragma once

#include "util/error.h"

#include <QSqlDatabase>
#include <QString>

// A write transaction that rolls back unless commit() was called (STYLE.md rule 8). It begins
// with the dialect's statement (SQLite: BEGIN IMMEDIATE, so concurrent writers queue on the busy
// timeout instead of deadlocking). Nested guards on the same connection become SAVEPOINTs, so a
// repository call that opens its own transaction can run inside a caller's larger one.
// Stack-only. Thread: the connection's thread.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();

    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;
    static void *operator new(std::size_t) = delete;
    static void *operator new[](std::size_t) = delete;

    // False when BEGIN failed; commit() then returns that error.
    bool isActive() const { return m_active; }
    bool isNested() const { return m_depth > 1; }
    QString errorString() const { return m_error; } // why BEGIN failed
    Result<void> commit();
    // Explicit early rollback; the destructor does the same when nothing was committed.
    void rollback();

private:
    QString savepointName() const;
    void leave();

    QSqlDatabase m_db;
    QString m_error;
    int m_depth = 0; // 1: the real transaction, >1: a savepoint inside it
    bool m_active = false;
};
