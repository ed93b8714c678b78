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

QByteArray LiteLlmMetrics::metadataLabelName(const QString &path)
{
    // _sanitize_prometheus_label_name: anything outside [A-Za-z0-9_] becomes "_", a leading digit gets one.
    QByteArray name = path.toUtf8();
    for (char &c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            c = '_';
    }
    if (name.isEmpty() || (name.at(0) >= '0' && name.at(0) <= '9'))
        name.prepend('_');
    return name;
}

MetricsRegistry::FamilyId LiteLlmMetrics::addFamily(const QByteArray &name, const QByteArray &help,
    MetricsRegistry::Type type, const FamilySpec &spec, const QList<double> &buckets)
{
    static const char *const kNames[LabelCount] = { "end_user", "hashed_api_key", "api_key_alias",
        "requested_model", "team", "team_alias", "user", "user_email", "status_code", "exception_status",
        "exception_class", "route", "client_ip", "user_agent", "model_id", "model", "litellm_model_name",
        "api_base", "api_provider", "model_group", "fallback_model" };
    QList<QByteArray> names;
    for (Label l : spec.labels)
        names.append(kNames[l]);
    if (spec.customLabels)
        names += m_metadataNames;
    if (spec.orgLabels)
        names += { "org_id", "org_alias" };
    const MetricsRegistry::FamilyId id = m_registry.addFamily(name, help, type, names, buckets);
    m_specs.insert(id, spec);
    return id;
}

// Families and label lists as litellm/integrations/prometheus.py and litellm/types/integrations/prometheus.py
// define them (PrometheusMetricLabels, get_labels); tests/data/litellm-real/prometheus-families*.txt.
LiteLlmMetrics::LiteLlmMetrics()
    : LiteLlmMetrics(Options())
{ }

