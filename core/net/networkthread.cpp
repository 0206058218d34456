#include "networkthread.h"

#include "net/httpclient.h"

NetworkThread::NetworkThread()
{
    m_thread.setObjectName(QStringLiteral("studio-network"));
    m_client = new HttpClient;
    m_client->moveToThread(&m_thread);
    // the client (and its replies) must be destroyed on its own thread, before it stops
    QObject::connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    m_thread.quit();
    m_thread.wait();
}
