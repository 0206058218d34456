#include "storage/database.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

class TestDbConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoThreadsGetDifferentConnections();
    void nestedGuardsShareOneConnection();
    void lastGuardRemovesTheConnection();
    void eachDatabaseHasItsOwnConnection();
    void reportsWhyItCouldNotOpen();

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
};

void TestDbConnection::init()
{
    m_env = std::make_unique<TestEnvironment>();
    auto opened = Database::open(m_env->path(QStringLiteral("studio.sqlite")));
    QVERIFY(opened.ok());
    m_db = opened.value();
}

void TestDbConnection::cleanup()
{
    m_db.reset();
    m_env.reset();
}

void TestDbConnection::twoThreadsGetDifferentConnections()
{
    DbConnection mine(*m_db);
    QVERIFY(mine.isOpen());
    QSqlQuery(mine.database())
        .exec(QStringLiteral("INSERT INTO reports (kind, created_at, title, json_path, "
                             "markdown_path) VALUES ('run', 'x', 'from main', 'a', 'b')"));

    QString theirName;
    bool theirOpen = false;
    QString seenTitle;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        DbConnection theirs(*m_db);
        theirName = theirs.connectionName();
        theirOpen = theirs.isOpen();
        QSqlQuery query(theirs.database());
        if (query.exec(QStringLiteral("SELECT title FROM reports")) && query.next())
            seenTitle = query.value(0).toString();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));

    QVERIFY(theirOpen);
    QVERIFY(!theirName.isEmpty());
    QVERIFY(theirName != mine.connectionName());
    // Same file: a row committed on one thread is visible on the other.
    QCOMPARE(seenTitle, QStringLiteral("from main"));
    // The worker's guard cleaned up after itself when the thread's work ended.
    QVERIFY(!QSqlDatabase::contains(theirName));
    QVERIFY(QSqlDatabase::contains(mine.connectionName()));
}

void TestDbConnection::nestedGuardsShareOneConnection()
{
    DbConnection outer(*m_db);
    QVERIFY(outer.isOpen());
    // A TEMP table exists only on the connection that created it.
    QVERIFY(QSqlQuery(outer.database()).exec(QStringLiteral("CREATE TEMP TABLE scratch (x)")));
    {
        DbConnection inner(*m_db);
        QVERIFY(inner.isOpen());
        QCOMPARE(inner.connectionName(), outer.connectionName());
        QVERIFY(
            QSqlQuery(inner.database()).exec(QStringLiteral("INSERT INTO scratch (x) VALUES (1)")));
    }
    // The inner guard leaving does not close the outer one's connection.
    QVERIFY(outer.isOpen());
    QSqlQuery query(outer.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM scratch")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDbConnection::lastGuardRemovesTheConnection()
{
    QString name;
    {
        DbConnection outer(*m_db);
        name = outer.connectionName();
        {
            DbConnection inner(*m_db);
        }
        QVERIFY(QSqlDatabase::contains(name));
    }
    QVERIFY(!QSqlDatabase::contains(name));

    // A fresh guard opens a fresh connection: the old TEMP state is gone.
    DbConnection again(*m_db);
    QVERIFY(again.isOpen());
    QVERIFY(
        !again.database().tables(QSql::TableType::AllTables).contains(QStringLiteral("scratch")));
}

void TestDbConnection::eachDatabaseHasItsOwnConnection()
{
    auto other = Database::open(m_env->path(QStringLiteral("other/studio.sqlite")));
    QVERIFY(other.ok());
    DbConnection first(*m_db);
    DbConnection second(*other.value());
    QVERIFY(first.isOpen());
    QVERIFY(second.isOpen());
    QVERIFY(first.connectionName() != second.connectionName());
    QCOMPARE(second.database().databaseName(), other.value()->path());
}

void TestDbConnection::reportsWhyItCouldNotOpen()
{
    // The folder disappears after open(), e.g. an unmounted drive.
    auto opened = Database::open(m_env->path(QStringLiteral("gone/studio.sqlite")));
    QVERIFY(opened.ok());
    QVERIFY(QDir(m_env->path(QStringLiteral("gone"))).removeRecursively());

    DbConnection connection(*opened.value());
    QVERIFY(!connection.isOpen());
    QVERIFY(connection.errorString().contains(opened.value()->path()));
    QVERIFY(!QSqlDatabase::contains(connection.connectionName()));
}

QTEST_GUILESS_MAIN(TestDbConnection)
#include "tst_dbconnection.moc"