LiteLlmMetrics::LiteLlmMetrics(const Options &options)
    : m_options(options)
{
    for (const QString &path : options.metadataLabels)
        m_metadataNames.append(metadataLabelName(path));
    const bool org = options.version.hasOrgLabels();
    const QList<double> latency = options.version.defaultLatencyBuckets();
    const QList<Label> keyTeam = { HashedApiKey, ApiKeyAlias, Team, TeamAlias };
    const QList<Label> deployment = { LitellmModelName, ModelId, ApiBase, ApiProvider };

    m_f.proxyTotal = addFamily("litellm_proxy_total_requests_metric",
        "Total number of requests made to the proxy server - track number of client side requests",
        Type::Counter,
        { { EndUser, HashedApiKey, ApiKeyAlias, RequestedModel, Team, TeamAlias, User, StatusCode, UserEmail, Route,
              ClientIp, UserAgent, ModelId },
            true, org });
    m_f.proxyFailed = addFamily("litellm_proxy_failed_requests_metric",
        "Total number of failed responses from proxy - the client did not get a success response from "
        "litellm proxy",
        Type::Counter,
        { { EndUser, HashedApiKey, ApiKeyAlias, RequestedModel, Team, TeamAlias, User, UserEmail, ExceptionStatus,
              ExceptionClass, Route, ClientIp, UserAgent, ModelId },
            true, org });
    m_f.requestTotalLatency = addFamily("litellm_request_total_latency_metric",
        "Total latency (seconds) for a request to LiteLLM", Type::Histogram,
        { { EndUser, HashedApiKey, ApiKeyAlias, RequestedModel, Team, TeamAlias, User, Model, ModelId }, true, org },
        latency);
    const FamilySpec apiLatency { { Model, HashedApiKey, ApiKeyAlias, Team, TeamAlias, RequestedModel, EndUser, User,
                                      ModelId },
        true, org };
    m_f.llmApiLatency = addFamily("litellm_llm_api_latency_metric",
        "Total latency (seconds) for a models LLM API call", Type::Histogram, apiLatency, latency);
    m_f.timeToFirstToken = addFamily("litellm_llm_api_time_to_first_token_metric",
        "Time to first token for a models LLM API call", Type::Histogram, apiLatency, latency);
    FamilySpec spend { { EndUser, HashedApiKey, ApiKeyAlias, Model, Team, TeamAlias, User, UserEmail, ClientIp,
                           UserAgent, ModelId },
        true, org };
    if (options.version.spendHasApiProvider())
        spend.labels.append(ApiProvider);
    m_f.spend = addFamily("litellm_spend_metric", "Total spend on LLM requests", Type::Counter, spend);
    const FamilySpec tokens { { EndUser, HashedApiKey, ApiKeyAlias, Model, Team, TeamAlias, User, UserEmail,
                                  RequestedModel, ModelId },
        true, org };
    m_f.totalTokens = addFamily("litellm_total_tokens_metric",
        "Total number of input + output tokens from LLM requests", Type::Counter, tokens);
    m_f.inputTokens = addFamily("litellm_input_tokens_metric",
        "Total number of input tokens from LLM requests", Type::Counter, tokens);
    m_f.outputTokens = addFamily("litellm_output_tokens_metric",
        "Total number of output tokens from LLM requests", Type::Counter, tokens);
    const FamilySpec remaining { { ModelGroup, ApiProvider, ApiBase, LitellmModelName, HashedApiKey, ApiKeyAlias,
        ModelId } };
    m_f.remainingRequests = addFamily("litellm_remaining_requests_metric",
        "LLM Deployment Analytics - remaining requests for model, returned from LLM API Provider",
        Type::Gauge, remaining);
    m_f.remainingTokens = addFamily("litellm_remaining_tokens_metric",
        "remaining tokens for model, returned from LLM API Provider", Type::Gauge, remaining);
    m_f.overheadLatency = addFamily("litellm_overhead_latency_metric",
        "Latency overhead (seconds) added by LiteLLM processing", Type::Histogram, remaining, latency);
    m_f.deploymentState = addFamily("litellm_deployment_state",
        "LLM Deployment Analytics - The state of the deployment: 0 = healthy, 1 = partial outage, 2 = "
        "complete outage",
        Type::Gauge, { deployment });
    m_f.cooledDown = addFamily("litellm_deployment_cooled_down",
        "LLM Deployment Analytics - Number of times a deployment has been cooled down by LiteLLM load "
        "balancing logic. exception_status is the status of the exception that caused the deployment to be "
        "cooled down",
        Type::Counter, { deployment + QList<Label> { ExceptionStatus } });
    const QList<Label> request = QList<Label> { RequestedModel } + deployment + keyTeam + QList<Label> { ClientIp, UserAgent };
    m_f.successResponses = addFamily("litellm_deployment_success_responses",
        "LLM Deployment Analytics - Total number of successful LLM API calls via litellm", Type::Counter,
        { request });
    m_f.failureResponses = addFamily("litellm_deployment_failure_responses",
        "LLM Deployment Analytics - Total number of failed LLM API calls for a specific LLM deploymeny. "
        "exception_status is the status of the exception from the llm api",
        Type::Counter,
        { QList<Label> { RequestedModel } + deployment + QList<Label> { ExceptionStatus, ExceptionClass } + keyTeam
            + QList<Label> { ClientIp, UserAgent } });
    m_f.totalRequests = addFamily("litellm_deployment_total_requests",
        "LLM Deployment Analytics - Total number of LLM API calls via litellm - success + failure",
        Type::Counter, { request });
    m_f.latencyPerOutputToken = addFamily("litellm_deployment_latency_per_output_token",
        "LLM Deployment Analytics - Latency per output token", Type::Histogram, { deployment + keyTeam, true, org },
        defaultBuckets());
    const FamilySpec fallback { { RequestedModel, FallbackModel, HashedApiKey, ApiKeyAlias, Team, TeamAlias,
        ExceptionStatus, ExceptionClass, ModelId } };
    m_f.successfulFallbacks = addFamily("litellm_deployment_successful_fallbacks",
        "LLM Deployment Analytics - Number of successful fallback requests from primary model -> fallback "
        "model",
        Type::Counter, fallback);
    m_f.failedFallbacks = addFamily("litellm_deployment_failed_fallbacks",
        "LLM Deployment Analytics - Number of failed fallback requests from primary model -> fallback model",
        Type::Counter, fallback);
}

