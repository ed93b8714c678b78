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

// One parse of routedeck-sim's command line: the parser, the options it knows and the result being
// filled. Each read step returns false once the result is final: an error, --help or --version.
class SimCommandLine
{
public:
    explicit SimCommandLine(SimOptionsResult &result);

    bool parse(const QStringList &arguments);
    bool readConfigAndPort();
    bool readSeed();
    bool readRps();
    bool readSpikes();
    void readSwitches();
    bool readLiteLlmVersion();
    bool readAdminDelay();
    bool readHistoryDays();
    bool readHistoryEnd();
    bool readHistoryLabels();

private:
    bool fail(const QString &error);

    SimOptionsResult &m_result;
    SimOptions &m_options;
    QCommandLineParser m_parser;
    const QCommandLineOption m_help
        = QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption m_version = QCommandLineOption(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption m_config = QCommandLineOption({ QStringLiteral("c"), QStringLiteral("config") },
        tr("LiteLLM config.yaml to load (required)."), tr("file"));
    const QCommandLineOption m_port = QCommandLineOption({ QStringLiteral("p"), QStringLiteral("port") },
        tr("Port on 127.0.0.1; 0 picks a free one (default)."), tr("port"), QStringLiteral("0"));
    const QCommandLineOption m_seed = QCommandLineOption(
        QStringLiteral("seed"), tr("Random seed (default: simulation.seed, else 42)."), tr("n"));
    const QCommandLineOption m_rps = QCommandLineOption(QStringLiteral("rps"),
        tr("Built-in Poisson load in calls per second (default: simulation.load.rps, else 0)."), tr("n"));
    const QCommandLineOption m_scenario = QCommandLineOption(
        QStringLiteral("scenario"), tr("Incident scenario YAML to play."), tr("file"));
    const QCommandLineOption m_masterKey = QCommandLineOption(QStringLiteral("master-key"),
        tr("Admin key (default: general_settings.master_key). An empty key "
           "disables authentication."),
        tr("key"));
    const QCommandLineOption m_spike = QCommandLineOption(QStringLiteral("spike"),
        tr("A load spike: AT_S,DURATION_S,MULTIPLIER (e.g. 120,30,3). Repeatable."), tr("spike"));
    const QCommandLineOption m_instant = QCommandLineOption(
        QStringLiteral("instant"), tr("Answer HTTP calls at once instead of after the simulated latency."));
    const QCommandLineOption m_litellmVersion = QCommandLineOption(QStringLiteral("litellm-version"),
        tr("The LiteLLM release to behave like where releases differ: %1 (the 2026 behaviour: /metrics needs the "
           "master key unless litellm_settings.require_auth_for_metrics_endpoint is false, latency buckets up to 600 s, "
           "a readiness answer without the version) or %2 (before: open /metrics, buckets up to 300 s). Default %1.")
            .arg(LiteLlmVersion::newest().toString(), LiteLlmVersion::before2026().toString()),
        tr("x.y.z"));
    const QCommandLineOption m_noSpend = QCommandLineOption(QStringLiteral("no-spend-metric"),
        tr("Export tokens but no litellm_spend_metric, like a LiteLLM without spend tracking."));
    const QCommandLineOption m_modelsInDb = QCommandLineOption(QStringLiteral("models-in-db"),
        tr("Keep the config's models in the proxy's database (store_model_in_db, models managed in the UI), so "
           "PATCH /model/{id}/update takes them. Without it they are config-file models, which LiteLLM "
           "refuses to update with HTTP 400; change those in the file and send SIGHUP to reload it."));
    const QCommandLineOption m_adminDelay = QCommandLineOption(QStringLiteral("admin-delay"),
        tr("Answer admin writes (PATCH /model/{id}/update, /model/new, /model/delete) this many seconds late; the "
           "change itself takes effect at once. For tests that make pushes interleave. 0 to 60, default 0."),
        tr("seconds"));
    const QCommandLineOption m_historyDays = QCommandLineOption(QStringLiteral("history-days"),
        tr("Fast-forward the router over the past N days on a virtual clock (load from simulation.load and "
           "--rps, shape from simulation.history), write the token, spend and request counters as OpenMetrics "
           "to --history-out, and exit. Import them with `promtool tsdb create-blocks-from openmetrics`."),
        tr("n"));
    const QCommandLineOption m_historyOut = QCommandLineOption(
        QStringLiteral("history-out"), tr("Where --history-days writes; - for standard output."), tr("file"));
    const QCommandLineOption m_historyEnd = QCommandLineOption(
        QStringLiteral("history-end"), tr("End of the history in Unix seconds (default: now)."), tr("t"));
    const QCommandLineOption m_historyLabel = QCommandLineOption(QStringLiteral("history-label"),
        tr("A label added to every history series, NAME=VALUE (e.g. job=routedeck-sim). Repeatable."), tr("label"));
};

// Describes the application and registers every option, in the order --help lists them.
SimCommandLine::SimCommandLine(SimOptionsResult &result)
    : m_result(result)
    , m_options(result.options)
{
    m_parser.setApplicationDescription(
        tr("Simulates a LiteLLM router (routing, retries, cooldowns, fallbacks, admin API, /metrics) with "
           "simulated providers, on 127.0.0.1 only."));
    m_parser.addOptions({ m_help, m_version, m_config, m_port, m_seed, m_rps, m_spike, m_scenario, m_masterKey,
        m_instant, m_noSpend, m_litellmVersion, m_modelsInDb, m_adminDelay, m_historyDays, m_historyOut, m_historyEnd,
        m_historyLabel });
}

// Sets the error and ends the parse.
bool SimCommandLine::fail(const QString &error)
{
    m_result.error = error;
    return false;
}

// Parses the arguments and answers --help and --version; rejects positional arguments.
bool SimCommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        m_result.helpText = m_parser.helpText();
        return false;
    }
    if (m_parser.isSet(m_version)) {
        m_result.helpText = QStringLiteral("routedeck-sim %1\n").arg(QCoreApplication::applicationVersion());
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'; see --help").arg(m_parser.positionalArguments().constFirst()));
    return true;
}

