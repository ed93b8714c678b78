// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerengine.h"

#include "deploymenteditor.h"
#include "sharemath.h"
#include "simclock.h"
#include "simvalues.h"

#include <QCoreApplication>
#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RouterEngine", text);
}

constexpr double kFailureRateThreshold = 0.5; // LiteLLM DEFAULT_FAILURE_THRESHOLD_PERCENT
constexpr int kFailureRateMinimumCalls = 5;
constexpr int kMaxLabelLength = 64;

// LiteLLM's _is_cooldown_required: 4xx never cool a deployment, except 401, 404, 408 and 429.
bool isCooldownRequired(int status)
{
    if (status >= 400 && status < 500)
        return status == 429 || status == 401 || status == 404 || status == 408;
    return true;
}

// Client errors: every deployment would answer the same, so neither retries nor fallbacks help.
bool isClientError(int status)
{
    return status == 400 || status == 403 || status == 422;
}

QString formatSeconds(double seconds)
{
    return seconds == std::floor(seconds) ? QString::number(qint64(seconds)) : QString::number(seconds);
}

int numRetriesOf(const RouterConfig &config)
{
    return std::clamp(config.settings.effectiveNumRetries(), 0, 100);
}
} // namespace

namespace {
// litellm_settings.custom_prometheus_metadata_labels, the metadata LiteLLM adds to its metric labels.
LiteLlmMetrics::Options metricsOptions(const RouterConfig &config, const LiteLlmVersion &version)
{
    LiteLlmMetrics::Options options;
    options.version = version;
    const QVariantList labels = config.document.value(QStringLiteral("litellm_settings"))
                                    .toMap()
                                    .value(QStringLiteral("custom_prometheus_metadata_labels"))
                                    .toList();
    for (const QVariant &label : labels) {
        if (label.typeId() == QMetaType::QString && !label.toString().isEmpty())
            options.metadataLabels.append(label.toString());
    }
    return options;
}
} // namespace

RouterEngine::RouterEngine(RouterConfig config, SimulationParams params, const SimClock *clock, quint64 seed,
    const LiteLlmVersion &version)
    : m_config(std::move(config))
    , m_params(std::move(params))
    , m_clock(clock)
    , m_rng(seed)
    , m_metrics(metricsOptions(m_config, version))
{
    rebuildGroups();
    for (const Deployment &d : std::as_const(m_config.deployments))
        m_metrics.setDeploymentState(d, 0);
}

double RouterEngine::now() const
{
    return m_clock->now();
}

void RouterEngine::rebuildGroups()
{
    m_groups.clear();
    m_simParams.clear();
    m_metrics.forgetCachedRefs(); // labels come from the config: a group or model may be named differently now
    for (const Deployment &d : std::as_const(m_config.deployments)) {
        m_groups[d.group].members.append(d);
        DeploymentSimParams params = m_params.forDeployment(d.id);
        // The deployment's own litellm_params.timeout is the deadline its calls get.
        if (const auto t = SimValues::number(d.litellmParams.value(QStringLiteral("timeout"))); t && *t > 0)
            params.timeoutSeconds = *t;
        m_simParams.insert(d.id, params);
        m_states[d.id]; // creates the state when new
    }
    for (Group &group : m_groups) {
        const QHash<QString, double> shares = ShareMath::effectiveShares(group.members, {});
        double cumulative = 0;
        for (const Deployment &d : std::as_const(group.members)) {
            group.cumulativeShares.push_back(cumulative += shares.value(d.id));
            group.coolingUntil = std::max(group.coolingUntil, m_states[d.id].cooldownUntil);
        }
    }
}

const QList<Deployment> &RouterEngine::membersOf(const QString &group) const
{
    static const QList<Deployment> none;
    const auto it = m_groups.constFind(group);
    return it == m_groups.cend() ? none : it->members;
}

QStringList RouterEngine::faultTargets() const
{
    QStringList targets;
    for (const Deployment &d : m_config.deployments) {
        targets.append(d.id);
        if (!targets.contains(d.provider))
            targets.append(d.provider);
    }
    return targets;
}

bool RouterEngine::coolingAt(const QString &id, double now) const
{
    const auto it = m_states.constFind(id);
    return it != m_states.cend() && it->isCooling(now);
}

