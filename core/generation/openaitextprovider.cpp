#include "openaitextprovider.h"

#include "domain/artistjson.h"
#include "domain/artistvalidator.h"
#include "generation/profiledraft.h"
#include "logging/logcategories.h"
#include "net/httpclient.h"
#include "net/redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

namespace {

constexpr char kProviderId[] = "openai";
constexpr char kSystemTemplate[] = "artist_profile_system.v1.txt";
constexpr char kUserTemplate[] = "artist_profile_user.v1.txt";
constexpr char kRepairTemplate[] = "artist_profile_repair.v1.txt";
constexpr char kSchemaFile[] = "artist_profile_schema.v1.json";
constexpr qsizetype kMaxQuotedServerMessage = 300;

using Format = OpenAiTextProvider::ResponseFormat;

QString host(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

// {base}/v1/<endpoint>, tolerating a base that already ends in /v1 (as Ollama's docs show it)
QUrl endpointUrl(const QUrl &base, const QString &endpoint)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v1")))
        path += QLatin1String("/v1");
    url.setPath(path + u'/' + endpoint);
    return url;
}

// The server's own words from an OpenAI-style error body, else the start of the body.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    QString message;
    if (error.isObject())
        message = error.toObject().value(QLatin1String("message")).toString();
    else if (error.isString())
        message = error.toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(kMaxQuotedServerMessage)).simplified();
    if (message.size() > kMaxQuotedServerMessage)
        message = message.left(kMaxQuotedServerMessage) + QStringLiteral("…");
    return message;
}

QString errorCodeOf(const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    return code.isEmpty() ? error.value(QLatin1String("type")).toString() : code;
}

bool isInsufficientQuota(const HttpResponse &response)
{
    return response.status == 429 &&
           (errorCodeOf(response.body) == QLatin1String("insufficient_quota") ||
            response.body.contains("insufficient_quota"));
}

// A 400/422 that names the response format: the backend does not support that shape.
bool refusesResponseFormat(const HttpResponse &response)
{
    if (response.status != 400 && response.status != 422)
        return false;
    const QByteArray lower = response.body.toLower();
    for (const char *word : {"response_format", "json_schema", "json_object", "schema", "format"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

// Everything not a success becomes an Error an operator can act on; the key never appears.
Error errorFor(const HttpResponse &response, const OpenAiConfig &config, const QString &what)
{
    const QString server = host(config.baseUrl);
    const QStringList secrets{config.apiKey};
    auto clean = [&](const QString &text) { return Redaction::redactSecrets(text, secrets); };
    const QString said = clean(serverMessage(response.body));

    if (response.timedOut)
        return Error(ErrorCode::Network,
                     QCoreApplication::translate(
                         "OpenAiTextProvider",
                         "%1 did not answer within %2 s (%3 attempts). Check that the "
                         "server is running, or raise the timeout in settings.")
                         .arg(server)
                         .arg(config.timeoutMs / 1000)
                         .arg(response.attempts));
    if (response.status == 0)
        return Error(
            ErrorCode::Network,
            QCoreApplication::translate(
                "OpenAiTextProvider", "Could not reach %1: %2. Check the base URL and the network.")
                .arg(server, clean(response.errorString)));
    switch (response.status) {
    case 401:
    case 403:
        return Error(ErrorCode::Unauthorized,
                     QCoreApplication::translate(
                         "OpenAiTextProvider",
                         "The API key was refused by %1 (HTTP %2: %3). Check the key "
                         "in Settings → Providers.")
                         .arg(server)
                         .arg(response.status)
                         .arg(said));
    case 404:
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate(
                         "OpenAiTextProvider",
                         "Model \"%1\" was not found on %2 (%3). Check the model name "
                         "in settings; \"Test connection\" lists the models.")
                         .arg(config.model, server, said));
    case 429:
        if (isInsufficientQuota(response))
            return Error(ErrorCode::QuotaExhausted,
                         QCoreApplication::translate(
                             "OpenAiTextProvider",
                             "The account's quota on %1 is used up (%2). Add credits "
                             "or use another key; retrying will not help.")
                             .arg(server, said));
        return Error(
            ErrorCode::RateLimited,
            QCoreApplication::translate("OpenAiTextProvider",
                                        "%1 is rate-limiting requests and still was after %2 "
                                        "attempts (%3). Try again in a minute.")
                .arg(server)
                .arg(response.attempts)
                .arg(said));
    default:
        break;
    }
    if (response.status >= 500)
        return Error(ErrorCode::Remote,
                     QCoreApplication::translate("OpenAiTextProvider",
                                                 "%1 failed with HTTP %2 after %3 attempts "
                                                 "while %4: %5")
                         .arg(server)
                         .arg(response.status)
                         .arg(response.attempts)
                         .arg(what, said));
    return Error(ErrorCode::Remote,
                 QCoreApplication::translate("OpenAiTextProvider",
                                             "%1 refused the request with HTTP %2 while "
                                             "%3: %4")
                     .arg(server)
                     .arg(response.status)
                     .arg(what, said));
}

// The first balanced {...} of a model's answer, after ``` fences; empty when there is none.
QByteArray extractJsonObject(const QString &content)
{
    const QByteArray text = content.toUtf8();
    const qsizetype start = text.indexOf('{');
    if (start < 0)
        return {};
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char ch = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch == '\\')
                escaped = true;
            else if (ch == '"')
                inString = false;
        } else if (ch == '"') {
            inString = true;
        } else if (ch == '{') {
            ++depth;
        } else if (ch == '}' && --depth == 0) {
            return text.mid(start, i - start + 1);
        }
    }
    return {};
}

