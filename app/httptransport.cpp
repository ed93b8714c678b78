// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptransport.h"

#include "messagetext.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <utility>

namespace RouteDeck {

namespace {

// "30 s", "2.5 s", "250 ms"
QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

} // namespace

struct HttpTransport::Pending
{
    Endpoint endpoint;
    Request request;
    Callback callback;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr; // deleted later: it may be the very sender that ends the request
    QElapsedTimer clock;
    QByteArray body;
    qint64 announcedBytes = -1; // Content-Length, when the server sent one
    StopReason stopReason = StopReason::None;
    QStringList tlsErrors;
};

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpTransport::~HttpTransport()
{
    // Nobody listens any more: end transfers without calling anyone back.
    for (auto &[id, pending] : m_pending) {
        disconnect(pending->reply, nullptr, this, nullptr);
        pending->reply->abort();
        pending->reply->deleteLater();
    }
}

QString HttpTransport::cancelledMessage(const QUrl &url)
{
    return tr("The request to %1 was cancelled.").arg(MessageText::displayUrl(url));
}

QByteArray HttpTransport::basicAuthorization(const QString &username, const QString &password)
{
    return "Basic " + (username + QLatin1Char(':') + password).toUtf8().toBase64();
}

QByteArray HttpTransport::bearerAuthorization(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

quint64 HttpTransport::send(const Endpoint &endpoint, const Request &request, Callback callback)
{
    const quint64 id = m_nextId++;
    auto pending = std::make_unique<Pending>();
    pending->endpoint = endpoint;
    pending->request = request;
    pending->callback = std::move(callback);
    pending->clock.start();

    QNetworkRequest http(request.url);
    http.setTransferTimeout(endpoint.inactivityTimeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        endpoint.sendsCredentials() ? QNetworkRequest::SameOriginRedirectPolicy
                                    : QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setMaximumRedirectsAllowed(kMaxRedirects);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setRawHeader("Accept", "application/json");
#ifndef QT_NO_SSL
    if (!endpoint.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromData(endpoint.caCertificates, QSsl::Pem));
        http.setSslConfiguration(ssl);
    }
#endif
    http.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("RouteDeck"));
    if (!endpoint.authorization.isEmpty())
        http.setRawHeader("Authorization", endpoint.authorization);
    for (const auto &[name, value] : endpoint.headers)
        http.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_network->get(http);
    else if (request.method == "POST")
        reply = m_network->post(http, request.body);
    else
        reply = m_network->sendCustomRequest(http, request.method, request.body);
    reply->setReadBufferSize(std::min<qint64>(endpoint.maxResponseBytes + 1, kReadBufferBytes));
    pending->reply = reply;

    pending->deadline = new QTimer(this);
    pending->deadline->setSingleShot(true);
    pending->deadline->setTimerType(Qt::PreciseTimer);
    connect(pending->deadline, &QTimer::timeout, this, [this, id] { stop(id, StopReason::Deadline); });
    pending->deadline->start(int(std::max<qint64>(0, endpoint.deadlineMs - request.elapsedBeforeMs)));

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply] {
        Pending *pending = pendingFor(id);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!pending || !length.isValid())
            return;
        pending->announcedBytes = length.toLongLong();
        if (pending->announcedBytes > pending->endpoint.maxResponseBytes)
            stop(id, StopReason::SizeCap);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] {
        Pending *pending = pendingFor(id);
        if (!pending || pending->stopReason != StopReason::None)
            return;
        pending->body += reply->readAll();
        if (pending->body.size() > pending->endpoint.maxResponseBytes)
            stop(id, StopReason::SizeCap); // finishes the request: touch nothing after
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (Pending *pending = pendingFor(id)) {
            for (const QSslError &error : errors)
                pending->tlsErrors << error.errorString();
        }
    });
#endif
    m_pending.emplace(id, std::move(pending));
    return id;
}

HttpTransport::Pending *HttpTransport::pendingFor(quint64 id) const
{
    const auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : it->second.get();
}

void HttpTransport::stop(quint64 id, StopReason reason)
{
    Pending *pending = pendingFor(id);
    if (!pending)
        return;
    if (pending->stopReason == StopReason::None)
        pending->stopReason = reason;
    pending->reply->abort(); // emits finished() synchronously
}

void HttpTransport::abort(quint64 id)
{
    stop(id, StopReason::Aborted);
}

