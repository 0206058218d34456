#include "creationreport.h"

#include <QJsonArray>

#include <functional>

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::IncompatibleData:
        return QStringLiteral("incompatible_data");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::QuotaExhausted:
        return QStringLiteral("quota_exhausted");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Remote:
        return QStringLiteral("remote");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

QString CreationReport::statusText() const
{
    return ok ? QStringLiteral("ok") : QStringLiteral("failed");
}

namespace {

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue mapValue(const QJsonValue &value, const std::function<QString(const QString &)> &map);

QJsonObject mapObject(const QJsonObject &object, const std::function<QString(const QString &)> &map)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(map(it.key()), mapValue(it.value(), map));
    return result;
}

QJsonValue mapValue(const QJsonValue &value, const std::function<QString(const QString &)> &map)
{
    if (value.isString())
        return map(value.toString());
    if (value.isObject())
        return mapObject(value.toObject(), map);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(mapValue(item, map));
        return array;
    }
    return value;
}

} // namespace

QJsonObject CreationReport::toJson() const
{
    QJsonArray exchangeArray;
    for (const ProviderExchange &exchange : exchanges) {
        exchangeArray.append(QJsonObject{
            {QStringLiteral("step"), exchange.step},
            {QStringLiteral("request"), exchange.request},
            {QStringLiteral("response"), exchange.response},
            {QStringLiteral("httpStatus"), exchange.httpStatus},
            {QStringLiteral("elapsedMs"), exchange.elapsedMs},
        });
    }
    QJsonArray issueArray;
    for (const ValidationIssue &issue : issues) {
        issueArray.append(QJsonObject{{QStringLiteral("field"), issue.field},
                                      {QStringLiteral("message"), issue.message}});
    }
    QJsonObject result{
        {QStringLiteral("format"), QStringLiteral("artist-studio.creation-report")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("status"), statusText()},
        {QStringLiteral("brief"),
         QJsonObject{
             {QStringLiteral("genre"), brief.genre},
             {QStringLiteral("country"), brief.country},
             {QStringLiteral("mood"), brief.mood},
             // A string: a JSON number cannot hold every 64-bit seed exactly.
             {QStringLiteral("seed"),
              brief.seed ? QJsonValue(QString::number(*brief.seed)) : QJsonValue(QJsonValue::Null)},
         }},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("model"), model},
        {QStringLiteral("artist"),
         QJsonObject{{QStringLiteral("id"), artistId}, {QStringLiteral("stageName"), stageName}}},
        {QStringLiteral("timings"),
         QJsonObject{{QStringLiteral("startedAt"), timeToJson(startedAt)},
                     {QStringLiteral("finishedAt"), timeToJson(finishedAt)},
                     {QStringLiteral("authoringMs"), authoringMs},
                     {QStringLiteral("totalMs"), totalMs}}},
        {QStringLiteral("validation"), QJsonObject{{QStringLiteral("valid"), issues.isEmpty()},
                                                   {QStringLiteral("issues"), issueArray}}},
        {QStringLiteral("filledDefaults"), QJsonArray::fromStringList(filledDefaults)},
        {QStringLiteral("exchanges"), exchangeArray},
        {QStringLiteral("profile"), profile},
    };
    if (!ok) {
        result.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                  {QStringLiteral("message"), error.message}});
    }
    return result;
}

CreationReport CreationReport::mapped(const std::function<QString(const QString &)> &redact) const
{
    CreationReport copy = *this;
    copy.brief.genre = redact(brief.genre);
    copy.brief.country = redact(brief.country);
    copy.brief.mood = redact(brief.mood);
    copy.provider = redact(provider);
    copy.model = redact(model);
    for (ProviderExchange &exchange : copy.exchanges) {
        exchange.step = redact(exchange.step);
        exchange.request = redact(exchange.request);
        exchange.response = redact(exchange.response);
    }
    for (ValidationIssue &issue : copy.issues) {
        issue.field = redact(issue.field);
        issue.message = redact(issue.message);
    }
    for (QString &field : copy.filledDefaults)
        field = redact(field);
    copy.profile = mapObject(profile, redact);
    copy.artistId = redact(artistId);
    copy.stageName = redact(stageName);
    copy.error.message = redact(error.message);
    return copy;
}