bool RouterEngine::isCoolingDown(const QString &id) const
{
    const auto it = m_states.constFind(id);
    return it != m_states.cend() && it->isCooling(now());
}

double RouterEngine::cooldownRemaining(const QString &id) const
{
    const auto it = m_states.constFind(id);
    return it == m_states.cend() ? 0.0 : std::max(0.0, it->cooldownUntil - now());
}

QStringList RouterEngine::coolingDeployments(const QString &group) const
{
    QStringList ids;
    const double t = now();
    for (const Deployment &d : membersOf(group)) {
        if (coolingAt(d.id, t))
            ids.append(d.id);
    }
    return ids;
}

int RouterEngine::healthyCount(const QString &group, double now) const
{
    int count = 0;
    for (const Deployment &d : membersOf(group)) {
        const auto it = m_states.constFind(d.id);
        if (it == m_states.cend() || !it->isCooling(now))
            ++count;
    }
    return count;
}

const Deployment *RouterEngine::pick(const QString &group, const QSet<QString> &exclude, double now)
{
    const auto groupIt = m_groups.constFind(group);
    if (groupIt == m_groups.cend())
        return nullptr;
    const QList<Deployment> &members = groupIt->members;
    ++m_routingDecisions;

    // The common case: every deployment available, first attempt. The split is the one worked out when the
    // group was built; the pick is the same walk along it as below.
    const bool noneCooling = now >= groupIt->coolingUntil
        || std::none_of(members.cbegin(), members.cend(), [&](const Deployment &d) { return coolingAt(d.id, now); });
    if (exclude.isEmpty() && noneCooling) {
        const std::vector<double> &cumulative = groupIt->cumulativeShares;
        if (cumulative.empty() || !(cumulative.back() > 0))
            return nullptr; // the pick fails, as below
        const double r = m_rng.uniform() * cumulative.back();
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), r);
        return &members.at(it == cumulative.cend() ? members.size() - 1 : it - cumulative.cbegin());
    }

    QSet<QString> cooling;
    for (const Deployment &d : members) {
        if (coolingAt(d.id, now))
            cooling.insert(d.id);
    }
    if (cooling.size() == members.size())
        return nullptr;

    // Retries prefer deployments this call has not tried yet; when every healthy one has been
    // tried, LiteLLM simply picks again among the healthy ones.
    QHash<QString, double> shares;
    if (!exclude.isEmpty())
        shares = ShareMath::effectiveShares(members, cooling + exclude);
    double total = 0;
    for (double s : std::as_const(shares))
        total += s;
    if (total <= 0) {
        shares = ShareMath::effectiveShares(members, cooling);
        total = 0;
        for (double s : std::as_const(shares))
            total += s;
    }
    if (total <= 0) {
        // The field simple_shuffle weighs by is 0 on every healthy deployment: LiteLLM's random.choices
        // raises ("Total of weights must be greater than zero"), so the request fails without a pick.
        return nullptr;
    }
    const double r = m_rng.uniform() * total;
    double cumulative = 0;
    const Deployment *last = nullptr;
    for (const Deployment &d : members) {
        const double s = shares.value(d.id);
        if (s <= 0)
            continue;
        cumulative += s;
        last = &d;
        if (r < cumulative)
            return &d;
    }
    return last;
}

