// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoenvironment.h"

#include "litellmconfigcodec.h"
#include "prometheusclient.h"
#include "prometheusrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <utility>
#include <sys/prctl.h>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace RouteDeck {

namespace {

constexpr int kMaxReadinessProbes = 120; // at 250 ms: half a minute for Prometheus to open its TSDB

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Children get SIGTERM when the console's thread that started them exits, even on a crash.
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}


} // namespace

DemoEnvironment::DemoEnvironment(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_killTimer(new QTimer(this))
{
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        for (QProcess *process : std::as_const(m_ending)) {
            if (process->state() != QProcess::NotRunning)
                process->kill();
        }
        checkStopped();
    });
    initDemoResources();
    dieWithParent(m_simulator);
    dieWithParent(m_prometheus);
    dieWithParent(m_history);
    dieWithParent(m_promtool);
    m_simulator.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
}

// Only at exit (or when nobody waited for stopped()): the children get what is left of the grace time
// together, then SIGKILL.
DemoEnvironment::~DemoEnvironment()
{
    stop();
    QElapsedTimer waited;
    waited.start();
    for (QProcess *process : children()) {
        if (!process->waitForFinished(int(std::max<qint64>(0, kStopGraceMs - waited.elapsed())))) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}

QList<QProcess *> DemoEnvironment::children()
{
    return { &m_history, &m_promtool, &m_prometheus, &m_simulator };
}

bool DemoEnvironment::isStopped() const
{
    return m_simulator.state() == QProcess::NotRunning && m_prometheus.state() == QProcess::NotRunning
        && m_history.state() == QProcess::NotRunning && m_promtool.state() == QProcess::NotRunning;
}

// SIGTERM now; SIGKILL from m_killTimer if it is still running kStopGraceMs later.
void DemoEnvironment::endGently(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    connect(&process, &QProcess::finished, this, &DemoEnvironment::checkStopped, Qt::UniqueConnection);
    // A child still starting that then fails to start emits no finished(): its error ends it too.
    connect(&process, &QProcess::errorOccurred, this, &DemoEnvironment::checkStopped, Qt::UniqueConnection);
    if (!m_ending.contains(&process))
        m_ending.append(&process);
    process.terminate();
    m_killTimer->start(kStopGraceMs); // each gets its grace time in full
}

void DemoEnvironment::checkStopped()
{
    m_ending.removeIf([](const QProcess *process) { return process->state() == QProcess::NotRunning; });
    if (m_ending.isEmpty())
        m_killTimer->stop();
    if (!isStopped())
        return;
    if (m_stopping) {
        m_stopping = false;
        Q_EMIT stopped();
    }
}

QString DemoEnvironment::simulatorExecutable()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates { here + QStringLiteral("/routedeck-sim"), here + QStringLiteral("/../sim/routedeck-sim") };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("routedeck-sim"));
}

