// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationparams.h"

#include "simvalues.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SimulationParams", text);
}

struct Reader
{
    QString fileName;
    Problems *problems;

    void error(const QString &message) const
    {
        if (problems)
            problems->append(Problem::error(SourceLocation { fileName, 0, 0 }, message));
    }
    void warning(const QString &message) const
    {
        if (problems)
            problems->append(Problem::warning(SourceLocation { fileName, 0, 0 }, message));
    }

    // A number >= min (and <= max when given) at `path`, else an error and nullopt.
    std::optional<double> number(const QVariant &value, const QString &path, double min,
        std::optional<double> max = std::nullopt) const
    {
        const std::optional<double> n = SimValues::number(value);
        if (!n || *n < min || (max && *n > *max)) {
            const QString range
                = max ? tr("between %1 and %2").arg(min).arg(*max) : tr("a number >= %1").arg(min);
            error(tr("%1 must be %2, got %3").arg(path, range, SimValues::describe(value)));
            return std::nullopt;
        }
        return n;
    }

    QList<QPair<QString, double>> weights(const QVariant &value, const QString &path) const
    {
        QList<QPair<QString, double>> result;
        if (!SimValues::isMap(value)) {
            error(tr("%1 must be a map of name: weight, got %2").arg(path, SimValues::describe(value)));
            return result;
        }
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (const auto w = number(it.value(), path + QLatin1Char('.') + it.key(), 0))
                result.append({ it.key(), *w });
        }
        return result;
    }
};

const QSet<QString> &deploymentKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("latency_median_ms"),
        QStringLiteral("latency_p99_ms"),
        QStringLiteral("input_tokens"),
        QStringLiteral("output_tokens"),
        QStringLiteral("provider_rpm"),
        QStringLiteral("provider_tpm"),
        QStringLiteral("timeout_s"),
        QStringLiteral("failure_rates"),
        QStringLiteral("input_cost_per_1k"),
        QStringLiteral("output_cost_per_1k"),
    };
    return keys;
}

// One read of a config's `simulation:` section: the config, the params being filled and the
// problems found, in the order the keys are checked.
class SectionReader
{
public:
    SectionReader(const RouterConfig &config, SimulationParamsResult &result);

    QVariantMap readSection(const QVariantMap &document) const;
    void warnUnknownKeys(const QVariantMap &sim) const;
    void readHistory(const QVariantMap &sim);
    void readSeed(const QVariantMap &sim);
    void readDefaults(const QVariantMap &sim);
    void readDeployments(const QVariantMap &sim);
    void readLoad(const QVariantMap &sim);

private:
    void readLoadRps(const QVariantMap &load);
    void readLoadGroups(const QVariantMap &load);
    void readLoadAgents(const QVariantMap &load);
    void readLoadInputTokens(const QVariantMap &load);
    void readLoadTeams(const QVariantMap &load);
    void readLoadSpikes(const QVariantMap &load);
    void readSpike(const QVariant &value, const QString &path);

    const RouterConfig &m_config;
    SimulationParams &m_params;
    Problems *m_problems;
    const Reader m_r;
};

// Reads into `result`, naming `config`'s file in the problems.
SectionReader::SectionReader(const RouterConfig &config, SimulationParamsResult &result)
    : m_config(config)
    , m_params(result.params)
    , m_problems(&result.problems)
    , m_r { config.fileName, &result.problems }
{
}

// The `simulation:` map of the document; empty when absent or null, and when not a map (an error).
QVariantMap SectionReader::readSection(const QVariantMap &document) const
{
    const QVariant section = document.value(QStringLiteral("simulation"));
    QVariantMap sim;
    if (section.isValid() && !section.isNull()) {
        if (!SimValues::isMap(section)) {
            m_r.error(tr("simulation must be a map, got %1").arg(SimValues::describe(section)));
        } else {
            sim = section.toMap();
        }
    }
    return sim;
}

// Warns about keys of `simulation:` that are not simulation settings.
void SectionReader::warnUnknownKeys(const QVariantMap &sim) const
{
    static const QSet<QString> topKeys = { QStringLiteral("seed"), QStringLiteral("defaults"),
        QStringLiteral("deployments"), QStringLiteral("load"), QStringLiteral("history") };
    for (auto it = sim.cbegin(); it != sim.cend(); ++it) {
        if (!topKeys.contains(it.key()))
            m_r.warning(tr("simulation.%1 is not known; expected seed, defaults, deployments, load or history")
                            .arg(it.key()));
    }
}

