#include "logging/secretredactor.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

// SecretRedactor: registered secrets never survive in text that leaves the process.
class TestSecretRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data()
    {
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing registered")
            << QStringList{} << QStringLiteral("sk-abcdef") << QStringLiteral("sk-abcdef");
        QTest::newRow("one secret, twice")
            << QStringList{QStringLiteral("sk-abcdef123")}
            << QStringLiteral("key sk-abcdef123 and again sk-abcdef123.")
            << QStringLiteral("key [redacted] and again [redacted].");
        QTest::newRow("inside JSON")
            << QStringList{QStringLiteral("tok_9876543210")}
            << QStringLiteral(R"({"Authorization":"Bearer tok_9876543210"})")
            << QStringLiteral(R"({"Authorization":"Bearer [redacted]"})");
        QTest::newRow("short secrets are ignored")
            << QStringList{QStringLiteral("abc12")} << QStringLiteral("abc12 stays")
            << QStringLiteral("abc12 stays");
        QTest::newRow("a secret containing another goes whole")
            << QStringList{QStringLiteral("abcdef"), QStringLiteral("abcdefghijkl")}
            << QStringLiteral("x abcdefghijkl y abcdef")
            << QStringLiteral("x [redacted] y [redacted]");
        QTest::newRow("percent-encoded in a URL")
            << QStringList{QStringLiteral("a+b/c=d&e1")}
            << QStringLiteral("https://h/?key=a%2Bb%2Fc%3Dd%26e1")
            << QStringLiteral("https://h/?key=[redacted]");
        QTest::newRow("several providers")
            << QStringList{QStringLiteral("openai-key-1"), QStringLiteral("123456:telegram-bot")}
            << QStringLiteral("openai-key-1 / bot123456:telegram-bot/getUpdates")
            << QStringLiteral("[redacted] / bot[redacted]/getUpdates");
    }
    void redact()
    {
        QFETCH(QStringList, secrets);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        SecretRedactor redactor;
        for (const QString &secret : secrets)
            redactor.addSecret(secret);
        QCOMPARE(redactor.redact(text), expected);
    }

    void addSecretReportsTooShort()
    {
        SecretRedactor redactor;
        QVERIFY(!redactor.addSecret(QString()));
        QVERIFY(!redactor.addSecret(QStringLiteral("12345")));
        QVERIFY(redactor.addSecret(QStringLiteral("123456")));
        QVERIFY(redactor.addSecret(QStringLiteral("123456"))); // again: still fine, not doubled
        QCOMPARE(redactor.secretCount(), 1);
    }

    void instancesAreIndependent()
    {
        SecretRedactor mine;
        mine.addSecret(QStringLiteral("only-in-mine-123"));
        QCOMPARE(SecretRedactor::instance().redact(QStringLiteral("only-in-mine-123")),
                 QStringLiteral("only-in-mine-123"));
        QCOMPARE(&SecretRedactor::instance(), &SecretRedactor::instance());
    }

    void concurrentAddAndRedact()
    {
        SecretRedactor redactor;
        std::atomic<int> leaks = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&redactor, &leaks, t] {
                for (int i = 0; i < 200; ++i) {
                    const QString secret = QStringLiteral("secret-%1-%2-xyz").arg(t).arg(i);
                    redactor.addSecret(secret);
                    // Once added, a secret must be gone from every later redaction.
                    if (redactor.redact(QStringLiteral("log ") + secret).contains(secret))
                        ++leaks;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(leaks.load(), 0);
        QCOMPARE(redactor.secretCount(), 800);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
