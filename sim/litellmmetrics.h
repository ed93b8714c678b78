// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricsregistry.h"
#include "simtypes.h"

namespace RouteDeck {

struct Deployment;

// The metric families LiteLLM's Prometheus callback exports, with its names, types, label names
// and latency buckets, plus an `agent` label on request, token and spend metrics. The router
// engine reports events; this class turns them into series.
class LiteLlmMetrics
{
public:
    LiteLlmMetrics();

    static QList<double> defaultBuckets(); // prometheus_client's default (latency per output token)
    // The latency histograms' bounds (LiteLLM's LATENCY_BUCKETS, or litellm_settings.prometheus_latency_buckets);
    // before the first observation only. The default is the newest LiteLLM's (LiteLlmVersion).
    void setLatencyBuckets(const QList<double> &buckets);

    struct CallLabels
    {
        QString hashedApiKey;
        QString agent;
        QString route;
        QString team; // the calling key's team (LiteLLM's team and team_alias labels); empty: None
    };

    // A LiteLLM without spend tracking exports tokens but no litellm_spend_metric.
    void setExportSpend(bool exportSpend) { m_exportSpend = exportSpend; }
    bool exportsSpend() const { return m_exportSpend; }

    void recordAttempt(const Deployment &deployment, const CallLabels &labels, Outcome outcome,
        double latencySeconds, int outputTokens);
    void recordTokens(const Deployment &deployment, const CallLabels &labels, int inputTokens,
        int outputTokens, double cost);
    void recordCooldown(const Deployment &deployment, int exceptionStatus);
    void recordFallback(bool success, const QString &requestedGroup, const QString &fallbackGroup,
        const CallLabels &labels, int exceptionStatus, const QString &exceptionClass);
    void recordProxyRequest(const QString &requestedModel, const CallLabels &labels, int status,
        const QString &exceptionClass, double totalLatencySeconds, const QString &servingModel,
        const QString &servingModelId);
    void setDeploymentState(const Deployment &deployment, int state);
    void setRemaining(
        const Deployment &deployment, std::optional<double> requests, std::optional<double> tokens);
    void removeDeployment(const QString &deploymentId);

    const MetricsRegistry &registry() const { return m_registry; }
    MetricsRegistry &registry() { return m_registry; }
    QByteArray render() const { return m_registry.render(); }

    // Family ids, public for tests that read values back.
    struct Families
    {
        MetricsRegistry::FamilyId proxyTotal, proxyFailed, requestTotalLatency, llmApiLatency,
            timeToFirstToken, spend, totalTokens, inputTokens, outputTokens, remainingRequests,
            remainingTokens, overheadLatency, deploymentState, cooledDown, successResponses, failureResponses,
            totalRequests, latencyPerOutputToken, successfulFallbacks, failedFallbacks;
    };
    const Families &families() const { return m_f; }

    // Label value helpers (LiteLLM prints None for absent values).
    static QString noneIfEmpty(const QString &value);
    static QString modelWithoutProvider(const QString &litellmModel);
    static QStringList deploymentLabels(
        const Deployment &deployment); // litellm_model_name, model_id, api_base, api_provider
    // The same labels as LiteLLM's cooldown callback writes them (litellm/router_utils/cooldown_callbacks.py):
    // equal to deploymentLabels() but for an unset api_base, which it writes as "" instead of None.
    static QStringList cooldownLabels(const Deployment &deployment);

private:
    MetricsRegistry m_registry;
    Families m_f {};
    bool m_exportSpend = true;
};

} // namespace RouteDeck
