// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "litellmversion.h"
#include "metricsregistry.h"
#include "simtypes.h"

#include <array>

namespace RouteDeck {

struct Deployment;

// The metric families LiteLLM's Prometheus callback exports, with its names, types, label names (in
// its order, per release: tests/data/litellm-real/prometheus-families*.txt are the lists taken from
// prometheus.py, and tst_simmetrics compares with them) and latency buckets. Labels a simulated call does
// not know are "None", as prometheus_client prints LiteLLM's absent values. The router engine reports
// events; this class turns them into series.
class LiteLlmMetrics
{
public:
    struct Options
    {
        LiteLlmVersion version = LiteLlmVersion::newest();
        // litellm_settings.custom_prometheus_metadata_labels, e.g. "metadata.agent": exported as
        // metadata_agent on every family that takes custom labels. The simulator knows one piece of a
        // call's metadata, its agent (request metadata.agent); other paths are None.
        QStringList metadataLabels;
    };

    LiteLlmMetrics();
    explicit LiteLlmMetrics(const Options &options);

    // "metadata.agent" -> "metadata_agent", as LiteLLM sanitises label names.
    static QByteArray metadataLabelName(const QString &path);

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
        friend bool operator==(const CallLabels &, const CallLabels &) = default;
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
    // The config changed (a group renamed, a deployment moved): the series found for calls are looked up again.
    void forgetCachedRefs();

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
    // A deployment_state series' full label values: deploymentLabels() plus the custom labels (None).
    QStringList stateLabels(const Deployment &deployment) const;

    // Every label any of the simulated families has, in no particular order.
    enum Label : quint8
    {
        EndUser, HashedApiKey, ApiKeyAlias, RequestedModel, Team, TeamAlias, User, UserEmail, StatusCode,
        ExceptionStatus, ExceptionClass, Route, ClientIp, UserAgent, ModelId, Model, LitellmModelName, ApiBase,
        ApiProvider, ModelGroup, FallbackModel, LabelCount
    };
    using LabelValues = std::array<QString, LabelCount>; // see values()

private:
    struct FamilySpec
    {
        QList<Label> labels; // LiteLLM's own, in its order
        bool customLabels = true; // metadata_* follow (get_labels_for_metric)
        bool orgLabels = false; // org_id, org_alias close the list (where the release has them)
    };

    MetricsRegistry::FamilyId addFamily(const QByteArray &name, const QByteArray &help,
        MetricsRegistry::Type type, const FamilySpec &spec, const QList<double> &buckets = {});
    static LabelValues noneValues();
    static LabelValues deploymentValues(const Deployment &deployment, const QString &apiBase);
    // The values of `family`'s labels, in its order: `values` by label, then the custom labels (the
    // call's agent where the path is metadata.agent), then org_id/org_alias (None).
    QStringList values(MetricsRegistry::FamilyId family, const LabelValues &values, const QString &agent = QString()) const;
    LabelValues requestValues(const Deployment &deployment, const CallLabels &labels) const;

    // The series one record*() call touches, found once per deployment, call labels and result and kept
    // while the registry's series stay where they are: the hot path then updates them without building
    // label lists.
    struct CallKey
    {
        QString deploymentId;
        QString requestedModel;
        QString model;
        QString exceptionClass;
        CallLabels labels;
        int result = 0; // the outcome, or the HTTP status
        friend bool operator==(const CallKey &, const CallKey &) = default;
    };
    friend size_t qHash(const CallKey &key, size_t seed);
    using SeriesRefs = std::array<MetricsRegistry::SeriesRef, 8>;
    static constexpr qsizetype kMaxCachedCalls = 100000; // label values come from clients: a bound
    SeriesRefs &cachedRefs(QHash<CallKey, SeriesRefs> &cache, const CallKey &key, bool *fresh);

    Options m_options;
    QList<QByteArray> m_metadataNames;
    QHash<MetricsRegistry::FamilyId, FamilySpec> m_specs;
    MetricsRegistry m_registry;
    Families m_f {};
    bool m_exportSpend = true;
    QHash<CallKey, SeriesRefs> m_attemptRefs;
    QHash<CallKey, SeriesRefs> m_tokenRefs;
    QHash<CallKey, SeriesRefs> m_proxyRefs;
    QHash<CallKey, SeriesRefs> m_remainingRefs;
    quint64 m_refsGeneration = 0;
};

} // namespace RouteDeck
