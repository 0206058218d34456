#include "fakehttpserver.h"
#include "generation/openaitextprovider.h"
#include "net/httpclient.h"
#include "net/networkthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kChatPath = "/v1/chat/completions";
const QString kKey = u"sk-test-key-1234567890"_s;

// A complete, valid profile as a model would write it (no providers: the studio fills those).
QJsonObject validProfile()
{
    return QJsonObject{
        {u"identity"_s,
         QJsonObject{{u"stageName"_s, u"Neon Vesper"_s},
                     {u"realName"_s, u""_s},
                     {u"persona"_s, u"A night-drive dreamer in chrome and rain."_s},
                     {u"backstory"_s, u"Grew up above a Leipzig arcade, recording on tape."_s},
                     {u"influences"_s, QJsonArray{u"Kavinsky"_s, u"Vangelis"_s}},
                     {u"personalityTraits"_s, QJsonArray{u"nocturnal"_s, u"wistful"_s}},
                     {u"palette"_s, QJsonArray{u"#1d1f3a"_s, u"#e0457b"_s, u"#f5d76e"_s}},
                     {u"visualKeywords"_s, QJsonArray{u"neon"_s, u"rain"_s}},
                     {u"imagePrompt"_s, u"Portrait in neon rain"_s}}},
        {u"music"_s,
         QJsonObject{{u"primaryGenre"_s, u"synthwave"_s},
                     {u"subgenres"_s, QJsonArray{u"darksynth"_s}},
                     {u"tempoMinBpm"_s, 84},
                     {u"tempoMaxBpm"_s, 112},
                     {u"preferredKeys"_s, QJsonArray{u"A minor"_s, u"F# minor"_s}},
                     {u"energy"_s, 0.6},
                     {u"valence"_s, 0.35},
                     {u"arousal"_s, 0.55},
                     {u"instrumentation"_s,
                      QJsonArray{QJsonObject{{u"name"_s, u"analog synth"_s}, {u"level"_s, 0.9}}}},
                     {u"instrumental"_s, false},
                     {u"vocalStyle"_s, u"breathy alto"_s},
                     {u"lyricsLanguage"_s, u"de"_s},
                     {u"lyricThemes"_s, QJsonArray{u"night"_s}}}},
        {u"audience"_s, QJsonObject{{u"targetCountries"_s, QJsonArray{u"DE"_s}},
                                    {u"description"_s, u"Late-night drivers"_s}}},
        {u"behaviour"_s, QJsonObject{{u"trendAlignment"_s, u"soft"_s},
                                     {u"evolutionSpeed"_s, u"slow"_s},
                                     {u"lockedFields"_s, QJsonArray{u"identity.stageName"_s}},
                                     {u"autopilot"_s, false}}},
        {u"releaseStrategy"_s, QJsonObject{{u"cadenceDays"_s, 21}, {u"videoRatio"_s, 0.5}}},
        {u"status"_s, u"candidate"_s},
    };
}

QJsonObject invalidProfile()
{
    QJsonObject profile = validProfile();
    QJsonObject music = profile.value(u"music"_s).toObject();
    music.insert(u"tempoMinBpm"_s, 300);
    music.insert(u"tempoMaxBpm"_s, 320);
    profile.insert(u"music"_s, music);
    QJsonObject identity = profile.value(u"identity"_s).toObject();
    identity.insert(u"palette"_s, QJsonArray{u"red"_s});
    profile.insert(u"identity"_s, identity);
    return profile;
}

QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A chat completion as OpenAI sends it (apis.md §5).
FakeHttpResponse completion(const QJsonValue &content, const QString &finishReason = u"stop"_s,
                            const QJsonValue &refusal = QJsonValue::Null)
{
    const QJsonObject body{
        {u"id"_s, u"chatcmpl-abc"_s},
        {u"object"_s, u"chat.completion"_s},
        {u"created"_s, 1718000000},
        {u"model"_s, u"gpt-4o-mini"_s},
        {u"choices"_s,
         QJsonArray{QJsonObject{{u"index"_s, 0},
                                {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                           {u"content"_s, content},
                                                           {u"refusal"_s, refusal}}},
                                {u"finish_reason"_s, finishReason}}}},
        {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 85}, {u"completion_tokens"_s, 240}}},
    };
    return FakeHttpResponse::json(200, body);
}