QString DemoEnvironment::prometheusExecutable()
{
    const QString configured = qEnvironmentVariable("ROUTEDECK_PROMETHEUS");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

QString DemoEnvironment::promtoolExecutable()
{
    const QString prometheus = prometheusExecutable();
    if (!prometheus.isEmpty()) {
        const QString beside = QFileInfo(prometheus).absolutePath() + QStringLiteral("/promtool");
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

QStringList DemoEnvironment::scenarioNames()
{
    initDemoResources();
    QStringList names = QDir(QStringLiteral(":/routedeck/demo/scenarios")).entryList({ QStringLiteral("*.yaml") });
    for (QString &name : names)
        name.chop(5);
    return names;
}

QString DemoEnvironment::extractResource(const QString &resource, const QString &fileName)
{
    const QString path = m_dir->filePath(fileName);
    QFile::remove(path);
    if (!QFile::copy(resource, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString DemoEnvironment::reloadCommand() const
{
    return m_simulator.processId() > 0 ? QStringLiteral("kill -HUP %1").arg(m_simulator.processId()) : QString();
}

void DemoEnvironment::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    stop();
    Q_EMIT failed(message);
}

void DemoEnvironment::start()
{
    const QString simulator = simulatorExecutable();
    if (simulator.isEmpty()) {
        fail(tr("routedeck-sim was not found beside the console or on PATH; build it with `cmake --build` "
                "(target routedeck-sim)."));
        return;
    }
    if (prometheusExecutable().isEmpty()) {
        fail(tr("Prometheus is not installed. Install it with `apt-get install prometheus` (Debian/Ubuntu), "
                "or set ROUTEDECK_PROMETHEUS to its path."));
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/routedeck-demo-XXXXXX"));
    if (!m_dir->isValid()) {
        fail(tr("Could not create a temporary folder for the demo: %1").arg(m_dir->errorString()));
        return;
    }
    const QString config = extractResource(QStringLiteral(":/routedeck/demo/config.yaml"), QStringLiteral("config.yaml"));
    m_configPath = config;
    QStringList arguments { QStringLiteral("--config"), config, QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--rps"), QString::number(m_options.rps) };
    if (!m_options.scenario.isEmpty()) {
        const QString scenario = extractResource(
            QStringLiteral(":/routedeck/demo/scenarios/%1.yaml").arg(m_options.scenario), QStringLiteral("scenario.yaml"));
        if (scenario.isEmpty()) {
            fail(tr("There is no demo scenario '%1' (scenarios: %2).")
                     .arg(m_options.scenario, scenarioNames().join(QStringLiteral(", "))));
            return;
        }
        arguments << QStringLiteral("--scenario") << scenario;
    }
    Q_EMIT progress(tr("Starting the router simulator…"));
    connect(&m_simulator, &QProcess::readyRead, this, [this] {
        m_simulatorOutput += m_simulator.readAll();
        if (m_routerUrl.isValid())
            return;
        static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_simulatorOutput));
        if (match.hasMatch()) {
            m_routerUrl = QUrl(match.captured(1));
            m_simulatorStart = QDateTime::currentSecsSinceEpoch();
            startPrometheus();
            startHistory();
        }
        if (m_simulatorOutput.size() > 64 * 1024)
            m_simulatorOutput = m_simulatorOutput.right(16 * 1024);
    });
    connect(&m_simulator, &QProcess::finished, this, [this](int code) {
        fail(tr("The router simulator stopped (exit code %1): %2")
                 .arg(QString::number(code), QString::fromUtf8(m_simulatorOutput.right(600)).trimmed()));
    });
    connect(&m_simulator, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The router simulator could not start: %1").arg(m_simulator.errorString()));
    });
    m_simulator.start(simulator, arguments);
}

void DemoEnvironment::startPrometheus()
{
    const quint16 port = freeLoopbackPort();
    if (port == 0) {
        fail(tr("No free port on 127.0.0.1 for Prometheus."));
        return;
    }
    const int interval = std::max(1, m_options.scrapeIntervalSeconds);
    QFile config(m_dir->filePath(QStringLiteral("prometheus.yml")));
    if (!config.open(QIODevice::WriteOnly)) {
        fail(tr("Could not write the Prometheus config: %1").arg(config.errorString()));
        return;
    }
    const QString rules = writeAlertRules(interval);
    if (rules.isEmpty())
        return;
    // LiteLLM guards /metrics with the master key since 1.84, and so does the simulator.
    config.write(QStringLiteral("global:\n  scrape_interval: %1s\n  evaluation_interval: %1s\n"
                                "rule_files: ['%4']\n"
                                "scrape_configs:\n  - job_name: routedeck-sim\n"
                                "    authorization:\n      credentials: '%3'\n"
                                "    static_configs:\n      - targets: ['%2']\n")
                     .arg(QString::number(interval), m_routerUrl.authority(), masterKey(), rules)
                     .toUtf8());
    config.close();
    m_prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    Q_EMIT progress(tr("Starting Prometheus on %1…").arg(m_prometheusUrl.toString()));
    m_prometheusArguments = { QStringLiteral("--config.file=") + config.fileName(),
                              QStringLiteral("--storage.tsdb.path=") + m_dir->filePath(QStringLiteral("tsdb")),
                              QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                              // Long enough for the imported history.
                              QStringLiteral("--storage.tsdb.retention.time=%1d").arg(m_options.historyDays > 0 ? 64 : 1) };
    launchPrometheus();
    PromEndpointConfig endpoint;
    endpoint.baseUrl = m_prometheusUrl;
    endpoint.deadlineMs = 2000;
    m_probe = new PrometheusClient(endpoint, this);
    connect(m_probe, &PrometheusClient::readinessProbed, this, [this](quint64, const PromReadiness &readiness) {
        if (m_failed)
            return;
        if (readiness.isReady()) {
            Q_EMIT progress(tr("Prometheus %1 is ready.").arg(readiness.version));
            Q_EMIT ready();
            return;
        }
        if (++m_probes >= kMaxReadinessProbes) {
            fail(tr("Prometheus did not become ready: %1").arg(readiness.message));
            return;
        }
        QTimer::singleShot(250, this, [this] { m_probe->probeReadiness(); });
    });
    QTimer::singleShot(250, this, [this] { m_probe->probeReadiness(); });
}

void DemoEnvironment::startHistory()
{
    // The Cost page wants weeks, the demo has seconds: routedeck-sim fast-forwards the past on a
    // virtual clock (the same config, load and seed), promtool turns that into TSDB blocks, and
    // Prometheus loads blocks placed in its data directory within a minute. The series carry the
    // live scrape's job and instance, so history and live data are one series each.
    if (m_options.historyDays <= 0)
        return;
    if (promtoolExecutable().isEmpty()) {
        Q_EMIT progress(tr("promtool was not found (it comes with Prometheus): the Cost page shows live data only."));
        return;
    }
    // At least back to the first of the month, so the month-end projection counts the whole month.
    const int days = std::clamp(std::max(m_options.historyDays, QDate::currentDate().day() + 1), 1, 62);
    const QString out = m_dir->filePath(QStringLiteral("history.om"));
    connect(&m_history, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || code != 0) {
            Q_EMIT progress(tr("No cost history: %1").arg(QString::fromUtf8(m_history.readAllStandardError()).trimmed().right(400)));
            return;
        }
        importHistory();
    });
    Q_EMIT progress(tr("Simulating the last %n day(s) for the Cost page…", nullptr, days));
    m_history.start(simulatorExecutable(),
                    { QStringLiteral("--config"), m_dir->filePath(QStringLiteral("config.yaml")), QStringLiteral("--rps"),
                      QString::number(m_options.rps), QStringLiteral("--history-days"), QString::number(days),
                      QStringLiteral("--history-end"), QString::number(m_simulatorStart), QStringLiteral("--history-out"), out,
                      QStringLiteral("--history-label"), QStringLiteral("job=routedeck-sim"), QStringLiteral("--history-label"),
                      QStringLiteral("instance=") + m_routerUrl.authority() });
}

void DemoEnvironment::importHistory()
{
    const QString blocks = m_dir->filePath(QStringLiteral("history-blocks"));
    QDir().mkpath(blocks);
    connect(&m_promtool, &QProcess::finished, this, [this, blocks](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || code != 0) {
            Q_EMIT progress(tr("No cost history: promtool failed: %1")
                                .arg(QString::fromUtf8(m_promtool.readAllStandardError()).trimmed().right(400)));
            return;
        }
        // Whole block directories appear at once (same file system), never half written.
        const QString tsdb = m_dir->filePath(QStringLiteral("tsdb"));
        QDir().mkpath(tsdb);
        const QStringList names = QDir(blocks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : names)
            QDir().rename(blocks + QLatin1Char('/') + name, tsdb + QLatin1Char('/') + name);
        QFile::remove(m_dir->filePath(QStringLiteral("history.om")));
        Q_EMIT progress(tr("Cost history imported; Prometheus loads it within a minute."));
        PromEndpointConfig endpoint;
        endpoint.baseUrl = m_prometheusUrl;
        endpoint.deadlineMs = 5000;
        m_historyProbe = new PrometheusClient(endpoint, this);
        connect(m_historyProbe, &PrometheusClient::queryFinished, this, [this](quint64, const PromResponse &response) {
            if (response.ok && !response.result.series.isEmpty()) {
                Q_EMIT progress(tr("Cost history is loaded."));
                Q_EMIT historyReady();
                return;
            }
            if (++m_historyPolls < 60)
                QTimer::singleShot(3000, this, &DemoEnvironment::pollHistory);
        });
        pollHistory();
    });
    m_promtool.start(promtoolExecutable(),
                     { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), QStringLiteral("--quiet"),
                       QStringLiteral("--max-block-duration=%1h").arg(24 * 64),
                       m_dir->filePath(QStringLiteral("history.om")), blocks });
}