Outcome RouterEngine::simulateAttempt(const Deployment &d, const DeploymentSimParams &p, DeploymentState &state,
    double now, double *latency, int *outputTokens)
{
    *outputTokens = 0;

    const FaultEffect effect = m_faults.effectFor(d, now, m_rng);
    const double timeout = p.timeoutSeconds;

    while (!state.requestTimes.empty() && state.requestTimes.front() <= now - 60.0)
        state.requestTimes.pop_front();
    while (!state.tokenTimes.empty() && state.tokenTimes.front().first <= now - 60.0) {
        state.tokensInWindow -= state.tokenTimes.front().second;
        state.tokenTimes.pop_front();
    }

    const double base = m_rng.logNormal(p.latencyMedianSeconds, p.latencyP99Seconds);
    if (p.providerRpm > 0 && double(state.requestTimes.size()) >= p.providerRpm) {
        // The provider rejects before doing any work.
        *latency = 0.02 + base * 0.05;
        return Outcome::RateLimit;
    }
    if (p.providerRpm > 0 || p.providerTpm > 0)
        state.requestTimes.push_back(now);

    Outcome outcome = Outcome::Success;
    if (effect.forcedOutcome) {
        outcome = *effect.forcedOutcome;
    } else if (!p.failureRates.empty()) {
        const double roll = m_rng.uniform();
        double cumulative = 0;
        for (const auto &[failure, rate] : p.failureRates) {
            cumulative += rate;
            if (roll < cumulative) {
                outcome = failure;
                break;
            }
        }
    }

    double l = base + effect.extraLatencySeconds;
    if (outcome == Outcome::Success && l > timeout)
        outcome = Outcome::Timeout;
    switch (outcome) {
    case Outcome::Success: {
        const int mean = p.outputTokens;
        *outputTokens = mean > 0 ? m_rng.uniformInt((mean + 1) / 2, mean + mean / 2) : 0;
        break;
    }
    case Outcome::Timeout:
        l = timeout;
        break;
    case Outcome::ServerError:
    case Outcome::ServiceUnavailable:
        l *= 0.5;
        break;
    default: // 4xx answers come back quickly
        l = 0.02 + l * 0.1;
        break;
    }
    *latency = l;
    return outcome;
}

void RouterEngine::startCooldown(const Deployment &d, int status, double now)
{
    DeploymentState &s = m_states[d.id];
    s.cooldownUntil = now + m_config.cooldownFor(d);
    if (const auto group = m_groups.find(d.group); group != m_groups.end())
        group->coolingUntil = std::max(group->coolingUntil, s.cooldownUntil);
    m_metrics.recordCooldown(d, status);
}

bool RouterEngine::onFailure(const Deployment &d, DeploymentState &s, Outcome outcome, double now)
{
    s.rollMinute(now);
    ++s.minuteFailures;

    const int status = Outcomes::httpStatus(outcome);
    if (m_config.settings.disableCooldowns || !isCooldownRequired(status))
        return false;
    const bool singleDeploymentGroup = membersOf(d.group).size() <= 1;
    const int calls = s.minuteFailures + s.minuteSuccesses;
    const double failureRate = calls > 0 ? double(s.minuteFailures) / calls : 0.0;

    bool cool = false;
    if (status == 429 && !singleDeploymentGroup)
        cool = true;
    else if (failureRate > kFailureRateThreshold && calls >= kFailureRateMinimumCalls
        && !singleDeploymentGroup)
        cool = true;
    else if (!Outcomes::isRetryableStatus(status))
        cool = true; // 401, 404: retrying the same credentials or model cannot help
    if (cool)
        startCooldown(d, status, now);
    return cool;
}

void RouterEngine::refreshRemaining(const Deployment &d, const DeploymentSimParams &p, DeploymentState &s, double now)
{
    std::optional<double> requests;
    std::optional<double> tokens;
    if (p.providerRpm > 0) {
        while (!s.requestTimes.empty() && s.requestTimes.front() <= now - 60.0)
            s.requestTimes.pop_front();
        requests = std::max(0.0, p.providerRpm - double(s.requestTimes.size()));
    }
    if (p.providerTpm > 0) {
        while (!s.tokenTimes.empty() && s.tokenTimes.front().first <= now - 60.0) {
            s.tokensInWindow -= s.tokenTimes.front().second;
            s.tokenTimes.pop_front();
        }
        tokens = std::max(0.0, p.providerTpm - s.tokensInWindow);
    }
    m_metrics.setRemaining(d, requests, tokens);
}

QString RouterEngine::failureMessage(const Deployment &d, Outcome outcome) const
{
    QString provider = d.provider;
    if (!provider.isEmpty())
        provider[0] = provider.at(0).toUpper();
    return QStringLiteral("litellm.%1: %2Exception - %3. Received Model Group=%4")
        .arg(Outcomes::exceptionClass(outcome), provider,
            tr("simulated %1 from deployment %2 (routedeck-sim)").arg(Outcomes::name(outcome), d.id),
            d.group);
}

