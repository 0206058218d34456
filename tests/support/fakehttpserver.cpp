#include "fakehttpserver.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWaitCondition>

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray headerOf(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

// ---- request / response helpers ------------------------------------------------------------

QByteArray FakeHttpRequest::header(const QByteArray &name) const
{
    return headerOf(headers, name);
}

QByteArray FakeHttpRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QUrlQuery FakeHttpRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
}

QJsonObject FakeHttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeHttpResponse FakeHttpResponse::json(int status, const QByteArray &body)
{
    FakeHttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return response;
}

FakeHttpResponse FakeHttpResponse::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeHttpResponse FakeHttpResponse::text(int status, const QByteArray &body,
                                        const QByteArray &contentType)
{
    FakeHttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({QByteArray("Content-Type"), contentType});
    return response;
}

FakeHttpResponse FakeHttpResponse::drop(int delayMs)
{
    FakeHttpResponse response;
    response.dropConnection = true;
    response.delayMs = delayMs;
    return response;
}

FakeHttpResponse &FakeHttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeHttpResponse &FakeHttpResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

// ---- shared state ----------------------------------------------------------------------------

struct FakeHttpServer::State
{
    mutable QMutex mutex;
    mutable QWaitCondition requestArrived;
    QHash<QByteArray, QQueue<FakeHttpResponse>> queued;
    QHash<QByteArray, FakeHttpResponse> defaults;
    QHash<QByteArray, FakeHttpHandler> handlers;
    QList<FakeHttpRequest> requests;
    int connections = 0;

    // the route key that serves `path`: exact first, then the longest "prefix*"
    QByteArray routeFor(const QByteArray &path) const
    {
        if (queued.contains(path) || handlers.contains(path) || defaults.contains(path))
            return path;
        QByteArray best;
        auto consider = [&](const QByteArray &key) {
            if (key.endsWith('*') && path.startsWith(key.chopped(1)) && key.size() > best.size())
                best = key;
        };
        for (auto it = queued.cbegin(); it != queued.cend(); ++it)
            consider(it.key());
        for (auto it = handlers.cbegin(); it != handlers.cend(); ++it)
            consider(it.key());
        for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
            consider(it.key());
        return best;
    }

    FakeHttpResponse answer(const FakeHttpRequest &request)
    {
        FakeHttpHandler handler;
        {
            QMutexLocker lock(&mutex);
            requests.append(request);
            requestArrived.wakeAll();
            const QByteArray route = routeFor(request.path());
            auto queue = queued.find(route);
            if (queue != queued.end() && !queue->isEmpty())
                return queue->dequeue();
            handler = handlers.value(route);
            if (!handler) {
                if (defaults.contains(route))
                    return defaults.value(route);
                const QByteArray message =
                    "no scripted response for " + request.method + ' ' + request.path();
                return FakeHttpResponse::json(
                    404, "{\"error\":{\"message\":\"" + message +
                             "\",\"type\":\"invalid_request_error\",\"code\":null}}");
            }
        }
        return handler(request); // outside the lock: handlers may call back into the server
    }
};

// ---- the worker on the server thread -------------------------------------------------------

class FakeHttpServer::Worker : public QObject
{
public:
    explicit Worker(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
        return m_server->serverPort();
    }

private:
    struct Connection
    {
        int id = 0;
        QByteArray buffer;
        bool busy = false; // an answer is pending (delayed): later requests wait their turn
    };

