// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "litellmconfigcodec.h"
#include "routerengine.h"
#include "simapi.h"
#include "simoptions.h"
#include "simrandom.h"
#include "virtualclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryWriter", text);
}

constexpr qint64 kFlushBytes = 1 << 20;

// Poisson-distributed count with the given mean (Knuth's method; means stay small here).
int poisson(SimRandom &rng, double mean)
{
    if (!(mean > 0))
        return 0;
    if (mean > 500) // normal approximation: exp(-mean) underflows long before this matters
        return std::max(0, int(std::lround(mean + std::sqrt(mean) * rng.normal())));
    const double limit = std::exp(-mean);
    int count = 0;
    double product = rng.uniform();
    while (product > limit) {
        ++count;
        product *= rng.uniform();
    }
    return count;
}

QByteArray escapeLabel(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

struct Combination
{
    QString group;
    QString agent;
    double weight = 0;
};

// The sample times of a history: every step from start to the aligned end, then the end itself.
struct Timeline
{
    qint64 step = 1;
    qint64 end = 0;
    qint64 start = 0;
    QList<qint64> times;
};

// The load a history simulates: today's combinations and when each `past` change ends.
struct LoadMix
{
    QList<Combination> base;
    double baseTotal = 0;
    QList<qint64> cutoffs; // per `past` change: the local midnight it ends at
};

// The load of one step: the `past` changes in effect and each combination's weight with them.
struct StepLoad
{
    QList<const HistoryChange *> active;
    QList<Combination> now;
    double total = 0;
};

// OpenMetrics text on its way to the device, written in chunks of about kFlushBytes.
struct OpenMetricsOut
{
    QIODevice *out = nullptr;
    QByteArray buffer;

    // Writes the buffer once it is full, or now with `force`; false when the device failed.
    bool flush(bool force)
    {
        if (buffer.size() < kFlushBytes && !force)
            return true;
        const bool ok = out->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    }
};

// The sample times of a history of options.days ending at options.end (default now).
Timeline makeTimeline(const HistoryParams &h, const HistoryWriter::Options &options)
{
    Timeline timeline;
    timeline.step = std::max<qint64>(1, qint64(h.stepSeconds));
    timeline.end = options.end.isValid() ? options.end.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    const qint64 alignedEnd = timeline.end / timeline.step * timeline.step;
    const qint64 steps = std::max<qint64>(1, qint64(options.days * 86400.0 / double(timeline.step)));
    timeline.start = alignedEnd - steps * timeline.step;
    for (qint64 t = timeline.start; t <= alignedEnd; t += timeline.step)
        timeline.times.append(t);
    if (timeline.end > alignedEnd)
        timeline.times.append(timeline.end);
    return timeline;
}

// Every (group, agent) pair of the load, weighted as the live load generator weights them.
LoadMix loadMix(const RouterConfig &config, const LoadProfile &load)
{
    QList<QPair<QString, double>> groups = load.groups;
    if (groups.isEmpty()) {
        for (const QString &group : config.groupNames())
            groups.append({ group, 1.0 });
    }
    QList<QPair<QString, double>> agents = load.agents.isEmpty() ? LoadProfile::defaultAgents() : load.agents;
    LoadMix mix;
    for (const auto &[group, gw] : std::as_const(groups)) {
        for (const auto &[agent, aw] : std::as_const(agents)) {
            mix.base.append({ group, agent, gw * aw });
            mix.baseTotal += gw * aw;
        }
    }
    return mix;
}

// When each `past` change ends: local midnight, untilDaysAgo days before the day of `end`.
QList<qint64> changeCutoffs(const QList<HistoryChange> &past, qint64 end, const QTimeZone &timeZone)
{
    const QDate lastDay = QDateTime::fromSecsSinceEpoch(end, timeZone).date();
    QList<qint64> cutoffs;
    for (const HistoryChange &change : past)
        cutoffs.append(QDateTime(lastDay.addDays(-change.untilDaysAgo), QTime(0, 0), timeZone).toSecsSinceEpoch());
    return cutoffs;
}

// Whether a `past` change applies to calls of this group and agent.
bool changeApplies(const HistoryChange &c, const QString &group, const QString &agent)
{
    return (c.agent.isEmpty() || c.agent == agent) && (c.group.isEmpty() || c.group == group);
}

// The counter families a history holds, in the order it writes them.
QList<MetricsRegistry::FamilyId> historyFamilies(const LiteLlmMetrics::Families &f, bool exportSpend)
{
    QList<MetricsRegistry::FamilyId> families { f.inputTokens, f.outputTokens, f.totalTokens };
    if (exportSpend)
        families.append(f.spend);
    families += { f.totalRequests, f.successResponses, f.failureResponses, f.proxyTotal };
    return families;
}

// The extra labels as they follow a series' own labels: ,name="value" each.
QByteArray extraLabelText(const QList<QPair<QString, QString>> &labels)
{
    QByteArray extra;
    for (const auto &[name, value] : labels)
        extra += ',' + name.toUtf8() + "=\"" + escapeLabel(value) + '"';
    return extra;
}

// One history being fast-forwarded: the engine on its virtual clock, the randomness of the load,
// and every counter's value at every time.
class HistorySimulation
{
public:
    HistorySimulation(const RouterConfig &config, const SimulationParams &params,
        const HistoryWriter::Options &options, const Timeline &timeline, const LoadMix &mix);

    void simulate();
    QString writeOpenMetrics(QIODevice *out);
    const HistoryWriter::Summary &summary() const { return m_summary; }

private:
    void simulateStep(qsizetype k);
    double dailyFactor(qint64 t) const;
    QList<const HistoryChange *> changesAt(qint64 t) const;
    StepLoad loadAt(qint64 t) const;
    const Combination &pickCombination(const StepLoad &load);
    void simulateCall(const StepLoad &load);
    void recordCounters(qsizetype k);
    bool writeFamily(
        qsizetype i, const QByteArray &extra, const QList<QByteArray> &stamps, OpenMetricsOut &metrics);

    const SimulationParams &m_params;
    const HistoryParams &m_history;
    const HistoryWriter::Options &m_options;
    const Timeline &m_timeline;
    const LoadMix &m_mix;
    VirtualClock m_clock;
    RouterEngine m_engine;
    SimRandom m_rng;
    double m_scale = 0;
    QList<MetricsRegistry::FamilyId> m_families;
    // Per family: label text -> value at every time (0 before the series exists).
    QList<QHash<QByteArray, QList<double>>> m_values;
    QList<QList<QByteArray>> m_order;
    HistoryWriter::Summary m_summary;
    double m_spend = 0;
};

// Starts the engine at virtual time 0 and sets up a series table per exported family.
HistorySimulation::HistorySimulation(const RouterConfig &config, const SimulationParams &params,
    const HistoryWriter::Options &options, const Timeline &timeline, const LoadMix &mix)
    : m_params(params)
    , m_history(params.history)
    , m_options(options)
    , m_timeline(timeline)
    , m_mix(mix)
    , m_clock(0)
    , m_engine(config, params, &m_clock, options.seed)
    , m_rng(options.seed ^ 0x5851f42d4c957f2dULL)
    , m_scale(options.rps * double(timeline.step) / double(std::max(1, m_history.callsPerStep)))
{
    m_engine.metrics().setExportSpend(options.exportSpend);
    m_families = historyFamilies(m_engine.metrics().families(), options.exportSpend);
    m_values.resize(m_families.size());
    m_order.resize(m_families.size());
    m_summary.scale = m_scale;
    m_summary.from = QDateTime::fromSecsSinceEpoch(timeline.start, options.timeZone);
    m_summary.to = QDateTime::fromSecsSinceEpoch(timeline.end, options.timeZone);
}

// Runs every step's calls and records every counter at the step's end.
void HistorySimulation::simulate()
{
    for (qsizetype k = 1; k < m_timeline.times.size(); ++k) {
        simulateStep(k);
        recordCounters(k);
    }
    m_summary.steps = m_timeline.times.size() - 1;
    m_summary.spend = m_spend * m_scale;
}

// Simulates the calls between times k - 1 and k, a Poisson count spread over the step.
void HistorySimulation::simulateStep(qsizetype k)
{
    const qint64 from = m_timeline.times.at(k - 1);
    const qint64 to = m_timeline.times.at(k);
    const double middle = 0.5 * double(from + to);
    const double daily = dailyFactor(qint64(middle));
    const StepLoad load = loadAt(qint64(middle));
    const double mean = m_history.callsPerStep * double(to - from) / double(m_timeline.step) * daily * load.total
        / m_mix.baseTotal;
    const int calls = poisson(m_rng, mean);
    for (int i = 0; i < calls; ++i) {
        m_clock.setNow(
            double(from - m_timeline.start) + (double(i) + m_rng.uniform()) / calls * double(to - from));
        simulateCall(load);
    }
}

// The daily swing at time t: highest at 15:00 local time, lowest at 03:00.
double HistorySimulation::dailyFactor(qint64 t) const
{
    const QTime local = QDateTime::fromSecsSinceEpoch(t, m_options.timeZone).time();
    const double hour = local.hour() + local.minute() / 60.0;
    return 1.0 + m_history.dailySwing * std::sin(2 * std::numbers::pi * (hour - 9.0) / 24.0);
}

// The `past` changes in effect at time t.
QList<const HistoryChange *> HistorySimulation::changesAt(qint64 t) const
{
    QList<const HistoryChange *> active;
    for (qsizetype i = 0; i < m_history.past.size(); ++i) {
        if (t < m_mix.cutoffs.at(i))
            active.append(&m_history.past.at(i));
    }
    return active;
}

// The load at time t: today's combinations with the load multipliers of the changes then in effect.
StepLoad HistorySimulation::loadAt(qint64 t) const
{
    StepLoad load;
    load.active = changesAt(t);
    load.now = m_mix.base;
    for (Combination &c : load.now) {
        for (const HistoryChange *change : std::as_const(load.active)) {
            if (changeApplies(*change, c.group, c.agent))
                c.weight *= change->loadMultiplier;
        }
        load.total += c.weight;
    }
    return load;
}

// Draws the combination of one call by weight.
const Combination &HistorySimulation::pickCombination(const StepLoad &load)
{
    const double r = m_rng.uniform() * load.total;
    double cumulative = 0;
    const Combination *pick = &load.now.last();
    for (const Combination &c : load.now) {
        cumulative += c.weight;
        if (r < cumulative) {
            pick = &c;
            break;
        }
    }
    return *pick;
}

// Sends one call through the engine, with the input tokens of the changes in effect.
void HistorySimulation::simulateCall(const StepLoad &load)
{
    const Combination &pick = pickCombination(load);
    CallRequest call;
    call.group = pick.group;
    call.agent = pick.agent;
    call.hashedApiKey = m_options.hashedApiKey;
    call.team = m_params.load.teams.value(pick.agent);
    call.inputTokens = m_params.load.inputTokens.value(pick.agent, 0);
    for (const HistoryChange *change : load.active) {
        if (change->inputTokens > 0 && changeApplies(*change, pick.group, pick.agent))
            call.inputTokens = change->inputTokens;
    }
    m_spend += m_engine.complete(call).cost;
    ++m_summary.simulatedCalls;
}

// Records every series' value at time k, scaled; a new series starts with zeros before.
void HistorySimulation::recordCounters(qsizetype k)
{
    for (qsizetype i = 0; i < m_families.size(); ++i) {
        for (const MetricsRegistry::SeriesValue &series :
            m_engine.metrics().registry().seriesValues(m_families.at(i))) {
            auto it = m_values[i].find(series.labelText);
            if (it == m_values[i].end()) {
                it = m_values[i].insert(series.labelText, QList<double>(m_timeline.times.size(), 0.0));
                m_order[i].append(series.labelText);
            }
            (*it)[k] = series.value * m_scale;
        }
    }
}

// Writes every family as OpenMetrics; an empty string on success, else what went wrong.
QString HistorySimulation::writeOpenMetrics(QIODevice *out)
{
    const QByteArray extra = extraLabelText(m_options.extraLabels);
    OpenMetricsOut metrics;
    metrics.out = out;
    metrics.buffer.reserve(kFlushBytes + 4096);
    QList<QByteArray> stamps;
    for (qint64 t : std::as_const(m_timeline.times))
        stamps.append(QByteArray::number(t));
    for (qsizetype i = 0; i < m_families.size(); ++i) {
        if (!writeFamily(i, extra, stamps, metrics))
            return tr("cannot write the history: %1").arg(out->errorString());
    }
    metrics.buffer += "# EOF\n";
    if (!metrics.flush(true))
        return tr("cannot write the history: %1").arg(out->errorString());
    return {};
}

// Writes family i: HELP, TYPE and every series' samples, sorted by labels; false when writing failed.
bool HistorySimulation::writeFamily(
    qsizetype i, const QByteArray &extra, const QList<QByteArray> &stamps, OpenMetricsOut &metrics)
{
    const MetricsRegistry &registry = m_engine.metrics().registry();
    const QByteArray name = registry.familyName(m_families.at(i));
    metrics.buffer
        += "# HELP " + name + ' ' + MetricsRegistry::escapeHelp(registry.familyHelp(m_families.at(i))) + '\n';
    metrics.buffer += "# TYPE " + name + " counter\n";
    QList<QByteArray> labels = m_order.at(i);
    std::sort(labels.begin(), labels.end());
    for (const QByteArray &labelText : std::as_const(labels)) {
        QByteArray prefix = name + "_total{" + labelText;
        prefix += labelText.isEmpty() && !extra.isEmpty() ? extra.mid(1) : extra;
        prefix += "} ";
        const QList<double> &series = m_values.at(i).value(labelText);
        for (qsizetype k = 0; k < m_timeline.times.size(); ++k) {
            metrics.buffer += prefix + MetricsRegistry::formatValue(series.at(k)) + ' ' + stamps.at(k) + '\n';
            if (!metrics.flush(false))
                return false;
        }
        ++m_summary.series;
        m_summary.samples += m_timeline.times.size();
    }
    return true;
}

} // namespace

