// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploymentstate.h"
#include "faultinjector.h"
#include "litellmmetrics.h"
#include "routertypes.h"
#include "simrandom.h"
#include "simtypes.h"
#include "simulationparams.h"

#include <QHash>
#include <QSet>

#include <limits>

namespace RouteDeck {

class SimClock;

struct AdminResult
{
    int status = 200; // 200, 400, 404, or 500 under an admin_error fault
    QString error;
    Deployment deployment;
    bool ok() const { return status == 200; }
};

// LiteLLM's router, simulated: simple-shuffle picks by weight within the lowest order tier
// (ShareMath), retries on other deployments, cooldowns, fallbacks and the Prometheus metrics it
// would export. Providers are simulated from SimulationParams and injected faults.
//
// A call's attempts all happen at the clock's current time as far as router state is concerned
// (cooldowns, minute counters, rate windows); the latency they add is reported, not waited for.
class RouterEngine
{
public:
    static constexpr quint64 kDefaultSeed = 42;
    static constexpr int kMaxAgentLabels = 100;

    // `version`: the LiteLLM release whose metrics to export (label sets and default buckets).
    RouterEngine(RouterConfig config, SimulationParams params, const SimClock *clock, quint64 seed = kDefaultSeed,
        const LiteLlmVersion &version = LiteLlmVersion::newest());

    CallResult complete(const CallRequest &request);

    const RouterConfig &config() const { return m_config; }
    const SimulationParams &params() const { return m_params; }

    // Admin API. Changes take effect on the next call. As in LiteLLM
    // (litellm/proxy/management_endpoints/model_management_endpoints.py), only models stored in the
    // database take updates; a model from the config file answers 400 kConfigModelRefusal.
    static constexpr const char *kConfigModelRefusal
        = "Cannot edit config-based model. Store model in DB via /model/new first.";
    AdminResult updateDeployment(const QString &id, const QVariantMap &body);
    AdminResult addDeployment(const QVariantMap &body);
    AdminResult removeDeployment(const QString &id);
    // model_info.db_model: added through /model/new, or every model with storeConfigModelsInDatabase().
    bool isDatabaseModel(const QString &id) const { return m_databaseModels.contains(id); }
    // A proxy whose models live in its database (store_model_in_db, managed in the UI): all updatable.
    void storeConfigModelsInDatabase();
    // The config file was read again (a proxy restart or reload): its model_list replaces the models
    // that came from the file; database models stay. Counters and cooldowns of kept ids go on.
    void reloadConfig(const RouterConfig &config);

    FaultInjector &faults() { return m_faults; }
    QStringList faultTargets() const; // deployment ids and providers
    double now() const;

    bool isCoolingDown(const QString &id) const;
    double cooldownRemaining(const QString &id) const;
    QStringList coolingDeployments(const QString &group) const;
    // Probe for GET /health: healthy unless cooling or under a certain (probability 1) failure fault.
    QString probe(const Deployment &deployment);

    LiteLlmMetrics &metrics() { return m_metrics; }
    QByteArray renderMetrics();

    quint64 routingDecisions() const { return m_routingDecisions; }

private:
    struct GroupRun
    {
        bool ok = false;
        Outcome lastOutcome = Outcome::Success;
        bool noDeployments = false;
        const Deployment *lastDeployment = nullptr;
    };

    GroupRun runGroup(const QString &group, double now, const LiteLlmMetrics::CallLabels &labels,
        const CallRequest &request, CallResult &result);
    const Deployment *pick(const QString &group, const QSet<QString> &exclude, double now);
    Outcome simulateAttempt(const Deployment &deployment, const DeploymentSimParams &params, DeploymentState &state,
        double now, double *latency, int *outputTokens);
    bool onFailure(const Deployment &deployment, DeploymentState &state, Outcome outcome, double now);
    void startCooldown(const Deployment &deployment, int status, double now);
    void refreshRemaining(
        const Deployment &deployment, const DeploymentSimParams &params, DeploymentState &state, double now);
    const QList<Deployment> &membersOf(const QString &group) const; // empty for an unknown group
    int healthyCount(const QString &group, double now) const;
    bool coolingAt(const QString &id, double now) const;
    QString agentLabel(const QString &agent);
    QString requestedModelLabel(const QString &group);
    QString noDeploymentsMessage(const QString &group, double now) const;
    QString failureMessage(const Deployment &deployment, Outcome outcome) const;
    void rebuildGroups();
    void applyRemovedOrChanged(const Deployment &before);

    RouterConfig m_config;
    SimulationParams m_params;
    const SimClock *m_clock;
    SimRandom m_rng;
    FaultInjector m_faults;
    LiteLlmMetrics m_metrics;
    QHash<QString, DeploymentState> m_states;
    // A model group's deployments in config order, and the split simple_shuffle makes when all of them are
    // available (ShareMath), summed up in that order: the pick's fast path.
    struct Group
    {
        QList<Deployment> members;
        std::vector<double> cumulativeShares;
        double coolingUntil = -std::numeric_limits<double>::infinity(); // no member cools from then on
    };
    QHash<QString, Group> m_groups;
    QHash<QString, DeploymentSimParams> m_simParams;
    QSet<QString> m_databaseModels;
    bool m_configModelsInDatabase = false;
    QSet<QString> m_agents;
    QSet<QString> m_unknownModels;
    quint64 m_routingDecisions = 0;
};

} // namespace RouteDeck
