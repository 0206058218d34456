#include "logging/secretredactor.h"
#include "net/networkthread.h"
#include "services/defaulttextproviderfactory.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "testenvironment.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Result<std::shared_ptr<TextProvider>> await(QFuture<Result<std::shared_ptr<TextProvider>>> future)
{
    QDeadlineTimer deadline(10000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.result();
}

QByteArray modelVariable()
{
    return SettingsKeys::TextProvider::model.environmentVariable().toLatin1();
}

QByteArray baseUrlVariable()
{
    return SettingsKeys::TextProvider::baseUrl.environmentVariable().toLatin1();
}

} // namespace

// Which provider "New artist…" and `artist create --provider` get, and with what settings.
class TestDefaultTextProviderFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        qunsetenv("ARTIST_STUDIO_OPENAI_API_KEY");
        qunsetenv(modelVariable().constData());
        qunsetenv(baseUrlVariable().constData());
    }

    void localNeedsNothing()
    {
        TestEnvironment env;
        Settings settings(env.path(u"settings.ini"_s));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        DefaultTextProviderFactory factory(settings, secrets, nullptr);
        const auto provider = await(factory.asFunction()(u"local"_s));
        QVERIFY(provider.ok());
        QCOMPARE(provider.value()->id(), u"local"_s);
        QCOMPARE(provider.value()->model(), u"local-author-1"_s);
    }

    void unknownProviderIsRefused()
    {
        TestEnvironment env;
        Settings settings(env.path(u"settings.ini"_s));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        DefaultTextProviderFactory factory(settings, secrets, nullptr);
        const auto provider = await(factory.create(u"gpt"_s));
        QVERIFY(!provider.ok());
        QCOMPARE(provider.error().code, ErrorCode::InvalidInput);
    }

    void openAiNeedsAKey()
    {
        TestEnvironment env;
        Settings settings(env.path(u"settings.ini"_s));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        NetworkThread network;
        DefaultTextProviderFactory factory(settings, secrets, network.client());
        const auto missing = await(factory.create(u"openai"_s));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"ARTIST_STUDIO_OPENAI_API_KEY"_s),
                 qPrintable(missing.error().message));

        qputenv("ARTIST_STUDIO_OPENAI_API_KEY", "sk-factory-test-123456");
        qputenv(modelVariable().constData(), "gpt-test-mini");
        const auto provider = await(factory.create(u"openai"_s));
        QVERIFY(provider.ok());
        QCOMPARE(provider.value()->id(), u"openai"_s);
        QCOMPARE(provider.value()->model(), u"gpt-test-mini"_s);
        // The key read through the store is registered, so no log line or report can show it.
        QCOMPARE(redactor.redact(u"sk-factory-test-123456"_s), SecretRedactor::placeholder());
    }

    void localServerWorksWithoutAKey()
    {
        TestEnvironment env;
        Settings settings(env.path(u"settings.ini"_s));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        NetworkThread network;
        qputenv(baseUrlVariable().constData(), "http://127.0.0.1:11434");
        DefaultTextProviderFactory factory(settings, secrets, network.client());
        const auto provider = await(factory.create(u"openai"_s));
        QVERIFY(provider.ok());
    }
};

QTEST_GUILESS_MAIN(TestDefaultTextProviderFactory)
#include "tst_defaulttextproviderfactory.moc"
