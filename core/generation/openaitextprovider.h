#pragma once

#include "generation/openaiconfig.h"
#include "generation/textprovider.h"

#include <QFuture>

#include <atomic>
#include <memory>

class HttpClient;

// Authors artist profiles through an OpenAI-compatible chat completions endpoint
// (apis.md §5): json_schema → json_object → prompt-only fallback (the accepted shape is kept for
// the provider's lifetime), fenced-JSON tolerance, a retry with doubled tokens when the answer was
// cut off, defaults for fields left out (ProfileDraft), validation and one repair request.
// Thread: thread-safe; calls return at once, the work runs as continuations on the HttpClient's
// (network) thread. The HttpClient must outlive the provider's futures.
class OpenAiTextProvider : public TextProvider
{
public:
    enum class ResponseFormat
    {
        JsonSchema = 0,
        JsonObject = 1,
        PromptOnly = 2
    };

    OpenAiTextProvider(HttpClient *client, OpenAiConfig config);

    QString id() const override;
    QString model() const override;
    QFuture<Result<AuthoringResult>> authorArtist(const ArtistBrief &brief) override;

    // GET {base}/v1/models: "Connected to api.openai.com: 12 models, including gpt-4o-mini." or
    // the error an operator can act on. For the settings dialog's "Test connection".
    QFuture<Result<QString>> testConnection();

    // The response_format shape the next request will try first.
    ResponseFormat responseFormat() const;

    // Prompt templates and the profile schema, versioned resources (":/generation/prompts/").
    static QString promptTemplate(const QString &name);

private:
    HttpClient *m_client;
    OpenAiConfig m_config;
    std::shared_ptr<std::atomic<int>> m_format; // shared with running sessions
};
