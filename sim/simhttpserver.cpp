// SPDX-License-Identifier: GPL-3.0-or-later
#include "simhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cmath>

namespace RouteDeck {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

SimHttpServer::~SimHttpServer() = default;

quint16 SimHttpServer::listenLocal(quint16 port)
{
    // Never beyond loopback: the simulator has a master key in a demo file and no TLS.
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QByteArray SimHttpServer::serialize(const SimHttpResponse &response)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        // Header values come from config and client data; a CR or LF must never split the header.
        QByteArray clean = value;
        clean.replace('\r', ' ').replace('\n', ' ');
        out += name + ": " + clean + "\r\n";
    }
    out += "\r\n";
    out += response.body;
    return out;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimHttpRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.url = request.url();
    simRequest.headers = request.headers();
    simRequest.body = request.body();

    SimHttpResponse response = m_handler(simRequest);
    if (simRequest.method == "HEAD")
        response.body.clear();

    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        it = m_connections.insert(socket, Connection { QPointer<QTcpSocket>(socket), {} });
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    const quint64 serial = m_nextSerial++;
    it->queue.push_back(Pending { serial, false, {} });

    const QByteArray bytes = serialize(response);
    const double delay = (m_applyLatency ? std::min(response.delaySeconds, m_maxDelaySeconds) : 0.0)
        + std::clamp(response.holdSeconds, 0.0, m_maxDelaySeconds);
    if (delay <= 0.0 || !std::isfinite(delay)) {
        markReady(socket, serial, bytes);
    } else {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(int(std::ceil(delay * 1000.0)), this, [this, guard, serial, bytes] {
            if (guard)
                markReady(guard.data(), serial, bytes);
        });
    }
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers everything.
}

void SimHttpServer::markReady(QTcpSocket *socket, quint64 serial, const QByteArray &bytes)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    for (Pending &p : it->queue) {
        if (p.serial == serial) {
            p.ready = true;
            p.bytes = bytes;
            break;
        }
    }
    flush(socket);
}

void SimHttpServer::flush(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    while (!it->queue.empty() && it->queue.front().ready) {
        if (it->socket && it->socket->state() == QAbstractSocket::ConnectedState)
            it->socket->write(it->queue.front().bytes);
        it->queue.pop_front();
    }
}

} // namespace RouteDeck
