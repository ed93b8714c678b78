// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusprocess.h"

namespace RouteDeck::Test {

namespace {
constexpr const char *kEnvironmentVariable = "ROUTEDECK_PROMETHEUS";
} // namespace

PrometheusProcess::PrometheusProcess(QObject *parent)
    : ScrapingServerProcess(QStringLiteral("prometheus"), kEnvironmentVariable, QStringLiteral("prometheus.yml"),
                            parent)
{
}

QString PrometheusProcess::executable()
{
    return findExecutable(kEnvironmentVariable, QStringLiteral("prometheus"));
}

QString PrometheusProcess::configText(const QStringList &scrapeTargets, int scrapeIntervalSeconds) const
{
    QString config;
    const QString interval = QStringLiteral("%1s").arg(scrapeIntervalSeconds);
    config += QStringLiteral("global:\n  scrape_interval: %1\n  scrape_timeout: %1\n  evaluation_interval: %1\n")
                  .arg(interval);
    config += QStringLiteral("scrape_configs:\n  - job_name: prometheus\n    static_configs:\n"
                             "      - targets: ['127.0.0.1:%1']\n")
                  .arg(port());
    if (!scrapeTargets.isEmpty()) {
        config += QStringLiteral("  - job_name: %1\n    metrics_path: %2\n%3    static_configs:\n"
                                 "      - targets: [%4]\n")
                      .arg(jobName(), m_metricsPath, scrapeAuthorization(), quotedTargets(scrapeTargets));
    }
    return config;
}

QStringList PrometheusProcess::serverArguments() const
{
    return {
        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port()),
        QStringLiteral("--storage.tsdb.path=%1").arg(dataDirectory()),
        QStringLiteral("--config.file=%1").arg(configPath()),
        QStringLiteral("--log.level=warn"),
    };
}

} // namespace RouteDeck::Test
