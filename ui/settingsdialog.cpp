#include "settingsdialog.h"

#include "generation/openaitextprovider.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"
#include "util/whenready.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFuture>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace {

const QString kOpenAi = QStringLiteral("openai");

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, SecretStore &secrets, const QString &dataDir,
                               HttpClient *http, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_dataDir(dataDir)
    , m_http(http)
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Artist Studio"));
    resize(760, 520);

    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setIconSize(QSize(22, 22));
    m_pages->setFixedWidth(190);
    m_stack->setObjectName(QStringLiteral("settingsStack"));
    addPage(QStringLiteral("preferences-system"), tr("General"), createGeneralPage());
    addPage(QStringLiteral("network-server"), tr("Providers → Text"), createTextProviderPage());
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    load();
}

void SettingsDialog::addPage(const QString &icon, const QString &title, QWidget *page)
{
    new QListWidgetItem(QIcon::fromTheme(icon), title, m_pages);
    m_stack->addWidget(page);
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));

    auto *dataBox = new QGroupBox(tr("Data folder"), page);
    auto *dataDir = new QLabel(m_dataDir, dataBox);
    dataDir->setObjectName(QStringLiteral("dataDirLabel"));
    dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataDir->setWordWrap(true);
    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addWidget(dataDir);
    dataLayout->addWidget(noteLabel(
        tr("The database, media, releases, reports and logs live here. To use another folder, "
           "start Artist Studio with --data-dir FOLDER or set ARTIST_STUDIO_DATA_DIR; the change "
           "takes effect on the next start."),
        dataBox));

    auto *languageBox = new QGroupBox(tr("Language"), page);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Language names in their own language: findable by someone who cannot read the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("Interface language:"), m_language);
    languageLayout->addRow(
        noteLabel(tr("Applies when Artist Studio is started again."), languageBox));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dataBox);
    layout->addWidget(languageBox);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createTextProviderPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("textProviderPage"));

    auto *box = new QGroupBox(tr("Text provider"), page);
    m_provider = new QComboBox(box);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(tr("Local author (offline, no key)"), QStringLiteral("local"));
    m_provider->addItem(tr("OpenAI-compatible server"), kOpenAi);
    m_provider->setToolTip(tr("The local author writes profiles offline. An OpenAI-compatible "
                              "server can be OpenAI, Ollama, a llama.cpp server or a proxy."));
    m_baseUrl = new QLineEdit(box);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openai.com"));
    m_baseUrl->setToolTip(tr("Root of the server; /v1/chat/completions is appended. For a local "
                             "Ollama: http://127.0.0.1:11434"));
    m_model = new QLineEdit(box);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_model->setPlaceholderText(QStringLiteral("gpt-4o-mini"));
    m_model->setToolTip(tr("Model name as the server knows it, e.g. gpt-4o-mini or llama3.1."));
    m_temperature = new QDoubleSpinBox(box);
    m_temperature->setObjectName(QStringLiteral("temperatureSpin"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setToolTip(tr("From 0 (predictable) to 2 (wild); 0.7–1.0 suits profiles."));
    m_apiKey = new QLineEdit(box);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    m_keyStatus = new QLabel(box);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatus->setWordWrap(true);
    m_backend = new QLabel(box);
    m_backend->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_backend->setWordWrap(true);

    m_test = new QPushButton(QIcon::fromTheme(QStringLiteral("network-connect")),
                             tr("Test connection"), box);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(box);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout(box);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Temperature:"), m_temperature);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(QString(), m_keyStatus);
    form->addRow(QString(), m_backend);
    form->addRow(testRow);

    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateProviderFields);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::applyOverride(QWidget *widget, const SettingKey &key, const QString &toolTip)
{
    const bool overridden = m_settings.isOverriddenByEnvironment(key);
    widget->setProperty("envOverride", overridden);
    widget->setToolTip(overridden ? tr("Set by the environment variable %1 for this run; unset "
                                       "it to change the value here.")
                                        .arg(key.environmentVariable())
                                  : toolTip);
}

void SettingsDialog::load()
{
    using namespace SettingsKeys;
    const QString language = m_settings.value(General::language).toString();
    const int languageIndex = m_language->findData(language);
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    applyOverride(m_language, General::language, QString());

    const QString provider = m_settings.value(TextProvider::provider).toString();
    const int providerIndex = m_provider->findData(provider);
    m_provider->setCurrentIndex(providerIndex < 0 ? 0 : providerIndex);
    m_baseUrl->setText(m_settings.value(TextProvider::baseUrl).toString());
    m_model->setText(m_settings.value(TextProvider::model).toString());
    m_temperature->setValue(m_settings.value(TextProvider::temperature).toDouble());
    // Keep the explanatory tooltips of fields that are not overridden.
    applyOverride(m_provider, TextProvider::provider, m_provider->toolTip());
    applyOverride(m_baseUrl, TextProvider::baseUrl, m_baseUrl->toolTip());
    applyOverride(m_model, TextProvider::model, m_model->toolTip());
    applyOverride(m_temperature, TextProvider::temperature, m_temperature->toolTip());
    m_language->setEnabled(!m_language->property("envOverride").toBool());
    m_provider->setEnabled(!m_provider->property("envOverride").toBool());

    m_apiKey->clear();
    m_keyStored = false;
    m_backend->setText(m_secrets.backendDescription());
    // Ask the store whether a key exists (never shown): the answer only updates the status line.
    if (m_secrets.backend() == SecretStore::Backend::Keychain &&
        !qEnvironmentVariableIsSet(SecretStore::environmentVariable(kOpenAi).toUtf8())) {
        whenReady(m_secrets.read(kOpenAi), this, [this](const Result<QString> &key) {
            m_keyStored = key.ok() && !key.value().isEmpty();
            updateKeyStatus();
        });
    }
    updateKeyStatus();
    updateProviderFields();
}

void SettingsDialog::save()
{
    using namespace SettingsKeys;
    // Values from the environment are shown, never written back.
    auto store = [this](const SettingKey &key, const QVariant &value) {
        if (!m_settings.isOverriddenByEnvironment(key))
            m_settings.setValue(key, value);
    };
    store(General::language, m_language->currentData());
    store(TextProvider::provider, m_provider->currentData());
    store(TextProvider::baseUrl, m_baseUrl->text().trimmed());
    store(TextProvider::model, m_model->text().trimmed());
    store(TextProvider::temperature, m_temperature->value());
    m_settings.sync();

    const QString key = m_apiKey->text().trimmed();
    if (key.isEmpty() || !m_apiKey->isEnabled())
        return;
    whenReady(m_secrets.write(kOpenAi, key), this, [this](const Result<void> &written) {
        if (written.ok()) {
            m_apiKey->clear();
            m_keyStored = true;
            updateKeyStatus();
            Q_EMIT keyWriteFinished(true, tr("The API key was stored."));
        } else {
            Q_EMIT keyWriteFinished(false, written.error().message);
        }
    });
}

void SettingsDialog::accept()
{
    const bool writesKey = !m_apiKey->text().trimmed().isEmpty() && m_apiKey->isEnabled();
    if (!writesKey) {
        save();
        QDialog::accept();
        return;
    }
    // Close only once the key is safely stored; on failure say why and stay open.
    setEnabled(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SettingsDialog::keyWriteFinished, this,
                          [this, connection](bool ok, const QString &message) {
                              disconnect(*connection);
                              setEnabled(true);
                              if (ok) {
                                  QDialog::accept();
                                  return;
                              }
                              m_pages->setCurrentRow(1);
                              m_keyStatus->setText(tr("The key was not stored: %1").arg(message));
                              m_keyStatus->setStyleSheet(QStringLiteral("color: #da4453;"));
                          });
    save();
}

void SettingsDialog::updateKeyStatus()
{
    const QString variable = SecretStore::environmentVariable(kOpenAi);
    m_keyStatus->setStyleSheet(QString());
    if (qEnvironmentVariableIsSet(variable.toUtf8())) {
        m_apiKey->setProperty("envOverride", true);
        m_apiKey->setPlaceholderText(tr("Set by %1").arg(variable));
        m_apiKey->setToolTip(tr("Set by the environment variable %1 for this run; unset it to "
                                "change the key here.")
                                 .arg(variable));
        m_keyStatus->setText(tr("The key comes from the environment variable %1.").arg(variable));
    } else if (m_secrets.backend() == SecretStore::Backend::Environment) {
        // No keychain: a key typed here could not be stored.
        m_apiKey->setProperty("envOverride", true);
        m_apiKey->setPlaceholderText(tr("No keychain available"));
        m_apiKey->setToolTip(tr("Set the environment variable %1 to give the key.").arg(variable));
        m_keyStatus->setText(
            tr("No key is set. Set %1 before starting Artist Studio.").arg(variable));
    } else {
        m_apiKey->setProperty("envOverride", false);
        m_apiKey->setPlaceholderText(m_keyStored ? tr("Stored in the keychain; type to replace")
                                                 : tr("Paste the key; local servers need none"));
        m_apiKey->setToolTip(tr("Kept in the system keychain, never in the settings file, the "
                                "database or the logs."));
        m_keyStatus->setText(m_keyStored ? tr("A key is stored in the keychain.")
                                         : tr("No key stored yet."));
    }
    const bool noKeychain = m_secrets.backend() == SecretStore::Backend::Environment;
    m_backend->setText(noKeychain ? QStringLiteral("⚠ ") + m_secrets.backendDescription()
                                  : m_secrets.backendDescription());
    m_backend->setStyleSheet(noKeychain ? QStringLiteral("color: #f67400;") : QString());
    m_backend->setForegroundRole(noKeychain ? QPalette::WindowText : QPalette::PlaceholderText);
    updateProviderFields();
}

void SettingsDialog::updateProviderFields()
{
    const bool remote = m_provider->currentData().toString() == kOpenAi;
    for (QWidget *field : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_model),
                           static_cast<QWidget *>(m_temperature), static_cast<QWidget *>(m_apiKey)})
        field->setEnabled(remote && !field->property("envOverride").toBool());
    m_test->setEnabled(remote && m_http);
    m_test->setToolTip(m_http ? tr("Ask the server for its models with these values")
                              : tr("No network in this session"));
}

