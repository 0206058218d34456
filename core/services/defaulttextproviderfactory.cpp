#include "defaulttextproviderfactory.h"

#include "generation/localauthor.h"
#include "generation/openaiconfig.h"
#include "generation/openaitextprovider.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settings/settingskeys.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

using ProviderResult = Result<std::shared_ptr<TextProvider>>;

} // namespace

DefaultTextProviderFactory::DefaultTextProviderFactory(Settings &settings, SecretStore &secrets,
                                                       HttpClient *client)
    : m_settings(settings)
    , m_secrets(secrets)
    , m_client(client)
{}

QFuture<Result<std::shared_ptr<TextProvider>>>
DefaultTextProviderFactory::create(const QString &providerId) const
{
    if (providerId == QLatin1String(LocalAuthor::kId))
        return QtFuture::makeReadyFuture(
            ProviderResult(std::shared_ptr<TextProvider>(std::make_shared<LocalAuthor>())));
    if (providerId != QLatin1String("openai"))
        return QtFuture::makeReadyFuture(
            ProviderResult(Error(ErrorCode::InvalidInput,
                                 QCoreApplication::translate(
                                     "DefaultTextProviderFactory",
                                     "Unknown text provider \"%1\"; use \"local\" or \"openai\".")
                                     .arg(providerId))));

    namespace Keys = SettingsKeys::TextProvider;
    OpenAiConfig config;
    config.baseUrl = QUrl(m_settings.value(Keys::baseUrl).toString());
    config.model = m_settings.value(Keys::model).toString();
    config.temperature = m_settings.value(Keys::temperature).toDouble();
    config.timeoutMs = m_settings.value(Keys::timeoutSeconds).toInt() * 1000;
    config.maxAttempts = m_settings.value(Keys::maxAttempts).toInt();
    HttpClient *client = m_client;
    return m_secrets.read(QStringLiteral("openai"))
        .then([config, client](Result<QString> key) mutable -> ProviderResult {
            if (key.ok()) {
                config.apiKey = key.value();
            } else if (key.error().code != ErrorCode::NotFound ||
                       config.baseUrl.host() == QLatin1String("api.openai.com")) {
                // OpenAI itself needs a key; a local server usually does not.
                return key.error();
            }
            return std::shared_ptr<TextProvider>(
                std::make_shared<OpenAiTextProvider>(client, config));
        });
}

TextProviderFactory DefaultTextProviderFactory::asFunction() const
{
    return [this](const QString &providerId) { return create(providerId); };
}
