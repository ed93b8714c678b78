// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

class QTemporaryDir;

namespace RouteDeck::Test {

// Runs the real `prometheus` binary for integration tests: a free 127.0.0.1 port, a temporary
// data directory and a generated config that scrapes Prometheus itself (job "prometheus") and the
// given targets (job jobName(), default "routedeck"). Stopped on destruction.
//
//     PrometheusProcess prometheus;
//     if (!PrometheusProcess::isAvailable())
//         QSKIP("prometheus is not installed");
//     QVERIFY2(prometheus.start({QStringLiteral("127.0.0.1:%1").arg(simPort)}, 1),
//     qPrintable(prometheus.errorString())); QVERIFY2(prometheus.waitUntilReady(),
//     qPrintable(prometheus.errorString()));
class PrometheusProcess : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusProcess(QObject *parent = nullptr);
    ~PrometheusProcess() override;

    // $ROUTEDECK_PROMETHEUS, else `prometheus` on PATH, else /usr/bin/prometheus; empty if none.
    static QString executable();
    static bool isAvailable() { return !executable().isEmpty(); }
    // A port nothing listens on right now (bind 127.0.0.1:0, read it, close).
    static quint16 freePort();

    void setJobName(const QString &name) { m_jobName = name; }
    QString jobName() const { return m_jobName; }
    void setMetricsPath(const QString &path) { m_metricsPath = path; }
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    // Writes the config and starts Prometheus; true once it accepts TCP connections (its API may
    // still answer 503 until waitUntilReady()). Targets are "host:port".
    bool start(const QStringList &scrapeTargets, int scrapeIntervalSeconds = 1);
    // Starts again after stop(), on the same port with the same data: for "server came back" tests.
    bool restart();
    void stop();
    bool isRunning() const;
    // Polls GET /-/ready until it answers 200.
    bool waitUntilReady(int timeoutMs = 30000);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString dataDirectory() const;
    QString configPath() const;
    QString log() const { return m_log; } // Prometheus' own output, for failure messages
    QString errorString() const { return m_error; }

private:
    bool launch();
    bool waitUntilListening(int timeoutMs);
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_jobName = QStringLiteral("routedeck");
    QString m_metricsPath = QStringLiteral("/metrics");
    QStringList m_extraArguments;
    QString m_log;
    QString m_error;
};

} // namespace RouteDeck::Test