FakeHttpResponse openAiError(int status, const QString &message, const QString &type,
                             const QJsonValue &code = QJsonValue::Null,
                             const QJsonValue &param = QJsonValue::Null)
{
    return FakeHttpResponse::json(status,
                                  QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, message},
                                                                       {u"type"_s, type},
                                                                       {u"param"_s, param},
                                                                       {u"code"_s, code}}}});
}

FakeHttpResponse formatRefused(const char *shape)
{
    return openAiError(400,
                       u"Invalid parameter: 'response_format' of type '%1' is not supported "
                       "with this model."_s.arg(QLatin1String(shape)),
                       u"invalid_request_error"_s, QJsonValue::Null, u"response_format"_s);
}

ArtistBrief synthwaveBrief()
{
    ArtistBrief brief;
    brief.genre = u"synthwave"_s;
    brief.country = u"DE"_s;
    brief.mood = u"melancholic"_s;
    return brief;
}

Result<AuthoringResult> author(OpenAiTextProvider &provider,
                               const ArtistBrief &brief = synthwaveBrief())
{
    QFuture<Result<AuthoringResult>> future = provider.authorArtist(brief);
    future.waitForFinished(); // the fake server and the client have threads of their own
    return future.result();
}

QString describe(const Result<AuthoringResult> &result)
{
    return result.ok() ? u"ok"_s : result.error().message;
}

QString lastUserMessage(const FakeHttpRequest &request)
{
    const QJsonArray messages = request.json().value(u"messages"_s).toArray();
    return messages.last().toObject().value(u"content"_s).toString();
}

} // namespace

class TestOpenAiTextProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void happyPathSendsSchemaRequestAndReturnsValidProfile();
    void maxCompletionTokensWhenConfigured();
    void jsonSchemaRefusedFallsBackToJsonObject();
    void bothFormatsRefusedFallsBackToPromptOnly();
    void acceptsFencedJson();
    void lengthFinishRetriesWithDoubleTokens();
    void invalidProfileGetsOneRepairRequest();
    void stillInvalidAfterRepairReportsIssues();
    void httpErrors_data();
    void httpErrors();
    void rateLimitedThenSucceeds();
    void refusalIsReported();
    void timeoutIsANetworkError();
    void apiKeyNeverRecorded();
    void cancelStopsAuthoring();
    void testConnectionListsModels();
    void testConnectionReportsRefusedKey();

private:
    OpenAiConfig config() const;

    NetworkThread m_network;
    std::unique_ptr<FakeHttpServer> m_server;
};

void TestOpenAiTextProvider::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
}

void TestOpenAiTextProvider::cleanup()
{
    m_server.reset();
}

OpenAiConfig TestOpenAiTextProvider::config() const
{
    OpenAiConfig config;
    config.baseUrl = m_server->baseUrl();
    config.model = u"gpt-4o-mini"_s;
    config.apiKey = kKey;
    config.maxAttempts = 3;
    config.retryBaseDelayMs = 10; // retries are counted, not timed
    config.timeoutMs = 10000;
    return config;
}

