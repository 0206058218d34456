#include "fakehttpserver.h"
#include "logging/secretredactor.h"
#include "net/networkthread.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "settingsdialog.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// The dialog against real Settings in a throw-away INI file and a SecretStore without a
// keychain (Environment backend), so the tests never touch the user's settings or keychain.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        qunsetenv("ARTIST_STUDIO_TEXT_PROVIDER_BASE_URL");
        qunsetenv("ARTIST_STUDIO_OPENAI_API_KEY");
    }
    void cleanup()
    {
        qunsetenv("ARTIST_STUDIO_TEXT_PROVIDER_BASE_URL");
        qunsetenv("ARTIST_STUDIO_OPENAI_API_KEY");
        m_env.reset();
    }

    void loadShowsStoredValues()
    {
        Settings settings(m_env->path(QStringLiteral("studio.ini")));
        settings.setValue(SettingsKeys::General::language, QStringLiteral("de"));
        settings.setValue(SettingsKeys::TextProvider::provider, QStringLiteral("openai"));
        settings.setValue(SettingsKeys::TextProvider::model, QStringLiteral("llama3.1"));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        SettingsDialog dialog(settings, secrets, m_env->dataDir(), nullptr);

        QCOMPARE(find<QComboBox>(dialog, "languageCombo")->currentText(),
                 QStringLiteral("Deutsch"));
        QCOMPARE(find<QComboBox>(dialog, "providerCombo")->currentData().toString(),
                 QStringLiteral("openai"));
        QCOMPARE(find<QLineEdit>(dialog, "modelEdit")->text(), QStringLiteral("llama3.1"));
        QCOMPARE(find<QLineEdit>(dialog, "baseUrlEdit")->text(),
                 QStringLiteral("https://api.openai.com")); // the default
        QCOMPARE(find<QLabel>(dialog, "dataDirLabel")->text(), m_env->dataDir());
    }

    void saveRoundTrip()
    {
        const QString ini = m_env->path(QStringLiteral("studio.ini"));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        {
            Settings settings(ini);
            SettingsDialog dialog(settings, secrets, m_env->dataDir(), nullptr);
            auto *language = find<QComboBox>(dialog, "languageCombo");
            language->setCurrentIndex(language->findData(QStringLiteral("ru")));
            auto *provider = find<QComboBox>(dialog, "providerCombo");
            provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
            find<QLineEdit>(dialog, "baseUrlEdit")
                ->setText(QStringLiteral("http://127.0.0.1:11434"));
            find<QLineEdit>(dialog, "modelEdit")->setText(QStringLiteral("qwen2.5"));
            find<QDoubleSpinBox>(dialog, "temperatureSpin")->setValue(0.35);
            dialog.save();
        }
        Settings reread(ini);
        QCOMPARE(reread.value(SettingsKeys::General::language).toString(), QStringLiteral("ru"));
        QCOMPARE(reread.value(SettingsKeys::TextProvider::provider).toString(),
                 QStringLiteral("openai"));
        QCOMPARE(reread.value(SettingsKeys::TextProvider::baseUrl).toString(),
                 QStringLiteral("http://127.0.0.1:11434"));
        QCOMPARE(reread.value(SettingsKeys::TextProvider::model).toString(),
                 QStringLiteral("qwen2.5"));
        QCOMPARE(reread.value(SettingsKeys::TextProvider::temperature).toDouble(), 0.35);

        // A second dialog shows what was saved.
        SettingsDialog again(reread, secrets, m_env->dataDir(), nullptr);
        QCOMPARE(find<QComboBox>(again, "languageCombo")->currentText(), QStringLiteral("Русский"));
        QCOMPARE(find<QLineEdit>(again, "modelEdit")->text(), QStringLiteral("qwen2.5"));
    }

    void environmentOverrideDisablesField()
    {
        qputenv("ARTIST_STUDIO_TEXT_PROVIDER_BASE_URL", "http://127.0.0.1:9999");
        const QString ini = m_env->path(QStringLiteral("studio.ini"));
        Settings settings(ini);
        settings.setValue(SettingsKeys::TextProvider::provider, QStringLiteral("openai"));
        settings.setValue(SettingsKeys::TextProvider::baseUrl, QStringLiteral("http://stored"));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        SettingsDialog dialog(settings, secrets, m_env->dataDir(), nullptr);

        auto *baseUrl = find<QLineEdit>(dialog, "baseUrlEdit");
        QVERIFY(!baseUrl->isEnabled());
        QCOMPARE(baseUrl->text(), QStringLiteral("http://127.0.0.1:9999"));
        QVERIFY(
            baseUrl->toolTip().contains(QStringLiteral("ARTIST_STUDIO_TEXT_PROVIDER_BASE_URL")));
        QVERIFY(find<QLineEdit>(dialog, "modelEdit")->isEnabled());

        // Saving never writes the environment's value over the user's.
        dialog.save();
        QCOMPARE(settings.storedValue(SettingsKeys::TextProvider::baseUrl).toString(),
                 QStringLiteral("http://stored"));
    }

    void apiKeyFromEnvironmentIsNamed()
    {
        qputenv("ARTIST_STUDIO_OPENAI_API_KEY", "sk-test-never-shown");
        Settings settings(m_env->path(QStringLiteral("studio.ini")));
        settings.setValue(SettingsKeys::TextProvider::provider, QStringLiteral("openai"));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        SettingsDialog dialog(settings, secrets, m_env->dataDir(), nullptr);
        auto *key = find<QLineEdit>(dialog, "apiKeyEdit");
        QVERIFY(!key->isEnabled());
        QVERIFY(key->text().isEmpty()); // the secret is never put on screen
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(key->toolTip().contains(QStringLiteral("ARTIST_STUDIO_OPENAI_API_KEY")));
        QVERIFY(find<QLabel>(dialog, "keyStatusLabel")
                    ->text()
                    .contains(QStringLiteral("ARTIST_STUDIO_OPENAI_API_KEY")));
    }

    void keychainUnavailableIsExplained()
    {
        Settings settings(m_env->path(QStringLiteral("studio.ini")));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        SettingsDialog dialog(settings, secrets, m_env->dataDir(), nullptr);
        auto *backend = find<QLabel>(dialog, "keychainStatusLabel");
        QVERIFY(backend->text().contains(secrets.backendDescription()));
        QVERIFY(!find<QLineEdit>(dialog, "apiKeyEdit")->isEnabled());
    }

    void localProviderGreysOutRemoteFields()
    {
        Settings settings(m_env->path(QStringLiteral("studio.ini")));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        SettingsDialog dialog(settings, secrets, m_env->dataDir(), nullptr);
        auto *provider = find<QComboBox>(dialog, "providerCombo");
        QCOMPARE(provider->currentData().toString(), QStringLiteral("local"));
        QVERIFY(!find<QLineEdit>(dialog, "modelEdit")->isEnabled());
        QVERIFY(!find<QPushButton>(dialog, "testConnectionButton")->isEnabled());
        provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
        QVERIFY(find<QLineEdit>(dialog, "modelEdit")->isEnabled());
    }

    // "Test connection" asks the configured server for its models, with the typed key, and
    // shows what came back; a refused key is shown as the error an operator can act on.
    void testConnectionTalksToTheServer()
    {
        FakeHttpServer server;
        server.enqueue("/v1/models", FakeHttpResponse::json(200, R"({"object":"list","data":[
                           {"id":"llama3.1","object":"model"},{"id":"qwen2.5","object":"model"}]})"));
        server.enqueue("/v1/models",
                       FakeHttpResponse::json(401, R"({"error":{"message":"Incorrect API key",
                           "type":"invalid_request_error","code":"invalid_api_key"}})"));
        NetworkThread network;
        Settings settings(m_env->path(QStringLiteral("studio.ini")));
        settings.setValue(SettingsKeys::TextProvider::provider, QStringLiteral("openai"));
        SecretRedactor redactor;
        SecretStore secrets(SecretStore::Backend::Environment, redactor);
        SettingsDialog dialog(settings, secrets, m_env->dataDir(), network.client());

        find<QLineEdit>(dialog, "baseUrlEdit")->setText(server.baseUrl().toString());
        find<QLineEdit>(dialog, "apiKeyEdit")->setText(QStringLiteral("sk-typed-in-dialog-1234"));
        auto *button = find<QPushButton>(dialog, "testConnectionButton");
        auto *result = find<QLabel>(dialog, "testResultLabel");
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("✔")));
        QVERIFY2(result->text().contains(QStringLiteral("2 models")), qPrintable(result->text()));
        QCOMPARE(server.requests().first().header("Authorization"),
                 QByteArray("Bearer sk-typed-in-dialog-1234"));

        QTRY_VERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("✘")));
        QVERIFY(!result->text().contains(QStringLiteral("sk-typed-in-dialog-1234")));
    }

private:
    template<typename T> static T *find(QObject &parent, const char *name)
    {
        T *child = parent.findChild<T *>(QLatin1String(name));
        if (!child)
            qFatal("no child %s", name);
        return child;
    }

    std::unique_ptr<TestEnvironment> m_env;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
