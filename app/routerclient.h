// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routerapitypes.h"

#include <QObject>
#include <memory>

namespace RouteDeck {

class HttpTransport;

// The one HTTP client of a router's admin API (LiteLLM proxy, routedeck-sim). Same discipline and the
// same HttpTransport as PrometheusClient: every call returns a request id at once and finishes later,
// from the event loop, with exactly one signal carrying a value; never an exception, never a blocking
// wait. The master key goes along as a Bearer token, and never to another server on a redirect.
class RouterClient : public QObject
{
    Q_OBJECT

public:
    explicit RouterClient(
        const RouterEndpointConfig &config = RouterEndpointConfig(), QObject *parent = nullptr);
    ~RouterClient() override;

    void setConfig(const RouterEndpointConfig &config);
    const RouterEndpointConfig &config() const { return m_config; }

    // All deployments: /v2/model/info page by page, falling back to /model/info when /v2 is missing.
    quint64 fetchDeployments();
    quint64 fetchSettings(); // GET /router/settings
    // GET /health/readiness, /health/readiness/details when the first has no litellm_version (LiteLLM
    // 1.84+), then /health/liveliness.
    quint64 probeHealth();
    // PATCH /model/{id}/update with {"litellm_params": {"weight": W}}. A weight that is negative or
    // not a finite number is refused without a request.
    quint64 updateWeight(const QString &deploymentId, double weight);
    // The exact call updateWeight() makes, for reviews that show what will be sent.
    static QUrl updateWeightUrl(const QUrl &baseUrl, const QString &deploymentId);
    static QByteArray updateWeightBody(double weight);
    // Ends every request; each still finishes with its signal (FetchFailure::Aborted).
    void abortAll();

Q_SIGNALS:
    void deploymentsFetched(quint64 id, const RouteDeck::RouterDeploymentsReply &reply);
    void settingsFetched(quint64 id, const RouteDeck::RouterSettingsReply &reply);
    void healthProbed(quint64 id, const RouteDeck::RouterHealthReply &reply);
    void weightUpdated(quint64 id, const RouteDeck::RouterUpdateReply &reply);

private:
    struct Listing; // one fetchDeployments() in progress
    struct HealthProbe; // one probeHealth() in progress

    void fetchPage(const std::shared_ptr<Listing> &listing, int page);
    void finishListing(const std::shared_ptr<Listing> &listing);
    void askReadiness(const std::shared_ptr<HealthProbe> &probe);
    void askReadinessDetails(const std::shared_ptr<HealthProbe> &probe);
    void askLiveliness(const std::shared_ptr<HealthProbe> &probe);
    // Emits `signal` later with a Config failure when the configuration is unusable; false then.
    template<typename Reply>
    bool checkConfig(quint64 id, Reply reply, void (RouterClient::*signal)(quint64, const Reply &));

    RouterEndpointConfig m_config;
    HttpTransport *m_transport;
    quint64 m_nextId = 1;
};

} // namespace RouteDeck
