#include "httpclient.h"

#include "logging/logcategories.h"
#include "net/redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QTimer>

struct HttpClient::Job
{
    HttpRequest request;
    QPromise<HttpResponse> promise;
    // created on the network thread in start(): they must live there
    std::unique_ptr<QFutureWatcher<HttpResponse>> watcher;
    std::unique_ptr<QTimer> timeoutTimer;
    std::unique_ptr<QTimer> retryTimer;
    QPointer<QNetworkReply> reply;
    QElapsedTimer attemptClock;
    int attempt = 0;
    bool timedOut = false;
    bool done = false;
};

namespace {

QString describeHeaders(const HttpRequest &request)
{
    QStringList parts;
    for (const auto &[name, value] : request.headers) {
        const QString shown =
            Redaction::isSensitiveHeader(name)
                ? QString(Redaction::kMask)
                : Redaction::redactSecrets(QString::fromUtf8(value), request.secrets);
        parts.append(QString::fromLatin1(name) + u'=' + shown);
    }
    return parts.join(QStringLiteral(", "));
}

void releaseReply(QPointer<QNetworkReply> &reply, QObject *receiver)
{
    if (!reply)
        return;
    QNetworkReply *r = reply;
    reply.clear();
    QObject::disconnect(r, nullptr, receiver, nullptr);
    if (r->isRunning())
        r->abort();
    r->deleteLater();
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{}

HttpClient::~HttpClient()
{
    // unfinished promises are cancelled by their destructors; replies die with the manager
    for (const auto &job : std::as_const(m_jobs)) {
        job->done = true;
        releaseReply(job->reply, this);
    }
    m_jobs.clear();
}

QFuture<HttpResponse> HttpClient::send(HttpRequest request)
{
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->promise.start();
    QFuture<HttpResponse> future = job->promise.future();
    // typed, queued: the job is set up on the network thread even when called from there
    QMetaObject::invokeMethod(
        this, [this, job] { start(job); }, Qt::QueuedConnection);
    return future;
}

QNetworkAccessManager *HttpClient::manager()
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return m_manager;
}

void HttpClient::start(const std::shared_ptr<Job> &job)
{
    Job *raw = job.get();
    m_jobs.insert(raw, job);
    if (raw->promise.isCanceled()) {
        onCancelled(raw);
        return;
    }
    raw->timeoutTimer = std::make_unique<QTimer>();
    raw->timeoutTimer->setSingleShot(true);
    connect(raw->timeoutTimer.get(), &QTimer::timeout, this, [this, raw] { onTimeout(raw); });
    raw->retryTimer = std::make_unique<QTimer>();
    raw->retryTimer->setSingleShot(true);
    connect(raw->retryTimer.get(), &QTimer::timeout, this, [this, raw] { startAttempt(raw); });
    raw->watcher = std::make_unique<QFutureWatcher<HttpResponse>>();
    connect(raw->watcher.get(), &QFutureWatcherBase::canceled, this,
            [this, raw] { onCancelled(raw); });
    raw->watcher->setFuture(raw->promise.future());
    startAttempt(raw);
}

void HttpClient::startAttempt(Job *job)
{
    if (job->done)
        return;
    if (job->promise.isCanceled()) {
        onCancelled(job);
        return;
    }
    ++job->attempt;
    job->timedOut = false;
    const HttpRequest &request = job->request;

    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    qCDebug(lcNet).noquote() << request.method
                             << Redaction::redactedUrl(request.url, request.secrets)
                             << QStringLiteral("attempt %1/%2")
                                    .arg(job->attempt)
                                    .arg(std::max(1, request.retry.maxAttempts))
                             << QStringLiteral("headers: [%1], body %2 bytes")
                                    .arg(describeHeaders(request))
                                    .arg(request.body.size());

    job->attemptClock.start();
    // no upload device for body-less requests: QNAM would send "Content-Length: 0" on a GET
    QNetworkReply *reply =
        request.body.isEmpty()
            ? manager()->sendCustomRequest(networkRequest, request.method)
            : manager()->sendCustomRequest(networkRequest, request.method, request.body);
    job->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, job] { onReplyFinished(job); });
    // any progress re-arms the inactivity timeout
    auto rearm = [job] {
        if (job->timeoutTimer && !job->done)
            job->timeoutTimer->start();
    };
    connect(reply, &QNetworkReply::downloadProgress, this, rearm);
    connect(reply, &QNetworkReply::uploadProgress, this, rearm);
    job->timeoutTimer->setInterval(std::max(1, request.timeoutMs));
    job->timeoutTimer->start();
}

void HttpClient::onTimeout(Job *job)
{
    if (job->done || !job->reply)
        return;
    job->timedOut = true;
    job->reply->abort(); // emits finished(), handled in onReplyFinished
}

void HttpClient::onReplyFinished(Job *job)
{
    if (job->done)
        return;
    job->timeoutTimer->stop();
    QPointer<QNetworkReply> reply = job->reply;
    job->reply.clear();
    if (!reply)
        return;

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // an aborted reply is closed
        response.body = reply->readAll();
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    response.attempts = job->attempt;
    response.timedOut = job->timedOut;
    if (response.timedOut) {
        response.status = 0;
        response.networkError = QNetworkReply::TimeoutError;
        response.errorString = QCoreApplication::translate("HttpClient", "no answer within %1 s")
                                   .arg(job->request.timeoutMs / 1000.0, 0, 'g', 3);
    }
    QObject::disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const QString url = Redaction::redactedUrl(job->request.url, job->request.secrets);
    qCDebug(lcNet).noquote() << job->request.method << url << "->"
                             << (response.status ? QString::number(response.status)
                                                 : response.errorString)
                             << response.body.size() << "bytes in" << job->attemptClock.elapsed()
                             << "ms";

    if (job->promise.isCanceled()) {
        onCancelled(job);
        return;
    }
    const RetryPolicy &policy = job->request.retry;
    if (job->attempt < policy.maxAttempts && policy.shouldRetry(response)) {
        const int delay = policy.delayBeforeAttempt(job->attempt + 1, response);
        qCInfo(lcNet).noquote() << QStringLiteral(
                                       "%1 %2 answered %3; retrying in %4 ms (attempt %5/%6)")
                                       .arg(QString::fromLatin1(job->request.method), url,
                                            response.status ? QString::number(response.status)
                                                            : response.errorString)
                                       .arg(delay)
                                       .arg(job->attempt + 1)
                                       .arg(policy.maxAttempts);
        job->retryTimer->start(delay);
        return;
    }
    finish(job, std::move(response));
}

void HttpClient::onCancelled(Job *job)
{
    if (job->done)
        return;
    qCDebug(lcNet).noquote() << job->request.method
                             << Redaction::redactedUrl(job->request.url, job->request.secrets)
                             << "cancelled";
    HttpResponse response;
    response.cancelled = true;
    response.networkError = QNetworkReply::OperationCanceledError;
    response.errorString = QCoreApplication::translate("HttpClient", "cancelled");
    response.attempts = job->attempt;
    finish(job, std::move(response));
}

void HttpClient::finish(Job *job, HttpResponse response)
{
    job->done = true;
    if (job->timeoutTimer)
        job->timeoutTimer->stop();
    if (job->retryTimer)
        job->retryTimer->stop();
    releaseReply(job->reply, this);
    if (!job->promise.isCanceled())
        job->promise.addResult(std::move(response));
    job->promise.finish();
    // release later: we may be inside a signal of one of the job's own timers or watcher
    std::shared_ptr<Job> keep = m_jobs.take(job);
    QMetaObject::invokeMethod(
        this, [keep] {}, Qt::QueuedConnection);
}