QString fillTemplate(QString text, const QList<QPair<QString, QString>> &values)
{
    for (const auto &[key, value] : values)
        text.replace(QStringLiteral("{{%1}}").arg(key), value);
    return text;
}

QJsonObject message(const char *role, const QString &content)
{
    return QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                       {QStringLiteral("content"), content}};
}

// One authorArtist() call: a small state machine driven by HTTP continuations.
// Thread: created anywhere; everything after start() runs on the HttpClient's thread.
class AuthoringSession : public std::enable_shared_from_this<AuthoringSession>
{
public:
    AuthoringSession(HttpClient *client, OpenAiConfig config,
                     std::shared_ptr<std::atomic<int>> format, ArtistBrief brief)
        : m_client(client)
        , m_config(std::move(config))
        , m_formatCache(std::move(format))
        , m_brief(std::move(brief))
        , m_maxTokens(std::max(1, m_config.maxTokens))
    {
        m_promise.start();
    }

    QFuture<Result<AuthoringResult>> future() { return m_promise.future(); }

    void start()
    {
        m_clock.start();
        m_watcher = std::make_unique<QFutureWatcher<Result<AuthoringResult>>>();
        std::weak_ptr<AuthoringSession> weak = weak_from_this();
        QObject::connect(m_watcher.get(), &QFutureWatcherBase::canceled, m_client, [weak] {
            if (auto self = weak.lock())
                self->cancel();
        });
        m_watcher->setFuture(m_promise.future());
        if (m_promise.isCanceled())
            return cancel();
        m_format = Format(m_formatCache->load());
        m_result.provider = QLatin1String(kProviderId);
        m_result.model = m_config.model;
        m_conversation = {message("system", systemPrompt()), message("user", userPrompt())};
        sendChat(QStringLiteral("author"), m_conversation);
    }

private:
    QString systemPrompt() const
    {
        QString instructions;
        if (m_format != Format::JsonSchema) {
            // without server-side enforcement the schema has to be in the prompt
            instructions = QStringLiteral("The JSON object must match this JSON schema:\n") +
                           OpenAiTextProvider::promptTemplate(QLatin1String(kSchemaFile));
        }
        return fillTemplate(OpenAiTextProvider::promptTemplate(QLatin1String(kSystemTemplate)),
                            {{QStringLiteral("format_instructions"), instructions}});
    }

    QString userPrompt() const
    {
        const QString mood = m_brief.mood.trimmed().isEmpty() ? QStringLiteral("(free choice)")
                                                              : m_brief.mood.trimmed();
        return fillTemplate(OpenAiTextProvider::promptTemplate(QLatin1String(kUserTemplate)),
                            {{QStringLiteral("genre"), m_brief.genre.trimmed()},
                             {QStringLiteral("country"), m_brief.country.trimmed().toUpper()},
                             {QStringLiteral("mood"), mood}});
    }

