#pragma once

#include <QDialog>

class HttpClient;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class SecretStore;
class Settings;
struct SettingKey;

// The studio's preferences: a list of pages beside a stack (General, Providers → Text).
// load() fills the pages from Settings and SecretStore, save() writes them back; values given by
// environment variables are shown greyed out and never written. "Test connection" runs
// OpenAiTextProvider::testConnection() with the values on the page (on the network thread).
// Thread: GUI.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // dataDir: the folder in use now. http may be null: no connection test then.
    SettingsDialog(Settings &settings, SecretStore &secrets, const QString &dataDir,
                   HttpClient *http, QWidget *parent = nullptr);

    void load();
    // Writes the settings; a typed API key goes to the keychain in the background and
    // keyWriteFinished() reports the outcome.
    void save();

    // OK: saves and closes once a typed key is stored; stays open with the error otherwise.
    void accept() override;

Q_SIGNALS:
    void keyWriteFinished(bool ok, const QString &message);

private:
    QWidget *createGeneralPage();
    QWidget *createTextProviderPage();
    void addPage(const QString &icon, const QString &title, QWidget *page);
    // Greys a field out when its setting comes from the environment.
    void applyOverride(QWidget *widget, const SettingKey &key, const QString &toolTip);
    void updateKeyStatus();
    void updateProviderFields();
    void testConnection();

    Settings &m_settings;
    SecretStore &m_secrets;
    QString m_dataDir;
    HttpClient *m_http;

    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_backend = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    bool m_keyStored = false;
    int m_testGeneration = 0; // ignore results of superseded tests
};