// simulation.history: how --history-days fast-forwards the router.
void SectionReader::readHistory(const QVariantMap &sim)
{
    if (sim.contains(QStringLiteral("history")))
        m_params.history = HistoryParams::read(sim.value(QStringLiteral("history")),
            QStringLiteral("simulation.history"), m_config.fileName, m_problems);
}

// simulation.seed: a number >= 0.
void SectionReader::readSeed(const QVariantMap &sim)
{
    if (sim.contains(QStringLiteral("seed"))) {
        if (auto v = m_r.number(sim.value(QStringLiteral("seed")), QStringLiteral("simulation.seed"), 0))
            m_params.seed = quint64(*v);
    }
}

// simulation.defaults: the settings of every deployment, over the built-in defaults.
void SectionReader::readDefaults(const QVariantMap &sim)
{
    if (sim.contains(QStringLiteral("defaults"))) {
        const QVariant d = sim.value(QStringLiteral("defaults"));
        if (!SimValues::isMap(d))
            m_r.error(tr("simulation.defaults must be a map, got %1").arg(SimValues::describe(d)));
        else
            m_params.defaults = SimulationParams::readDeployment(d.toMap(), m_params.defaults,
                QStringLiteral("simulation.defaults"), m_config.fileName, m_problems);
    }
}

// simulation.deployments: each deployment's settings over the defaults; warns about unknown ids.
void SectionReader::readDeployments(const QVariantMap &sim)
{
    QVariantMap perDeployment;
    if (sim.contains(QStringLiteral("deployments"))) {
        const QVariant d = sim.value(QStringLiteral("deployments"));
        if (!SimValues::isMap(d))
            m_r.error(tr("simulation.deployments must be a map keyed by deployment id, got %1")
                          .arg(SimValues::describe(d)));
        else
            perDeployment = d.toMap();
    }
    for (auto it = perDeployment.cbegin(); it != perDeployment.cend(); ++it) {
        const QString path = QStringLiteral("simulation.deployments.") + it.key();
        if (!m_config.findDeployment(it.key())) {
            QStringList ids;
            for (const Deployment &dep : m_config.deployments)
                ids.append(dep.id);
            m_r.warning(tr("%1: no deployment has this id (model_info.id); known ids: %2")
                            .arg(path, ids.join(u", ")));
        }
        if (!SimValues::isMap(it.value())) {
            m_r.error(tr("%1 must be a map, got %2").arg(path, SimValues::describe(it.value())));
            continue;
        }
        m_params.deployments.insert(it.key(),
            SimulationParams::readDeployment(
                it.value().toMap(), m_params.defaults, path, m_config.fileName, m_problems));
    }
}

// simulation.load: the built-in load's rate, weights, input tokens, teams and spikes.
void SectionReader::readLoad(const QVariantMap &sim)
{
    if (!sim.contains(QStringLiteral("load")))
        return;
    const QVariant l = sim.value(QStringLiteral("load"));
    if (!SimValues::isMap(l)) {
        m_r.error(tr("simulation.load must be a map, got %1").arg(SimValues::describe(l)));
        return;
    }
    const QVariantMap load = l.toMap();
    readLoadRps(load);
    readLoadGroups(load);
    readLoadAgents(load);
    readLoadInputTokens(load);
    readLoadTeams(load);
    readLoadSpikes(load);
}

// simulation.load.rps: calls per second, from 0 to 100000.
void SectionReader::readLoadRps(const QVariantMap &load)
{
    if (load.contains(QStringLiteral("rps"))) {
        if (auto v = m_r.number(
                load.value(QStringLiteral("rps")), QStringLiteral("simulation.load.rps"), 0, 100000))
            m_params.load.rps = *v;
    }
}

// simulation.load.groups: weights by group; warns about groups the config does not have.
void SectionReader::readLoadGroups(const QVariantMap &load)
{
    if (load.contains(QStringLiteral("groups"))) {
        m_params.load.groups
            = m_r.weights(load.value(QStringLiteral("groups")), QStringLiteral("simulation.load.groups"));
        const QStringList known = m_config.groupNames();
        for (const auto &[group, weight] : std::as_const(m_params.load.groups)) {
            if (!known.contains(group))
                m_r.warning(tr("simulation.load.groups.%1: no model_name in model_list is called that; "
                               "calls to it will fail with 400")
                                .arg(group));
        }
    }
}

