#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

// What came back from one HttpClient::send(): the last attempt's answer, or why there was none.
// status == 0 means no HTTP answer at all (connection refused, reset, DNS, TLS, timeout).
// Thread: value type, safe to copy between threads.
struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // Qt's description of networkError, for messages and logs
    int attempts = 0;    // how many times the request was sent (1 = no retry)
    bool timedOut = false;
    bool cancelled = false;

    // Case-insensitive lookup of a header; empty when absent (first one when repeated).
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
    bool isNetworkFailure() const { return status == 0; }
};
