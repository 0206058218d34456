#pragma once

#include <QThread>

class HttpClient;

// The network thread of DESIGN.md "Threads": a QThread with an event loop that owns the studio's
// HttpClient (and so its QNetworkAccessManager). Create one per process and hand client() to
// every provider.
// Thread: create and destroy on one thread (normally the main thread); client() lives on thread().
class NetworkThread
{
public:
    NetworkThread();
    ~NetworkThread();
    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    HttpClient *client() const { return m_client; }
    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
    HttpClient *m_client = nullptr;
};