    void acceptAll()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            int id = 0;
            {
                QMutexLocker lock(&m_state->mutex);
                id = ++m_state->connections;
            }
            m_connections.insert(socket, Connection{id, {}, false});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_connections[socket].buffer += socket->readAll();
                process(socket);
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void process(QTcpSocket *socket)
    {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->busy)
            return;
        Connection &connection = *it;
        const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (connection.buffer.size() > kMaxHeaderBytes)
                writeAndClose(socket, FakeHttpResponse::text(431, "header too large"));
            return;
        }
        const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3) {
            writeAndClose(socket, FakeHttpResponse::text(400, "bad request line"));
            return;
        }
        FakeHttpRequest request;
        request.method = requestLine[0];
        request.target = requestLine[1];
        request.connectionId = connection.id;
        const QByteArray version = requestLine[2];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            writeAndClose(socket, FakeHttpResponse::text(411, "send Content-Length"));
            return;
        }
        const qsizetype length = request.header("Content-Length").toLongLong();
        const qsizetype total = headerEnd + 4 + length;
        if (connection.buffer.size() < total)
            return; // body still arriving
        request.body = connection.buffer.mid(headerEnd + 4, length);
        connection.buffer.remove(0, total);

        const bool clientCloses =
            version == "HTTP/1.0" || request.header("Connection").toLower() == "close";
        FakeHttpResponse response = m_state->answer(request);
        if (clientCloses)
            response.closeConnection = true;
        connection.busy = true;
        QPointer<QTcpSocket> guard(socket);
        auto respond = [this, guard, response] {
            if (!guard)
                return;
            if (response.dropConnection || response.closeConnection ||
                response.closeAfterBytes >= 0) {
                writeAndClose(guard, response);
                return;
            }
            guard->write(serialize(response));
            m_connections[guard].busy = false;
            process(guard); // a request may already be waiting on this connection
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, respond);
        else
            respond();
    }

    static QByteArray serialize(const FakeHttpResponse &response)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                         reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (headerOf(response.headers, "Content-Length").isEmpty())
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (response.closeConnection)
            out += "Connection: close\r\n";
        out += "\r\n";
        out += response.body;
        return out;
    }

    void writeAndClose(QTcpSocket *socket, FakeHttpResponse response)
    {
        m_connections.remove(socket);
        if (!response.dropConnection) {
            response.closeConnection = true;
            QByteArray bytes = serialize(response);
            if (response.closeAfterBytes >= 0)
                bytes.truncate(response.closeAfterBytes);
            socket->write(bytes);
        }
        socket->disconnectFromHost(); // after the pending bytes are written
    }

    std::shared_ptr<State> m_state;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
};

// ---- FakeHttpServer ---------------------------------------------------------------------------

FakeHttpServer::FakeHttpServer()
    : m_state(std::make_shared<State>())
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("fake-http-server"));
    m_worker = new Worker(m_state);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    // the worker, its sockets and timers die on their own thread
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool FakeHttpServer::isListening() const
{
    return m_port != 0;
}

quint16 FakeHttpServer::port() const
{
    return m_port;
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void FakeHttpServer::enqueue(const QByteArray &path, const FakeHttpResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->queued[path].enqueue(response);
}

void FakeHttpServer::setDefault(const QByteArray &path, const FakeHttpResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->defaults.insert(path, response);
}

void FakeHttpServer::setHandler(const QByteArray &path, FakeHttpHandler handler)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->handlers.insert(path, std::move(handler));
}

int FakeHttpServer::pendingResponses(const QByteArray &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->queued.value(path).size());
}

QList<FakeHttpRequest> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

QList<FakeHttpRequest> FakeHttpServer::requests(const QByteArray &path) const
{
    QList<FakeHttpRequest> matching;
    for (const FakeHttpRequest &request : requests()) {
        if (request.path() == path)
            matching.append(request);
    }
    return matching;
}

int FakeHttpServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->requests.size());
}

int FakeHttpServer::requestCount(const QByteArray &path) const
{
    return int(requests(path).size());
}

void FakeHttpServer::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requests.clear();
}

int FakeHttpServer::connectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connections;
}

bool FakeHttpServer::waitForRequests(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_state->mutex);
    while (m_state->requests.size() < count) {
        if (!m_state->requestArrived.wait(&m_state->mutex, deadline))
            return m_state->requests.size() >= count;
    }
    return true;
}
