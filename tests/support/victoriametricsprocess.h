// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

class QTemporaryDir;

namespace RouteDeck::Test {

// Runs the real single-node `victoria-metrics` binary for integration tests, the second
// Prometheus-compatible backend: a free 127.0.0.1 port, a temporary storage directory and a
// generated scrape config for the given targets (job jobName(), default "routedeck"). Queries see
// samples at once (-search.latencyOffset=0s; the default hides the newest 30 s). Stopped on
// destruction. Same shape as PrometheusProcess:
//
//     VictoriaMetricsProcess vm;
//     if (!VictoriaMetricsProcess::isAvailable())
//         QSKIP("victoria-metrics is not installed");
//     QVERIFY2(vm.start({sim.target()}, 1), qPrintable(vm.errorString()));
//     QVERIFY2(vm.waitUntilReady(), qPrintable(vm.errorString()));
class VictoriaMetricsProcess : public QObject
{
    Q_OBJECT

public:
    explicit VictoriaMetricsProcess(QObject *parent = nullptr);
    ~VictoriaMetricsProcess() override;

    // $ROUTEDECK_VICTORIA_METRICS, else `victoria-metrics` on PATH, else /usr/bin/victoria-metrics
    // (Debian package `victoria-metrics`); empty if none.
    static QString executable();
    static bool isAvailable() { return !executable().isEmpty(); }

    void setJobName(const QString &name) { m_jobName = name; }
    QString jobName() const { return m_jobName; }
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    // Writes the scrape config and starts VictoriaMetrics; true once it accepts TCP connections.
    // Targets are "host:port".
    bool start(const QStringList &scrapeTargets, int scrapeIntervalSeconds = 1);
    // Starts again after stop(), on the same port with the same data.
    bool restart();
    void stop();
    bool isRunning() const;
    // Polls GET /-/ready until it answers 200.
    bool waitUntilReady(int timeoutMs = 30000);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString dataDirectory() const;
    QString configPath() const;
    QString log() const { return m_log; }
    QString errorString() const { return m_error; }

private:
    bool launch();
    bool waitUntilListening(int timeoutMs);
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_jobName = QStringLiteral("routedeck");
    QStringList m_extraArguments;
    QString m_log;
    QString m_error;
};

} // namespace RouteDeck::Test