void HttpTransport::abortAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_pending.size());
    for (const auto &[id, pending] : m_pending)
        ids.push_back(id);
    for (const quint64 id : ids)
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
    if (pending->stopReason == StopReason::None && reply->isOpen())
        pending->body += reply->readAll();

    Result result;
    result.url = pending->request.url;
    result.elapsedMs = pending->request.elapsedBeforeMs + pending->clock.elapsed();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.retryAfter = reply->rawHeader("Retry-After");
    std::tie(result.failure, result.errorString) = failureOf(*pending, *reply);
    result.body = std::move(pending->body);
    QMetaObject::invokeMethod(
        this, [callback = std::move(pending->callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

std::pair<FetchFailure, QString> HttpTransport::failureOf(const Pending &pending, const QNetworkReply &reply)
{
    switch (pending.stopReason) {
    case StopReason::SizeCap:
        return sizeCapFailure(pending);
    case StopReason::Deadline:
        return deadlineFailure(pending);
    case StopReason::Aborted:
        return { FetchFailure::Aborted, cancelledMessage(pending.request.url) };
    case StopReason::None:
        break;
    }

    const QNetworkReply::NetworkError error = reply.error();
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error == QNetworkReply::NoError || (status > 0 && error >= QNetworkReply::ContentAccessDenied))
        return { FetchFailure::None, QString() }; // an HTTP answer: the client decodes it, error status or not

    if (status > 0 && error == QNetworkReply::RemoteHostClosedError)
        return brokenAnswerFailure(pending);
    return networkFailure(pending, reply);
}

// After a broken transfer: what RouteDeck does next, or what the user should check.
QString HttpTransport::afterwardsOf(const Request &request)
{
    return request.changesState
        ? tr("The change may or may not have been made; refresh to see the current state.")
        : QString();
}

// `message`, followed by afterwardsOf(request) when there is something to say.
QString HttpTransport::withAfterwards(const Request &request, const QString &message)
{
    const QString afterwards = afterwardsOf(request);
    return afterwards.isEmpty() ? message : message + QLatin1Char(' ') + afterwards;
}

// The answer was stopped at the response size cap.
HttpTransport::Failure HttpTransport::sizeCapFailure(const Pending &pending)
{
    const Endpoint &endpoint = pending.endpoint;
    const QString where = MessageText::displayUrl(pending.request.url);
    const qint64 seen = std::max<qint64>(pending.body.size(), pending.announcedBytes);
    const QString advice = endpoint.tooLargeAdvice.isEmpty()
        ? tr("Check that the URL points at the right server, or raise the size cap in the connection "
             "profile.")
        : endpoint.tooLargeAdvice;
    return { FetchFailure::SizeCap,
        withAfterwards(pending.request,
            tr("The answer from %1 is larger than the response size cap of %2 (at least %3 "
               "arrived or were announced). %4")
                .arg(where, MessageText::formatBytes(endpoint.maxResponseBytes),
                    MessageText::formatBytes(seen), advice)) };
}

// The operation's total deadline passed: worded for a status check or for a data request.
HttpTransport::Failure HttpTransport::deadlineFailure(const Pending &pending)
{
    const Endpoint &endpoint = pending.endpoint;
    const Request &request = pending.request;
    const QString &service = endpoint.serviceName;
    const QString server = MessageText::displayUrl(endpoint.baseUrl);
    const QString where = MessageText::displayUrl(request.url);
    if (!request.check.isEmpty())
        return { FetchFailure::Deadline,
            tr("%1 at %2 did not answer %3 within %4; the server or the network is overloaded. "
               "RouteDeck keeps trying; raise the deadline in the connection profile if this persists.")
                .arg(service, server, request.check, formatDuration(endpoint.deadlineMs)) };
    return { FetchFailure::Deadline,
        withAfterwards(request,
            tr("The request to %1 did not finish within the %2 deadline (%3 received so far). %4")
                .arg(where, formatDuration(endpoint.deadlineMs),
                    MessageText::formatBytes(pending.body.size()),
                    endpoint.tooSlowAdvice.isEmpty()
                        ? tr("The server or the network is overloaded; raise the deadline "
                             "in the connection profile if this persists.")
                        : endpoint.tooSlowAdvice)) };
}

// The server closed the connection after the answer had begun (an HTTP status had arrived).
HttpTransport::Failure HttpTransport::brokenAnswerFailure(const Pending &pending)
{
    const Endpoint &endpoint = pending.endpoint;
    const QString &service = endpoint.serviceName;
    const QString server = MessageText::displayUrl(endpoint.baseUrl);
    const QString where = MessageText::displayUrl(pending.request.url);
    const QString afterwards = afterwardsOf(pending.request);
    const QString expected = pending.announcedBytes >= 0
        ? MessageText::formatBytes(pending.announcedBytes)
        : tr("an unknown size");
    const QString message
        = tr("%1 at %2 closed the connection in the middle of the answer from %3 (%4 of %5 received); it "
             "may be restarting, or a proxy dropped the transfer.")
              .arg(service, server, where, MessageText::formatBytes(pending.body.size()), expected);
    return { FetchFailure::Unreachable,
        message + QLatin1Char(' ')
            + (afterwards.isEmpty() ? tr("RouteDeck asks again on the next refresh.") : afterwards) };
}

// No HTTP answer arrived: the failure by Qt's network error (connection, timeout, TLS, redirect,
// proxy), else TLS when the error looks like it, else unreachable.
HttpTransport::Failure HttpTransport::networkFailure(const Pending &pending, const QNetworkReply &reply)
{
    const Endpoint &endpoint = pending.endpoint;
    const Request &request = pending.request;
    const QString &service = endpoint.serviceName;
    const QString server = MessageText::displayUrl(endpoint.baseUrl);
    const QString where = MessageText::displayUrl(request.url);
    const QNetworkReply::NetworkError error = reply.error();
    const QString detail = reply.errorString();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return { FetchFailure::Unreachable,
            tr("%1 at %2 refused the connection \u2014 is it running?").arg(service, server) };
    case QNetworkReply::HostNotFoundError:
        return { FetchFailure::Unreachable,
            tr("The host of %1 was not found; check the URL in the connection profile.").arg(server) };
    case QNetworkReply::RemoteHostClosedError:
        return { FetchFailure::Unreachable,
            withAfterwards(request,
                tr("%1 at %2 closed the connection before answering; it may be restarting, or a "
                   "proxy dropped the request.")
                    .arg(service, server)) };
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt reports the transfer timeout as a cancellation
        return { FetchFailure::Timeout,
            withAfterwards(request,
                tr("%1 at %2 sent nothing for %3 (inactivity timeout) while answering %4; the "
                   "server or the network is overloaded. Raise the timeout in the connection "
                   "profile if this persists.")
                    .arg(service, server, formatDuration(endpoint.inactivityTimeoutMs), where)) };
    case QNetworkReply::SslHandshakeFailedError:
        return tlsHandshakeFailure(pending, detail);
    case QNetworkReply::TooManyRedirectsError:
        return { FetchFailure::Http,
            tr("%1 redirected more than %2 times; check the URL in the connection profile.")
                .arg(where)
                .arg(kMaxRedirects) };
    case QNetworkReply::InsecureRedirectError:
        return insecureRedirectFailure(pending, reply);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return { FetchFailure::Unreachable,
            tr("The network proxy failed while connecting to %1: %2. Check the system proxy settings.")
                .arg(server, detail) };
    default:
        break;
    }
    if (!pending.tlsErrors.isEmpty()
        || (error >= QNetworkReply::SslHandshakeFailedError && error <= QNetworkReply::UnknownNetworkError
            && detail.contains(QLatin1String("SSL"))))
        return { FetchFailure::Tls, tr("The TLS connection to %1 failed: %2.").arg(server, detail) };
    return { FetchFailure::Unreachable,
        withAfterwards(request, tr("%1 at %2 could not be reached: %3.").arg(service, server, detail)) };
}

// The TLS handshake failed: the certificate errors seen, else Qt's `detail`.
HttpTransport::Failure HttpTransport::tlsHandshakeFailure(const Pending &pending, const QString &detail)
{
    const QString server = MessageText::displayUrl(pending.endpoint.baseUrl);
    const QString reasons = pending.tlsErrors.isEmpty() ? detail : pending.tlsErrors.join(QLatin1String("; "));
    return { FetchFailure::Tls,
        tr("The TLS connection to %1 failed: %2. Check the server's certificate (a private CA must be "
           "trusted by this system) and that the URL's scheme (http or https) matches the server.")
            .arg(server, reasons) };
}

// A redirect RouteDeck does not follow: to a less safe scheme, or to another server with credentials.
HttpTransport::Failure HttpTransport::insecureRedirectFailure(const Pending &pending, const QNetworkReply &reply)
{
    const Request &request = pending.request;
    const QString where = MessageText::displayUrl(request.url);
    QUrl target = reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty() && reply.hasRawHeader("Location"))
        target = request.url.resolved(QUrl::fromEncoded(reply.rawHeader("Location")));
    return { FetchFailure::Http,
        tr("%1 redirected to %2; RouteDeck does not follow redirects to a less safe scheme, nor to "
           "another server while sending credentials. Put the final address in the connection profile.")
            .arg(where,
                target.isEmpty() ? tr("another address") : MessageText::displayUrl(target)) };
}

} // namespace RouteDeck