void DemoEnvironment::pollHistory()
{
    // Any token counter a day before the live data started is history. Its samples are half an hour
    // apart, beyond an instant query's five-minute look-back: look over an hour.
    if (m_historyProbe)
        m_historyProbe->instantQuery(QStringLiteral("count(max_over_time(litellm_input_tokens_metric_total[1h]))"),
                                     QDateTime::fromSecsSinceEpoch(m_simulatorStart - 86400));
}

void DemoEnvironment::launchPrometheus()
{
    disconnect(&m_prometheus, nullptr, this, nullptr); // the drill's "stopped" message was for the last run
    connect(&m_prometheus, &QProcess::finished, this, [this](int code) {
        fail(tr("Prometheus stopped (exit code %1): %2")
                 .arg(QString::number(code), QString::fromUtf8(m_prometheus.readAll().right(600)).trimmed()));
    });
    connect(&m_prometheus, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Prometheus could not start: %1").arg(m_prometheus.errorString()));
    });
    m_prometheus.start(prometheusExecutable(), m_prometheusArguments);
}

void DemoEnvironment::stopPrometheus()
{
    disconnect(&m_prometheus, nullptr, this, nullptr);
    if (m_prometheus.state() == QProcess::NotRunning)
        return;
    m_prometheusStopping = true;
    connect(&m_prometheus, &QProcess::finished, this, [this] {
        m_prometheusStopping = false;
        checkStopped(); // no longer one to kill
        Q_EMIT progress(tr("Drill: Prometheus stopped."));
        if (std::exchange(m_restartPrometheus, false)) // not from inside its own finished()
            QTimer::singleShot(0, this, &DemoEnvironment::restartPrometheus);
    });
    endGently(m_prometheus);
}

