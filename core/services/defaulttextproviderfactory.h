#pragma once

#include "services/artistservice.h"

class HttpClient;
class SecretStore;
class Settings;

// The studio's real TextProviderFactory: "local" is the embedded LocalAuthor; "openai" is an
// OpenAiTextProvider configured from Settings (base URL, model, temperature, timeout, attempts)
// with its key read from the SecretStore (ARTIST_STUDIO_OPENAI_API_KEY or the keychain). A
// missing key is fine for a local server (Ollama, llama.cpp) that is not api.openai.com.
// Thread: create() is called on the SecretStore's thread; Settings, SecretStore and HttpClient
// must outlive every provider it returns.
class DefaultTextProviderFactory
{
public:
    DefaultTextProviderFactory(Settings &settings, SecretStore &secrets, HttpClient *client);

    QFuture<Result<std::shared_ptr<TextProvider>>> create(const QString &providerId) const;
    // As the std::function ArtistService takes.
    TextProviderFactory asFunction() const;

private:
    Settings &m_settings;
    SecretStore &m_secrets;
    HttpClient *m_client;
};
