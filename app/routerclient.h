// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routerapitypes.h"

#include <QObject>

#include <memory>

namespace RouteDeck {

class HttpTransport;

// The one HTTP client of a router's admin API (LiteLLM proxy, routedeck-sim). Same discipline as
// PrometheusClient: every call returns a request id at once and finishes later with exactly one signal
// carrying a value; never an exception, never a blocking wait.
class RouterClient : public QObject
{
    Q_OBJECT

public:
    explicit RouterClient(const RouterEndpointConfig &config = RouterEndpointConfig(), QObject *parent = nullptr);
    ~RouterClient() override;

    void setConfig(const RouterEndpointConfig &config);
    const RouterEndpointConfig &config() const { return m_config; }

    // All deployments: /v2/model/info page by page, falling back to /model/info when /v2 is missing.
    quint64 fetchDeployments();
    quint64 fetchSettings(); // GET /router/settings
    quint64 probeHealth(); // GET /health/readiness, then /health/liveliness
    // PATCH /model/{id}/update with {"litellm_params": {"weight": W}}.
    quint64 updateWeight(const QString &deploymentId, double weight);
    void abortAll();

Q_SIGNALS:
    void deploymentsFetched(quint64 id, const RouteDeck::RouterDeploymentsReply &reply);
    void settingsFetched(quint64 id, const RouteDeck::RouterSettingsReply &reply);
    void healthProbed(quint64 id, const RouteDeck::RouterHealthReply &reply);
    void weightUpdated(quint64 id, const RouteDeck::RouterUpdateReply &reply);

private:
    RouterEndpointConfig m_config;
    HttpTransport *m_transport;
    quint64 m_nextId = 1;
};

} // namespace RouteDeck