// Reads the required --config and the --port to listen on.
bool SimCommandLine::readConfigAndPort()
{
    m_options.configPath = m_parser.value(m_config);
    if (m_options.configPath.isEmpty())
        return fail(tr("--config FILE is required"));
    bool ok = false;
    const uint p = m_parser.value(m_port).toUInt(&ok);
    if (!ok || p > 65535)
        return fail(tr("--port must be a number from 0 to 65535, got '%1'").arg(m_parser.value(m_port)));
    m_options.port = quint16(p);
    return true;
}

// Reads --seed, a non-negative whole number.
bool SimCommandLine::readSeed()
{
    if (!m_parser.isSet(m_seed))
        return true;
    bool ok = false;
    const quint64 s = m_parser.value(m_seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a non-negative whole number, got '%1'").arg(m_parser.value(m_seed)));
    m_options.seed = s;
    return true;
}

// Reads --rps, the built-in load in calls per second.
bool SimCommandLine::readRps()
{
    if (!m_parser.isSet(m_rps))
        return true;
    bool ok = false;
    const double r = m_parser.value(m_rps).toDouble(&ok);
    if (!ok || !std::isfinite(r) || r < 0 || r > 100000)
        return fail(tr("--rps must be a number from 0 to 100000, got '%1'").arg(m_parser.value(m_rps)));
    m_options.rps = r;
    return true;
}

// Reads every --spike AT_S,DURATION_S,MULTIPLIER.
bool SimCommandLine::readSpikes()
{
    for (const QString &text : m_parser.values(m_spike)) {
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
            return fail(tr("--spike must be AT_S,DURATION_S,MULTIPLIER with AT_S >= 0, DURATION_S > 0 and "
                           "MULTIPLIER from 0 to 1000, got '%1'")
                            .arg(text));
        }
        m_options.spikes.append(s);
    }
    return true;
}

