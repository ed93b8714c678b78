// SPDX-License-Identifier: GPL-3.0-or-later
#include "simoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SimOptions", text);
}
} // namespace

SimOptionsResult SimOptions::parse(const QStringList &arguments)
{
    SimOptionsResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates a LiteLLM router (routing, retries, cooldowns, fallbacks, admin API, /metrics) with "
           "simulated providers, on 127.0.0.1 only."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption config({ QStringLiteral("c"), QStringLiteral("config") },
        tr("LiteLLM config.yaml to load (required)."), tr("file"));
    const QCommandLineOption port({ QStringLiteral("p"), QStringLiteral("port") },
        tr("Port on 127.0.0.1; 0 picks a free one (default)."), tr("port"), QStringLiteral("0"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Random seed (default: simulation.seed, else 42)."), tr("n"));
    const QCommandLineOption rps(QStringLiteral("rps"),
        tr("Built-in Poisson load in calls per second (default: simulation.load.rps, else 0)."), tr("n"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"), tr("Incident scenario YAML to play."), tr("file"));
    const QCommandLineOption masterKey(QStringLiteral("master-key"),
        tr("Admin key (default: general_settings.master_key). An empty key "
           "disables authentication."),
        tr("key"));
    const QCommandLineOption spike(QStringLiteral("spike"),
        tr("A load spike: AT_S,DURATION_S,MULTIPLIER (e.g. 120,30,3). Repeatable."), tr("spike"));
    const QCommandLineOption instant(
        QStringLiteral("instant"), tr("Answer HTTP calls at once instead of after the simulated latency."));
    const QCommandLineOption litellmVersion(QStringLiteral("litellm-version"),
        tr("The LiteLLM release to behave like where releases differ: %1 (the 2026 behaviour: /metrics needs the "
           "master key unless litellm_settings.require_auth_for_metrics_endpoint is false, latency buckets up to 600 s, "
           "a readiness answer without the version) or %2 (before: open /metrics, buckets up to 300 s). Default %1.")
            .arg(LiteLlmVersion::newest().toString(), LiteLlmVersion::before2026().toString()),
        tr("x.y.z"));
    const QCommandLineOption noSpend(QStringLiteral("no-spend-metric"),
        tr("Export tokens but no litellm_spend_metric, like a LiteLLM without spend tracking."));
    const QCommandLineOption modelsInDb(QStringLiteral("models-in-db"),
        tr("Keep the config's models in the proxy's database (store_model_in_db, models managed in the UI), so "
           "PATCH /model/{id}/update takes them. Without it they are config-file models, which LiteLLM "
           "refuses to update with HTTP 400; change those in the file and send SIGHUP to reload it."));
    const QCommandLineOption historyDays(QStringLiteral("history-days"),
        tr("Fast-forward the router over the past N days on a virtual clock (load from simulation.load and "
           "--rps, shape from simulation.history), write the token, spend and request counters as OpenMetrics "
           "to --history-out, and exit. Import them with `promtool tsdb create-blocks-from openmetrics`."),
        tr("n"));
    const QCommandLineOption historyOut(
        QStringLiteral("history-out"), tr("Where --history-days writes; - for standard output."), tr("file"));
    const QCommandLineOption historyEnd(
        QStringLiteral("history-end"), tr("End of the history in Unix seconds (default: now)."), tr("t"));
    const QCommandLineOption historyLabel(QStringLiteral("history-label"),
        tr("A label added to every history series, NAME=VALUE (e.g. job=routedeck-sim). Repeatable."), tr("label"));
    parser.addOptions({ help, version, config, port, seed, rps, spike, scenario, masterKey, instant, noSpend, litellmVersion,
        modelsInDb, historyDays, historyOut, historyEnd, historyLabel });

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.helpText = QStringLiteral("routedeck-sim %1\n").arg(QCoreApplication::applicationVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error
            = tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().constFirst());
        return result;
    }
    SimOptions &o = result.options;
    o.configPath = parser.value(config);
    if (o.configPath.isEmpty()) {
        result.error = tr("--config FILE is required");
        return result;
    }
    bool ok = false;
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p > 65535) {
        result.error = tr("--port must be a number from 0 to 65535, got '%1'").arg(parser.value(port));
        return result;
    }
    o.port = quint16(p);
    if (parser.isSet(seed)) {
        const quint64 s = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            result.error = tr("--seed must be a non-negative whole number, got '%1'").arg(parser.value(seed));
            return result;
        }
        o.seed = s;
    }
    if (parser.isSet(rps)) {
        const double r = parser.value(rps).toDouble(&ok);
        if (!ok || !std::isfinite(r) || r < 0 || r > 100000) {
            result.error = tr("--rps must be a number from 0 to 100000, got '%1'").arg(parser.value(rps));
            return result;
        }
        o.rps = r;
    }
    for (const QString &text : parser.values(spike)) {
        const QStringList parts = text.split(QLatin1Char(','));
        bool okAt = false;
        bool okDuration = false;
        bool okMultiplier = false;
        LoadSpike s;
        if (parts.size() == 3) {
            s.atSeconds = parts.at(0).toDouble(&okAt);
            s.durationSeconds = parts.at(1).toDouble(&okDuration);
            s.multiplier = parts.at(2).toDouble(&okMultiplier);
        }
        if (!okAt || !okDuration || !okMultiplier || s.atSeconds < 0 || s.durationSeconds <= 0
            || s.multiplier < 0 || s.multiplier > 1000 || !std::isfinite(s.atSeconds)
            || !std::isfinite(s.durationSeconds)) {
            result.error = tr("--spike must be AT_S,DURATION_S,MULTIPLIER with AT_S >= 0, DURATION_S > 0 and "
                              "MULTIPLIER from 0 to 1000, got '%1'")
                               .arg(text);
            return result;
        }
        o.spikes.append(s);
    }
    o.scenarioPath = parser.value(scenario);
    if (parser.isSet(masterKey))
        o.masterKey = parser.value(masterKey);
    o.instant = parser.isSet(instant);
    o.noSpendMetric = parser.isSet(noSpend);
    o.modelsInDatabase = parser.isSet(modelsInDb);
    if (parser.isSet(litellmVersion)) {
        const std::optional<LiteLlmVersion> parsedVersion = LiteLlmVersion::parse(parser.value(litellmVersion));
        if (!parsedVersion) {
            result.error = tr("--litellm-version must be a release number like %1, got '%2'")
                               .arg(LiteLlmVersion::newest().toString(), parser.value(litellmVersion));
            return result;
        }
        o.litellmVersion = *parsedVersion;
    }
    if (parser.isSet(historyDays)) {
        const double days = parser.value(historyDays).toDouble(&ok);
        if (!ok || !std::isfinite(days) || days <= 0 || days > 400) {
            result.error = tr("--history-days must be a number of days from 0 to 400, got '%1'").arg(parser.value(historyDays));
            return result;
        }
        o.historyDays = days;
        o.historyOut = parser.value(historyOut);
        if (o.historyOut.isEmpty()) {
            result.error = tr("--history-days needs --history-out FILE (or - for standard output)");
            return result;
        }
    }
    if (parser.isSet(historyEnd)) {
        const qint64 end = parser.value(historyEnd).toLongLong(&ok);
        if (!ok || end < 86400 * 365) {
            result.error = tr("--history-end must be Unix seconds, got '%1'").arg(parser.value(historyEnd));
            return result;
        }
        o.historyEnd = end;
    }
    static const QRegularExpression labelName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &text : parser.values(historyLabel)) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const QString name = text.left(eq);
        if (eq <= 0 || !labelName.match(name).hasMatch() || name.startsWith(QLatin1String("__"))) {
            result.error = tr("--history-label must be NAME=VALUE with a Prometheus label name, got '%1'").arg(text);
            return result;
        }
        o.historyLabels.append({ name, text.mid(eq + 1) });
    }
    return result;
}

} // namespace RouteDeck
