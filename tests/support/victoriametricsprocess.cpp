// SPDX-License-Identifier: GPL-3.0-or-later
#include "victoriametricsprocess.h"

namespace RouteDeck::Test {

namespace {
constexpr const char *kEnvironmentVariable = "ROUTEDECK_VICTORIA_METRICS";
} // namespace

VictoriaMetricsProcess::VictoriaMetricsProcess(QObject *parent)
    : ScrapingServerProcess(QStringLiteral("victoria-metrics"), kEnvironmentVariable, QStringLiteral("scrape.yml"),
                            parent)
{
}

QString VictoriaMetricsProcess::executable()
{
    return findExecutable(kEnvironmentVariable, QStringLiteral("victoria-metrics"));
}

QString VictoriaMetricsProcess::configText(const QStringList &scrapeTargets, int scrapeIntervalSeconds) const
{
    QString config = QStringLiteral("global:\n  scrape_interval: %1s\n  scrape_timeout: %1s\nscrape_configs:\n")
                         .arg(scrapeIntervalSeconds);
    if (!scrapeTargets.isEmpty()) {
        config += QStringLiteral("  - job_name: %1\n%2    static_configs:\n      - targets: [%3]\n")
                      .arg(jobName(), scrapeAuthorization(), quotedTargets(scrapeTargets));
    }
    return config;
}

QStringList VictoriaMetricsProcess::serverArguments() const
{
    return {
        QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(port()),
        QStringLiteral("-storageDataPath=%1").arg(dataDirectory()),
        QStringLiteral("-promscrape.config=%1").arg(configPath()),
        QStringLiteral("-search.latencyOffset=0s"),
        QStringLiteral("-retentionPeriod=1d"),
        QStringLiteral("-loggerLevel=WARN"),
    };
}

} // namespace RouteDeck::Test