// Reads the options that cannot be wrong: --scenario, --master-key and the switches.
void SimCommandLine::readSwitches()
{
    m_options.scenarioPath = m_parser.value(m_scenario);
    if (m_parser.isSet(m_masterKey))
        m_options.masterKey = m_parser.value(m_masterKey);
    m_options.instant = m_parser.isSet(m_instant);
    m_options.noSpendMetric = m_parser.isSet(m_noSpend);
    m_options.modelsInDatabase = m_parser.isSet(m_modelsInDb);
}

// Reads --admin-delay.
bool SimCommandLine::readAdminDelay()
{
    if (!m_parser.isSet(m_adminDelay))
        return true;
    bool ok = false;
    const double seconds = m_parser.value(m_adminDelay).toDouble(&ok);
    if (!ok || !(seconds >= 0 && seconds <= 60))
        return fail(tr("--admin-delay must be seconds from 0 to 60, got '%1'").arg(m_parser.value(m_adminDelay).left(40)));
    m_options.adminDelaySeconds = seconds;
    return true;
}

// Reads --litellm-version, the LiteLLM release to imitate.
bool SimCommandLine::readLiteLlmVersion()
{
    if (!m_parser.isSet(m_litellmVersion))
        return true;
    const std::optional<LiteLlmVersion> parsedVersion = LiteLlmVersion::parse(m_parser.value(m_litellmVersion));
    if (!parsedVersion) {
        return fail(tr("--litellm-version must be a release number like %1, got '%2'")
                        .arg(LiteLlmVersion::newest().toString(), m_parser.value(m_litellmVersion)));
    }
    m_options.litellmVersion = *parsedVersion;
    return true;
}

// Reads --history-days and the --history-out it needs.
bool SimCommandLine::readHistoryDays()
{
    if (!m_parser.isSet(m_historyDays))
        return true;
    bool ok = false;
    const double days = m_parser.value(m_historyDays).toDouble(&ok);
    if (!ok || !std::isfinite(days) || days <= 0 || days > 400) {
        return fail(tr("--history-days must be a number of days from 0 to 400, got '%1'")
                        .arg(m_parser.value(m_historyDays)));
    }
    m_options.historyDays = days;
    m_options.historyOut = m_parser.value(m_historyOut);
    if (m_options.historyOut.isEmpty())
        return fail(tr("--history-days needs --history-out FILE (or - for standard output)"));
    return true;
}

// Reads --history-end, in Unix seconds.
bool SimCommandLine::readHistoryEnd()
{
    if (!m_parser.isSet(m_historyEnd))
        return true;
    bool ok = false;
    const qint64 end = m_parser.value(m_historyEnd).toLongLong(&ok);
    if (!ok || end < 86400 * 365)
        return fail(tr("--history-end must be Unix seconds, got '%1'").arg(m_parser.value(m_historyEnd)));
    m_options.historyEnd = end;
    return true;
}

// Reads every --history-label NAME=VALUE.
bool SimCommandLine::readHistoryLabels()
{
    static const QRegularExpression labelName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &text : m_parser.values(m_historyLabel)) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const QString name = text.left(eq);
        if (eq <= 0 || !labelName.match(name).hasMatch() || name.startsWith(QLatin1String("__")))
            return fail(tr("--history-label must be NAME=VALUE with a Prometheus label name, got '%1'").arg(text));
        m_options.historyLabels.append({ name, text.mid(eq + 1) });
    }
    return true;
}
} // namespace

SimOptionsResult SimOptions::parse(const QStringList &arguments)
{
    SimOptionsResult result;
    SimCommandLine line(result);
    // Each step returns false once the result is final: a bad option, --help or --version.
    if (!line.parse(arguments) || !line.readConfigAndPort() || !line.readSeed() || !line.readRps()
        || !line.readSpikes())
        return result;
    line.readSwitches();
    if (!line.readLiteLlmVersion() || !line.readAdminDelay() || !line.readHistoryDays() || !line.readHistoryEnd())
        return result;
    line.readHistoryLabels();
    return result;
}

} // namespace RouteDeck