QString RouterEngine::noDeploymentsMessage(const QString &group, double now) const
{
    QStringList cooling;
    for (const Deployment &d : membersOf(group)) {
        if (coolingAt(d.id, now))
            cooling.append(QLatin1Char('\'') + d.id + QLatin1Char('\''));
    }
    // The exact shape of LiteLLM's RouterRateLimitError, which clients match on.
    return QStringLiteral(
        "No deployments available for selected model, Try again in %1 seconds. Passed model=%2. "
        "pre-call-checks=False, cooldown_list=[%3]")
        .arg(formatSeconds(m_config.settings.effectiveCooldown()), group, cooling.join(QStringLiteral(", ")));
}

QString RouterEngine::agentLabel(const QString &agent)
{
    if (agent.isEmpty())
        return QStringLiteral("None");
    const QString label = agent.left(kMaxLabelLength);
    if (m_agents.contains(label))
        return label;
    if (m_agents.size() >= kMaxAgentLabels)
        return QStringLiteral("other");
    m_agents.insert(label);
    return label;
}

QString RouterEngine::requestedModelLabel(const QString &group)
{
    if (m_groups.contains(group))
        return group;
    const QString label = group.left(kMaxLabelLength);
    if (m_unknownModels.contains(label))
        return label;
    if (m_unknownModels.size() >= kMaxAgentLabels)
        return QStringLiteral("other");
    m_unknownModels.insert(label);
    return label;
}

RouterEngine::GroupRun RouterEngine::runGroup(const QString &group, double now,
    const LiteLlmMetrics::CallLabels &labels, const CallRequest &request, CallResult &result)
{
    GroupRun run;
    const int attemptsAllowed = numRetriesOf(m_config) + 1;
    const bool hasFallbacks = !m_config.settings.fallbacksFor(group).isEmpty();
    QSet<QString> tried;
    for (int attempt = 0; attempt < attemptsAllowed; ++attempt) {
        const Deployment *d = pick(group, tried, now);
        if (!d) {
            run.noDeployments = !run.lastDeployment;
            return run;
        }
        double latency = 0;
        int outputTokens = 0;
        // Looked up once per attempt; nothing below adds deployments, so the references hold.
        DeploymentState &state = m_states[d->id];
        const DeploymentSimParams &p = m_simParams[d->id];
        const Outcome outcome = simulateAttempt(*d, p, state, now, &latency, &outputTokens);
        m_metrics.recordAttempt(*d, labels, outcome, latency, outputTokens);
        result.latencySeconds += latency;
        run.lastDeployment = d;
        run.lastOutcome = outcome;

        AttemptRecord record { d->id, d->group, outcome, latency, false };
        if (outcome == Outcome::Success) {
            state.rollMinute(now);
            ++state.minuteSuccesses;
            result.inputTokens = request.inputTokens > 0 ? request.inputTokens : p.inputTokens;
            result.outputTokens = outputTokens;
            result.cost
                = result.inputTokens / 1000.0 * p.inputCostPer1k + outputTokens / 1000.0 * p.outputCostPer1k;
            if (p.providerTpm > 0) {
                state.tokenTimes.emplace_back(now, result.inputTokens + outputTokens);
                state.tokensInWindow += result.inputTokens + outputTokens;
            }
            m_metrics.recordTokens(*d, labels, result.inputTokens, outputTokens, result.cost);
            refreshRemaining(*d, p, state, now);
            result.attempts.append(record);
            run.ok = true;
            return run;
        }
        record.cooledDown = onFailure(*d, state, outcome, now);
        refreshRemaining(*d, p, state, now);
        result.attempts.append(record);
        tried.insert(d->id); // the next attempt prefers the others

        // LiteLLM's should_retry_this_error, plus: client errors are not retried.
        const int status = Outcomes::httpStatus(outcome);
        const int healthy = healthyCount(group, now);
        if (isClientError(status) || outcome == Outcome::NotFound)
            return run;
        if (outcome == Outcome::RateLimit && healthy == 0 && hasFallbacks)
            return run;
        if (outcome == Outcome::AuthError && membersOf(group).size() <= 1)
            return run;
        if (healthy == 0)
            return run;
    }
    return run;
}

