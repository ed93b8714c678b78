// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <deque>
#include <functional>

class QTcpSocket;
class QTimer;

namespace RouteDeck {

// Serves a request handler over HTTP/1.1 on 127.0.0.1 only. Responses with a simulated latency
// are held back that long (so clients measure what the metrics say) without blocking other
// connections; responses on one connection always leave in request order.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SimHttpResponse(const SimHttpRequest &)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // Binds 127.0.0.1:port (0 = a free port). Returns the port, 0 on failure.
    quint16 listenLocal(quint16 port);
    quint16 port() const { return m_port; }

    // When false, simulated latencies are not waited for (tests, benchmarks).
    void setApplyLatency(bool apply) { m_applyLatency = apply; }
    // Longest a response is held back, whatever the simulated latency.
    void setMaxDelaySeconds(double seconds) { m_maxDelaySeconds = seconds; }

    static QByteArray serialize(const SimHttpResponse &response);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        quint64 serial = 0;
        bool ready = false;
        QByteArray bytes;
    };
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        std::deque<Pending> queue;
    };

    void markReady(QTcpSocket *socket, quint64 serial, const QByteArray &bytes);
    void flush(QTcpSocket *socket);

    Handler m_handler;
    quint16 m_port = 0;
    bool m_applyLatency = true;
    double m_maxDelaySeconds = 120.0;
    quint64 m_nextSerial = 1;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace RouteDeck