void TestOpenAiTextProvider::happyPathSendsSchemaRequestAndReturnsValidProfile()
{
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    OpenAiTextProvider provider(m_network.client(), config());
    ArtistBrief brief = synthwaveBrief();
    brief.seed = 42;

    const Result<AuthoringResult> result = author(provider, brief);
    QVERIFY2(result.ok(), qPrintable(describe(result)));

    QCOMPARE(m_server->requestCount(kChatPath), 1);
    const FakeHttpRequest request = m_server->requests(kChatPath).first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("Authorization"), "Bearer " + kKey.toUtf8());
    QVERIFY(request.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(u"model"_s).toString(), u"gpt-4o-mini"_s);
    QCOMPARE(body.value(u"max_tokens"_s).toInt(), 2000);
    QCOMPARE(body.value(u"seed"_s).toInt(), 42);
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.8);
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value(u"role"_s).toString(), u"system"_s);
    QVERIFY(messages[0].toObject().value(u"content"_s).toString().contains(u"JSON"_s));
    const QString user = messages[1].toObject().value(u"content"_s).toString();
    QVERIFY(user.contains(u"synthwave"_s) && user.contains(u"DE"_s) &&
            user.contains(u"melancholic"_s));
    const QJsonObject format = body.value(u"response_format"_s).toObject();
    QCOMPARE(format.value(u"type"_s).toString(), u"json_schema"_s);
    const QJsonObject jsonSchema = format.value(u"json_schema"_s).toObject();
    QCOMPARE(jsonSchema.value(u"name"_s).toString(), u"artist_profile"_s);
    QVERIFY(jsonSchema.value(u"strict"_s).toBool());
    const QJsonObject schema = jsonSchema.value(u"schema"_s).toObject();
    QCOMPARE(schema.value(u"additionalProperties"_s).toBool(true), false);
    QVERIFY(schema.value(u"properties"_s).toObject().contains(u"music"_s));
    QVERIFY(!schema.value(u"properties"_s).toObject().contains(u"id"_s));

    const AuthoringResult &authored = result.value();
    QCOMPARE(authored.provider, u"openai"_s);
    QCOMPARE(authored.model, u"gpt-4o-mini"_s);
    QCOMPARE(authored.profile.value(u"identity"_s).toObject().value(u"stageName"_s).toString(),
             u"Neon Vesper"_s);
    QVERIFY(!authored.profile.contains(u"id"_s));
    QVERIFY(authored.filledDefaults.contains(u"providers"_s)); // the model does not pick providers
    QCOMPARE(authored.exchanges.size(), 1);
    QCOMPARE(authored.exchanges[0].step, u"author"_s);
    QCOMPARE(authored.exchanges[0].httpStatus, 200);
    QVERIFY(authored.exchanges[0].request.contains(u"synthwave"_s));
    QVERIFY(authored.exchanges[0].response.contains(u"Neon Vesper"_s));
    QVERIFY(provider.responseFormat() == OpenAiTextProvider::ResponseFormat::JsonSchema);
}

void TestOpenAiTextProvider::maxCompletionTokensWhenConfigured()
{
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    OpenAiConfig settings = config();
    settings.useMaxCompletionTokens = true;
    settings.maxTokens = 1500;
    OpenAiTextProvider provider(m_network.client(), settings);
    QVERIFY(author(provider).ok());
    const QJsonObject body = m_server->requests().first().json();
    QCOMPARE(body.value(u"max_completion_tokens"_s).toInt(), 1500);
    QVERIFY(!body.contains(u"max_tokens"_s));
}

void TestOpenAiTextProvider::jsonSchemaRefusedFallsBackToJsonObject()
{
    m_server->enqueue(kChatPath, formatRefused("json_schema"));
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto requests = m_server->requests(kChatPath);
    QCOMPARE(requests.size(), 2);
    const QJsonObject second = requests[1].json();
    QCOMPARE(second.value(u"response_format"_s).toObject().value(u"type"_s).toString(),
             u"json_object"_s);
    // without server-side enforcement the schema travels in the prompt
    const QString system =
        second.value(u"messages"_s).toArray()[0].toObject().value(u"content"_s).toString();
    QVERIFY(system.contains(u"JSON schema"_s) && system.contains(u"tempoMinBpm"_s));
    QCOMPARE(result->exchanges.size(), 2);
    QCOMPARE(result->exchanges[0].httpStatus, 400);
    QCOMPARE(result->exchanges[1].step, u"fallback json_object"_s);

    // the accepted shape is remembered: the next artist starts with json_object
    QVERIFY(provider.responseFormat() == OpenAiTextProvider::ResponseFormat::JsonObject);
    m_server->clearRequests();
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    QVERIFY(author(provider).ok());
    QCOMPARE(m_server->requestCount(kChatPath), 1);
    QCOMPARE(m_server->requests()
                 .first()
                 .json()
                 .value(u"response_format"_s)
                 .toObject()
                 .value(u"type"_s)
                 .toString(),
             u"json_object"_s);
}