// simulation.load.agents: weights by agent.
void SectionReader::readLoadAgents(const QVariantMap &load)
{
    if (load.contains(QStringLiteral("agents")))
        m_params.load.agents
            = m_r.weights(load.value(QStringLiteral("agents")), QStringLiteral("simulation.load.agents"));
}

// simulation.load.input_tokens: input tokens per call by agent.
void SectionReader::readLoadInputTokens(const QVariantMap &load)
{
    if (load.contains(QStringLiteral("input_tokens"))) {
        for (const auto &[agent, tokens] : m_r.weights(load.value(QStringLiteral("input_tokens")),
                 QStringLiteral("simulation.load.input_tokens")))
            m_params.load.inputTokens.insert(agent, int(std::clamp(tokens, 0.0, 10'000'000.0)));
    }
}

// simulation.load.teams: the team label of each agent's calls.
void SectionReader::readLoadTeams(const QVariantMap &load)
{
    if (!load.contains(QStringLiteral("teams")))
        return;
    const QVariant teams = load.value(QStringLiteral("teams"));
    if (!SimValues::isMap(teams)) {
        m_r.error(
            tr("simulation.load.teams must be a map of agent: team, got %1").arg(SimValues::describe(teams)));
        return;
    }
    const QVariantMap map = teams.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (SimValues::isString(it.value()) && !it.value().toString().isEmpty())
            m_params.load.teams.insert(it.key(), it.value().toString());
        else
            m_r.error(tr("simulation.load.teams.%1 must be a team name, got %2")
                          .arg(it.key(), SimValues::describe(it.value())));
    }
}

// simulation.load.spikes: a list of load spikes.
void SectionReader::readLoadSpikes(const QVariantMap &load)
{
    if (!load.contains(QStringLiteral("spikes")))
        return;
    const QVariant spikes = load.value(QStringLiteral("spikes"));
    if (!SimValues::isList(spikes)) {
        m_r.error(tr("simulation.load.spikes must be a list, got %1").arg(SimValues::describe(spikes)));
        return;
    }
    const QVariantList list = spikes.toList();
    for (int i = 0; i < list.size(); ++i)
        readSpike(list.at(i), QStringLiteral("simulation.load.spikes[%1]").arg(i));
}

// One spike at `path`, { at_s, duration_s, multiplier }; added when all three are valid.
void SectionReader::readSpike(const QVariant &value, const QString &path)
{
    if (!SimValues::isMap(value)) {
        m_r.error(tr("%1 must be a map with at_s, duration_s and multiplier").arg(path));
        return;
    }
    const QVariantMap s = value.toMap();
    LoadSpike spike;
    const auto at = m_r.number(s.value(QStringLiteral("at_s")), path + QStringLiteral(".at_s"), 0);
    const auto duration
        = m_r.number(s.value(QStringLiteral("duration_s")), path + QStringLiteral(".duration_s"), 0);
    const auto multiplier
        = m_r.number(s.value(QStringLiteral("multiplier")), path + QStringLiteral(".multiplier"), 0, 1000);
    if (at && duration && multiplier) {
        spike.atSeconds = *at;
        spike.durationSeconds = *duration;
        spike.multiplier = *multiplier;
        m_params.load.spikes.append(spike);
    }
}
} // namespace

QList<QPair<QString, double>> LoadProfile::defaultAgents()
{
    return { { QStringLiteral("intent_detection"), 5 }, { QStringLiteral("flow_generation"), 3 },
        { QStringLiteral("summarization"), 2 } };
}

double LoadProfile::multiplierAt(double seconds) const
{
    double multiplier = 1;
    for (const LoadSpike &spike : spikes) {
        if (seconds >= spike.atSeconds && seconds < spike.atSeconds + spike.durationSeconds)
            multiplier *= spike.multiplier;
    }
    return multiplier;
}

DeploymentSimParams SimulationParams::forDeployment(const QString &id) const
{
    return deployments.value(id, defaults);
}

