#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "testenvironment.h"

#include <QDir>
#include <QSet>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

// Settings: defaults, persistence, per-process environment overrides.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_environment;
    QString iniPath() const { return m_environment->path(QStringLiteral("settings.ini")); }

    static void unsetAllOverrides()
    {
        for (const SettingKey &key : SettingsKeys::all) {
            if (key.canBeOverriddenByEnvironment())
                qunsetenv(key.environmentVariable().toLatin1().constData());
        }
    }

private Q_SLOTS:
    void init()
    {
        m_environment = std::make_unique<TestEnvironment>();
        unsetAllOverrides();
    }
    void cleanup() { unsetAllOverrides(); }

    void defaults_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QVariant>("expected");
        const auto row = [](const SettingKey &key, const QVariant &expected) {
            for (int i = 0; i < int(SettingsKeys::all.size()); ++i) {
                if (SettingsKeys::all[i].path() == key.path())
                    QTest::newRow(qPrintable(key.path())) << i << expected;
            }
        };
        row(SettingsKeys::General::language, QString());
        row(SettingsKeys::TextProvider::provider, QStringLiteral("local"));
        row(SettingsKeys::TextProvider::baseUrl, QStringLiteral("https://api.openai.com"));
        row(SettingsKeys::TextProvider::model, QStringLiteral("gpt-4o-mini"));
        row(SettingsKeys::TextProvider::temperature, 0.8);
        row(SettingsKeys::TextProvider::timeoutSeconds, qint64(60));
        row(SettingsKeys::TextProvider::maxAttempts, qint64(4));
        row(SettingsKeys::Network::timeoutSeconds, qint64(30));
        row(SettingsKeys::Logging::maxFileBytes, qint64(1024 * 1024));
        row(SettingsKeys::Logging::keepFiles, qint64(5));
        row(SettingsKeys::Ui::mainWindowGeometry, QByteArray());
    }
    void defaults()
    {
        QFETCH(int, index);
        QFETCH(QVariant, expected);
        const SettingKey &key = SettingsKeys::all[index];
        Settings settings(iniPath());
        QCOMPARE(settings.value(key), expected);
        QVERIFY(!settings.isOverriddenByEnvironment(key));
    }

    void environmentVariableNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("variable");
        const auto row = [](const SettingKey &key, const char *variable) {
            QTest::newRow(qPrintable(key.path())) << key.path() << QString::fromLatin1(variable);
        };
        row(SettingsKeys::General::language, "ARTIST_STUDIO_GENERAL_LANGUAGE");
        row(SettingsKeys::TextProvider::baseUrl, "ARTIST_STUDIO_TEXT_PROVIDER_BASE_URL");
        row(SettingsKeys::TextProvider::maxAttempts, "ARTIST_STUDIO_TEXT_PROVIDER_MAX_ATTEMPTS");
        row(SettingsKeys::Network::timeoutSeconds, "ARTIST_STUDIO_NETWORK_TIMEOUT_SECONDS");
        row(SettingsKeys::Logging::maxFileBytes, "ARTIST_STUDIO_LOGGING_MAX_FILE_BYTES");
        row(SettingsKeys::Ui::mainWindowGeometry, ""); // binary state: no override
    }
    void environmentVariableNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, variable);
        for (const SettingKey &key : SettingsKeys::all) {
            if (key.path() == path)
                QCOMPARE(key.environmentVariable(), variable);
        }
    }

    void keysAndVariablesAreUnique()
    {
        QSet<QString> paths;
        // Reserved by the data dir and by SecretStore (ARTIST_STUDIO_<PROVIDER>_API_KEY).
        QSet<QString> variables{QStringLiteral("ARTIST_STUDIO_DATA_DIR")};
        for (const SettingKey &key : SettingsKeys::all) {
            QVERIFY2(!paths.contains(key.path()), qPrintable(key.path()));
            paths.insert(key.path());
            const QString variable = key.environmentVariable();
            if (variable.isEmpty())
                continue;
            QVERIFY2(!variables.contains(variable), qPrintable(variable));
            QVERIFY2(!variable.endsWith(u"_API_KEY"), qPrintable(variable));
            variables.insert(variable);
        }
    }

    void setValuePersistsAcrossInstances()
    {
        {
            Settings settings(iniPath());
            settings.setValue(SettingsKeys::TextProvider::model, QStringLiteral("llama3.1"));
            settings.setValue(SettingsKeys::TextProvider::temperature, 0.25);
            settings.setValue(SettingsKeys::Logging::keepFiles, 9);
        }
        Settings reopened(iniPath());
        QCOMPARE(reopened.value(SettingsKeys::TextProvider::model), QStringLiteral("llama3.1"));
        QCOMPARE(reopened.value(SettingsKeys::TextProvider::temperature), 0.25);
        QCOMPARE(reopened.value(SettingsKeys::Logging::keepFiles), qint64(9));
        // Untouched keys keep their defaults.
        QCOMPARE(reopened.value(SettingsKeys::Network::timeoutSeconds), qint64(30));

        reopened.reset(SettingsKeys::TextProvider::model);
        QCOMPARE(reopened.value(SettingsKeys::TextProvider::model), QStringLiteral("gpt-4o-mini"));
    }

    void defaultConstructorStaysOutOfTheUsersConfig()
    {
        Settings settings;
        const QString realConfig = QDir::homePath() + QStringLiteral("/.config/");
        QVERIFY2(!settings.fileName().startsWith(realConfig), qPrintable(settings.fileName()));
        QVERIFY(settings.fileName().endsWith(QStringLiteral("ArtistStudio/artist-studio.conf")));
    }

    void environmentOverrideWins_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QByteArray>("environment");
        QTest::addColumn<QVariant>("expected");
        const auto indexOf = [](const SettingKey &key) {
            for (int i = 0; i < int(SettingsKeys::all.size()); ++i) {
                if (SettingsKeys::all[i].path() == key.path())
                    return i;
            }
            return -1;
        };
        QTest::newRow("string") << indexOf(SettingsKeys::TextProvider::baseUrl)
                                << QStringLiteral("https://stored.example")
                                << QByteArray("http://127.0.0.1:11434")
                                << QVariant(QStringLiteral("http://127.0.0.1:11434"));
        QTest::newRow("empty string is a value")
            << indexOf(SettingsKeys::General::language) << QStringLiteral("de") << QByteArray("")
            << QVariant(QString());
        QTest::newRow("integer") << indexOf(SettingsKeys::TextProvider::maxAttempts)
                                 << QStringLiteral("7") << QByteArray(" 2 ") << QVariant(qint64(2));
        QTest::newRow("real, C locale")
            << indexOf(SettingsKeys::TextProvider::temperature) << QStringLiteral("0.5")
            << QByteArray("1.25") << QVariant(1.25);
    }
    void environmentOverrideWins()
    {
        QFETCH(int, index);
        QFETCH(QString, stored);
        QFETCH(QByteArray, environment);
        QFETCH(QVariant, expected);
        const SettingKey &key = SettingsKeys::all[index];
        Settings settings(iniPath());
        settings.setValue(key, stored);
        const QByteArray variable = key.environmentVariable().toLatin1();
        qputenv(variable.constData(), environment);

        QCOMPARE(settings.value(key), expected);
        QVERIFY(settings.isOverriddenByEnvironment(key));
        // The override is for this process only: what the user saved is untouched.
        QCOMPARE(settings.storedValue(key).toString(), stored);
        settings.sync();
        QCOMPARE(Settings(iniPath()).storedValue(key).toString(), stored);

        qunsetenv(variable.constData());
        QVERIFY(!settings.isOverriddenByEnvironment(key));
        QCOMPARE(settings.value(key).toString(), stored);
    }

    void malformedOverrideIsIgnoredWithAWarning()
    {
        Settings settings(iniPath());
        qputenv("ARTIST_STUDIO_NETWORK_TIMEOUT_SECONDS", "thirty");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "ARTIST_STUDIO_NETWORK_TIMEOUT_SECONDS.*thirty.*not a valid")));
        QVERIFY(!settings.isOverriddenByEnvironment(SettingsKeys::Network::timeoutSeconds));
        QCOMPARE(settings.value(SettingsKeys::Network::timeoutSeconds), qint64(30));
    }

    void concurrentReadsSeeConsistentValues()
    {
        Settings settings(iniPath());
        std::atomic<int> bad = 0;
        std::vector<std::thread> readers;
        for (int t = 0; t < 4; ++t) {
            readers.emplace_back([&] {
                for (int i = 0; i < 500; ++i) {
                    const QString model =
                        settings.value(SettingsKeys::TextProvider::model).toString();
                    if (model != u"gpt-4o-mini" && !model.startsWith(u"model-"))
                        ++bad;
                }
            });
        }
        for (int i = 0; i < 200; ++i)
            settings.setValue(SettingsKeys::TextProvider::model, QStringLiteral("model-%1").arg(i));
        for (std::thread &reader : readers)
            reader.join();
        QCOMPARE(bad.load(), 0);
        QCOMPARE(settings.value(SettingsKeys::TextProvider::model), QStringLiteral("model-199"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