CallResult RouterEngine::complete(const CallRequest &request)
{
    CallResult result;
    const double now = m_clock->now();
    const LiteLlmMetrics::CallLabels labels { request.hashedApiKey.isEmpty() ? QStringLiteral("None")
                                                                             : request.hashedApiKey,
        agentLabel(request.agent), request.route, request.team.left(kMaxLabelLength) };
    const QString requestedLabel = requestedModelLabel(request.group);

    if (!m_groups.contains(request.group)) {
        result.httpStatus = 400;
        result.errorType = QStringLiteral("invalid_request_error");
        result.exceptionClass = QStringLiteral("BadRequestError");
        result.errorMessage = tr("Invalid model name passed in model=%1. Call `/v1/models` to view available "
                                 "models for your key.")
                                  .arg(request.group.left(200));
        m_metrics.recordProxyRequest(requestedLabel, labels, 400, result.exceptionClass, 0, {}, {});
        return result;
    }

    GroupRun run = runGroup(request.group, now, labels, request, result);
    QString servedGroup = request.group;

    // The error that ended the requested group's run, for fallback labels and the response.
    const auto errorOf = [](const GroupRun &r) -> std::pair<int, QString> {
        if (r.noDeployments)
            return { 429, QStringLiteral("RouterRateLimitError") };
        return { Outcomes::httpStatus(r.lastOutcome),
            Outcomes::prometheusExceptionClass(
                r.lastOutcome, r.lastDeployment ? r.lastDeployment->provider : QString()) };
    };

    if (!run.ok) {
        const auto [status, exceptionClass] = errorOf(run);
        if (!isClientError(status)) {
            for (const QString &fallback : m_config.settings.fallbacksFor(request.group)) {
                if (!m_groups.contains(fallback) || fallback == request.group)
                    continue;
                result.fallbackUsed = true;
                GroupRun fallbackRun = runGroup(fallback, now, labels, request, result);
                m_metrics.recordFallback(
                    fallbackRun.ok, request.group, fallback, labels, status, exceptionClass);
                if (fallbackRun.ok) {
                    run = fallbackRun;
                    servedGroup = fallback;
                    break;
                }
                // The last error wins, as in LiteLLM's retry loop.
                if (fallbackRun.lastDeployment || fallbackRun.noDeployments) {
                    run = fallbackRun;
                    servedGroup = fallback;
                }
            }
        }
    }

    result.servedGroup = servedGroup;
    if (run.lastDeployment) {
        result.deploymentId = run.lastDeployment->id;
        result.litellmModel = run.lastDeployment->model;
    }
    if (run.ok) {
        result.ok = true;
        result.httpStatus = 200;
        m_metrics.recordProxyRequest(
            requestedLabel, labels, 200, {}, result.latencySeconds, result.litellmModel, result.deploymentId);
        return result;
    }
    const auto [status, exceptionClass] = errorOf(run);
    result.httpStatus = status;
    result.exceptionClass = exceptionClass;
    result.errorType = QStringLiteral("None");
    result.errorMessage = run.noDeployments ? noDeploymentsMessage(servedGroup, now)
                                            : failureMessage(*run.lastDeployment, run.lastOutcome);
    m_metrics.recordProxyRequest(
        requestedLabel, labels, status, exceptionClass, result.latencySeconds, {}, {});
    return result;
}

QString RouterEngine::probe(const Deployment &d)
{
    const double t = now();
    if (coolingAt(d.id, t))
        return tr("deployment is cooling down for another %1 s").arg(cooldownRemaining(d.id), 0, 'f', 1);
    for (const Fault &f : m_faults.active(t)) {
        if ((f.target == d.id || f.target == d.provider) && f.kind == Fault::Kind::Failure
            && f.probability >= 1.0)
            return failureMessage(d, f.outcome);
    }
    return {};
}

QByteArray RouterEngine::renderMetrics()
{
    const double t = now();
    for (const Deployment &d : std::as_const(m_config.deployments)) {
        const DeploymentSimParams &p = m_simParams[d.id];
        if (p.providerRpm > 0 || p.providerTpm > 0)
            refreshRemaining(d, p, m_states[d.id], t);
    }
    return m_metrics.render();
}

void RouterEngine::applyRemovedOrChanged(const Deployment &before)
{
    // Gauges carry the deployment's labels (model, api_base, ...): drop the old series so a changed
    // deployment does not show twice.
    m_metrics.removeDeployment(before.id);
}

