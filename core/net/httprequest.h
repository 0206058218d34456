#pragma once

#include "net/retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

// One HTTP request for HttpClient::send(). Redirects are always followed (never to a less safe
// scheme); bodies are sent as given, so set Content-Type in headers.
// Thread: value type, safe to copy between threads.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Inactivity timeout per attempt: the attempt fails as timed out when nothing was sent or
    // received for this long (so long downloads that make progress never time out).
    int timeoutMs = 30000;
    RetryPolicy retry;
    // Extra strings to mask in log lines (tokens that live in the URL path, e.g. Telegram's).
    // Sensitive header values are always masked.
    QStringList secrets;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};