void TestOpenAiTextProvider::bothFormatsRefusedFallsBackToPromptOnly()
{
    m_server->enqueue(kChatPath, formatRefused("json_schema"));
    m_server->enqueue(kChatPath, formatRefused("json_object"));
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto requests = m_server->requests(kChatPath);
    QCOMPARE(requests.size(), 3);
    QVERIFY(!requests[2].json().contains(u"response_format"_s));
    QVERIFY(provider.responseFormat() == OpenAiTextProvider::ResponseFormat::PromptOnly);
    QCOMPARE(result->exchanges.last().step, u"fallback prompt-only"_s);
}

void TestOpenAiTextProvider::acceptsFencedJson()
{
    const QString fenced = u"Here is the artist:\n```json\n%1\n```\nEnjoy!"_s.arg(
        QString::fromUtf8(QJsonDocument(validProfile()).toJson()));
    m_server->enqueue(kChatPath, completion(fenced));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->profile.value(u"music"_s).toObject().value(u"tempoMaxBpm"_s).toInt(), 112);
}

void TestOpenAiTextProvider::lengthFinishRetriesWithDoubleTokens()
{
    const QString full = text(validProfile());
    m_server->enqueue(kChatPath, completion(full.left(full.size() / 2), u"length"_s));
    m_server->enqueue(kChatPath, completion(full));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto requests = m_server->requests(kChatPath);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].json().value(u"max_tokens"_s).toInt(), 2000);
    QCOMPARE(requests[1].json().value(u"max_tokens"_s).toInt(), 4000);
    QCOMPARE(requests[1].json().value(u"messages"_s), requests[0].json().value(u"messages"_s));
}

void TestOpenAiTextProvider::invalidProfileGetsOneRepairRequest()
{
    m_server->enqueue(kChatPath, completion(text(invalidProfile())));
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto requests = m_server->requests(kChatPath);
    QCOMPARE(requests.size(), 2);
    const QJsonArray messages = requests[1].json().value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 4); // system, user, the previous answer, the list of problems
    QCOMPARE(messages[2].toObject().value(u"role"_s).toString(), u"assistant"_s);
    QVERIFY(messages[2].toObject().value(u"content"_s).toString().contains(u"320"_s));
    const QString repair = lastUserMessage(requests[1]);
    QVERIFY2(repair.contains(u"music.tempoMinBpm: "_s), qPrintable(repair));
    QVERIFY2(repair.contains(u"identity.palette[0]: "_s), qPrintable(repair));
    QCOMPARE(result->exchanges.size(), 2);
    QCOMPARE(result->exchanges[1].step, u"repair"_s);
    QCOMPARE(result->profile.value(u"music"_s).toObject().value(u"tempoMinBpm"_s).toInt(), 84);
}

void TestOpenAiTextProvider::stillInvalidAfterRepairReportsIssues()
{
    m_server->setDefault(kChatPath, completion(text(invalidProfile())));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(u"music.tempoMinBpm"_s),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"identity.palette[0]"_s));
    QCOMPARE(m_server->requestCount(kChatPath), 2); // one repair, not a loop
}