AdminResult RouterEngine::updateDeployment(const QString &id, const QVariantMap &body)
{
    AdminResult result;
    Deployment *current = m_config.findDeployment(id);
    if (!current) {
        result.status = 404;
        result.error = tr("no model with id '%1'").arg(id.left(200));
        return result;
    }
    if (!isDatabaseModel(id)) {
        result.status = 400;
        result.error = QString::fromLatin1(kConfigModelRefusal);
        return result;
    }
    if (const std::optional<Fault> fault = m_faults.adminFault(*current, now())) {
        result.status = 500;
        result.error
            = tr("simulated admin API failure: fault '%1' (admin_error on '%2') fails every update of "
                 "model '%3'; nothing was changed")
                  .arg(fault->id, fault->target, id);
        return result;
    }
    const DeploymentEditResult edit = DeploymentEditor::update(*current, body);
    if (!edit.ok()) {
        result.status = 400;
        result.error = edit.error;
        return result;
    }
    applyRemovedOrChanged(*current);
    *current = edit.deployment;
    rebuildGroups();
    const DeploymentState &s = m_states[id];
    m_metrics.setDeploymentState(*current, s.isCooling(now()) ? 2 : 0);
    result.deployment = *current;
    return result;
}

AdminResult RouterEngine::addDeployment(const QVariantMap &body)
{
    AdminResult result;
    QStringList ids;
    for (const Deployment &d : std::as_const(m_config.deployments))
        ids.append(d.id);
    if (ids.size() >= 100000) {
        result.status = 400;
        result.error = tr("too many models");
        return result;
    }
    DeploymentEditResult edit = DeploymentEditor::create(body, ids);
    if (!edit.ok()) {
        result.status = 400;
        result.error = edit.error;
        return result;
    }
    edit.deployment.index = int(m_config.deployments.size());
    m_config.deployments.append(edit.deployment);
    m_databaseModels.insert(edit.deployment.id);
    m_states.remove(edit.deployment.id);
    rebuildGroups();
    m_metrics.setDeploymentState(edit.deployment, 0);
    result.deployment = edit.deployment;
    return result;
}

AdminResult RouterEngine::removeDeployment(const QString &id)
{
    AdminResult result;
    const Deployment *current = m_config.findDeployment(id);
    if (!current) {
        result.status = 404;
        result.error = tr("no model with id '%1'").arg(id.left(200));
        return result;
    }
    result.deployment = *current;
    applyRemovedOrChanged(*current);
    m_config.deployments.removeIf([&](const Deployment &d) { return d.id == id; });
    m_states.remove(id);
    m_databaseModels.remove(id);
    rebuildGroups();
    return result;
}

void RouterEngine::storeConfigModelsInDatabase()
{
    m_configModelsInDatabase = true;
    for (const Deployment &d : std::as_const(m_config.deployments))
        m_databaseModels.insert(d.id);
}

void RouterEngine::reloadConfig(const RouterConfig &config)
{
    // Models added through /model/new live in the database and survive; the file's models are replaced.
    QList<Deployment> fromDatabase;
    for (const Deployment &d : std::as_const(m_config.deployments)) {
        if (isDatabaseModel(d.id) && !m_configModelsInDatabase)
            fromDatabase.append(d);
    }
    const RouterConfig before = m_config;
    m_config = config;
    m_config.deployments += fromDatabase;
    for (int i = 0; i < m_config.deployments.size(); ++i)
        m_config.deployments[i].index = i;
    // Gauges follow the deployments whose labels changed or that are gone; the rest keep their series.
    for (const Deployment &old : before.deployments) {
        const Deployment *now = m_config.findDeployment(old.id);
        if (!now || LiteLlmMetrics::deploymentLabels(*now) != LiteLlmMetrics::deploymentLabels(old)) {
            applyRemovedOrChanged(old);
            m_states.remove(old.id);
        }
    }
    rebuildGroups();
    if (m_configModelsInDatabase)
        storeConfigModelsInDatabase();
    for (const Deployment &d : std::as_const(m_config.deployments)) {
        const Deployment *old = before.findDeployment(d.id);
        if (!old || LiteLlmMetrics::deploymentLabels(*old) != LiteLlmMetrics::deploymentLabels(d))
            m_metrics.setDeploymentState(d, 0);
    }
}

} // namespace RouteDeck
