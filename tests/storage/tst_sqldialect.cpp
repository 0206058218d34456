#include "storage/sqldialect.h"

#include <QDir>
#include <QTest>

class TestSqlDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsScriptsIntoStatements_data();
    void splitsScriptsIntoStatements();
    void bothBackendsShipTheSameMigrationNumbers();
    void sqliteConnectionSetup();
    void backupStatementQuotesThePath();
};

void TestSqlDialect::splitsScriptsIntoStatements_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two statements, comments dropped")
        << int(SqlDialect::Sqlite)
        << QStringLiteral("-- header; with a semicolon\nCREATE TABLE a (x);\n/* block; */ "
                          "CREATE TABLE b (y);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("semicolons inside quotes")
        << int(SqlDialect::Sqlite)
        << QStringLiteral(
               "INSERT INTO t VALUES ('a;b', 'it''s; fine');UPDATE \"odd;name\" SET x = 1")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine')"),
                       QStringLiteral("UPDATE \"odd;name\" SET x = 1")};
    QTest::newRow("sqlite trigger body stays whole")
        << int(SqlDialect::Sqlite)
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; "
                          "DELETE FROM c; END;\nCREATE TABLE d (x);")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n "
                                      "= n + 1; DELETE FROM c; END"),
                       QStringLiteral("CREATE TABLE d (x)")};
    QTest::newRow("postgresql dollar-quoted body stays whole")
        << int(SqlDialect::PostgreSql)
        << QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := 1; RETURN "
                          "NEW; END; $body$ LANGUAGE plpgsql;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := "
                                      "1; RETURN NEW; END; $body$ LANGUAGE plpgsql"),
                       QStringLiteral("SELECT 1")};
    QTest::newRow("empty script") << int(SqlDialect::Sqlite) << QStringLiteral("  -- nothing\n;")
                                  << QStringList();
}

void TestSqlDialect::splitsScriptsIntoStatements()
{
    QFETCH(int, backend);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    const SqlDialect dialect(static_cast<SqlDialect::Backend>(backend));
    QCOMPARE(dialect.splitStatements(script), expected);
}

void TestSqlDialect::bothBackendsShipTheSameMigrationNumbers()
{
    // A migration added for one backend only would leave team mode behind (docs/storage.md).
    const QStringList sqlite =
        QDir(SqlDialect(SqlDialect::Sqlite).migrationsFolder()).entryList(QDir::Files);
    const QStringList postgres =
        QDir(SqlDialect(SqlDialect::PostgreSql).migrationsFolder()).entryList(QDir::Files);
    QVERIFY(sqlite.size() >= 2);
    QCOMPARE(postgres, sqlite);
}

void TestSqlDialect::sqliteConnectionSetup()
{
    const QStringList setup = SqlDialect(SqlDialect::Sqlite).connectionSetupStatements();
    QVERIFY(setup.contains(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(setup.contains(QStringLiteral("PRAGMA foreign_keys=ON")));
    QVERIFY(setup.contains(QStringLiteral("PRAGMA busy_timeout=5000")));
    QCOMPARE(SqlDialect(SqlDialect::Sqlite).migrationsFolder(),
             QStringLiteral(":/storage/migrations/sqlite"));
    QCOMPARE(SqlDialect(SqlDialect::PostgreSql).migrationsFolder(),
             QStringLiteral(":/storage/migrations/postgresql"));
}

void TestSqlDialect::backupStatementQuotesThePath()
{
    QCOMPARE(SqlDialect(SqlDialect::Sqlite).backupStatement(QStringLiteral("/data/o'neil/x.bak")),
             QStringLiteral("VACUUM INTO '/data/o''neil/x.bak'"));
}

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
