// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace RouteDeck {

struct HttpTransport::Pending
{
    Request request;
    Callback callback;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr; // deleted later: it may be the very sender that ends the request
    QElapsedTimer clock;
    QByteArray body;
    PromFailure stopReason = PromFailure::None;
};

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpTransport::~HttpTransport()
{
    for (auto &[id, pending] : m_pending) {
        if (pending->reply) {
            disconnect(pending->reply, nullptr, this, nullptr);
            pending->reply->abort();
            pending->reply->deleteLater();
        }
        delete pending->deadline;
    }
}

quint64 HttpTransport::send(const Request &request, Callback callback)
{
    const quint64 id = m_nextId++;
    auto pending = std::make_unique<Pending>();
    pending->request = request;
    pending->callback = std::move(callback);
    pending->clock.start();

    QNetworkRequest http(request.url);
    http.setTransferTimeout(request.inactivityTimeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setMaximumRedirectsAllowed(5);
    http.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("RouteDeck"));
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(http, request.method, request.body);
    pending->reply = reply;
    pending->deadline = new QTimer(this);
    pending->deadline->setSingleShot(true);
    connect(pending->deadline, &QTimer::timeout, this, [this, id] { stop(id, PromFailure::Deadline); });
    pending->deadline->start(request.deadlineMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply] {
        const auto it = m_pending.find(id);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (it != m_pending.end() && length.isValid() && length.toLongLong() > it->second->request.maxResponseBytes)
            stop(id, PromFailure::SizeCap);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] {
        const auto it = m_pending.find(id);
        if (it == m_pending.end() || it->second->stopReason != PromFailure::None)
            return;
        it->second->body += reply->readAll();
        if (it->second->body.size() > it->second->request.maxResponseBytes)
            stop(id, PromFailure::SizeCap);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
    m_pending.emplace(id, std::move(pending));
    return id;
}

void HttpTransport::stop(quint64 id, PromFailure reason)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    if (it->second->stopReason == PromFailure::None)
        it->second->stopReason = reason;
    it->second->reply->abort(); // finished() follows synchronously
}

void HttpTransport::abort(quint64 id)
{
    stop(id, PromFailure::Aborted);
}

void HttpTransport::abortAll()
{
    std::vector<quint64> ids;
    for (const auto &[id, pending] : m_pending)
        ids.push_back(id);
    for (quint64 id : ids)
        abort(id);
}

void HttpTransport::finish(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    QNetworkReply *reply = pending->reply;
    reply->deleteLater();
    pending->deadline->stop();
    pending->deadline->deleteLater();
    const Request &request = pending->request;
    const QString server = request.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString();
    const QString where = request.url.toDisplayString(QUrl::RemoveUserInfo);

    Result result;
    result.url = request.url;
    result.elapsedMs = pending->clock.elapsed();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (pending->stopReason == PromFailure::None)
        pending->body += reply->readAll();
    result.body = std::move(pending->body);

    const QNetworkReply::NetworkError error = reply->error();
    switch (pending->stopReason) {
    case PromFailure::Deadline:
        result.failure = PromFailure::Deadline;
        result.errorString = tr("%1 at %2 did not answer %3 within %4 s; it is overloaded or hanging.")
                                 .arg(request.serviceName, server, where, QString::number(request.deadlineMs / 1000.0));
        break;
    case PromFailure::SizeCap:
        result.failure = PromFailure::SizeCap;
        result.errorString = tr("%1 sent more than %2 MiB for %3; RouteDeck stopped reading. Is this the right URL?")
                                 .arg(request.serviceName, QString::number(request.maxResponseBytes / (1024.0 * 1024.0), 'f', 1), where);
        break;
    case PromFailure::Aborted:
        result.failure = PromFailure::Aborted;
        result.errorString = tr("The request to %1 was cancelled.").arg(where);
        break;
    default:
        if (error == QNetworkReply::NoError || (result.httpStatus > 0 && error >= QNetworkReply::ContentAccessDenied))
            break; // an HTTP answer; the client decodes it whatever its status
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            result.failure = PromFailure::Unreachable;
            result.errorString = tr("%1 at %2 refused the connection — is it running?").arg(request.serviceName, server);
            break;
        case QNetworkReply::HostNotFoundError:
            result.failure = PromFailure::Unreachable;
            result.errorString = tr("The host of %1 was not found; check the URL in the connection profile.").arg(server);
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            result.failure = PromFailure::Timeout;
            result.errorString = tr("%1 at %2 sent nothing for %3 s while answering %4.")
                                     .arg(request.serviceName, server, QString::number(request.inactivityTimeoutMs / 1000.0), where);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.failure = PromFailure::Tls;
            result.errorString = tr("The TLS connection to %1 failed: %2. Check the certificate and the URL's scheme.")
                                     .arg(server, reply->errorString());
            break;
        default:
            result.failure = PromFailure::Unreachable;
            result.errorString = tr("Could not reach %1 at %2: %3.").arg(request.serviceName, server, reply->errorString());
            break;
        }
    }
    // Always from the event loop, so a caller can store the id before the answer arrives.
    QMetaObject::invokeMethod(
        this, [callback = std::move(pending->callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

} // namespace RouteDeck