DeploymentSimParams SimulationParams::readDeployment(const QVariantMap &map, const DeploymentSimParams &base,
    const QString &path, const QString &fileName, Problems *problems)
{
    const Reader r { fileName, problems };
    DeploymentSimParams p = base;
    const auto key
        = [&](const char *name) -> QString { return path + QLatin1Char('.') + QLatin1String(name); };

    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!deploymentKeys().contains(it.key()))
            r.warning(tr("%1 is not a simulation setting; known: %2")
                          .arg(path + QLatin1Char('.') + it.key(),
                              QStringList(deploymentKeys().cbegin(), deploymentKeys().cend()).join(u", ")));
    }
    if (map.contains(QStringLiteral("latency_median_ms"))) {
        if (auto v
            = r.number(map.value(QStringLiteral("latency_median_ms")), key("latency_median_ms"), 0.001))
            p.latencyMedianSeconds = *v / 1000.0;
    }
    if (map.contains(QStringLiteral("latency_p99_ms"))) {
        if (auto v = r.number(map.value(QStringLiteral("latency_p99_ms")), key("latency_p99_ms"), 0.001))
            p.latencyP99Seconds = *v / 1000.0;
    }
    if (p.latencyP99Seconds < p.latencyMedianSeconds) {
        r.error(tr("%1 (%2 ms) must not be below %3 (%4 ms)")
                    .arg(key("latency_p99_ms"))
                    .arg(p.latencyP99Seconds * 1000)
                    .arg(key("latency_median_ms"))
                    .arg(p.latencyMedianSeconds * 1000));
        p.latencyP99Seconds = p.latencyMedianSeconds;
    }
    if (map.contains(QStringLiteral("input_tokens"))) {
        if (auto v = r.number(map.value(QStringLiteral("input_tokens")), key("input_tokens"), 0, 10'000'000))
            p.inputTokens = int(*v);
    }
    if (map.contains(QStringLiteral("output_tokens"))) {
        if (auto v
            = r.number(map.value(QStringLiteral("output_tokens")), key("output_tokens"), 0, 10'000'000))
            p.outputTokens = int(*v);
    }
    if (map.contains(QStringLiteral("provider_rpm"))) {
        if (auto v = r.number(map.value(QStringLiteral("provider_rpm")), key("provider_rpm"), 0))
            p.providerRpm = *v;
    }
    if (map.contains(QStringLiteral("provider_tpm"))) {
        if (auto v = r.number(map.value(QStringLiteral("provider_tpm")), key("provider_tpm"), 0))
            p.providerTpm = *v;
    }
    if (map.contains(QStringLiteral("timeout_s"))) {
        if (auto v = r.number(map.value(QStringLiteral("timeout_s")), key("timeout_s"), 0.001))
            p.timeoutSeconds = *v;
    }
    if (map.contains(QStringLiteral("input_cost_per_1k"))) {
        if (auto v = r.number(map.value(QStringLiteral("input_cost_per_1k")), key("input_cost_per_1k"), 0))
            p.inputCostPer1k = *v;
    }
    if (map.contains(QStringLiteral("output_cost_per_1k"))) {
        if (auto v = r.number(map.value(QStringLiteral("output_cost_per_1k")), key("output_cost_per_1k"), 0))
            p.outputCostPer1k = *v;
    }
    if (map.contains(QStringLiteral("failure_rates"))) {
        const QVariant rates = map.value(QStringLiteral("failure_rates"));
        if (!SimValues::isMap(rates)) {
            r.error(tr("%1 must be a map of outcome: probability, got %2")
                        .arg(key("failure_rates"), SimValues::describe(rates)));
        } else {
            const QVariantMap m = rates.toMap();
            for (auto it = m.cbegin(); it != m.cend(); ++it) {
                const QString ratePath = key("failure_rates") + QLatin1Char('.') + it.key();
                const std::optional<Outcome> outcome = Outcomes::fromName(it.key());
                if (!outcome || *outcome == Outcome::Success) {
                    QStringList names;
                    for (Outcome o : Outcomes::failures())
                        names.append(Outcomes::name(o));
                    r.error(tr("%1: unknown outcome; use one of %2").arg(ratePath, names.join(u", ")));
                    continue;
                }
                if (auto v = r.number(it.value(), ratePath, 0, 1))
                    p.failureRates[*outcome] = *v;
            }
        }
    }
    double total = 0;
    for (const auto &[outcome, rate] : p.failureRates)
        total += rate;
    if (total > 1.0 + 1e-9)
        r.error(tr("%1 add up to %2; the probabilities of all outcomes must not exceed 1")
                    .arg(key("failure_rates"))
                    .arg(total));
    return p;
}

SimulationParamsResult SimulationParams::fromDocument(const QVariantMap &document, const RouterConfig &config)
{
    SimulationParamsResult result;
    SectionReader reader(config, result);
    const QVariantMap sim = reader.readSection(document);
    reader.warnUnknownKeys(sim);
    reader.readHistory(sim);
    reader.readSeed(sim);
    reader.readDefaults(sim);
    reader.readDeployments(sim);
    reader.readLoad(sim);
    return result;
}

} // namespace RouteDeck
