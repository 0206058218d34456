#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cctype>

bool RetryPolicy::shouldRetry(const HttpResponse &response) const
{
    if (response.cancelled)
        return false;
    return retryable ? retryable(response) : isRetryableByDefault(response);
}

int RetryPolicy::delayBeforeAttempt(int nextAttempt, const HttpResponse &last,
                                    const QDateTime &now) const
{
    const qint64 cap = std::max(0, maxDelayMs);
    std::optional<qint64> serverDelay = retryAfterMs(last, now);
    if (!serverDelay && last.status == 429) {
        // OpenAI sends x-ratelimit-reset-requests / -tokens instead of Retry-After at times
        for (const char *name : {"x-ratelimit-reset-requests", "x-ratelimit-reset-tokens"}) {
            if (const auto reset = parseResetDurationMs(last.header(name)))
                serverDelay = std::max(serverDelay.value_or(0), *reset);
        }
    }
    if (serverDelay)
        return int(std::clamp<qint64>(*serverDelay, 0, cap));

    const int exponent = std::clamp(nextAttempt - 2, 0, 20);
    const qint64 backoff = std::min<qint64>(cap, qint64(std::max(0, baseDelayMs)) << exponent);
    // equal jitter: half fixed, half random, so many clients do not retry in lockstep
    const qint64 half = backoff / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

bool RetryPolicy::isRetryableByDefault(const HttpResponse &response)
{
    if (response.cancelled)
        return false;
    if (response.timedOut)
        return true;
    if (response.status == 0) {
        switch (response.networkError) {
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            return false;
        default:
            return true;
        }
    }
    switch (response.status) {
    case 408:
    case 409:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::retryAfterMs(const HttpResponse &response, const QDateTime &now)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = value.toDouble(&isNumber);
    if (isNumber)
        return seconds < 0 ? 0 : qint64(seconds * 1000.0);
    // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    if (!value.endsWith(" GMT"))
        return std::nullopt;
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(value.chopped(4)),
                                                    QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!local.isValid())
        return std::nullopt;
    const QDateTime when(local.date(), local.time(), Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

std::optional<qint64> RetryPolicy::parseResetDurationMs(const QByteArray &text)
{
    const QByteArray value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    double totalMs = 0;
    qsizetype i = 0;
    while (i < value.size()) {
        qsizetype start = i;
        while (i < value.size() && (std::isdigit(uchar(value[i])) || value[i] == '.'))
            ++i;
        if (start == i)
            return std::nullopt;
        bool ok = false;
        const double number = value.mid(start, i - start).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        qsizetype unitStart = i;
        while (i < value.size() && std::isalpha(uchar(value[i])))
            ++i;
        const QByteArray unit = value.mid(unitStart, i - unitStart);
        if (unit == "ms")
            totalMs += number;
        else if (unit == "s" || unit.isEmpty())
            totalMs += number * 1000.0;
        else if (unit == "m")
            totalMs += number * 60000.0;
        else if (unit == "h")
            totalMs += number * 3600000.0;
        else
            return std::nullopt;
    }
    return qint64(totalMs);
}
