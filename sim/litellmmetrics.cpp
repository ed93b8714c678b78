// SPDX-License-Identifier: GPL-3.0-or-later
#include "litellmmetrics.h"

#include "litellmversion.h"
#include "routertypes.h"

namespace RouteDeck {

namespace {
using Type = MetricsRegistry::Type;
const QString kNone = QStringLiteral("None");
} // namespace

QList<double> LiteLlmMetrics::defaultBuckets()
{
    return { 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0 };
}

LiteLlmMetrics::LiteLlmMetrics()
{
    MetricsRegistry &r = m_registry;
    const QList<double> latency = LiteLlmVersion::newest().defaultLatencyBuckets();
    const QList<QByteArray> keyTeam = { "hashed_api_key", "api_key_alias", "team", "team_alias" };
    const QList<QByteArray> deploymentLabels
        = { "litellm_model_name", "model_id", "api_base", "api_provider" };

    m_f.proxyTotal = r.addFamily("litellm_proxy_total_requests_metric",
        "Total number of requests made to the proxy server - track number of client side requests",
        Type::Counter,
        { "end_user", "hashed_api_key", "api_key_alias", "requested_model", "team", "team_alias", "user",
            "status_code", "route", "agent" });
    m_f.proxyFailed = r.addFamily("litellm_proxy_failed_requests_metric",
        "Total number of failed responses from proxy - the client did not get a success response from "
        "litellm proxy",
        Type::Counter,
        { "end_user", "hashed_api_key", "api_key_alias", "requested_model", "team", "team_alias", "user",
            "exception_status", "exception_class", "route", "agent" });
    m_f.requestTotalLatency = r.addFamily("litellm_request_total_latency_metric",
        "Total latency (seconds) for a request to LiteLLM", Type::Histogram,
        { "end_user", "hashed_api_key", "api_key_alias", "requested_model", "team", "team_alias", "user",
            "model", "model_id" },
        latency);
    m_f.llmApiLatency = r.addFamily("litellm_llm_api_latency_metric",
        "Total latency (seconds) for a models LLM API call", Type::Histogram,
        { "model", "hashed_api_key", "api_key_alias", "team", "team_alias", "requested_model", "end_user",
            "user", "model_id" },
        latency);
    m_f.timeToFirstToken = r.addFamily("litellm_llm_api_time_to_first_token_metric",
        "Time to first token for a models LLM API call", Type::Histogram,
        { "model", "hashed_api_key", "api_key_alias", "team", "team_alias", "requested_model", "model_id" },
        latency);
    const QList<QByteArray> tokenLabels = { "end_user", "hashed_api_key", "api_key_alias", "model", "team",
        "team_alias", "user", "requested_model", "model_id", "agent" };
    m_f.spend
        = r.addFamily("litellm_spend_metric", "Total spend on LLM requests", Type::Counter, tokenLabels);
    m_f.totalTokens = r.addFamily("litellm_total_tokens_metric",
        "Total number of input + output tokens from LLM requests", Type::Counter, tokenLabels);
    m_f.inputTokens = r.addFamily("litellm_input_tokens_metric",
        "Total number of input tokens from LLM requests", Type::Counter, tokenLabels);
    m_f.outputTokens = r.addFamily("litellm_output_tokens_metric",
        "Total number of output tokens from LLM requests", Type::Counter, tokenLabels);
    const QList<QByteArray> remainingLabels
        = { "model_group", "api_provider", "api_base", "litellm_model_name", "model_id" };
    m_f.remainingRequests = r.addFamily("litellm_remaining_requests_metric",
        "LLM Deployment Analytics - remaining requests for model, returned from LLM API Provider",
        Type::Gauge, remainingLabels);
    m_f.remainingTokens = r.addFamily("litellm_remaining_tokens_metric",
        "remaining tokens for model, returned from LLM API Provider", Type::Gauge, remainingLabels);
    m_f.overheadLatency = r.addFamily("litellm_overhead_latency_metric",
        "Latency overhead (seconds) added by LiteLLM processing", Type::Histogram, remainingLabels, latency);
    m_f.deploymentState = r.addFamily("litellm_deployment_state",
        "LLM Deployment Analytics - The state of the deployment: 0 = healthy, 1 = partial outage, 2 = "
        "complete outage",
        Type::Gauge, deploymentLabels);
    m_f.cooledDown = r.addFamily("litellm_deployment_cooled_down",
        "LLM Deployment Analytics - Number of times a deployment has been cooled down by LiteLLM load "
        "balancing logic. exception_status is the status of the exception that caused the deployment to be "
        "cooled down",
        Type::Counter, deploymentLabels + QList<QByteArray> { "exception_status" });
    const QList<QByteArray> requestLabels = QList<QByteArray> { "requested_model" } + deploymentLabels
        + keyTeam + QList<QByteArray> { "agent" };
    m_f.successResponses = r.addFamily("litellm_deployment_success_responses",
        "LLM Deployment Analytics - Total number of successful LLM API calls via litellm", Type::Counter,
        requestLabels);
    m_f.failureResponses = r.addFamily("litellm_deployment_failure_responses",
        "LLM Deployment Analytics - Total number of failed LLM API calls for a specific LLM deploymeny. "
        "exception_status is the status of the exception from the llm api",
        Type::Counter, requestLabels + QList<QByteArray> { "exception_status", "exception_class" });
    m_f.totalRequests = r.addFamily("litellm_deployment_total_requests",
        "LLM Deployment Analytics - Total number of LLM API calls via litellm - success + failure",
        Type::Counter, requestLabels);
    m_f.latencyPerOutputToken = r.addFamily("litellm_deployment_latency_per_output_token",
        "LLM Deployment Analytics - Latency per output token", Type::Histogram, deploymentLabels + keyTeam,
        defaultBuckets());
    const QList<QByteArray> fallbackLabels = { "requested_model", "fallback_model", "hashed_api_key",
        "api_key_alias", "team", "team_alias", "exception_status", "exception_class" };
    m_f.successfulFallbacks = r.addFamily("litellm_deployment_successful_fallbacks",
        "LLM Deployment Analytics - Number of successful fallback requests from primary model -> fallback "
        "model",
        Type::Counter, fallbackLabels);
    m_f.failedFallbacks = r.addFamily("litellm_deployment_failed_fallbacks",
        "LLM Deployment Analytics - Number of failed fallback requests from primary model -> fallback model",
        Type::Counter, fallbackLabels);
}

void LiteLlmMetrics::setLatencyBuckets(const QList<double> &buckets)
{
    for (MetricsRegistry::FamilyId family : { m_f.requestTotalLatency, m_f.llmApiLatency, m_f.timeToFirstToken, m_f.overheadLatency })
        m_registry.setBuckets(family, buckets);
}

QString LiteLlmMetrics::noneIfEmpty(const QString &value)
{
    return value.isEmpty() ? kNone : value;
}

QString LiteLlmMetrics::modelWithoutProvider(const QString &litellmModel)
{
    const qsizetype slash = litellmModel.indexOf(QLatin1Char('/'));
    return slash < 0 ? litellmModel : litellmModel.mid(slash + 1);
}

// litellm_model_name is kwargs["model"], which litellm.completion() has already stripped of its provider
// (get_llm_provider, then Logging.update_environment_variables): "azure/gpt-4o-mini-ptu" -> "gpt-4o-mini-ptu".
QStringList LiteLlmMetrics::deploymentLabels(const Deployment &d)
{
    return { modelWithoutProvider(d.model), d.id, noneIfEmpty(d.apiBase), d.provider };
}

// router_cooldown_event_callback (litellm/router_utils/cooldown_callbacks.py) strips the provider the same
// way, but takes the api_base from litellm.get_api_base(...) or "", where the request path prints None.
QStringList LiteLlmMetrics::cooldownLabels(const Deployment &d)
{
    return { modelWithoutProvider(d.model), d.id, d.apiBase, d.provider };
}

void LiteLlmMetrics::recordAttempt(
    const Deployment &d, const CallLabels &labels, Outcome outcome, double latencySeconds, int outputTokens)
{
    const QString team = noneIfEmpty(labels.team);
    const QStringList keyTeam = { labels.hashedApiKey, kNone, team, team };
    const QStringList request
        = QStringList { d.group } + deploymentLabels(d) + keyTeam + QStringList { labels.agent };
    m_registry.add(m_f.totalRequests, request);
    if (outcome != Outcome::Success) {
        m_registry.add(m_f.failureResponses,
            request
                + QStringList { QString::number(Outcomes::httpStatus(outcome)),
                    Outcomes::prometheusExceptionClass(outcome, d.provider) });
        m_registry.set(m_f.deploymentState, deploymentLabels(d), 1);
        return;
    }
    m_registry.add(m_f.successResponses, request);
    m_registry.set(m_f.deploymentState, deploymentLabels(d), 0);
    const QString model = modelWithoutProvider(d.model);
    m_registry.observe(m_f.llmApiLatency,
        { model, labels.hashedApiKey, kNone, kNone, kNone, d.group, kNone, kNone, d.id }, latencySeconds);
    // A simulated stream's first token arrives after about a third of the call.
    m_registry.observe(m_f.timeToFirstToken,
        { model, labels.hashedApiKey, kNone, kNone, kNone, d.group, d.id }, latencySeconds / 3.0);
    if (outputTokens > 0)
        m_registry.observe(
            m_f.latencyPerOutputToken, deploymentLabels(d) + keyTeam, latencySeconds / double(outputTokens));
    m_registry.observe(m_f.overheadLatency, { d.group, d.provider, noneIfEmpty(d.apiBase), d.model, d.id },
        0.002 + latencySeconds * 0.001);
}

void LiteLlmMetrics::recordTokens(
    const Deployment &d, const CallLabels &labels, int inputTokens, int outputTokens, double cost)
{
    const QString team = noneIfEmpty(labels.team);
    const QStringList l = { kNone, labels.hashedApiKey, kNone, modelWithoutProvider(d.model), team, team,
        kNone, d.group, d.id, labels.agent };
    m_registry.add(m_f.inputTokens, l, inputTokens);
    m_registry.add(m_f.outputTokens, l, outputTokens);
    m_registry.add(m_f.totalTokens, l, inputTokens + outputTokens);
    if (m_exportSpend)
        m_registry.add(m_f.spend, l, cost);
}

// LiteLLM's router_cooldown_event_callback: state 2 and the counter, both on the cooldown labels. Nothing
// resets the state when the cooldown ends (the cooldown is a cache entry that just expires): it stays 2
// until the next success writes 0. Where the api_base is unset the two label sets differ ("" against
// "None"), so that 2 sits on a series no success ever touches (LiteLLM issue 35653 reports the same split).
void LiteLlmMetrics::recordCooldown(const Deployment &d, int exceptionStatus)
{
    m_registry.add(m_f.cooledDown, cooldownLabels(d) + QStringList { QString::number(exceptionStatus) });
    m_registry.set(m_f.deploymentState, cooldownLabels(d), 2);
}

void LiteLlmMetrics::recordFallback(bool success, const QString &requestedGroup, const QString &fallbackGroup,
    const CallLabels &labels, int exceptionStatus, const QString &exceptionClass)
{
    m_registry.add(success ? m_f.successfulFallbacks : m_f.failedFallbacks,
        { requestedGroup, fallbackGroup, labels.hashedApiKey, kNone, kNone, kNone,
            QString::number(exceptionStatus), exceptionClass });
}

void LiteLlmMetrics::recordProxyRequest(const QString &requestedModel, const CallLabels &labels, int status,
    const QString &exceptionClass, double totalLatencySeconds, const QString &servingModel,
    const QString &servingModelId)
{
    m_registry.add(m_f.proxyTotal,
        { kNone, labels.hashedApiKey, kNone, requestedModel, kNone, kNone, kNone, QString::number(status),
            labels.route, labels.agent });
    if (status >= 400) {
        m_registry.add(m_f.proxyFailed,
            { kNone, labels.hashedApiKey, kNone, requestedModel, kNone, kNone, kNone, QString::number(status),
                exceptionClass, labels.route, labels.agent });
        return;
    }
    m_registry.observe(m_f.requestTotalLatency,
        { kNone, labels.hashedApiKey, kNone, requestedModel, kNone, kNone, kNone,
            modelWithoutProvider(servingModel), servingModelId },
        totalLatencySeconds);
}

void LiteLlmMetrics::setDeploymentState(const Deployment &d, int state)
{
    m_registry.set(m_f.deploymentState, deploymentLabels(d), state);
}

void LiteLlmMetrics::setRemaining(
    const Deployment &d, std::optional<double> requests, std::optional<double> tokens)
{
    const QStringList l = { d.group, d.provider, noneIfEmpty(d.apiBase), d.model, d.id };
    if (requests)
        m_registry.set(m_f.remainingRequests, l, *requests);
    if (tokens)
        m_registry.set(m_f.remainingTokens, l, *tokens);
}

void LiteLlmMetrics::removeDeployment(const QString &deploymentId)
{
    // Counters keep their history (as a restarted LiteLLM would simply stop updating them); the gauges
    // describe the present and must not show a deployment that is gone.
    for (MetricsRegistry::FamilyId f : { m_f.deploymentState, m_f.remainingRequests, m_f.remainingTokens })
        m_registry.removeWhere(f, "model_id", deploymentId);
}

} // namespace RouteDeck
