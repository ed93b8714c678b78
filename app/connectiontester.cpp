// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"

#include "messagetext.h"
#include "prometheusclient.h"
#include "routerclient.h"
#include "scrapediagnosis.h"

#include <QSet>

namespace RouteDeck {

using Step = ConnectionCheck::Step;
using State = ConnectionCheck::State;

namespace {
QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

// The LiteLLM series of each deployment carry its model_id (litellm/integrations/prometheus.py labels
// every deployment metric with model_id); one series per id is enough to tell which are scraped.
QString seriesQuery(const QString &joinLabel)
{
    return QStringLiteral("group by (%1) ({__name__=~\"litellm_.+\", %1!=\"\"})").arg(joinLabel);
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_router(new RouterClient(RouterEndpointConfig(), this))
    , m_prometheus(new PrometheusClient(this))
{
    // Only the answers of the test in progress count: a cancelled one's arrive later, from the event loop.
    connect(m_router, &RouterClient::healthProbed, this, [this](quint64 id, const RouterHealthReply &reply) {
        if (answers(m_routerIds, id))
            onHealth(reply);
    });
    connect(m_router, &RouterClient::deploymentsFetched, this, [this](quint64 id, const RouterDeploymentsReply &reply) {
        if (answers(m_routerIds, id))
            onDeployments(reply);
    });
    connect(m_prometheus, &PrometheusClient::readinessProbed, this, [this](quint64 id, const PromReadiness &readiness) {
        if (answers(m_prometheusIds, id))
            onReadiness(readiness);
    });
    connect(m_prometheus, &PrometheusClient::targetsFetched, this, [this](quint64 id, const PromTargets &targets) {
        if (answers(m_prometheusIds, id))
            onTargets(targets);
    });
    connect(m_prometheus, &PrometheusClient::queryFinished, this, [this](quint64 id, const PromResponse &response) {
        if (answers(m_prometheusIds, id))
            onSeries(response);
    });
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(const DataPlane::Settings &settings, const QString &keySource)
{
    cancel();
    m_settings = settings;
    m_keySource = keySource;
    m_running = true;
    m_seriesId = 0;
    m_deployments.reset();
    m_prometheusReady.reset();
    m_targets.clear();
    m_version.reset();
    m_scrapeInterval = 0;
    for (int i = 0; i < ConnectionCheck::kStepCount; ++i)
        report(Step(i), State::Running, tr("checking…"));
    RouterEndpointConfig router = settings.router;
    router.deadlineMs = 10000; // a test answers in seconds or says why not
    m_router->setConfig(router);
    PromEndpointConfig prometheus = settings.prometheus;
    prometheus.deadlineMs = 10000;
    m_prometheus->setConfig(prometheus);
    m_routerIds = { m_router->probeHealth(), m_router->fetchDeployments() };
    m_prometheusIds = { m_prometheus->probeReadiness(), m_prometheus->fetchTargets() };
}

bool ConnectionTester::answers(QSet<quint64> &ids, quint64 id) const
{
    return m_running && ids.remove(id);
}

void ConnectionTester::cancel()
{
    m_running = false;
    m_routerIds.clear();
    m_prometheusIds.clear();
    m_router->abortAll();
    m_prometheus->abortAll();
}

void ConnectionTester::report(Step step, State state, const QString &detail, const QString &fix)
{
    m_states[int(step)] = state;
    Q_EMIT checkUpdated(ConnectionCheck { step, state, detail, fix });
}

void ConnectionTester::onHealth(const RouterHealthReply &reply)
{
    if (!m_running)
        return;
    const QString url = shown(m_settings.router.baseUrl);
    if (reply.failure == FetchFailure::None || reply.alive || reply.ready) {
        report(Step::RouterReachable, State::Passed,
               reply.ready ? tr("The router answers at %1 and is ready.").arg(url)
                           : tr("The router answers at %1 (alive; it does not say it is ready).").arg(url));
        m_version = LiteLlmVersion::parse(reply.version);
        if (m_version)
            report(Step::Version, State::Passed, tr("LiteLLM %1.").arg(m_version->toString()));
        else
            report(Step::Version, State::Skipped, tr("The router does not tell its LiteLLM version."));
    } else {
        QString fix;
        switch (reply.failure) {
        case FetchFailure::Unreachable:
            fix = tr("Nothing answers at %1. Check the URL and port, and that the router runs.").arg(url);
            break;
        case FetchFailure::Tls:
            fix = tr("The TLS handshake failed. For a certificate of your own CA, choose the CA file.");
            break;
        case FetchFailure::Timeout:
        case FetchFailure::Deadline:
            fix = tr("%1 did not answer in time. Check the URL, a VPN or a proxy in between.").arg(url);
            break;
        case FetchFailure::Config:
            fix = tr("Give the router's URL, like http://127.0.0.1:4000.");
            break;
        default:
            fix = tr("Something answers at %1, but not as a LiteLLM proxy. Give the proxy's own URL (the one "
                     "clients send /chat/completions to), not its UI's or a gateway's.")
                      .arg(url);
            break;
        }
        report(Step::RouterReachable, State::Failed, reply.errorString, fix);
        report(Step::Version, State::Skipped, tr("The router did not answer."));
    }
    finishIfDone();
}

void ConnectionTester::onDeployments(const RouterDeploymentsReply &reply)
{
    if (!m_running)
        return;
    if (reply.ok) {
        report(Step::KeyAccepted, State::Passed,
               m_keySource.isEmpty() ? tr("The router's admin API asks for no key.")
                                     : tr("The router accepts %1.").arg(m_keySource));
        QSet<QString> groups;
        for (const Deployment &d : reply.deployments)
            groups.insert(d.group);
        const QString endpoint = reply.legacyEndpoint ? QStringLiteral("/model/info") : QStringLiteral("/v2/model/info");
        if (reply.deployments.isEmpty()) {
            report(Step::Deployments, State::Failed, tr("%1 lists no deployments.").arg(endpoint),
                   tr("Give the router models (model_list in its config, or /model/new), then test again."));
            report(Step::Series, State::Skipped, tr("Needs the router's deployments."));
        } else {
            report(Step::Deployments, State::Passed,
                   tr("%1 lists %2 deployments in %3 groups.").arg(endpoint).arg(reply.deployments.size()).arg(groups.size()));
        }
        m_deployments = reply.deployments;
        askSeriesWhenReady();
    } else if (reply.httpStatus == 401 || reply.httpStatus == 403) {
        report(Step::KeyAccepted, State::Failed, reply.errorString,
               m_keySource.isEmpty()
                   ? tr("The router wants its master key (general_settings.master_key). Name an environment "
                        "variable that is set for RouteDeck and holds it, or type the key in for this session.")
                   : tr("The router refused %1 (HTTP %2). Check that it holds the proxy's master key "
                        "(general_settings.master_key) or an admin key.")
                         .arg(m_keySource)
                         .arg(reply.httpStatus));
        report(Step::Deployments, State::Skipped, tr("Needs a key the router accepts."));
        report(Step::Series, State::Skipped, tr("Needs the router's deployments."));
    } else {
        report(Step::KeyAccepted, State::Skipped, tr("The router did not answer its admin API."));
        report(Step::Deployments, State::Failed, reply.errorString,
               tr("The router's /model/info did not answer. Check the router URL."));
        report(Step::Series, State::Skipped, tr("Needs the router's deployments."));
    }
    finishIfDone();
}

void ConnectionTester::onReadiness(const PromReadiness &readiness)
{
    if (!m_running)
        return;
    const QString url = shown(m_settings.prometheus.baseUrl);
    m_prometheusReady = readiness.state == PromReadiness::State::Ready;
    switch (readiness.state) {
    case PromReadiness::State::Ready:
        report(Step::PrometheusReady, State::Passed,
               readiness.version == QLatin1String("unknown") ? tr("Ready at %1.").arg(url)
                                                             : tr("Version %1, ready at %2.").arg(readiness.version, url));
        break;
    case PromReadiness::State::NotReady:
        report(Step::PrometheusReady, State::Failed, readiness.message,
               tr("It answers but is still starting (replaying its write-ahead log). Test again in a minute."));
        break;
    case PromReadiness::State::Unreachable: {
        QString fix;
        switch (readiness.failure) {
        case FetchFailure::Unreachable:
            fix = tr("Nothing answers at %1. Check the URL and port.").arg(url);
            break;
        case FetchFailure::Auth:
            fix = tr("It refused the credentials (HTTP %1). Check the auth type and the variable that holds "
                     "the password or token; Grafana Mimir also needs the tenant (X-Scope-OrgID).")
                      .arg(readiness.httpStatus);
            break;
        case FetchFailure::Tls:
            fix = tr("The TLS handshake failed. For a certificate of your own CA, choose the CA file.");
            break;
        case FetchFailure::Config:
            fix = tr("Give the Prometheus URL, like http://127.0.0.1:9090.");
            break;
        default:
            fix = tr("Something answers at %1, but not the Prometheus API. Check the URL; Grafana Mimir serves "
                     "it under a path prefix, usually /prometheus.")
                      .arg(url);
            break;
        }
        report(Step::PrometheusReady, State::Failed, readiness.message, fix);
        break;
    }
    }
    if (!*m_prometheusReady) {
        report(Step::Series, State::Skipped, tr("Needs a ready Prometheus."));
        if (m_states[int(Step::ScrapeInterval)] == State::Running)
            report(Step::ScrapeInterval, State::Skipped, tr("Needs a ready Prometheus; enter it by hand."));
    }
    askSeriesWhenReady();
    finishIfDone();
}

void ConnectionTester::onTargets(const PromTargets &targets)
{
    if (!m_running)
        return;
    m_targets = targets.targets;
    const std::optional<PromTarget> target = ScrapeDiagnosis::routerTarget(targets.targets, m_settings.router.baseUrl);
    if (target && target->scrapeIntervalSeconds > 0) {
        m_scrapeInterval = target->scrapeIntervalSeconds;
        report(Step::ScrapeInterval, State::Passed,
               tr("Prometheus scrapes the router every %1 s (job %2).").arg(m_scrapeInterval).arg(target->job));
    } else if (target && m_states[int(Step::ScrapeInterval)] == State::Running) {
        report(Step::ScrapeInterval, State::Skipped,
               tr("Prometheus scrapes the router (job %1) but does not say how often; enter the interval by hand.")
                   .arg(target->job));
    } else if (m_states[int(Step::ScrapeInterval)] == State::Running) {
        report(Step::ScrapeInterval, State::Skipped,
               targets.ok ? tr("No scrape target of this Prometheus is the router; enter the interval by hand.")
                          : tr("This server does not list its scrape targets (%1); enter the interval by hand.")
                                .arg(targets.errorString));
    }
    finishIfDone();
}

void ConnectionTester::askSeriesWhenReady()
{
    if (!m_deployments || !m_prometheusReady || !*m_prometheusReady || m_seriesId != 0 || m_deployments->isEmpty())
        return;
    m_seriesId = m_prometheus->instantQuery(seriesQuery(m_settings.catalog.joinLabel()));
    m_prometheusIds.insert(m_seriesId);
}

void ConnectionTester::onSeries(const PromResponse &response)
{
    if (!m_running)
        return;
    const QString label = m_settings.catalog.joinLabel();
    if (!response.ok) {
        report(Step::Series, State::Failed, response.errorString, tr("Prometheus could not answer a query; check its URL."));
        finishIfDone();
        return;
    }
    QSet<QString> scraped;
    for (const PromSeries &series : response.result.series)
        scraped.insert(series.labels.value(label));
    int found = 0;
    for (const Deployment &d : std::as_const(*m_deployments))
        found += scraped.contains(d.id) ? 1 : 0;
    const int total = int(m_deployments->size());
    if (found == 0) {
        QString why = ScrapeDiagnosis::explain(m_targets, m_settings.router.baseUrl, m_version);
        if (why.isEmpty())
            why = tr("Add the router's /metrics as a scrape job of this Prometheus (LiteLLM's prometheus "
                     "callback must be on: litellm_settings.callbacks: [\"prometheus\"]), or wait for the first "
                     "requests: LiteLLM exports a deployment's series once it has served one.");
        report(Step::Series, State::Failed, tr("No LiteLLM series for any of the %1 deployments.").arg(total), why);
    } else if (found < total) {
        report(Step::Series, State::Passed,
               tr("LiteLLM series for %1 of %2 deployments; the others have had no requests since the router "
                  "started.")
                   .arg(found)
                   .arg(total));
    } else {
        report(Step::Series, State::Passed, tr("LiteLLM series for all %1 deployments.").arg(total));
    }
    finishIfDone();
}

void ConnectionTester::finishIfDone()
{
    if (!m_running)
        return;
    bool allPassed = true;
    for (State state : m_states) {
        if (state == State::Running)
            return;
        allPassed = allPassed && state != State::Failed;
    }
    m_running = false;
    Q_EMIT finished(allPassed, m_scrapeInterval);
}

} // namespace RouteDeck
