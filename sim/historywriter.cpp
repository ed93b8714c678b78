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

} // namespace

QString HistoryWriter::write(const RouterConfig &config, const SimulationParams &params, const Options &options,
                             QIODevice *out, Summary *summary)
{
    if (!(options.rps > 0))
        return tr("a history needs a load: set simulation.load.rps in the config or pass --rps");
    const HistoryParams &h = params.history;
    const qint64 step = std::max<qint64>(1, qint64(h.stepSeconds));
    const qint64 end = options.end.isValid() ? options.end.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    const qint64 alignedEnd = end / step * step;
    const qint64 steps = std::max<qint64>(1, qint64(options.days * 86400.0 / double(step)));
    const qint64 start = alignedEnd - steps * step;
    QList<qint64> times;
    for (qint64 t = start; t <= alignedEnd; t += step)
        times.append(t);
    if (end > alignedEnd)
        times.append(end);

    // The load: every (group, agent) pair, weighted as the live load generator weights them.
    QList<QPair<QString, double>> groups = params.load.groups;
    if (groups.isEmpty()) {
        for (const QString &group : config.groupNames())
            groups.append({ group, 1.0 });
    }
    QList<QPair<QString, double>> agents = params.load.agents.isEmpty() ? LoadProfile::defaultAgents() : params.load.agents;
    QList<Combination> base;
    double baseTotal = 0;
    for (const auto &[group, gw] : std::as_const(groups)) {
        for (const auto &[agent, aw] : std::as_const(agents)) {
            base.append({ group, agent, gw * aw });
            baseTotal += gw * aw;
        }
    }
    if (!(baseTotal > 0))
        return tr("the load has no groups or agents with a positive weight (simulation.load)");
    const QDate lastDay = QDateTime::fromSecsSinceEpoch(end, options.timeZone).date();
    QList<qint64> cutoffs;
    for (const HistoryChange &change : h.past)
        cutoffs.append(QDateTime(lastDay.addDays(-change.untilDaysAgo), QTime(0, 0), options.timeZone).toSecsSinceEpoch());
    const auto changesAt = [&](qint64 t) {
        QList<const HistoryChange *> active;
        for (qsizetype i = 0; i < h.past.size(); ++i) {
            if (t < cutoffs.at(i))
                active.append(&h.past.at(i));
        }
        return active;
    };
    const auto matches = [](const HistoryChange &c, const QString &group, const QString &agent) {
        return (c.agent.isEmpty() || c.agent == agent) && (c.group.isEmpty() || c.group == group);
    };

    VirtualClock clock(0);
    RouterEngine engine(config, params, &clock, options.seed);
    engine.metrics().setExportSpend(options.exportSpend);
    SimRandom rng(options.seed ^ 0x5851f42d4c957f2dULL);
    const double scale = options.rps * double(step) / double(std::max(1, h.callsPerStep));

    const LiteLlmMetrics::Families &f = engine.metrics().families();
    QList<MetricsRegistry::FamilyId> families { f.inputTokens, f.outputTokens, f.totalTokens };
    if (options.exportSpend)
        families.append(f.spend);
    families += { f.totalRequests, f.successResponses, f.failureResponses, f.proxyTotal };
    // Per family: label text -> value at every time (0 before the series exists).
    QList<QHash<QByteArray, QList<double>>> values(families.size());
    QList<QList<QByteArray>> order(families.size());

    Summary s;
    s.scale = scale;
    s.from = QDateTime::fromSecsSinceEpoch(start, options.timeZone);
    s.to = QDateTime::fromSecsSinceEpoch(end, options.timeZone);
    double spend = 0;
    for (qsizetype k = 1; k < times.size(); ++k) {
        const qint64 from = times.at(k - 1);
        const qint64 to = times.at(k);
        const double middle = 0.5 * double(from + to);
        const QTime local = QDateTime::fromSecsSinceEpoch(qint64(middle), options.timeZone).time();
        const double hour = local.hour() + local.minute() / 60.0;
        const double daily = 1.0 + h.dailySwing * std::sin(2 * std::numbers::pi * (hour - 9.0) / 24.0);
        const QList<const HistoryChange *> active = changesAt(qint64(middle));
        QList<Combination> now = base;
        double total = 0;
        for (Combination &c : now) {
            for (const HistoryChange *change : active) {
                if (matches(*change, c.group, c.agent))
                    c.weight *= change->loadMultiplier;
            }
            total += c.weight;
        }
        const double mean = h.callsPerStep * double(to - from) / double(step) * daily * total / baseTotal;
        const int calls = poisson(rng, mean);
        for (int i = 0; i < calls; ++i) {
            clock.setNow(double(from - start) + (double(i) + rng.uniform()) / calls * double(to - from));
            const double r = rng.uniform() * total;
            double cumulative = 0;
            const Combination *pick = &now.last();
            for (const Combination &c : std::as_const(now)) {
                cumulative += c.weight;
                if (r < cumulative) {
                    pick = &c;
                    break;
                }
            }
            CallRequest call;
            call.group = pick->group;
            call.agent = pick->agent;
            call.hashedApiKey = options.hashedApiKey;
            call.team = params.load.teams.value(pick->agent);
            call.inputTokens = params.load.inputTokens.value(pick->agent, 0);
            for (const HistoryChange *change : active) {
                if (change->inputTokens > 0 && matches(*change, pick->group, pick->agent))
                    call.inputTokens = change->inputTokens;
            }
            spend += engine.complete(call).cost;
            ++s.simulatedCalls;
        }
        for (qsizetype i = 0; i < families.size(); ++i) {
            for (const MetricsRegistry::SeriesValue &series : engine.metrics().registry().seriesValues(families.at(i))) {
                auto it = values[i].find(series.labelText);
                if (it == values[i].end()) {
                    it = values[i].insert(series.labelText, QList<double>(times.size(), 0.0));
                    order[i].append(series.labelText);
                }
                (*it)[k] = series.value * scale;
            }
        }
    }
    s.steps = times.size() - 1;
    s.spend = spend * scale;

    QByteArray extra;
    for (const auto &[name, value] : options.extraLabels)
        extra += ',' + name.toUtf8() + "=\"" + escapeLabel(value) + '"';
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    const auto flush = [&](bool force) {
        if (buffer.size() < kFlushBytes && !force)
            return true;
        const bool ok = out->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    QList<QByteArray> stamps;
    for (qint64 t : std::as_const(times))
        stamps.append(QByteArray::number(t));
    for (qsizetype i = 0; i < families.size(); ++i) {
        const QByteArray name = engine.metrics().registry().familyName(families.at(i));
        buffer += "# HELP " + name + ' ' + MetricsRegistry::escapeHelp(engine.metrics().registry().familyHelp(families.at(i))) + '\n';
        buffer += "# TYPE " + name + " counter\n";
        QList<QByteArray> labels = order.at(i);
        std::sort(labels.begin(), labels.end());
        for (const QByteArray &labelText : std::as_const(labels)) {
            QByteArray prefix = name + "_total{" + labelText;
            prefix += labelText.isEmpty() && !extra.isEmpty() ? extra.mid(1) : extra;
            prefix += "} ";
            const QList<double> &series = values.at(i).value(labelText);
            for (qsizetype k = 0; k < times.size(); ++k) {
                buffer += prefix + MetricsRegistry::formatValue(series.at(k)) + ' ' + stamps.at(k) + '\n';
                if (!flush(false))
                    return tr("cannot write the history: %1").arg(out->errorString());
            }
            ++s.series;
            s.samples += times.size();
        }
    }
    buffer += "# EOF\n";
    if (!flush(true))
        return tr("cannot write the history: %1").arg(out->errorString());
    if (summary)
        *summary = s;
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
