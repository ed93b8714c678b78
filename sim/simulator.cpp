// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "litellmconfigcodec.h"
#include "loadgenerator.h"
#include "realclock.h"
#include "routerengine.h"
#include "scenariorunner.h"
#include "simapi.h"
#include "simhttpserver.h"

#include <QCoreApplication>
#include <QTimer>

#include <cmath>

namespace RouteDeck {

namespace {

// litellm_settings.require_auth_for_metrics_endpoint as the proxy reads it: before 1.84 only `true`
// closes /metrics; from 1.84 anything but an explicit `false` does (prometheus_auth_middleware).
bool metricsNeedKey(const QVariantMap &litellmSettings, const LiteLlmVersion &version)
{
    const QVariant setting = litellmSettings.value(QStringLiteral("require_auth_for_metrics_endpoint"));
    if (setting.typeId() == QMetaType::Bool)
        return setting.toBool();
    return version.metricsNeedKeyByDefault();
}

// litellm_settings.prometheus_latency_buckets when it is a list of numbers, else the release's default.
QList<double> latencyBuckets(const QVariantMap &litellmSettings, const LiteLlmVersion &version)
{
    QList<double> buckets;
    for (const QVariant &value : litellmSettings.value(QStringLiteral("prometheus_latency_buckets")).toList()) {
        bool ok = false;
        const double bound = value.toDouble(&ok);
        if (ok && std::isfinite(bound) && bound > 0)
            buckets.append(bound);
    }
    return buckets.isEmpty() ? version.defaultLatencyBuckets() : buckets;
}

} // namespace


namespace {
constexpr int kTickMilliseconds = 10;
// Calls per tick at most, so a huge --rps cannot starve the HTTP server.
constexpr int kMaxCallsPerTick = 5000;
} // namespace

Simulator::Simulator(SimOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

Simulator::~Simulator() = default;

quint16 Simulator::port() const
{
    return m_server ? m_server->port() : 0;
}

QString Simulator::start()
{
    const ConfigLoadResult loaded = LiteLlmConfigCodec::load(m_options.configPath);
    QStringList messages;
    for (const Problem &p : loaded.problems) {
        if (p.severity != Problem::Severity::Note)
            messages.append(p.toString());
    }
    if (!loaded.ok())
        return messages.join(QLatin1Char('\n'));

    SimulationParamsResult params = SimulationParams::fromDocument(loaded.config.document, loaded.config);
    for (const Problem &p : params.problems)
        messages.append(p.toString());
    if (!params.ok())
        return messages.join(QLatin1Char('\n'));
    if (loaded.config.settings.routingStrategy != QLatin1String("simple-shuffle"))
        messages.append(tr("%1: routing_strategy is %2; routedeck-sim simulates simple-shuffle only")
                            .arg(m_options.configPath, loaded.config.settings.routingStrategy));
    for (const QString &warning : std::as_const(messages))
        Q_EMIT logLine(warning);

    const quint64 seed = m_options.seed.value_or(params.params.seed.value_or(RouterEngine::kDefaultSeed));
    if (m_options.rps)
        params.params.load.rps = *m_options.rps;
    params.params.load.spikes += m_options.spikes;
    QString masterKey = m_options.masterKey.value_or(loaded.config.masterKey);
    if (const QLatin1String env("os.environ/"); masterKey.startsWith(env)) {
        const QString variable = masterKey.mid(env.size());
        masterKey = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (masterKey.isEmpty())
            return tr("%1: general_settings.master_key reads the environment variable %2, which is not set; "
                      "set it or pass --master-key")
                .arg(m_options.configPath, variable);
    }

    m_clock = std::make_unique<RealClock>();
    m_engine = std::make_unique<RouterEngine>(loaded.config, params.params, m_clock.get(), seed, m_options.litellmVersion);
    m_engine->metrics().setExportSpend(!m_options.noSpendMetric);
    if (m_options.modelsInDatabase)
        m_engine->storeConfigModelsInDatabase();
    const QVariantMap litellmSettings = loaded.config.document.value(QStringLiteral("litellm_settings")).toMap();
    m_engine->metrics().setLatencyBuckets(latencyBuckets(litellmSettings, m_options.litellmVersion));
    m_api = std::make_unique<SimApi>(m_engine.get(), masterKey,
                                     SimApi::Behaviour { m_options.litellmVersion,
                                                         metricsNeedKey(litellmSettings, m_options.litellmVersion),
                                                         m_options.adminDelaySeconds });
    m_loadKeyHash = masterKey.isEmpty() ? QString() : SimApi::hashKey(masterKey);

    if (!m_options.scenarioPath.isEmpty()) {
        const ScenarioParseResult scenario = Scenario::load(m_options.scenarioPath, m_engine->faultTargets());
        QStringList problems;
        for (const Problem &p : scenario.problems)
            problems.append(p.toString());
        if (!scenario.ok())
            return problems.join(QLatin1Char('\n'));
        for (const QString &warning : std::as_const(problems))
            Q_EMIT logLine(warning);
        m_scenario = std::make_unique<ScenarioRunner>(scenario.scenario, 0.0);
        Q_EMIT logLine(tr("scenario '%1' with %2 steps")
                           .arg(scenario.scenario.name)
                           .arg(scenario.scenario.steps.size()));
    }

    m_load = std::make_unique<LoadGenerator>(
        params.params.load, loaded.config.groupNames(), seed ^ 0x9e3779b97f4a7c15ULL, 0.0);
    const Arrival first = m_load->next();
    m_nextArrival = first.at;
    m_nextGroup = first.group;
    m_nextAgent = first.agent;

    SimApi *api = m_api.get();
    m_server = new SimHttpServer([api](const SimHttpRequest &request) { return api->handle(request); }, this);
    m_server->setApplyLatency(!m_options.instant);
    if (m_server->listenLocal(m_options.port) == 0)
        return tr("cannot listen on 127.0.0.1:%1 (port in use?)").arg(m_options.port);

    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Simulator::tick);
    m_timer->start(kTickMilliseconds);
    if (m_load->rps() > 0)
        Q_EMIT logLine(
            tr("load: %1 calls/s over %2 groups").arg(m_load->rps()).arg(m_load->profile().groups.size()));
    return {};
}

void Simulator::reloadConfig()
{
    const ConfigLoadResult loaded = LiteLlmConfigCodec::load(m_options.configPath);
    if (!loaded.ok()) {
        QStringList errors;
        for (const Problem &p : loaded.problems) {
            if (p.isError())
                errors.append(p.toString());
        }
        Q_EMIT logLine(tr("reload of %1 refused, the running config stays: %2")
                           .arg(m_options.configPath, errors.join(QStringLiteral("; "))));
        return;
    }
    m_engine->reloadConfig(loaded.config);
    Q_EMIT logLine(tr("reloaded %1: %n deployment(s)", nullptr, int(m_engine->config().deployments.size()))
                       .arg(m_options.configPath));
}

void Simulator::tick()
{
    const double now = m_clock->now();
    if (m_scenario) {
        for (const QString &line : m_scenario->advanceTo(now, m_engine->faults()))
            Q_EMIT logLine(tr("scenario: %1").arg(line));
    }
    int calls = 0;
    while (m_nextArrival <= now && calls < kMaxCallsPerTick) {
        CallRequest call;
        call.group = m_nextGroup;
        call.agent = m_nextAgent;
        call.hashedApiKey = m_loadKeyHash;
        call.inputTokens = m_load->profile().inputTokens.value(call.agent, 0);
        call.team = m_load->profile().teams.value(call.agent);
        m_engine->complete(call);
        ++calls;
        const Arrival next = m_load->next();
        m_nextArrival = next.at;
        m_nextGroup = next.group;
        m_nextAgent = next.agent;
    }
    if (calls >= kMaxCallsPerTick && m_nextArrival < now) {
        // Falling behind: skip ahead rather than queueing an ever-growing backlog.
        while (m_nextArrival < now) {
            const Arrival next = m_load->next();
            m_nextArrival = next.at;
            m_nextGroup = next.group;
            m_nextAgent = next.agent;
        }
    }
}

} // namespace RouteDeck
