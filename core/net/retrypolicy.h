#pragma once

#include "net/httpresponse.h"

#include <QDateTime>

#include <functional>
#include <optional>

// When and how long HttpClient waits before sending a request again.
// Thread: value type; the retryable callback runs on the network thread.
struct RetryPolicy
{
    int maxAttempts = 4;    // total sends, including the first; 1 disables retries
    int baseDelayMs = 500;  // first backoff; doubles per attempt, with jitter
    int maxDelayMs = 30000; // cap for backoff and for a server's Retry-After
    // Whether an answer is worth another attempt; empty: isRetryableByDefault().
    std::function<bool(const HttpResponse &)> retryable;

    bool shouldRetry(const HttpResponse &response) const;

    // Delay before sending attempt `nextAttempt` (2 for the first retry) after `last`:
    // the server's Retry-After (or x-ratelimit-reset-* on 429) when present, else exponential
    // backoff with equal jitter; always capped by maxDelayMs.
    int delayBeforeAttempt(int nextAttempt, const HttpResponse &last,
                           const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Network failures and timeouts (not DNS/TLS/protocol errors, which will not heal by
    // waiting), 408, 409, 429, 500, 502, 503, 504.
    static bool isRetryableByDefault(const HttpResponse &response);

    // Retry-After as seconds ("3") or HTTP-date; nullopt when absent or unreadable.
    static std::optional<qint64> retryAfterMs(const HttpResponse &response, const QDateTime &now);

    // OpenAI-style reset durations: "1s", "20ms", "6m0s", "1h2m3.5s".
    static std::optional<qint64> parseResetDurationMs(const QByteArray &text);
};
