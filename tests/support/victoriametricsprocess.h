// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scrapingserverprocess.h"

namespace RouteDeck::Test {

// Runs the real single-node `victoria-metrics` binary for integration tests, the second
// Prometheus-compatible backend: a free 127.0.0.1 port, a temporary storage directory and a
// generated scrape config for the given targets (job jobName(), default "routedeck"). Queries see
// samples at once (-search.latencyOffset=0s; the default hides the newest 30 s). Stopped on
// destruction. Same shape as PrometheusProcess (both are ScrapingServerProcess):
//
//     VictoriaMetricsProcess vm;
//     if (!VictoriaMetricsProcess::isAvailable())
//         QSKIP("victoria-metrics is not installed");
//     QVERIFY2(vm.start({sim.target()}, 1), qPrintable(vm.errorString()));
//     QVERIFY2(vm.waitUntilReady(), qPrintable(vm.errorString()));
class VictoriaMetricsProcess : public ScrapingServerProcess
{
    Q_OBJECT

public:
    explicit VictoriaMetricsProcess(QObject *parent = nullptr);

    // $ROUTEDECK_VICTORIA_METRICS, else `victoria-metrics` on PATH, else /usr/bin/victoria-metrics
    // (Debian package `victoria-metrics`); empty if none.
    static QString executable();
    static bool isAvailable() { return !executable().isEmpty(); }

protected:
    QString executablePath() const override { return executable(); }
    QString configText(const QStringList &scrapeTargets, int scrapeIntervalSeconds) const override;
    QStringList serverArguments() const override;
};

} // namespace RouteDeck::Test
