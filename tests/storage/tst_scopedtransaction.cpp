#include "storage/database.h"
#include "storage/dbconnection.h"
#include "storage/scopedtransaction.h"
#include "testenvironment.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

class TestScopedTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rollsBackOnScopeExit();
    void commitPersists();
    void commitIsVisibleToOtherConnections();
    void nestedRollbackKeepsOuterWork();
    void outerRollbackDiscardsCommittedInnerWork();
    void secondCommitIsAnError();
    void concurrentWritersOnTwoThreadsAllSucceed();

private:
    void insertReport(const QString &title);
    QStringList titles();

    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestScopedTransaction::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(QStringLiteral("studio.sqlite")));
    QVERIFY(opened.ok());
    m_db = opened.value();
}

void TestScopedTransaction::cleanup()
{
    m_db.reset();
    m_env.reset();
}

void TestScopedTransaction::insertReport(const QString &title)
{
    DbConnection connection(*m_db);
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("INSERT INTO reports (kind, created_at, title, json_path, "
                                 "markdown_path) VALUES ('run', 'x', ?, 'a', 'b')"));
    query.addBindValue(title);
    QVERIFY(query.exec());
}

QStringList TestScopedTransaction::titles()
{
    DbConnection connection(*m_db);
    QSqlQuery query(connection.database());
    QStringList result;
    if (!query.exec(QStringLiteral("SELECT title FROM reports ORDER BY id")))
        return {QStringLiteral("<query failed>")};
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

void TestScopedTransaction::rollsBackOnScopeExit()
{
    DbConnection connection(*m_db);
    {
        ScopedTransaction transaction(connection.database());
        QVERIFY(transaction.isActive());
        insertReport(QStringLiteral("never saved"));
        QCOMPARE(titles(), QStringList{QStringLiteral("never saved")});
    }
    QCOMPARE(titles(), QStringList());
}

void TestScopedTransaction::commitPersists()
{
    DbConnection connection(*m_db);
    {
        ScopedTransaction transaction(connection.database());
        insertReport(QStringLiteral("saved"));
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(titles(), QStringList{QStringLiteral("saved")});
}

void TestScopedTransaction::commitIsVisibleToOtherConnections()
{
    {
        DbConnection connection(*m_db);
        ScopedTransaction transaction(connection.database());
        insertReport(QStringLiteral("shared"));
        QVERIFY(transaction.commit().ok());
    }
    // No guard left: the next read opens a new connection and sees the committed row.
    QVERIFY(!QSqlDatabase::contains(DbConnection::connectionNameFor(m_db->path())));
    QCOMPARE(titles(), QStringList{QStringLiteral("shared")});
}

void TestScopedTransaction::nestedRollbackKeepsOuterWork()
{
    DbConnection connection(*m_db);
    {
        ScopedTransaction outer(connection.database());
        insertReport(QStringLiteral("outer"));
        {
            ScopedTransaction inner(connection.database());
            QVERIFY(inner.isActive());
            QVERIFY(inner.isNested());
            insertReport(QStringLiteral("inner"));
        } // inner rolled back
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(titles(), QStringList{QStringLiteral("outer")});
}

void TestScopedTransaction::outerRollbackDiscardsCommittedInnerWork()
{
    DbConnection connection(*m_db);
    {
        ScopedTransaction outer(connection.database());
        {
            ScopedTransaction inner(connection.database());
            insertReport(QStringLiteral("inner"));
            QVERIFY(inner.commit().ok());
        }
    } // outer rolled back
    QCOMPARE(titles(), QStringList());

    // The connection is usable for a fresh transaction afterwards.
    ScopedTransaction next(connection.database());
    QVERIFY(next.isActive());
    QVERIFY(!next.isNested());
}

void TestScopedTransaction::secondCommitIsAnError()
{
    DbConnection connection(*m_db);
    ScopedTransaction transaction(connection.database());
    insertReport(QStringLiteral("once"));
    QVERIFY(transaction.commit().ok());
    const auto again = transaction.commit();
    QVERIFY(!again.ok());
    QCOMPARE(int(again.error().code), int(ErrorCode::Storage));
    QCOMPARE(titles(), QStringList{QStringLiteral("once")});
}

void TestScopedTransaction::concurrentWritersOnTwoThreadsAllSucceed()
{
    // Read-then-write transactions on two connections: with a plain deferred BEGIN, SQLite
    // refuses one of two writers upgrading their read locks ("database is locked").
    constexpr int kRounds = 40;
    const auto writer = [this](const QString &who, QStringList *errors) {
        DbConnection connection(*m_db);
        for (int i = 0; i < kRounds; ++i) {
            ScopedTransaction transaction(connection.database());
            QSqlQuery query(connection.database());
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) || !query.next()) {
                errors->append(query.lastError().text());
                continue;
            }
            const int seen = query.value(0).toInt();
            query.prepare(QStringLiteral("INSERT INTO reports (kind, created_at, title, "
                                         "json_path, markdown_path) VALUES ('run', 'x', ?, 'a', "
                                         "'b')"));
            query.addBindValue(QStringLiteral("%1 after %2").arg(who).arg(seen));
            if (!query.exec()) {
                errors->append(query.lastError().text());
                continue;
            }
            if (auto committed = transaction.commit(); !committed)
                errors->append(committed.error().message);
        }
    };
    QStringList errorsA;
    QStringList errorsB;
    std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("a"), &errorsA));
    std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("b"), &errorsB));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QVERIFY2(errorsA.isEmpty(), qPrintable(errorsA.join(u'\n')));
    QVERIFY2(errorsB.isEmpty(), qPrintable(errorsB.join(u'\n')));
    QCOMPARE(titles().size(), 2 * kRounds);
}

QTEST_GUILESS_MAIN(TestScopedTransaction)
#include "tst_scopedtransaction.moc"
