// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustypes.h"

#include <QDateTime>
#include <QObject>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace RouteDeck {

// The one HTTP client of a Prometheus-compatible endpoint (Prometheus, Thanos, Mimir, VictoriaMetrics).
// Owns its QNetworkAccessManager. Every request gets the inactivity timeout, a total deadline, the
// response size cap and an explicit redirect policy (no less safe scheme; same origin only while
// credentials or extra headers are configured); every outcome, good or bad, arrives as one
// signal carrying the request id and a value (PromResponse / PromReadiness), never an exception.
//
//     const quint64 id = client.instantQuery(QStringLiteral("up"));
//     connect(&client, &PrometheusClient::queryFinished, this, [](quint64 id, const PromResponse &r) { ...
//     });
//
// Signals are always emitted later, from the event loop, never inside the call that started the
// request, so the caller can store the id first.
class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusClient(QObject *parent = nullptr);
    explicit PrometheusClient(const PromEndpointConfig &config, QObject *parent = nullptr);
    ~PrometheusClient() override;

    // Applies to requests started afterwards; requests in flight keep their settings.
    void setConfig(const PromEndpointConfig &config);
    const PromEndpointConfig &config() const { return m_config; }

    // POST /api/v1/query. An invalid `time` means "now" (the server's clock).
    quint64 instantQuery(const QString &query, const QDateTime &time = QDateTime());
    // POST /api/v1/query_range; `stepSeconds` typically from QueryStep::stepFor().
    quint64 rangeQuery(
        const QString &query, const QDateTime &start, const QDateTime &end, double stepSeconds);
    // GET /-/ready, then GET /api/v1/status/buildinfo: the status badge. A server without /-/ready
    // (404) counts as ready when buildinfo answers.
    quint64 probeReadiness();

    // Ends a request; it still finishes with a signal (PromFailure::Aborted). Unknown ids are ignored.
    void abort(quint64 id);
    void abortAll();
    int pendingCount() const { return int(m_requests.size()); }

    // Answers at least this large are decoded on a worker thread so the GUI stays responsive.
    static constexpr qint64 kThreadedDecodeBytes = 256 * 1024;
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;

Q_SIGNALS:
    void queryFinished(quint64 id, const RouteDeck::PromResponse &response);
    void readinessProbed(quint64 id, const RouteDeck::PromReadiness &readiness);

private:
    struct Request;
    enum class Stage
    {
        Query,
        Ready,
        BuildInfo
    };
    enum class StopReason
    {
        None,
        Deadline,
        SizeCap,
        Aborted
    };

    quint64 startQuery(
        const QString &apiPath, QList<QPair<QString, QString>> form, const QString &inputError);
    void send(Request *request, const QString &apiPath, const QByteArray &form);
    Request *requestFor(QNetworkReply *reply) const;
    void onReadyRead(QNetworkReply *reply);
    void onMetaDataChanged(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void onDeadline(quint64 id);
    void stop(Request *request, StopReason reason);
    void handleQueryAnswer(Request *request, PromHttpReply raw);
    void handleReadinessAnswer(Request *request, const PromHttpReply &raw);
    void finishQuery(quint64 id, PromResponse response);
    void finishReadiness(quint64 id, PromReadiness readiness);
    void postQueryResult(quint64 id, PromResponse response);
    void postReadiness(quint64 id, PromReadiness readiness);
    // Why a transfer produced no usable HTTP answer; PromFailure::None when it has one to decode.
    std::pair<PromFailure, QString> transportFailure(
        const Request &request, const QNetworkReply &reply) const;

    PromEndpointConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Request>> m_requests;
};

} // namespace RouteDeck