    QByteArray requestBody(const QJsonArray &messages) const
    {
        QJsonObject body{{QStringLiteral("model"), m_config.model},
                         {QStringLiteral("messages"), messages},
                         {QStringLiteral("temperature"), m_config.temperature}};
        body.insert(m_config.useMaxCompletionTokens ? QStringLiteral("max_completion_tokens")
                                                    : QStringLiteral("max_tokens"),
                    m_maxTokens);
        if (m_brief.seed)
            body.insert(QStringLiteral("seed"), qint64(*m_brief.seed & 0x7fffffffffffffffULL));
        if (m_format == Format::JsonSchema) {
            const QJsonObject schema =
                QJsonDocument::fromJson(
                    OpenAiTextProvider::promptTemplate(QLatin1String(kSchemaFile)).toUtf8())
                    .object();
            body.insert(
                QStringLiteral("response_format"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                            {QStringLiteral("json_schema"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("artist_profile")},
                                         {QStringLiteral("strict"), true},
                                         {QStringLiteral("schema"), schema}}}});
        } else if (m_format == Format::JsonObject) {
            body.insert(QStringLiteral("response_format"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
        }
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    void sendChat(const QString &step, const QJsonArray &messages)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = endpointUrl(m_config.baseUrl, QStringLiteral("chat/completions"));
        request.setHeader("Content-Type", "application/json");
        if (!m_config.apiKey.isEmpty())
            request.setHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
        request.body = requestBody(messages);
        request.timeoutMs = m_config.timeoutMs;
        request.retry.maxAttempts = std::max(1, m_config.maxAttempts);
        request.retry.baseDelayMs = m_config.retryBaseDelayMs;
        request.retry.maxDelayMs = m_config.retryMaxDelayMs;
        request.retry.retryable = [](const HttpResponse &response) {
            return !isInsufficientQuota(response) && RetryPolicy::isRetryableByDefault(response);
        };
        request.secrets = {m_config.apiKey};
        m_lastMessages = messages;

        auto self = shared_from_this();
        QElapsedTimer clock;
        clock.start();
        const QByteArray body = request.body;
        m_inFlight = m_client->send(request);
        m_inFlight.then(m_client, [self, step, body, clock](const HttpResponse &response) {
            self->onResponse(step, body, response, clock.elapsed());
        });
    }

    void record(const QString &step, const QByteArray &requestBody, const HttpResponse &response,
                qint64 elapsedMs)
    {
        const QStringList secrets{m_config.apiKey};
        ProviderExchange exchange;
        exchange.step = step;
        exchange.request = Redaction::redactSecrets(QString::fromUtf8(requestBody), secrets);
        exchange.response =
            response.status ? Redaction::redactSecrets(QString::fromUtf8(response.body), secrets)
                            : Redaction::redactSecrets(response.errorString, secrets);
        exchange.httpStatus = response.status;
        exchange.elapsedMs = elapsedMs;
        m_result.exchanges.append(exchange);
    }

    void onResponse(const QString &step, const QByteArray &requestBody,
                    const HttpResponse &response, qint64 elapsedMs)
    {
        if (m_done || response.cancelled)
            return;
        record(step, requestBody, response, elapsedMs);
        qCDebug(lcGeneration).noquote() << "openai" << step << "->" << response.status << "after"
                                        << response.attempts << "attempt(s)";

        if (refusesResponseFormat(response) && m_format != Format::PromptOnly) {
            m_format = Format(int(m_format) + 1);
            m_formatCache->store(int(m_format));
            qCInfo(lcGeneration).noquote()
                << host(m_config.baseUrl) << "refused the response format; falling back to"
                << (m_format == Format::JsonObject ? "json_object" : "prompt-only JSON");
            // the system prompt changes with the format (schema inline or not)
            m_conversation[0] = message("system", systemPrompt());
            QJsonArray messages = m_lastMessages;
            messages[0] = m_conversation[0];
            sendChat(m_format == Format::JsonObject ? QStringLiteral("fallback json_object")
                                                    : QStringLiteral("fallback prompt-only"),
                     messages);
            return;
        }
        if (!response.isSuccess())
            return finish(
                errorFor(response, m_config,
                         QCoreApplication::translate("OpenAiTextProvider", "writing the profile")));

        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        const QJsonObject choice =
            document.object().value(QLatin1String("choices")).toArray().at(0).toObject();
        const QJsonObject answer = choice.value(QLatin1String("message")).toObject();
        if (!document.isObject() || answer.isEmpty())
            return finish(
                Error(ErrorCode::Remote,
                      QCoreApplication::translate("OpenAiTextProvider",
                                                  "%1 answered with something that is not a chat "
                                                  "completion: %2")
                          .arg(host(m_config.baseUrl),
                               Redaction::redactSecrets(serverMessage(response.body),
                                                        {m_config.apiKey}))));
        m_formatCache->store(int(m_format)); // this shape works: start with it next time

        const QJsonValue refusal = answer.value(QLatin1String("refusal"));
        if (refusal.isString() && !refusal.toString().isEmpty())
            return finish(Error(ErrorCode::Remote, QCoreApplication::translate(
                                                       "OpenAiTextProvider",
                                                       "The model refused to write the profile: %1")
                                                       .arg(refusal.toString())));
        const QString content = answer.value(QLatin1String("content")).toString();
        if (choice.value(QLatin1String("finish_reason")).toString() == QLatin1String("length")) {
            if (m_lengthRetried)
                return finish(
                    Error(ErrorCode::Remote,
                          QCoreApplication::translate("OpenAiTextProvider",
                                                      "The model's answer was cut off at %1 tokens "
                                                      "even after doubling the limit; raise "
                                                      "\"max tokens\" in settings.")
                              .arg(m_maxTokens)));
            m_lengthRetried = true;
            m_maxTokens *= 2;
            sendChat(QStringLiteral("retry with %1 tokens").arg(m_maxTokens), m_lastMessages);
            return;
        }
        checkAnswer(content);
    }

    void checkAnswer(const QString &content)
    {
        ValidationIssues issues;
        QStringList filled;
        Artist artist;
        const QByteArray json = extractJsonObject(content);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (json.isEmpty() || !document.isObject()) {
            issues.append(
                {QString(), json.isEmpty()
                                ? QCoreApplication::translate("OpenAiTextProvider",
                                                              "The answer contains no JSON object.")
                                : QCoreApplication::translate("OpenAiTextProvider",
                                                              "The answer is not valid JSON: %1.")
                                      .arg(parseError.errorString())});
        } else {
            const Result<QJsonObject> completed =
                ProfileDraft::completeProfileDraft(document.object(), m_brief, &filled);
            if (!completed.ok()) {
                issues.append({QString(), completed.error().message});
            } else {
                Result<Artist> parsed = ArtistJson::fromJson(completed.value(), &issues);
                if (parsed.ok()) {
                    artist = parsed.value();
                    issues += ArtistValidator::validate(artist);
                } else if (issues.isEmpty()) {
                    issues.append({QString(), parsed.error().message});
                }
            }
        }

        if (issues.isEmpty()) {
            QJsonObject profile = ArtistJson::toJson(artist);
            // identity and timestamps belong to the store, not to the author
            for (const char *key : {"id", "version", "createdAt", "updatedAt", "lastRunAt"})
                profile.remove(QLatin1String(key));
            m_result.profile = profile;
            m_result.filledDefaults = filled;
            m_result.elapsedMs = m_clock.elapsed();
            return finish(m_result);
        }

        QStringList lines;
        for (const ValidationIssue &issue : std::as_const(issues))
            lines.append(
                QStringLiteral("- %1: %2")
                    .arg(issue.field.isEmpty() ? QStringLiteral("(document)") : issue.field,
                         issue.message));
        if (m_repaired)
            return finish(
                Error(ErrorCode::InvalidInput,
                      QCoreApplication::translate("OpenAiTextProvider",
                                                  "The model's profile is still invalid after one "
                                                  "repair request:\n%1")
                          .arg(lines.join(u'\n'))));
        m_repaired = true;
        QJsonArray messages = m_conversation;
        messages.append(message("assistant", content));
        messages.append(message(
            "user", fillTemplate(OpenAiTextProvider::promptTemplate(QLatin1String(kRepairTemplate)),
                                 {{QStringLiteral("issues"), lines.join(u'\n')}})));
        sendChat(QStringLiteral("repair"), messages);
    }

    void cancel()
    {
        if (m_done)
            return;
        m_inFlight.cancel();
        finish(Error(ErrorCode::Cancelled,
                     QCoreApplication::translate("OpenAiTextProvider", "Cancelled.")));
    }

    void finish(Result<AuthoringResult> result)
    {
        if (m_done)
            return;
        m_done = true;
        if (!result.ok())
            qCDebug(lcGeneration).noquote() << "openai authoring failed:" << result.error().message;
        if (!m_promise.isCanceled())
            m_promise.addResult(std::move(result));
        m_promise.finish();
        // the watcher may be emitting right now: let it go later, on its own thread
        if (QFutureWatcher<Result<AuthoringResult>> *watcher = m_watcher.release())
            watcher->deleteLater();
    }

    HttpClient *m_client;
    OpenAiConfig m_config;
    std::shared_ptr<std::atomic<int>> m_formatCache;
    ArtistBrief m_brief;
    QPromise<Result<AuthoringResult>> m_promise;
    std::unique_ptr<QFutureWatcher<Result<AuthoringResult>>> m_watcher;
    QFuture<HttpResponse> m_inFlight;
    AuthoringResult m_result;
    QElapsedTimer m_clock;
    QJsonArray m_conversation; // system + user
    QJsonArray m_lastMessages; // as last sent, for the length retry and format fallbacks
    Format m_format = Format::JsonSchema;
    int m_maxTokens;
    bool m_lengthRetried = false;
    bool m_repaired = false;
    bool m_done = false;
};

} // namespace

