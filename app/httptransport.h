// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace RouteDeck {

// One HTTP exchange for a RouteDeck client: inactivity timeout, total deadline, response size cap and
// an explicit redirect policy on every request; the outcome (an answer of any status, or why there was
// none) comes back as a value through the callback, always from the event loop.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int inactivityTimeoutMs = 10000;
        int deadlineMs = 20000;
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        QString serviceName = QStringLiteral("the server"); // "the router", for messages
    };
    struct Result
    {
        PromFailure failure = PromFailure::None; // None: an HTTP answer arrived (any status)
        QString errorString; // when failure != None
        int httpStatus = 0;
        QByteArray contentType;
        QByteArray body;
        qint64 elapsedMs = 0;
        QUrl url;
    };
    using Callback = std::function<void(const Result &)>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    quint64 send(const Request &request, Callback callback);
    void abort(quint64 id);
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending;
    void finish(quint64 id);
    void stop(quint64 id, PromFailure reason);

    QNetworkAccessManager *m_network;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;
};

} // namespace RouteDeck