void SettingsDialog::testConnection()
{
    if (!m_http)
        return;
    OpenAiConfig config;
    config.baseUrl = QUrl(m_baseUrl->text().trimmed());
    config.model = m_model->text().trimmed();
    config.temperature = m_temperature->value();
    const int generation = ++m_testGeneration;
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting…"));

    auto run = [this, generation](OpenAiConfig withKey) {
        // The provider must live until its future is done: the continuation holds it.
        auto provider = std::make_shared<OpenAiTextProvider>(m_http, std::move(withKey));
        whenReady(provider->testConnection(), this,
                  [this, generation, provider](const Result<QString> &result) {
                      if (generation != m_testGeneration)
                          return;
                      updateProviderFields();
                      m_testResult->setText(result.ok()
                                                ? QStringLiteral("✔ ") + result.value()
                                                : QStringLiteral("✘ ") + result.error().message);
                      m_testResult->setStyleSheet(result.ok() ? QStringLiteral("color: #27ae60;")
                                                              : QStringLiteral("color: #da4453;"));
                  });
    };
    const QString typed = m_apiKey->text().trimmed();
    if (!typed.isEmpty()) {
        config.apiKey = typed;
        run(config);
        return;
    }
    // The stored (or environment) key, read off the GUI thread; none is fine for local servers.
    whenReady(m_secrets.read(kOpenAi), this, [config, run](const Result<QString> &key) mutable {
        if (key.ok())
            config.apiKey = key.value();
        run(config);
    });
}