LiteLlmMetrics::LabelValues LiteLlmMetrics::noneValues()
{
    LabelValues v;
    v.fill(kNone);
    return v;
}

QStringList LiteLlmMetrics::values(MetricsRegistry::FamilyId family, const LabelValues &v, const QString &agent) const
{
    const FamilySpec &spec = m_specs[family];
    QStringList out;
    out.reserve(spec.labels.size() + m_metadataNames.size() + 2);
    for (Label l : spec.labels)
        out.append(v[l]);
    if (spec.customLabels) {
        for (const QString &path : m_options.metadataLabels)
            out.append(path == QLatin1String("metadata.agent") && !agent.isEmpty() ? agent : kNone);
    }
    if (spec.orgLabels)
        out << kNone << kNone;
    return out;
}

// The deployment's own labels, the rest None. `apiBase` as the writing code path prints it (see
// deploymentLabels() and cooldownLabels()).
LiteLlmMetrics::LabelValues LiteLlmMetrics::deploymentValues(const Deployment &d, const QString &apiBase)
{
    LabelValues v = noneValues();
    v[LitellmModelName] = v[Model] = modelWithoutProvider(d.model);
    v[ModelId] = d.id;
    v[ApiBase] = apiBase;
    v[ApiProvider] = d.provider;
    v[ModelGroup] = d.group;
    return v;
}