void DemoEnvironment::restartPrometheus()
{
    if (m_stopping)
        return; // the whole demo is stopping: a restart queued before that is dropped
    if (m_prometheusStopping) {
        m_restartPrometheus = true; // once it has ended: same port, same data
        return;
    }
    if (m_prometheusArguments.isEmpty() || isPrometheusRunning())
        return;
    launchPrometheus();
    Q_EMIT progress(tr("Drill: Prometheus started again on %1.").arg(m_prometheusUrl.toString()));
}

void DemoEnvironment::stop()
{
    // No finished() handlers while we stop them on purpose.
    disconnect(&m_simulator, nullptr, this, nullptr);
    disconnect(&m_prometheus, nullptr, this, nullptr);
    disconnect(&m_history, nullptr, this, nullptr);
    disconnect(&m_promtool, nullptr, this, nullptr);
    m_prometheusStopping = false;
    m_restartPrometheus = false;
    m_stopping = true;
    for (QProcess *process : children())
        endGently(*process);
    if (isStopped())
        QMetaObject::invokeMethod(this, &DemoEnvironment::checkStopped, Qt::QueuedConnection);
}

ConnectionProfile DemoEnvironment::profile()
{
    QFile file(QStringLiteral(":/routedeck/demo/profile.yaml"));
    file.open(QIODevice::ReadOnly);
    Problems problems;
    const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(file.readAll(), file.fileName(), &problems);
    Q_ASSERT_X(profiles.size() == 1 && problems.isEmpty(), "DemoEnvironment::profile", "the shipped demo profile must load");
    ConnectionProfile profile = profiles.value(0);
    profile.name = tr("Local demo");
    return profile;
}

// The demo profile's rules as a Prometheus rules file for the demo config's model groups; its path, or
// empty after fail().
QString DemoEnvironment::writeAlertRules(int evaluationIntervalSeconds)
{
    PrometheusRules::Options options;
    options.catalog = QueryCatalog::builtIn();
    options.policy = profile().alerts;
    options.profileName = profile().name;
    options.evaluationIntervalSeconds = evaluationIntervalSeconds;
    options.groups = LiteLlmConfigCodec::load(m_configPath).config.groupNames();
    QFile file(m_dir->filePath(QStringLiteral("rules.yml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(PrometheusRules::exportRules(options)) < 0) {
        fail(tr("Could not write the Prometheus rules: %1").arg(file.errorString()));
        return {};
    }
    return file.fileName();
}

} // namespace RouteDeck