OpenAiTextProvider::OpenAiTextProvider(HttpClient *client, OpenAiConfig config)
    : m_client(client)
    , m_config(std::move(config))
    , m_format(std::make_shared<std::atomic<int>>(int(ResponseFormat::JsonSchema)))
{}

QString OpenAiTextProvider::id() const
{
    return QLatin1String(kProviderId);
}

QString OpenAiTextProvider::model() const
{
    return m_config.model;
}

OpenAiTextProvider::ResponseFormat OpenAiTextProvider::responseFormat() const
{
    return ResponseFormat(m_format->load());
}

QString OpenAiTextProvider::promptTemplate(const QString &name)
{
    QFile file(QStringLiteral(":/generation/prompts/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGeneration) << "missing prompt resource" << name;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QFuture<Result<AuthoringResult>> OpenAiTextProvider::authorArtist(const ArtistBrief &brief)
{
    auto session = std::make_shared<AuthoringSession>(m_client, m_config, m_format, brief);
    QFuture<Result<AuthoringResult>> future = session->future();
    QMetaObject::invokeMethod(
        m_client, [session] { session->start(); }, Qt::QueuedConnection);
    return future;
}

QFuture<Result<QString>> OpenAiTextProvider::testConnection()
{
    HttpRequest request;
    request.url = endpointUrl(m_config.baseUrl, QStringLiteral("models"));
    if (!m_config.apiKey.isEmpty())
        request.setHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.timeoutMs = std::min(m_config.timeoutMs, 15000);
    request.retry.maxAttempts = 1; // the operator is waiting: report at once
    request.secrets = {m_config.apiKey};
    const OpenAiConfig config = m_config;
    return m_client->send(request).then([config](const HttpResponse &response) -> Result<QString> {
        const QString server = host(config.baseUrl);
        if (response.status == 404)
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "OpenAiTextProvider",
                             "%1 has no /v1/models endpoint (HTTP 404). Is the base URL "
                             "that of an OpenAI-compatible server?")
                             .arg(server));
        if (!response.isSuccess())
            return errorFor(
                response, config,
                QCoreApplication::translate("OpenAiTextProvider", "listing the models"));
        const QJsonArray models =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray();
        bool listed = false;
        for (const QJsonValue &model : models)
            listed =
                listed || model.toObject().value(QLatin1String("id")).toString() == config.model;
        QString text =
            models.size() == 1
                ? QCoreApplication::translate("OpenAiTextProvider", "Connected to %1: 1 model")
                      .arg(server)
                : QCoreApplication::translate("OpenAiTextProvider", "Connected to %1: %n models",
                                              nullptr, int(models.size()))
                      .arg(server);
        if (!config.model.isEmpty())
            text += listed ? QCoreApplication::translate("OpenAiTextProvider", ", including %1.")
                                 .arg(config.model)
                           : QCoreApplication::translate("OpenAiTextProvider",
                                                         "; \"%1\" is not among them.")
                                 .arg(config.model);
        return text;
    });
}
