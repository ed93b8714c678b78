// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrapediagnosis.h"

#include <QCoreApplication>

#include <algorithm>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RouteDeck::ScrapeDiagnosis", text); // the context lupdate gives these calls
}

bool loopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    const bool sameHost = a.host().compare(b.host(), Qt::CaseInsensitive) == 0 || (loopback(a.host()) && loopback(b.host()));
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return sameHost && a.port(defaultPort) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}
// A scrape refused with 401/403: /metrics wants the master key. Which setting asked for that depends on
// the release: from 1.84 it is the default (see LiteLlmVersion::metricsNeedKeyByDefault).
QString refusedScrapeAdvice(const std::optional<LiteLlmVersion> &routerVersion)
{
    const QString fix = tr("give the scrape job \"authorization: {credentials: <master key>}\", or set "
                           "litellm_settings.require_auth_for_metrics_endpoint: false on the router.");
    if (!routerVersion)
        return tr("Since LiteLLM 1.84 /metrics needs the master key: %1").arg(fix);
    if (routerVersion->metricsNeedKeyByDefault())
        return tr("The router runs LiteLLM %1, whose /metrics needs the master key by default: %2")
            .arg(routerVersion->toString(), fix);
    return tr("The router runs LiteLLM %1, whose /metrics is open unless "
              "litellm_settings.require_auth_for_metrics_endpoint is true, as it seems to be here: %2")
        .arg(routerVersion->toString(), fix);
}
} // namespace

bool ScrapeDiagnosis::undecided(const QList<PromTarget> &targets, const QUrl &routerUrl)
{
    return targets.isEmpty() || std::any_of(targets.cbegin(), targets.cend(), [&routerUrl](const PromTarget &t) {
        return sameServer(QUrl(t.scrapeUrl), routerUrl) && t.health == QLatin1String("unknown");
    });
}

std::optional<PromTarget> ScrapeDiagnosis::routerTarget(const QList<PromTarget> &targets, const QUrl &routerUrl)
{
    for (const PromTarget &t : targets) {
        if (sameServer(QUrl(t.scrapeUrl), routerUrl))
            return t;
    }
    return std::nullopt;
}

QString ScrapeDiagnosis::explain(
    const QList<PromTarget> &targets, const QUrl &routerUrl, const std::optional<LiteLlmVersion> &routerVersion)
{
    const QString router = routerUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    QStringList scraped;
    for (const PromTarget &t : targets) {
        scraped.append(t.scrapeUrl);
        if (!sameServer(QUrl(t.scrapeUrl), routerUrl))
            continue;
        if (t.health != QLatin1String("down"))
            return {}; // up, or not scraped yet ("unknown")
        QString text = tr("Prometheus has no LiteLLM series because its scrape of %1 (job %2) fails: %3.")
                           .arg(t.scrapeUrl, t.job, t.lastError.isEmpty() ? tr("no error given") : t.lastError);
        if (t.lastError.contains(QLatin1String("401")) || t.lastError.contains(QLatin1String("403")))
            text += QLatin1Char(' ') + refusedScrapeAdvice(routerVersion);
        return text;
    }
    if (targets.isEmpty())
        return {}; // a server that is just starting, or one without a target list: nothing to say yet
    return tr("Prometheus has no LiteLLM series: none of its scrape targets is the router at %1 (it scrapes %2). "
              "Add a scrape job for %1/metrics.")
        .arg(router, scraped.isEmpty() ? tr("nothing") : scraped.join(QStringLiteral(", ")));
}

} // namespace RouteDeck
