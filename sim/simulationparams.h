// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyparams.h"
#include "routertypes.h"
#include "simtypes.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QVariantMap>
#include <map>

namespace RouteDeck {

// How one simulated provider deployment behaves.
struct DeploymentSimParams
{
    double latencyMedianSeconds = 0.8; // log-normal latency, from its median and 99th percentile
    double latencyP99Seconds = 3.0;
    int inputTokens = 500; // per call when the request does not say
    int outputTokens = 200; // mean per successful call
    double providerRpm = 0; // provider-side limit (requests in any 60 s); 0 = none
    double providerTpm = 0; // reported as remaining tokens; 0 = not reported
    double timeoutSeconds = 30; // a call slower than this fails as a timeout
    std::map<Outcome, double> failureRates; // base probability of each failure outcome per attempt
    double inputCostPer1k = 0.00015; // USD
    double outputCostPer1k = 0.0006;
};

struct LoadSpike
{
    double atSeconds = 0;
    double durationSeconds = 0;
    double multiplier = 1;
};

// Built-in Poisson load (`--rps`): which groups and agents calls go to, with relative weights.
struct LoadProfile
{
    double rps = 0;
    QList<QPair<QString, double>> groups; // empty -> every group of the config, equally
    QList<QPair<QString, double>> agents; // empty -> kDefaultAgents
    QList<LoadSpike> spikes;
    QHash<QString, int> inputTokens; // per agent; absent -> the deployment's input_tokens
    QHash<QString, QString> teams; // agent -> the `team` label of its calls; absent -> None

    static QList<QPair<QString, double>> defaultAgents();
    double multiplierAt(double seconds) const;
};

struct SimulationParamsResult;

// The `simulation:` section of a config file. LiteLLM ignores unknown top-level keys, so the same
// file still configures a real proxy.
//
// simulation:
//   seed: 42
//   defaults: { latency_median_ms: 700, latency_p99_ms: 2500, output_tokens: 200, ... }
//   deployments:
//     azure-primary: { latency_median_ms: 650, provider_rpm: 600, failure_rates: { server_error: 0.002 } }
//   load: { rps: 20, groups: { gpt-4o-mini: 8 }, agents: { intent_detection: 5 },
//           spikes: [ { at_s: 120, duration_s: 30, multiplier: 3 } ] }
class SimulationParams
{
public:
    DeploymentSimParams defaults;
    QHash<QString, DeploymentSimParams> deployments; // by deployment id, defaults merged in
    LoadProfile load;
    HistoryParams history; // `routedeck-sim --history-days`
    std::optional<quint64> seed;

    DeploymentSimParams forDeployment(const QString &id) const;

    // `document` is RouterConfig::document; problems name the key path
    // ("simulation.deployments.x.latency_p99_ms").
    static SimulationParamsResult fromDocument(const QVariantMap &document, const RouterConfig &config);
    // Reads one deployment's keys over `base` (also used by POST /model/new with a `simulation` map).
    static DeploymentSimParams readDeployment(const QVariantMap &map, const DeploymentSimParams &base,
        const QString &path, const QString &fileName, Problems *problems);
};

struct SimulationParamsResult
{
    SimulationParams params;
    Problems problems;
    bool ok() const { return !hasErrors(problems); }
};

} // namespace RouteDeck