QString HistoryWriter::write(const RouterConfig &config, const SimulationParams &params, const Options &options,
                             QIODevice *out, Summary *summary)
{
    if (!(options.rps > 0))
        return tr("a history needs a load: set simulation.load.rps in the config or pass --rps");
    const Timeline timeline = makeTimeline(params.history, options);
    LoadMix mix = loadMix(config, params.load);
    if (!(mix.baseTotal > 0))
        return tr("the load has no groups or agents with a positive weight (simulation.load)");
    mix.cutoffs = changeCutoffs(params.history.past, timeline.end, options.timeZone);

    HistorySimulation simulation(config, params, options, timeline, mix);
    simulation.simulate();
    const QString error = simulation.writeOpenMetrics(out);
    if (!error.isEmpty())
        return error;
    if (summary)
        *summary = simulation.summary();
    return {};
}

int HistoryWriter::run(const SimOptions &options, QString *log)
{
    const auto fail = [log](const QString &message) {
        if (log)
            *log = message;
        return 1;
    };
    const ConfigLoadResult loaded = LiteLlmConfigCodec::load(options.configPath);
    QStringList problems;
    for (const Problem &p : loaded.problems) {
        if (p.isError())
            problems.append(p.toString());
    }
    if (!loaded.ok())
        return fail(problems.join(QLatin1Char('\n')));
    SimulationParamsResult params = SimulationParams::fromDocument(loaded.config.document, loaded.config);
    for (const Problem &p : params.problems) {
        if (p.isError())
            problems.append(p.toString());
    }
    if (!params.ok())
        return fail(problems.join(QLatin1Char('\n')));

    Options history;
    history.days = options.historyDays;
    history.end = options.historyEnd ? QDateTime::fromSecsSinceEpoch(*options.historyEnd) : QDateTime::currentDateTime();
    history.extraLabels = options.historyLabels;
    history.exportSpend = !options.noSpendMetric;
    history.seed = options.seed.value_or(params.params.seed.value_or(RouterEngine::kDefaultSeed));
    history.rps = options.rps.value_or(params.params.load.rps);
    const QString masterKey = options.masterKey.value_or(loaded.config.masterKey);
    // The live simulator labels its own load with the hashed key; the history continues those series.
    if (!masterKey.isEmpty() && !masterKey.startsWith(QLatin1String("os.environ/")))
        history.hashedApiKey = SimApi::hashKey(masterKey);

    Summary summary;
    QString error;
    if (options.historyOut == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(tr("cannot write to standard output"));
        error = write(loaded.config, params.params, history, &out, &summary);
    } else {
        QSaveFile out(options.historyOut);
        if (!out.open(QIODevice::WriteOnly))
            return fail(tr("cannot write %1: %2").arg(options.historyOut, out.errorString()));
        error = write(loaded.config, params.params, history, &out, &summary);
        if (error.isEmpty() && !out.commit())
            error = tr("cannot write %1: %2").arg(options.historyOut, out.errorString());
    }
    if (!error.isEmpty())
        return fail(error);
    if (log)
        *log = tr("history: %1 to %2, %3 steps, %4 calls simulated, each counted %5 times; %6 series, %7 samples; "
                  "spend %8 USD")
                   .arg(summary.from.toString(Qt::ISODate), summary.to.toString(Qt::ISODate))
                   .arg(summary.steps)
                   .arg(summary.simulatedCalls)
                   .arg(summary.scale, 0, 'g', 6)
                   .arg(summary.series)
                   .arg(summary.samples)
                   .arg(summary.spend, 0, 'f', 2);
    return 0;
}

} // namespace RouteDeck
