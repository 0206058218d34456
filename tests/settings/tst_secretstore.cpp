#include "logging/secretredactor.h"
#include "settings/secretstore.h"

#include <QFuture>
#include <QTest>

// SecretStore: environment overrides always; the real keychain when a Secret Service runs.
// CTest runs this twice: plainly (no session bus: the Environment backend and its message) and
// under scripts/with-secret-service.sh with ARTIST_STUDIO_TEST_REQUIRE_KEYCHAIN=1, which makes
// the keychain round trip mandatory. On a developer desktop without that variable the keychain
// tests are skipped so the user's real keyring is never written.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static bool keychainRequired()
    {
        return qEnvironmentVariableIntValue("ARTIST_STUDIO_TEST_REQUIRE_KEYCHAIN") == 1;
    }

    template<typename T> static T waitFor(QFuture<T> future)
    {
        // Keychain jobs finish on this thread's event loop.
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            100);
        return future.result();
    }

    static void clearProviderVariables()
    {
        for (const QString &provider :
             SecretStore::knownProviders() + QStringList{QStringLiteral("studio_test")})
            qunsetenv(SecretStore::environmentVariable(provider).toLatin1().constData());
    }

private Q_SLOTS:
    void init() { clearProviderVariables(); }
    void cleanup() { clearProviderVariables(); }

    void environmentVariableNames_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("variable");
        QTest::newRow("openai") << QStringLiteral("openai")
                                << QStringLiteral("ARTIST_STUDIO_OPENAI_API_KEY");
        QTest::newRow("suno") << QStringLiteral("suno")
                              << QStringLiteral("ARTIST_STUDIO_SUNO_API_KEY");
        QTest::newRow("pexels") << QStringLiteral("pexels")
                                << QStringLiteral("ARTIST_STUDIO_PEXELS_API_KEY");
        QTest::newRow("luma") << QStringLiteral("luma")
                              << QStringLiteral("ARTIST_STUDIO_LUMA_API_KEY");
        QTest::newRow("telegram") << QStringLiteral("telegram")
                                  << QStringLiteral("ARTIST_STUDIO_TELEGRAM_API_KEY");
    }
    void environmentVariableNames()
    {
        QFETCH(QString, provider);
        QFETCH(QString, variable);
        QCOMPARE(SecretStore::environmentVariable(provider), variable);
        QVERIFY(SecretStore::knownProviders().contains(provider));
    }

    void environmentKeyIsReadAndRedacted_data()
    {
        QTest::addColumn<int>("backend");
        QTest::newRow("environment backend") << int(SecretStore::Backend::Environment);
        QTest::newRow("keychain backend") << int(SecretStore::Backend::Keychain);
    }
    void environmentKeyIsReadAndRedacted()
    {
        QFETCH(int, backend);
        if (backend == int(SecretStore::Backend::Keychain) &&
            !SecretStore::isSecretServiceAvailable())
            QSKIP("no Secret Service: the keychain backend cannot be constructed meaningfully");
        SecretRedactor redactor;
        SecretStore store(SecretStore::Backend(backend), redactor);
        const QString key = QStringLiteral("sk-env-0123456789abcdef");
        qputenv("ARTIST_STUDIO_OPENAI_API_KEY", key.toUtf8());

        const Result<QString> read = waitFor(store.read(QStringLiteral("openai")));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), key);
        QCOMPARE(store.sourceOf(QStringLiteral("openai")), SecretStore::SecretSource::Environment);
        QCOMPARE(redactor.redact(QStringLiteral("Authorization: Bearer ") + key),
                 QStringLiteral("Authorization: Bearer [redacted]"));
    }

    void missingKeyTellsWhichVariableToSet()
    {
        SecretRedactor redactor;
        SecretStore store(SecretStore::Backend::Environment, redactor);
        const Result<QString> read = waitFor(store.read(QStringLiteral("pexels")));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::NotFound);
        QVERIFY2(read.error().message.contains(u"ARTIST_STUDIO_PEXELS_API_KEY"),
                 qPrintable(read.error().message));
        QCOMPARE(store.sourceOf(QStringLiteral("pexels")), SecretStore::SecretSource::None);
    }

    void invalidProviderIsRefused()
    {
        SecretRedactor redactor;
        SecretStore store(SecretStore::Backend::Environment, redactor);
        const Result<QString> read = waitFor(store.read(QStringLiteral("Open AI")));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::InvalidInput);
    }

    void withoutSecretServiceWritesFailClearly()
    {
        if (keychainRequired())
            QSKIP("running under a Secret Service");
        if (SecretStore::isSecretServiceAvailable())
            QSKIP("a Secret Service is reachable on this session bus");
        SecretRedactor redactor;
        SecretStore store(redactor); // detection
        QCOMPARE(store.backend(), SecretStore::Backend::Environment);
        QCOMPARE(
            store.backendDescription(),
            QStringLiteral("No system keychain found (Secret Service on D-Bus); keys are read from "
                           "environment variables ARTIST_STUDIO_<PROVIDER>_API_KEY."));

        const QString secret = QStringLiteral("suno-secret-value-42");
        const Result<void> written = waitFor(store.write(QStringLiteral("suno"), secret));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Storage);
        QVERIFY2(written.error().message.contains(u"ARTIST_STUDIO_SUNO_API_KEY"),
                 qPrintable(written.error().message));
        QVERIFY(!written.error().message.contains(secret));
        // Even a refused secret must not leak into logs.
        QCOMPARE(redactor.redact(secret), SecretRedactor::placeholder());

        const Result<void> removed = waitFor(store.remove(QStringLiteral("suno")));
        QVERIFY(!removed.ok());
        QVERIFY(removed.error().message.contains(u"ARTIST_STUDIO_SUNO_API_KEY"));
    }

    void keychainRoundTrip()
    {
        if (!keychainRequired())
            QSKIP("set ARTIST_STUDIO_TEST_REQUIRE_KEYCHAIN=1 and run under "
                  "scripts/with-secret-service.sh");
        QVERIFY2(SecretStore::isSecretServiceAvailable(), "no Secret Service on the session bus");
        SecretRedactor redactor;
        SecretStore store(redactor);
        QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
        QVERIFY(store.backendDescription().contains(u"system keychain"));

        const QString provider = QStringLiteral("studio_test");
        const QString secret = QStringLiteral("kc-secret-\u00e9-0123456789");
        // Start clean in case an earlier run was interrupted.
        QVERIFY(waitFor(store.remove(provider)).ok());
        QCOMPARE(store.sourceOf(provider), SecretStore::SecretSource::None);

        const Result<void> written = waitFor(store.write(provider, secret));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(store.sourceOf(provider), SecretStore::SecretSource::Keychain);
        QCOMPARE(redactor.redact(secret), SecretRedactor::placeholder());

        // A second store (the next start of the app) finds it in the keychain.
        SecretRedactor freshRedactor;
        SecretStore next(freshRedactor);
        QCOMPARE(next.sourceOf(provider), SecretStore::SecretSource::None); // not read yet
        const Result<QString> read = waitFor(next.read(provider));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), secret);
        QCOMPARE(next.sourceOf(provider), SecretStore::SecretSource::Keychain);
        QCOMPARE(freshRedactor.redact(secret), SecretRedactor::placeholder());

        // The environment still wins over the keychain.
        const QString fromEnvironment = QStringLiteral("env-beats-keychain-123");
        qputenv(SecretStore::environmentVariable(provider).toLatin1().constData(),
                fromEnvironment.toUtf8());
        QCOMPARE(waitFor(next.read(provider)).value(), fromEnvironment);
        QCOMPARE(next.sourceOf(provider), SecretStore::SecretSource::Environment);
        qunsetenv(SecretStore::environmentVariable(provider).toLatin1().constData());

        QVERIFY(waitFor(next.remove(provider)).ok());
        QCOMPARE(next.sourceOf(provider), SecretStore::SecretSource::None);
        const Result<QString> gone = waitFor(next.read(provider));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(gone.error().message.contains(u"ARTIST_STUDIO_STUDIO_TEST_API_KEY"));
        // Removing again is not an error.
        QVERIFY(waitFor(next.remove(provider)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
