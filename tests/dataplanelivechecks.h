// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks shared by the live data-plane tests, and the setup they run on (Setup): the real routedeck-sim
// scraped every second by a real Prometheus-compatible backend (Prometheus, VictoriaMetrics), watched
// by a DataPlane refreshing every second. Each check reports through QVERIFY/QCOMPARE; callers stop on
// QTest::currentTestFailed().

#include "dataplane.h"
#include "support/simprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

namespace RouteDeck::Test::Live {

inline constexpr int kRefreshMs = 1000;
inline constexpr int kScrapeSeconds = 1;
inline const QString kGroup = QStringLiteral("gpt-4o-mini");
inline const QStringList kIds = { QStringLiteral("azure-primary"), QStringLiteral("azure-secondary"),
                                  QStringLiteral("openai-direct") };
inline constexpr double kConfigured[] = { 8.0 / 11, 2.0 / 11, 1.0 / 11 };

// The demo's gpt-4o-mini group (same ids, weights 8/2/1) under heavy load. The demo's providers
// allow only 1,500-6,000 requests a minute and answer 429 beyond that, which would cool deployments
// by themselves; these have no provider limit, so the only cooldowns are the injected ones. 400
// calls/s give about 1,200 calls per rate window, enough to measure a split to well under 3 pp.
inline QString writeConfig(const QString &directory)
{
    const QString path = directory + QStringLiteral("/live.yaml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(R"(model_list:
  - model_name: gpt-4o-mini
    litellm_params:
      model: azure/gpt-4o-mini-ptu
      api_base: https://primary.openai.azure.com
      api_version: "2024-08-01-preview"
      weight: 8
    model_info:
      id: azure-primary
  - model_name: gpt-4o-mini
    litellm_params:
      model: azure/gpt-4o-mini
      api_base: https://secondary.openai.azure.com
      api_version: "2024-08-01-preview"
      weight: 2
    model_info:
      id: azure-secondary
  - model_name: gpt-4o-mini
    litellm_params:
      model: openai/gpt-4o-mini
      weight: 1
    model_info:
      id: openai-direct
router_settings:
  routing_strategy: simple-shuffle
  num_retries: 3
  cooldown_time: 60
general_settings:
  master_key: sk-routedeck-demo
simulation:
  seed: 11
  defaults:
    latency_median_ms: 700
    latency_p99_ms: 2500
    failure_rates: { server_error: 0.002 }
  deployments:
    azure-primary: { latency_median_ms: 650, latency_p99_ms: 2200 }
    openai-direct: { latency_median_ms: 900, latency_p99_ms: 3200 }
  load:
    rps: 400
    groups: { gpt-4o-mini: 1 }
)");
    return path;
}

inline DataPlane::Settings settingsFor(const QUrl &router, const QUrl &prometheus)
{
    DataPlane::Settings settings;
    settings.router.baseUrl = router;
    settings.router.masterKey = QString::fromLatin1(SimProcess::kDemoMasterKey);
    settings.prometheus.baseUrl = prometheus;
    settings.scrapeIntervalSeconds = kScrapeSeconds;
    settings.refreshIntervalMs = kRefreshMs;
    return settings;
}

inline bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Every snapshot a DataPlane publishes, and the ones that carried new metrics ("frames": a new
// Prometheus lastGood), so checks can average over refreshes and compare against the last good one.
class FrameLog : public QObject
{
public:
    explicit FrameLog(DataPlane *plane)
    {
        connect(plane, &DataPlane::snapshotReady, this, [this](const Snapshot &snapshot) {
            ++published;
            if (snapshot.prometheus.state != SourceStatus::State::Live)
                return;
            if (!frames.isEmpty() && frames.constLast().prometheus.lastGood == snapshot.prometheus.lastGood) {
                frames.last() = snapshot; // the router refreshed in between: same metrics, newer list
                return;
            }
            frames.append(snapshot);
        });
    }

    QList<Snapshot> frames;
    int published = 0;
};

// One instant query straight to the backend's HTTP API (not through RouteDeck's client): the
// value of the series with model_id `id`, if any.
inline std::optional<double> backendValue(const QUrl &backend, const QString &promql, const QString &id)
{
    QNetworkAccessManager network;
    QNetworkRequest request(backend.resolved(QUrl(QStringLiteral("/api/v1/query"))));
    request.setTransferTimeout(5000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.post(request, "query=" + QUrl::toPercentEncoding(promql));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    const QJsonArray result = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    for (const QJsonValue &item : result) {
        const QJsonObject series = item.toObject();
        if (series.value(QStringLiteral("metric")).toObject().value(QStringLiteral("model_id")).toString() == id)
            return series.value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
    }
    return std::nullopt;
}

// After warm-up, the observed split averaged over ten refreshes is within 3 pp of the configured
// 8/2/1, and latency and outcomes look like what the simulator does.
inline void checkSplit(DataPlane &plane, FrameLog &log)
{
    const auto hasShares = [&plane] {
        for (const QString &id : kIds) {
            const DeploymentSnapshot *d = plane.snapshot().deployment(id);
            if (!d || !std::isfinite(d->observedShare) || !d->inRouter)
                return false;
        }
        return plane.snapshot().prometheus.state == SourceStatus::State::Live;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasShares(), 60000);
    // Warm-up: let the rate window fill with samples taken under load, then average ten refreshes.
    const qsizetype first = log.frames.size() + 4;
    constexpr int kFrames = 10;
    QTRY_VERIFY_WITH_TIMEOUT(log.frames.size() >= first + kFrames, 40000);

    double sums[3] = {};
    for (qsizetype f = first; f < first + kFrames; ++f) {
        for (int i = 0; i < 3; ++i) {
            const DeploymentSnapshot *d = log.frames.at(f).deployment(kIds.at(i));
            QVERIFY2(d && std::isfinite(d->observedShare), qPrintable(kIds.at(i)));
            sums[i] += d->observedShare;
        }
    }
    for (int i = 0; i < 3; ++i) {
        const double observed = sums[i] / kFrames;
        qInfo("%s: configured %.1f%%, observed %.2f%% (mean of %d refreshes)", qPrintable(kIds.at(i)),
              kConfigured[i] * 100, observed * 100, kFrames);
        QVERIFY2(std::abs(observed - kConfigured[i]) < 0.03,
                 qPrintable(QStringLiteral("%1 observed %2%, configured %3%")
                                .arg(kIds.at(i))
                                .arg(observed * 100, 0, 'f', 2)
                                .arg(kConfigured[i] * 100, 0, 'f', 1)));
    }

    const Snapshot &snapshot = log.frames.at(first + kFrames - 1);
    const GroupSnapshot *group = snapshot.group(kGroup);
    QVERIFY(group);
    QVERIFY2(group->requestsPerSecond > 300 && group->requestsPerSecond < 500,
             qPrintable(QString::number(group->requestsPerSecond)));
    QCOMPARE(group->coolingCount, 0);
    for (int i = 0; i < 3; ++i) {
        const DeploymentSnapshot *d = snapshot.deployment(kIds.at(i));
        QCOMPARE(d->group, kGroup);
        QCOMPARE(d->state, CooldownState::Healthy);
        QVERIFY(d->inMetrics);
        QVERIFY(std::abs(d->configuredShare - kConfigured[i]) < 1e-9);
        QVERIFY(std::abs(d->effectiveShare - kConfigured[i]) < 1e-9);
        // Simulated medians 650-900 ms and p99s 2.2-3.2 s, read through LiteLLM's buckets.
        QVERIFY2(d->p50.hasValue() && d->p50.seconds > 0.2 && d->p50.seconds < 2, qPrintable(d->p50.toString()));
        QVERIFY2(d->p95.hasValue() && d->p95.seconds >= d->p50.seconds && d->p95.seconds < 6, qPrintable(d->p95.toString()));
        QVERIFY2(d->p99.hasValue() && d->p99.seconds >= d->p95.seconds, qPrintable(d->p99.toString()));
        QVERIFY(!d->p95.atLeast);
        // 0.2 % of attempts fail with a server error: nearly everything succeeds.
        QVERIFY2(d->outcomeRate(Outcome::Success) > 0.95 * d->requestsPerSecond,
                 qPrintable(QStringLiteral("%1: %2 successes/s of %3 requests/s")
                                .arg(d->id)
                                .arg(d->outcomeRate(Outcome::Success))
                                .arg(d->requestsPerSecond)));
    }
}

inline bool primaryCoolingAndRenormalised(const Snapshot &snapshot)
{
    const DeploymentSnapshot *primary = snapshot.deployment(kIds.at(0));
    const DeploymentSnapshot *secondary = snapshot.deployment(kIds.at(1));
    const DeploymentSnapshot *direct = snapshot.deployment(kIds.at(2));
    return primary && secondary && direct && primary->isCooling() && primary->cooldownReason == QLatin1String("429")
        && std::abs(primary->effectiveShare) < 1e-9 && std::abs(secondary->effectiveShare - 2.0 / 3) < 1e-9
        && std::abs(direct->effectiveShare - 1.0 / 3) < 1e-9 && !secondary->isCooling() && !direct->isCooling();
}

// A 429 storm on azure-primary: once the backend answers the catalog's queries with
// litellm_deployment_state 2 and the cooldown counter, one of the next two snapshots shows it cooling
// for "429", the others' effective shares renormalised to 66.7 / 33.3. Counted in refreshes, not in
// wall time: on a loaded machine a refresh takes longer than its interval.
inline void checkCooling(DataPlane &plane, SimProcess &sim, const QUrl &backend)
{
    QVERIFY(!plane.snapshot().deployment(kIds.at(0))->isCooling());
    const QString fault = sim.addFault(
        R"({"target":"azure-primary","kind":"rate_limit","probability":0.9,"duration_s":120})");
    QVERIFY2(!fault.isEmpty(), qPrintable(sim.errorString()));

    // The cooldown counter is asked with the data plane's own query: VictoriaMetrics makes a new series
    // (the counter, born at 1) visible to a query by metric name alone a few seconds after a query
    // naming its labels already sees it. Prometheus shows state and counter in the same scrape. The
    // state is asked raw: the catalog's state query leaves LiteLLM's never-reset 2 out.
    const QString state = QStringLiteral("max by (model_id) (litellm_deployment_state)");
    const QString cooled = plane.queryTexts().value(QStringLiteral("cooldowns"));
    QTRY_VERIFY_WITH_TIMEOUT(backendValue(backend, state, kIds.at(0)) == 2.0, 30000);
    QElapsedTimer sinceState;
    sinceState.start();
    QTRY_VERIFY_WITH_TIMEOUT(backendValue(backend, cooled, kIds.at(0)) >= 1.0, 15000);
    qInfo("the backend showed the cooldown counter %lld ms after the state", sinceState.elapsed());
    QElapsedTimer sinceBackend;
    sinceBackend.start();
    std::optional<Snapshot> cooling;
    if (primaryCoolingAndRenormalised(plane.snapshot()))
        cooling = plane.snapshot();
    int refreshes = 0; // metrics refreshes: a router answer publishes a snapshot too, with the same metrics
    QDateTime metricsTime = plane.snapshot().prometheus.lastGood;
    const QMetaObject::Connection watch = QObject::connect(&plane, &DataPlane::snapshotReady, [&](const Snapshot &s) {
        if (s.prometheus.lastGood != metricsTime) {
            metricsTime = s.prometheus.lastGood;
            ++refreshes;
        }
        if (!cooling && primaryCoolingAndRenormalised(s))
            cooling = s;
    });
    QTRY_VERIFY_WITH_TIMEOUT(cooling || refreshes >= 2, 30 * kRefreshMs);
    QObject::disconnect(watch);
    QVERIFY2(cooling, "two refreshes after the backend showed the cooldown, the snapshot did not");
    qInfo("snapshot showed the cooldown %lld ms (%d refreshes) after the backend did", sinceBackend.elapsed(), refreshes);

    const Snapshot &snapshot = *cooling;
    const GroupSnapshot *group = snapshot.group(kGroup);
    QVERIFY(group);
    QCOMPARE(group->coolingCount, 1);
    QCOMPARE(snapshot.deployment(kIds.at(1))->state, CooldownState::Healthy);
    QCOMPARE(snapshot.deployment(kIds.at(2))->state, CooldownState::Healthy);
    // Configured shares do not move; only the effective ones do.
    QVERIFY(std::abs(snapshot.deployment(kIds.at(0))->configuredShare - 8.0 / 11) < 1e-9);
}

// The fields a stale snapshot must keep from the last good one.
inline void compareKept(const Snapshot &stale, const Snapshot &good)
{
    QCOMPARE(stale.deployments.size(), good.deployments.size());
    for (const DeploymentSnapshot &g : good.deployments) {
        const DeploymentSnapshot *s = stale.deployment(g.id);
        QVERIFY2(s, qPrintable(g.id));
        QVERIFY2(same(s->requestsPerSecond, g.requestsPerSecond), qPrintable(g.id));
        QVERIFY2(same(s->observedShare, g.observedShare), qPrintable(g.id));
        QVERIFY2(same(s->effectiveShare, g.effectiveShare), qPrintable(g.id));
        QVERIFY2(same(s->configuredShare, g.configuredShare), qPrintable(g.id));
        QVERIFY2(same(s->p95.seconds, g.p95.seconds), qPrintable(g.id));
        QVERIFY2(same(s->outcomeRate(Outcome::Success), g.outcomeRate(Outcome::Success)), qPrintable(g.id));
        QCOMPARE(s->state, g.state);
        QCOMPARE(s->cooldownReason, g.cooldownReason);
        QCOMPARE(s->inRouter, g.inRouter);
    }
}

// Stopping the backend marks Prometheus stale with the last good time and keeps the last good
// numbers; restarting it brings it back live with no call on the DataPlane.
template<typename Backend>
void checkStaleAndRecovery(DataPlane &plane, FrameLog &log, Backend &backend)
{
    QVERIFY(!log.frames.isEmpty());
    backend.stop();
    QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().prometheus.state, SourceStatus::State::Stale, 10000);
    const Snapshot stale = plane.snapshot();
    const Snapshot good = log.frames.constLast(); // the last snapshot with live metrics
    QVERIFY(stale.prometheus.lastGood.isValid());
    QCOMPARE(stale.prometheus.lastGood, good.prometheus.lastGood);
    QVERIFY(stale.prometheus.failingSince >= stale.prometheus.lastGood);
    QVERIFY2(!stale.prometheus.error.isEmpty(), "a stale source says why");
    QVERIFY2(stale.prometheus.summary().contains(QLatin1String("stale since")), qPrintable(stale.prometheus.summary()));
    compareKept(stale, good);
    if (QTest::currentTestFailed())
        return;
    qInfo("stale: %s", qPrintable(stale.prometheus.summary()));

    const qsizetype framesBefore = log.frames.size();
    QVERIFY2(backend.restart(), qPrintable(backend.errorString()));
    // Backoff after a few failures is up to 8 s (+20 % jitter); the backend takes a while to load.
    QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().prometheus.state, SourceStatus::State::Live, 60000);
    QVERIFY(plane.snapshot().prometheus.lastGood > good.prometheus.lastGood);
    QVERIFY(plane.snapshot().prometheus.error.isEmpty());
    QVERIFY(log.frames.size() > framesBefore);
}

// What the live tests run on: routedeck-sim with writeConfig()'s config, scraped by `Backend`
// (PrometheusProcess, VictoriaMetricsProcess), and a DataPlane on both with its FrameLog.
template<typename Backend>
class Setup
{
public:
    // Starts the simulator with `simArguments`, then the backend, and once it is ready the plane.
    // Reports through QVERIFY; callers stop on QTest::currentTestFailed().
    void start(const QStringList &simArguments)
    {
        QVERIFY(dir.isValid());
        const QString config = writeConfig(dir.path());
        QVERIFY(!config.isEmpty());
        QVERIFY2(sim.start(config, simArguments), qPrintable(sim.errorString()));
        QVERIFY2(backend.start({ sim.target() }, kScrapeSeconds), qPrintable(backend.errorString()));
        QVERIFY2(backend.waitUntilReady(), qPrintable(backend.errorString()));
        plane = std::make_unique<DataPlane>(settingsFor(sim.baseUrl(), backend.baseUrl()));
        log = std::make_unique<FrameLog>(plane.get());
        plane->start();
    }

    void stop()
    {
        if (plane)
            plane->stop();
        backend.stop();
        sim.stop();
    }

    QTemporaryDir dir;
    SimProcess sim;
    Backend backend;
    std::unique_ptr<DataPlane> plane;
    std::unique_ptr<FrameLog> log;
};

} // namespace RouteDeck::Test::Live
