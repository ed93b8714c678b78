// SPDX-License-Identifier: GPL-3.0-or-later
#include "simoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
                                  tr("Port on 127.0.0.1; 0 picks a free one (default)."), tr("port"),
                                  QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default: simulation.seed, else 42)."),
                                  tr("n"));
    const QCommandLineOption rps(QStringLiteral("rps"),
                                 tr("Built-in Poisson load in calls per second (default: simulation.load.rps, else 0)."),
                                 tr("n"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), tr("Incident scenario YAML to play."), tr("file"));
    const QCommandLineOption masterKey(QStringLiteral("master-key"),
                                       tr("Admin key (default: general_settings.master_key). An empty key "
                                          "disables authentication."),
                                       tr("key"));
    const QCommandLineOption spike(QStringLiteral("spike"),
                                   tr("A load spike: AT_S,DURATION_S,MULTIPLIER (e.g. 120,30,3). Repeatable."),
                                   tr("spike"));
    const QCommandLineOption instant(QStringLiteral("instant"),
                                     tr("Answer HTTP calls at once instead of after the simulated latency."));
    parser.addOptions({ help, version, config, port, seed, rps, spike, scenario, masterKey, instant });

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
        result.error = tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().constFirst());
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
        if (!okAt || !okDuration || !okMultiplier || s.atSeconds < 0 || s.durationSeconds <= 0 || s.multiplier < 0
            || s.multiplier > 1000 || !std::isfinite(s.atSeconds) || !std::isfinite(s.durationSeconds)) {
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
    return result;
}

} // namespace RouteDeck
