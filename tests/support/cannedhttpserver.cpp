// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedhttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace RouteDeck::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 499:
        return "Client Closed Request";
    case 500:
        return "Internal Server Error";
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

} // namespace

QString CannedRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return QString::fromLatin1(question < 0 ? target : target.left(question));
}

QUrlQuery CannedRequest::form() const
{
    // Form encoding writes spaces as '+'; QUrlQuery would keep them.
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

CannedResponse CannedResponse::json(const QByteArray &body, int status)
{
    CannedResponse response;
    response.status = status;
    response.body = body;
    return response;
}

CannedResponse CannedResponse::text(const QByteArray &body, int status)
{
    CannedResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8";
    response.body = body;
    return response;
}

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &CannedHttpServer::onNewConnection);
}

CannedHttpServer::~CannedHttpServer() = default;

bool CannedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 CannedHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl CannedHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void CannedHttpServer::setResponse(const CannedResponse &response)
{
    m_handler = [response](const CannedRequest &) { return response; };
}

int CannedHttpServer::openConnections() const
{
    return int(m_buffers.size());
}

void CannedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void CannedHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (!buffer.isEmpty() && (buffer.at(0) < 'A' || buffer.at(0) > 'Z')) {
        // Not HTTP (a TLS ClientHello, say): answer like Go's net/http and hang up.
        buffer.clear();
        socket->write(
            "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"
            "400 Bad Request");
        socket->disconnectFromHost();
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    CannedRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still coming
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();

    m_requests.append(request);
    const CannedResponse response = m_handler ? m_handler(request) : CannedResponse::text("no handler", 500);
    Q_EMIT requestReceived();
    respond(socket, response);
}

void CannedHttpServer::respond(QTcpSocket *socket, const CannedResponse &response)
{
    if (response.closeWithoutAnswer) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nConnection: close\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    if (response.sendContentLength) {
        const qint64 length = response.announcedLength >= 0 ? response.announcedLength : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    if (response.stallAfterHeaders)
        return; // the client's timeout ends this

    if (response.chunkBytes <= 0 || response.body.isEmpty()) {
        socket->write(response.body);
        socket->disconnectFromHost(); // after the pending bytes are written
        return;
    }
    // Trickle the body. The timer lives on the socket, so it dies with the connection.
    auto *timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    const QByteArray body = response.body;
    const int chunk = response.chunkBytes;
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [guard, timer, offset, body, chunk] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        guard->write(body.mid(*offset, chunk));
        *offset += chunk;
        if (*offset >= body.size()) {
            timer->stop();
            guard->disconnectFromHost();
        }
    });
    timer->start(response.chunkIntervalMs);
}

} // namespace RouteDeck::Test