void TestOpenAiTextProvider::httpErrors_data()
{
    QTest::addColumn<FakeHttpResponse>("answer");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("401 bad key") << openAiError(401, u"Incorrect API key provided."_s,
                                                u"invalid_request_error"_s, u"invalid_api_key"_s)
                                 << ErrorCode::Unauthorized << 1 << u"API key was refused"_s;
    QTest::newRow("403 region") << openAiError(403, u"Country not supported."_s,
                                               u"request_forbidden"_s)
                                << ErrorCode::Unauthorized << 1 << u"Country not supported"_s;
    QTest::newRow("404 model") << openAiError(404, u"The model `gpt-4o-mini` does not exist."_s,
                                              u"invalid_request_error"_s, u"model_not_found"_s)
                               << ErrorCode::NotFound << 1 << u"\"gpt-4o-mini\" was not found"_s;
    QTest::newRow("429 insufficient_quota")
        << openAiError(429, u"You exceeded your current quota."_s, u"insufficient_quota"_s,
                       u"insufficient_quota"_s)
        << ErrorCode::QuotaExhausted << 1 << u"quota"_s;
    QTest::newRow("429 rate limit every time")
        << openAiError(429, u"Rate limit reached for requests."_s, u"requests"_s,
                       u"rate_limit_exceeded"_s)
               .withHeader("Retry-After", "0")
        << ErrorCode::RateLimited << 3 << u"rate-limiting"_s;
    QTest::newRow("500 every time")
        << openAiError(500, u"The server had an error."_s, u"server_error"_s) << ErrorCode::Remote
        << 3 << u"HTTP 500 after 3 attempts"_s;
    QTest::newRow("503 every time") << FakeHttpResponse::text(503, "upstream unavailable")
                                    << ErrorCode::Remote << 3 << u"upstream unavailable"_s;
    QTest::newRow("400 unrelated to the format")
        << openAiError(400, u"max_tokens is too large: 99999999."_s, u"invalid_request_error"_s)
        << ErrorCode::Remote << 1 << u"max_tokens is too large"_s;
    QTest::newRow("200 not JSON") << FakeHttpResponse::text(200, "<html>proxy login</html>",
                                                            "text/html")
                                  << ErrorCode::Remote << 1 << u"not a chat completion"_s;
    QTest::newRow("200 JSON but no choices")
        << FakeHttpResponse::json(200, "{\"object\":\"list\",\"data\":[]}") << ErrorCode::Remote
        << 1 << u"not a chat completion"_s;
    QTest::newRow("connection dropped")
        << FakeHttpResponse::drop() << ErrorCode::Network << 3 << u"Could not reach 127.0.0.1"_s;
}

void TestOpenAiTextProvider::httpErrors()
{
    QFETCH(FakeHttpResponse, answer);
    QFETCH(ErrorCode, code);
    QFETCH(int, requests);
    QFETCH(QString, mentions);
    m_server->setDefault(kChatPath, answer);
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().code == code, qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    if (answer.dropConnection) // Qt may resend once on its own when a kept-alive socket drops
        QVERIFY(m_server->requestCount(kChatPath) >= requests);
    else
        QCOMPARE(m_server->requestCount(kChatPath), requests);
}

void TestOpenAiTextProvider::rateLimitedThenSucceeds()
{
    m_server->enqueue(kChatPath, openAiError(429, u"Rate limit reached for requests."_s,
                                             u"requests"_s, u"rate_limit_exceeded"_s)
                                     .withHeader("Retry-After", "1"));
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(m_server->requestCount(kChatPath), 2);
}

void TestOpenAiTextProvider::refusalIsReported()
{
    m_server->enqueue(kChatPath, completion(QJsonValue::Null, u"stop"_s,
                                            u"I'm sorry, I can't help with that."_s));
    OpenAiTextProvider provider(m_network.client(), config());

    const Result<AuthoringResult> result = author(provider);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Remote);
    QVERIFY(result.error().message.contains(u"I'm sorry, I can't help with that."_s));
    QCOMPARE(m_server->requestCount(kChatPath), 1);
}

