#pragma once

#include "net/httprequest.h"
#include "net/httpresponse.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

// The studio's one HTTP layer (DESIGN.md "Threads"): timeouts, retries with backoff and jitter,
// Retry-After, redirects, redacted debug logging. Every remote call of every provider goes here.
// Thread: lives on the network thread (see NetworkThread); send() is callable from any thread.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // Sends the request on the client's thread, retrying per request.retry. The future always
    // finishes with a response (never an exception); HTTP error statuses are responses, not
    // failures. Cancelling the future aborts the transfer in flight and stops further retries.
    [[nodiscard]] QFuture<HttpResponse> send(HttpRequest request);

private:
    struct Job;

    void start(const std::shared_ptr<Job> &job);
    void startAttempt(Job *job);
    void onReplyFinished(Job *job);
    void onTimeout(Job *job);
    void onCancelled(Job *job);
    void finish(Job *job, HttpResponse response);
    QNetworkAccessManager *manager();

    QNetworkAccessManager *m_manager = nullptr; // created lazily on the network thread
    QHash<Job *, std::shared_ptr<Job>> m_jobs;
};
