// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"
#include "prometheustypes.h"

#include <QDateTime>
#include <QObject>
#include <memory>
#include <unordered_map>

namespace RouteDeck {

// The one client of a Prometheus-compatible endpoint (Prometheus, Thanos, Mimir, VictoriaMetrics).
// Its HttpTransport gives every request the inactivity timeout, a total deadline, the response size
// cap and the redirect policy (no less safe scheme; same server only while credentials or extra
// headers are configured); every outcome, good or bad, arrives as one signal carrying the request id
// and a value (PromResponse / PromReadiness), never an exception.
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
    // GET /api/v1/targets?state=active: which targets the server scrapes, and why one fails.
    quint64 fetchTargets();
    // GET /api/v1/labels?match[]=SELECTOR: the label names the matching series carry.
    quint64 fetchLabelNames(const QString &selector);
    // GET /api/v1/rules: the server's own alerting and recording rules ("server-side alerts"). Each
    // alerting rule comes with its active alerts and their state, so /api/v1/alerts (the same alerts
    // without the rules that do not fire, or why a rule fails) is not asked as well.
    quint64 fetchRules();

    // Ends a request; it still finishes with a signal (FetchFailure::Aborted). Unknown ids are ignored.
    void abort(quint64 id);
    void abortAll();
    int pendingCount() const { return int(m_requests.size()); }

    // Answers at least this large are decoded on a worker thread so the GUI stays responsive.
    static constexpr qint64 kThreadedDecodeBytes = 256 * 1024;

Q_SIGNALS:
    void queryFinished(quint64 id, const RouteDeck::PromResponse &response);
    void readinessProbed(quint64 id, const RouteDeck::PromReadiness &readiness);
    void targetsFetched(quint64 id, const RouteDeck::PromTargets &targets);
    void labelNamesFetched(quint64 id, const RouteDeck::PromLabelNames &names);
    void rulesFetched(quint64 id, const RouteDeck::PromRules &rules);

private:
    struct Request;
    enum class Stage
    {
        Query,
        Ready,
        BuildInfo,
        Targets,
        LabelNames,
        Rules
    };

    // The metadata GETs (targets, label names, rules): one request, decoded into one signal.
    static bool isMetadata(Stage stage);

    quint64 startGet(Stage stage, const QString &apiPath, const QString &query);
    void finishGet(Request *request, const PromHttpReply &raw, const QString &transportError);
    quint64 startQuery(
        const QString &apiPath, QList<QPair<QString, QString>> form, const QString &inputError);
    HttpTransport::Endpoint endpoint() const;
    void send(Request *request, const QString &apiPath, const QByteArray &form);
    void onTransferred(quint64 id, const HttpTransport::Result &result);
    // Ends the request with the transport's failure (or a cancellation) as its answer.
    void fail(Request *request, const HttpTransport::Result &result);
    void handleQueryAnswer(Request *request, PromHttpReply raw);
    void handleReadinessAnswer(Request *request, const PromHttpReply &raw);
    void finishQuery(quint64 id, PromResponse response);
    void finishReadiness(quint64 id, PromReadiness readiness);
    void postQueryResult(quint64 id, PromResponse response);
    void postReadiness(quint64 id, PromReadiness readiness);

    PromEndpointConfig m_config;
    HttpTransport *m_transport = nullptr;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Request>> m_requests;
};

} // namespace RouteDeck