// What LiteLLM knows of a call that reached a deployment (UserAPIKeyLabelValues): the key, its team
// (the simulator's keys have no alias; a team's alias is its id), the group asked for and the deployment.
LiteLlmMetrics::LabelValues LiteLlmMetrics::requestValues(const Deployment &d, const CallLabels &labels) const
{
    LabelValues v = deploymentValues(d, noneIfEmpty(d.apiBase));
    v[HashedApiKey] = labels.hashedApiKey;
    v[Team] = v[TeamAlias] = noneIfEmpty(labels.team);
    v[RequestedModel] = d.group;
    v[Route] = labels.route;
    return v;
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

size_t qHash(const LiteLlmMetrics::CallKey &key, size_t seed)
{
    return qHashMulti(seed, key.deploymentId, key.requestedModel, key.model, key.exceptionClass,
        key.labels.hashedApiKey, key.labels.agent, key.labels.route, key.labels.team, key.result);
}

LiteLlmMetrics::SeriesRefs &LiteLlmMetrics::cachedRefs(QHash<CallKey, SeriesRefs> &cache, const CallKey &key, bool *fresh)
{
    if (m_refsGeneration != m_registry.generation() || cache.size() >= kMaxCachedCalls)
        forgetCachedRefs();
    auto it = cache.find(key);
    *fresh = it == cache.end();
    if (*fresh)
        it = cache.insert(key, SeriesRefs {});
    return *it;
}

void LiteLlmMetrics::forgetCachedRefs()
{
    m_attemptRefs.clear();
    m_tokenRefs.clear();
    m_proxyRefs.clear();
    m_remainingRefs.clear();
    m_refsGeneration = m_registry.generation();
}

void LiteLlmMetrics::recordAttempt(
    const Deployment &d, const CallLabels &labels, Outcome outcome, double latencySeconds, int outputTokens)
{
    enum { Total, Responses, State, ApiLatency, FirstToken, Overhead, PerOutputToken };
    bool fresh = false;
    SeriesRefs &refs = cachedRefs(m_attemptRefs, { d.id, {}, {}, {}, labels, int(outcome) }, &fresh);
    LabelValues v;
    if (fresh || (outputTokens > 0 && !refs[PerOutputToken].isValid()))
        v = requestValues(d, labels);
    if (fresh) {
        refs[Total] = m_registry.find(m_f.totalRequests, values(m_f.totalRequests, v, labels.agent));
        if (outcome != Outcome::Success) {
            LabelValues failed = v;
            failed[ExceptionStatus] = QString::number(Outcomes::httpStatus(outcome));
            failed[ExceptionClass] = Outcomes::prometheusExceptionClass(outcome, d.provider);
            refs[Responses] = m_registry.find(m_f.failureResponses, values(m_f.failureResponses, failed, labels.agent));
        } else {
            refs[Responses] = m_registry.find(m_f.successResponses, values(m_f.successResponses, v, labels.agent));
        }
        refs[State] = m_registry.find(m_f.deploymentState, stateLabels(d));
        if (outcome == Outcome::Success) {
            refs[ApiLatency] = m_registry.find(m_f.llmApiLatency, values(m_f.llmApiLatency, v, labels.agent));
            refs[FirstToken] = m_registry.find(m_f.timeToFirstToken, values(m_f.timeToFirstToken, v, labels.agent));
        }
    }
    m_registry.add(refs[Total]);
    m_registry.add(refs[Responses]);
    if (outcome != Outcome::Success) {
        m_registry.set(refs[State], 1);
        return;
    }
    m_registry.set(refs[State], 0);
    m_registry.observe(refs[ApiLatency], latencySeconds);
    // A simulated stream's first token arrives after about a third of the call.
    m_registry.observe(refs[FirstToken], latencySeconds / 3.0);
    if (outputTokens > 0) {
        if (!refs[PerOutputToken].isValid()) // only once a call has output tokens, as LiteLLM
            refs[PerOutputToken]
                = m_registry.find(m_f.latencyPerOutputToken, values(m_f.latencyPerOutputToken, v, labels.agent));
        m_registry.observe(refs[PerOutputToken], latencySeconds / double(outputTokens));
    }
    if (!refs[Overhead].isValid())
        refs[Overhead] = m_registry.find(m_f.overheadLatency, values(m_f.overheadLatency, requestValues(d, labels), labels.agent));
    m_registry.observe(refs[Overhead], 0.002 + latencySeconds * 0.001);
}

void LiteLlmMetrics::recordTokens(
    const Deployment &d, const CallLabels &labels, int inputTokens, int outputTokens, double cost)
{
    enum { Input, Output, Total, Spend };
    bool fresh = false;
    SeriesRefs &refs = cachedRefs(m_tokenRefs, { d.id, {}, {}, {}, labels, 0 }, &fresh);
    if (fresh) {
        const LabelValues v = requestValues(d, labels);
        const QStringList l = values(m_f.inputTokens, v, labels.agent); // the three token families share labels
        refs[Input] = m_registry.find(m_f.inputTokens, l);
        refs[Output] = m_registry.find(m_f.outputTokens, l);
        refs[Total] = m_registry.find(m_f.totalTokens, l);
        if (m_exportSpend)
            refs[Spend] = m_registry.find(m_f.spend, values(m_f.spend, v, labels.agent));
    }
    m_registry.add(refs[Input], inputTokens);
    m_registry.add(refs[Output], outputTokens);
    m_registry.add(refs[Total], inputTokens + outputTokens);
    m_registry.add(refs[Spend], cost);
}

// LiteLLM's router_cooldown_event_callback: state 2 and the counter, both on the cooldown labels. Nothing
// resets the state when the cooldown ends (the cooldown is a cache entry that just expires): it stays 2
// until the next success writes 0. Where the api_base is unset the two label sets differ ("" against
// "None"), so that 2 sits on a series no success ever touches (LiteLLM issue 35653 reports the same split).
void LiteLlmMetrics::recordCooldown(const Deployment &d, int exceptionStatus)
{
    LabelValues v = deploymentValues(d, d.apiBase); // litellm.get_api_base(...) or ""
    m_registry.set(m_f.deploymentState, values(m_f.deploymentState, v), 2);
    v[ExceptionStatus] = QString::number(exceptionStatus);
    m_registry.add(m_f.cooledDown, values(m_f.cooledDown, v));
}

void LiteLlmMetrics::recordFallback(bool success, const QString &requestedGroup, const QString &fallbackGroup,
    const CallLabels &labels, int exceptionStatus, const QString &exceptionClass)
{
    LabelValues v = noneValues();
    v[RequestedModel] = requestedGroup;
    v[FallbackModel] = fallbackGroup;
    v[HashedApiKey] = labels.hashedApiKey;
    v[Team] = v[TeamAlias] = noneIfEmpty(labels.team);
    v[ExceptionStatus] = QString::number(exceptionStatus);
    v[ExceptionClass] = exceptionClass;
    const MetricsRegistry::FamilyId family = success ? m_f.successfulFallbacks : m_f.failedFallbacks;
    m_registry.add(family, values(family, v, labels.agent));
}

void LiteLlmMetrics::recordProxyRequest(const QString &requestedModel, const CallLabels &labels, int status,
    const QString &exceptionClass, double totalLatencySeconds, const QString &servingModel,
    const QString &servingModelId)
{
    enum { Total, Failed, Latency };
    bool fresh = false;
    SeriesRefs &refs
        = cachedRefs(m_proxyRefs, { servingModelId, requestedModel, servingModel, exceptionClass, labels, status }, &fresh);
    if (fresh) {
        LabelValues v = noneValues();
        v[HashedApiKey] = labels.hashedApiKey;
        v[Team] = v[TeamAlias] = noneIfEmpty(labels.team);
        v[RequestedModel] = requestedModel;
        v[StatusCode] = QString::number(status);
        v[Route] = labels.route;
        // A request refused before a deployment was picked has model_id "" (PR 26947).
        v[ModelId] = servingModelId;
        refs[Total] = m_registry.find(m_f.proxyTotal, values(m_f.proxyTotal, v, labels.agent));
        if (status >= 400) {
            v[ExceptionStatus] = QString::number(status);
            v[ExceptionClass] = exceptionClass;
            refs[Failed] = m_registry.find(m_f.proxyFailed, values(m_f.proxyFailed, v, labels.agent));
        } else {
            v[Model] = modelWithoutProvider(servingModel);
            refs[Latency] = m_registry.find(m_f.requestTotalLatency, values(m_f.requestTotalLatency, v, labels.agent));
        }
    }
    m_registry.add(refs[Total]);
    if (status >= 400)
        m_registry.add(refs[Failed]);
    else
        m_registry.observe(refs[Latency], totalLatencySeconds);
}

QStringList LiteLlmMetrics::stateLabels(const Deployment &d) const
{
    return values(m_f.deploymentState, deploymentValues(d, noneIfEmpty(d.apiBase)));
}

void LiteLlmMetrics::setDeploymentState(const Deployment &d, int state)
{
    m_registry.set(m_f.deploymentState, stateLabels(d), state);
}

void LiteLlmMetrics::setRemaining(
    const Deployment &d, std::optional<double> requests, std::optional<double> tokens)
{
    enum { Requests, Tokens };
    bool fresh = false;
    SeriesRefs &refs = cachedRefs(m_remainingRefs, { d.id, {}, {}, {}, {}, 0 }, &fresh);
    Q_UNUSED(fresh)
    // Each gauge's series appears with its first value, as in LiteLLM.
    const auto labels = [this, &d] { return values(m_f.remainingRequests, deploymentValues(d, noneIfEmpty(d.apiBase))); };
    if (requests) {
        if (!refs[Requests].isValid())
            refs[Requests] = m_registry.find(m_f.remainingRequests, labels());
        m_registry.set(refs[Requests], *requests);
    }
    if (tokens) {
        if (!refs[Tokens].isValid())
            refs[Tokens] = m_registry.find(m_f.remainingTokens, labels());
        m_registry.set(refs[Tokens], *tokens);
    }
}

void LiteLlmMetrics::removeDeployment(const QString &deploymentId)
{
    // Counters keep their history (as a restarted LiteLLM would simply stop updating them); the gauges
    // describe the present and must not show a deployment that is gone.
    for (MetricsRegistry::FamilyId f : { m_f.deploymentState, m_f.remainingRequests, m_f.remainingTokens })
        m_registry.removeWhere(f, "model_id", deploymentId);
    forgetCachedRefs(); // a changed deployment's labels (model, api_base) may differ now
}

} // namespace RouteDeck
