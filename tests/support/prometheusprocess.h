// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scrapingserverprocess.h"

namespace RouteDeck::Test {

// Runs the real `prometheus` binary for integration tests: a free 127.0.0.1 port, a temporary
// data directory and a generated config that scrapes Prometheus itself (job "prometheus") and the
// given targets (job jobName(), default "routedeck"). Stopped on destruction. Start, stop, ports
// and readiness are ScrapingServerProcess'.
//
//     PrometheusProcess prometheus;
//     if (!PrometheusProcess::isAvailable())
//         QSKIP("prometheus is not installed");
//     QVERIFY2(prometheus.start({QStringLiteral("127.0.0.1:%1").arg(simPort)}, 1),
//     qPrintable(prometheus.errorString())); QVERIFY2(prometheus.waitUntilReady(),
//     qPrintable(prometheus.errorString()));
class PrometheusProcess : public ScrapingServerProcess
{
    Q_OBJECT

public:
    explicit PrometheusProcess(QObject *parent = nullptr);

    // $ROUTEDECK_PROMETHEUS, else `prometheus` on PATH, else /usr/bin/prometheus; empty if none.
    static QString executable();
    static bool isAvailable() { return !executable().isEmpty(); }

    void setMetricsPath(const QString &path) { m_metricsPath = path; }

protected:
    QString executablePath() const override { return executable(); }
    QString configText(const QStringList &scrapeTargets, int scrapeIntervalSeconds) const override;
    QStringList serverArguments() const override;

private:
    QString m_metricsPath = QStringLiteral("/metrics");
};

} // namespace RouteDeck::Test