void TestOpenAiTextProvider::timeoutIsANetworkError()
{
    m_server->setDefault(kChatPath, completion(text(validProfile())).withDelay(5000));
    OpenAiConfig settings = config();
    settings.timeoutMs = 300;
    settings.maxAttempts = 1;
    OpenAiTextProvider provider(m_network.client(), settings);

    const Result<AuthoringResult> result = author(provider);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Network);
    QVERIFY2(result.error().message.contains(u"did not answer"_s),
             qPrintable(result.error().message));
}

void TestOpenAiTextProvider::apiKeyNeverRecorded()
{
    // servers echo keys back (OpenAI's 401 message does): neither errors nor exchanges keep it
    m_server->enqueue(kChatPath, openAiError(401, u"Incorrect API key provided: %1."_s.arg(kKey),
                                             u"invalid_request_error"_s, u"invalid_api_key"_s));
    OpenAiTextProvider provider(m_network.client(), config());
    const Result<AuthoringResult> refused = author(provider);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.contains(kKey));
    QVERIFY(refused.error().message.contains(u"[redacted]"_s));

    QJsonObject echoing = invalidProfile();
    QJsonObject identity = echoing.value(u"identity"_s).toObject();
    identity.insert(u"backstory"_s, u"Signed with key %1."_s.arg(kKey));
    echoing.insert(u"identity"_s, identity);
    m_server->enqueue(kChatPath, completion(text(echoing)));
    m_server->enqueue(kChatPath, completion(text(validProfile())));
    const Result<AuthoringResult> result = author(provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->exchanges.size(), 2);
    for (const ProviderExchange &exchange : result->exchanges) {
        QVERIFY(!exchange.request.contains(kKey));
        QVERIFY(!exchange.response.contains(kKey));
    }
    QVERIFY(result->exchanges[0].response.contains(u"[redacted]"_s));
    // the key did travel where it belongs: the Authorization header
    QCOMPARE(m_server->requests().last().header("Authorization"), "Bearer " + kKey.toUtf8());
}

void TestOpenAiTextProvider::cancelStopsAuthoring()
{
    m_server->setDefault(kChatPath, completion(text(validProfile())).withDelay(10000));
    OpenAiTextProvider provider(m_network.client(), config());

    QFuture<Result<AuthoringResult>> future = provider.authorArtist(synthwaveBrief());
    QVERIFY(m_server->waitForRequests(1));
    future.cancel();
    future.waitForFinished(); // long before the server's 10 s answer
    QVERIFY(future.isCanceled());
    QCOMPARE(m_server->requestCount(kChatPath), 1);
}

void TestOpenAiTextProvider::testConnectionListsModels()
{
    m_server->enqueue(
        "/v1/models",
        FakeHttpResponse::json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\","
                                    "\"object\":\"model\"},{\"id\":\"gpt-4o\",\"object\":"
                                    "\"model\"}]}"));
    OpenAiConfig settings = config();
    settings.baseUrl =
        QUrl(m_server->baseUrl().toString() + u"/v1/"_s); // as Ollama's docs write it
    OpenAiTextProvider provider(m_network.client(), settings);

    QFuture<Result<QString>> future = provider.testConnection();
    future.waitForFinished();
    const Result<QString> result = future.result();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY2(result.value().contains(u"2 models"_s), qPrintable(result.value()));
    QVERIFY(result.value().contains(u"gpt-4o-mini"_s));
    QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
    QCOMPARE(m_server->requests().first().header("Authorization"), "Bearer " + kKey.toUtf8());
}

void TestOpenAiTextProvider::testConnectionReportsRefusedKey()
{
    m_server->enqueue("/v1/models", openAiError(401, u"Incorrect API key provided."_s,
                                                u"invalid_request_error"_s, u"invalid_api_key"_s));
    OpenAiTextProvider provider(m_network.client(), config());
    QFuture<Result<QString>> future = provider.testConnection();
    future.waitForFinished();
    QVERIFY(!future.result().ok());
    QVERIFY(future.result().error().code == ErrorCode::Unauthorized);
}

QTEST_GUILESS_MAIN(TestOpenAiTextProvider)
#include "tst_openaitextprovider.moc"
