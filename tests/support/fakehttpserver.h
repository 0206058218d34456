#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

// A loopback HTTP/1.1 server for tests that fake remote services (OpenAI, Telegram, Pexels, Luma,
// Suno…) by speaking their real wire format on 127.0.0.1 with an ephemeral port.
//
// Script answers per path, then point the client's base URL at baseUrl():
//
//     FakeHttpServer server;
//     server.enqueue("/v1/chat/completions", FakeHttpResponse::json(503, R"({"error":{}})"));
//     server.enqueue("/v1/chat/completions", FakeHttpResponse::json(200, body));
//     ... client.baseUrl = server.baseUrl(); run the code under test ...
//     QCOMPARE(server.requestCount("/v1/chat/completions"), 2);
//     QCOMPARE(server.requests().last().header("Authorization"), "Bearer sk-test");
//
// For each request the answer is chosen by path (without the query): first the next queued
// answer for that path (each used once, in order), else the path's handler, else the path's
// default answer (used every time), else 404 with an OpenAI-style error body. A path ending in
// '*' matches every path with that prefix ("/bot123/*"); exact paths win, then the longest prefix.
//
// The server runs on its own thread, so a test may block on a future (waitForFinished) while the
// server answers. All methods are thread-safe. Request bodies need Content-Length (as QNAM
// sends); keep-alive is honoured, "Connection: close" and HTTP/1.0 close after the answer.
// Thread: create and destroy on one thread; answers are served on an internal thread.

struct FakeHttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray target; // path and query as sent, e.g. "/v1/models?limit=2"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connectionId = 0; // the same for requests sent over one kept-alive connection

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    QByteArray path() const;                         // target without the query
    QUrlQuery query() const;
    QJsonObject json() const; // body parsed as a JSON object (empty when it is not one)
};

struct FakeHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added unless given
    QByteArray body;
    int delayMs = 0;                // wait before answering (the request is recorded at once)
    bool dropConnection = false;    // close the connection without answering
    qsizetype closeAfterBytes = -1; // send only this many bytes of the answer, then close
    bool closeConnection = false;   // answer with "Connection: close" and close

    static FakeHttpResponse json(int status, const QByteArray &body);
    static FakeHttpResponse json(int status, const QJsonObject &body);
    static FakeHttpResponse text(int status, const QByteArray &body,
                                 const QByteArray &contentType = "text/plain; charset=utf-8");
    static FakeHttpResponse drop(int delayMs = 0);

    FakeHttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeHttpResponse &withDelay(int ms);
};

// Computes an answer from the request (e.g. echo, long polling); runs on the server's thread.
using FakeHttpHandler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

class FakeHttpServer
{
public:
    FakeHttpServer();
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>", no trailing slash

    void enqueue(const QByteArray &path, const FakeHttpResponse &response);
    void setDefault(const QByteArray &path, const FakeHttpResponse &response);
    void setHandler(const QByteArray &path, FakeHttpHandler handler);
    int pendingResponses(const QByteArray &path) const; // queued answers not used yet

    QList<FakeHttpRequest> requests() const; // every request, in arrival order
    QList<FakeHttpRequest> requests(const QByteArray &path) const;
    int requestCount() const;
    int requestCount(const QByteArray &path) const;
    void clearRequests();
    int connectionCount() const; // TCP connections accepted so far

    // Blocks until at least `count` requests have arrived; false on timeout.
    bool waitForRequests(int count, int timeoutMs = 5000) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
    class Worker;
    Worker *m_worker = nullptr;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};
