// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustypes.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace RouteDeck {

// The one HTTP transport of RouteDeck's clients (PrometheusClient, RouterClient). Every request gets
// the inactivity timeout, a total deadline, the response size cap and an explicit redirect policy:
// never to a less safe scheme, and never to another server while credentials or extra headers go
// along (Qt would send them wherever the redirect points). Why a transfer produced no usable HTTP
// answer is worded here, once, naming the service ("Prometheus at http://host:9090 refused the
// connection"); answers of any HTTP status are the client's to decode.
//
// The outcome always arrives through the callback from the event loop, never inside send() or
// abort(), so a caller can store the id first.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    // The server a client talks to, as its connection profile describes it.
    struct Endpoint
    {
        QString serviceName; // starts a sentence in messages: "Prometheus", "The router"
        QUrl baseUrl; // named in messages without user info
        QByteArray authorization; // the Authorization header's value; empty: none. Never printed.
        QList<QPair<QByteArray, QByteArray>> headers; // sent with every request (X-Scope-OrgID: tenant)
        QByteArray caCertificates; // PEM, trusted besides the system's
        int inactivityTimeoutMs = 10000; // QNetworkRequest::setTransferTimeout
        int deadlineMs = 20000; // one operation, first byte sent to last byte received
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        // The client's advice closing the deadline and size-cap messages of data requests.
        QString tooSlowAdvice;
        QString tooLargeAdvice;

        bool sendsCredentials() const { return !authorization.isEmpty() || !headers.isEmpty(); }
    };

    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QByteArray body;
        QByteArray contentType; // of `body`
        // A status probe ("the readiness check"); empty for a data request. Words the deadline message.
        QString check;
        // The request changes the server's state (PATCH): a broken transfer may or may not have done so.
        bool changesState = false;
        // Of the endpoint's deadline, already spent by earlier requests of the same operation
        // (the pages of a listing, the second GET of a probe): one deadline for the whole operation.
        qint64 elapsedBeforeMs = 0;
    };

    struct Result
    {
        FetchFailure failure = FetchFailure::None; // None: an HTTP answer arrived, of any status
        QString errorString; // when failure != None: what failed, where, and what to do
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QByteArray contentType;
        QByteArray retryAfter; // the Retry-After header as sent (429, 503); empty: none
        QByteArray body; // the answer; after a failure, what had arrived
        qint64 elapsedMs = 0; // including the request's elapsedBeforeMs
        QUrl url; // as requested (before redirects)

        bool answered() const { return failure == FetchFailure::None; }
    };
    using Callback = std::function<void(const Result &)>;

    // Bounds what Qt buffers between two readyRead()s, so the size cap stops a transfer near the cap.
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;
    static constexpr int kMaxRedirects = 5;

    explicit HttpTransport(QObject *parent = nullptr);
    // Requests in flight end without calling their callbacks.
    ~HttpTransport() override;

    quint64 send(const Endpoint &endpoint, const Request &request, Callback callback);
    // Ends a request; its callback still comes, with FetchFailure::Aborted. Unknown ids are ignored.
    void abort(quint64 id);
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

    // "The request to URL was cancelled.": for a client that cancels an operation between transfers.
    static QString cancelledMessage(const QUrl &url);
    static QByteArray basicAuthorization(const QString &username, const QString &password);
    static QByteArray bearerAuthorization(const QString &token);

private:
    struct Pending;
    enum class StopReason
    {
        None,
        Deadline,
        SizeCap,
        Aborted
    };

    Pending *pendingFor(quint64 id) const;
    void stop(quint64 id, StopReason reason);
    void finish(quint64 id);
    // Why the transfer produced no usable HTTP answer; FetchFailure::None when it has one.
    static std::pair<FetchFailure, QString> failureOf(const Pending &pending, const QNetworkReply &reply);
    // The steps of failureOf(), in the order it takes them.
    using Failure = std::pair<FetchFailure, QString>;
    static QString afterwardsOf(const Request &request);
    static QString withAfterwards(const Request &request, const QString &message);
    static Failure sizeCapFailure(const Pending &pending);
    static Failure deadlineFailure(const Pending &pending);
    static Failure brokenAnswerFailure(const Pending &pending);
    static Failure networkFailure(const Pending &pending, const QNetworkReply &reply);
    static Failure tlsHandshakeFailure(const Pending &pending, const QString &detail);
    static Failure insecureRedirectFailure(const Pending &pending, const QNetworkReply &reply);

    QNetworkAccessManager *m_network;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;
};

} // namespace RouteDeck
