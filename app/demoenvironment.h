// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <memory>

class QTemporaryDir;
class QTimer;

namespace RouteDeck {

class PrometheusClient;

// The local demo: routedeck-sim on the shipped demo config and a real Prometheus scraping it every
// second, both child processes on free 127.0.0.1 ports with a temporary data directory. They die with
// the console, also when it crashes (the kernel signals them when their parent goes).
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        double rps = 40;
        QString scenario = QStringLiteral("azure-429-storm"); // a name under resources/demo/scenarios, or empty
        int scrapeIntervalSeconds = 1;
        // Days of fast-forwarded history (routedeck-sim --history-days) imported into Prometheus with
        // promtool for the Cost page; 0 = none.
        int historyDays = 15;
    };

    static constexpr int kStopGraceMs = 3000;

    explicit DemoEnvironment(const Options &options, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    static QString simulatorExecutable(); // beside the console, in the build tree, or on PATH
    static QString prometheusExecutable(); // $ROUTEDECK_PROMETHEUS or PATH
    static QString promtoolExecutable(); // beside prometheus, or PATH
    static QStringList scenarioNames();
    // The demo's connection profile (resources/demo/profile.yaml): its alert policy and limits. Its
    // exportable rules are loaded into the demo's Prometheus too, so both evaluate the same alerts.
    static ConnectionProfile profile();

    void start(); // ready() or failed() follows
    // Asks every child to end (SIGTERM) and returns at once: the GUI never waits for them. stopped()
    // follows when all have ended; any still running after kStopGraceMs is killed.
    void stop();
    bool isStopped() const;

    // Drills: take the demo's Prometheus away and bring it back (same port, same data) to rehearse
    // how the console behaves when its metrics source dies.
    void stopPrometheus();
    void restartPrometheus();
    bool isPrometheusRunning() const { return m_prometheus.state() != QProcess::NotRunning; }

    QUrl routerUrl() const { return m_routerUrl; }
    QUrl prometheusUrl() const { return m_prometheusUrl; }
    QString masterKey() const { return QStringLiteral("sk-routedeck-demo"); }
    // The config file the simulator runs on, writable: its models are config-file models (as LiteLLM's
    // are), so weight pushes go into this file and reloadCommand() makes the simulator read it again.
    QString configPath() const { return m_configPath; }
    QString reloadCommand() const; // "kill -HUP <pid>", as `systemctl reload` would signal a daemon
    int scrapeIntervalSeconds() const { return m_options.scrapeIntervalSeconds; }

Q_SIGNALS:
    void progress(const QString &message);
    void ready();
    void failed(const QString &message);
    // The history is imported and Prometheus answers for it (about a minute after ready()).
    void historyReady();
    void stopped();

private:
    void startPrometheus();
    QString writeAlertRules(int evaluationIntervalSeconds);
    void startHistory();
    void importHistory();
    void pollHistory();
    void launchPrometheus();
    void waitForPrometheus();
    void fail(const QString &message);
    QList<QProcess *> children();
    void endGently(QProcess &process);
    void checkStopped();
    QString extractResource(const QString &resource, const QString &fileName);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_simulator;
    QProcess m_prometheus;
    PrometheusClient *m_probe = nullptr;
    QByteArray m_simulatorOutput;
    QUrl m_routerUrl;
    QUrl m_prometheusUrl;
    QString m_configPath;
    QStringList m_prometheusArguments;
    QProcess m_history;
    QProcess m_promtool;
    qint64 m_simulatorStart = 0; // Unix seconds: where the history ends and live data begins
    PrometheusClient *m_historyProbe = nullptr;
    int m_historyPolls = 0;
    int m_probes = 0;
    bool m_failed = false;
    bool m_stopping = false;
    bool m_prometheusStopping = false; // the drill's stop is under way
    bool m_restartPrometheus = false; // asked for while it was stopping
    QTimer *m_killTimer; // ends what SIGTERM did not, kStopGraceMs after stop() or stopPrometheus()
    QList<QProcess *> m_ending; // asked to end (SIGTERM), not ended yet
};

} // namespace RouteDeck
