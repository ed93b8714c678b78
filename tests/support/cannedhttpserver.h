// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace RouteDeck::Test {

struct CannedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent: /prometheus/api/v1/query?x=1
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString path() const;
    // The body as application/x-www-form-urlencoded fields.
    QUrlQuery form() const;
};

// What to answer, including the ways real servers and proxies misbehave.
struct CannedResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool sendContentLength = true; // false: the body ends when the connection closes
    qint64 announcedLength = -1; // a Content-Length other than body.size() (a lying server)
    int chunkBytes = 0; // > 0: send the body in chunks of this size...
    int chunkIntervalMs = 0; // ...this far apart (a slow server)
    bool stallAfterHeaders = false; // send the headers, then nothing, and keep the connection open
    bool closeWithoutAnswer = false; // read the request, then hang up

    static CannedResponse json(const QByteArray &body, int status = 200);
    static CannedResponse text(const QByteArray &body, int status);
};

// A tiny HTTP/1.1 responder on 127.0.0.1 for client tests: one request per connection
// (Connection: close), answers from a handler, records every request. Not a general server.
class CannedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<CannedResponse(const CannedRequest &)>;

    explicit CannedHttpServer(QObject *parent = nullptr);
    ~CannedHttpServer() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Shorthand: the same answer to every request.
    void setResponse(const CannedResponse &response);

    const QList<CannedRequest> &requests() const { return m_requests; }
    int openConnections() const;

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const CannedResponse &response);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    QList<CannedRequest> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace RouteDeck::Test

Q_DECLARE_METATYPE(RouteDeck::Test::CannedResponse)
