// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataplane.h"

#include "liveverdict.h"
#include "prometheusclient.h"
#include "prometheusdecoder.h"
#include "querystep.h"
#include "refreshscheduler.h"
#include "routerclient.h"
#include "scrapediagnosis.h"
#include "serieskeys.h"
#include "seriesreading.h"
#include "snapshotassembler.h"
#include "snapshotrecorder.h"

#include <cmath>
#include <utility>

namespace RouteDeck {

namespace {
// A replayed moment's extra answer: the cooldown totals one lookback before it (not a catalog name).
const QString kCooldownsBefore = QStringLiteral("#cooldowns-before-replayed-moment");
} // namespace

DataPlane::DataPlane(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_router(new RouterClient(settings.router, this))
    , m_prometheus(new PrometheusClient(settings.prometheus, this))
    , m_routerSchedule(new RefreshScheduler(this))
    , m_metricsSchedule(new RefreshScheduler(this))
{
    // The router's configuration changes rarely; its list is polled at a calmer pace than metrics.
    m_routerSchedule->setInterval(std::max(settings.refreshIntervalMs, 5000));
    m_metricsSchedule->setInterval(settings.refreshIntervalMs);
    connect(m_routerSchedule, &RefreshScheduler::refreshRequested, this,
            [this](quint64 generation, quint64) { startRouterRefresh(generation); });
    connect(m_metricsSchedule, &RefreshScheduler::refreshRequested, this, &DataPlane::startMetricsRefresh);
    connect(m_router, &RouterClient::deploymentsFetched, this, &DataPlane::onDeployments);
    // The router-wide cooldown_time says how long a cooled deployment stays out (see SnapshotAssembler).
    connect(m_router, &RouterClient::settingsFetched, this, [this](quint64 id, const RouterSettingsReply &reply) {
        if (id != m_settingsRequest)
            return;
        m_settingsRequest = 0;
        const bool replayWaited = isReplaying();
        const double before = m_routerCooldownSeconds;
        if (reply.ok)
            m_routerCooldownSeconds = reply.settings.effectiveCooldown();
        else
            m_cooldownSettingsAsked = false; // ask again at the next cooldown
        if (!replayWaited)
            return;
        if (before != m_routerCooldownSeconds && m_running) {
            m_awaitingSwitchFrame = true;
            m_metricsSchedule->refreshNow(); // the moment's cooldowns were read over the default cooldown_time
        } else {
            publish(); // the frame held for this answer, if it came first
        }
    });
    connect(m_router, &RouterClient::healthProbed, this, &DataPlane::onHealth);
    connect(m_prometheus, &PrometheusClient::queryFinished, this, &DataPlane::onQuery);
    connect(m_prometheus, &PrometheusClient::targetsFetched, this, &DataPlane::onTargets);
    connect(m_prometheus, &PrometheusClient::readinessProbed, this, [this](quint64, const PromReadiness &readiness) {
        if (readiness.isReady())
            m_prometheusVersion = readiness.version;
    });
}

DataPlane::~DataPlane() = default;

void DataPlane::start()
{
    m_running = true;
    m_prometheus->probeReadiness();
    m_routerSchedule->start();
    m_metricsSchedule->start();
}

void DataPlane::stop()
{
    m_running = false;
    m_routerSchedule->stop();
    m_metricsSchedule->stop();
    m_router->abortAll();
    m_prometheus->abortAll();
}

void DataPlane::setPaused(bool paused)
{
    m_routerSchedule->setPaused(paused);
    m_metricsSchedule->setPaused(paused);
}

bool DataPlane::isPaused() const
{
    return m_metricsSchedule->isPaused();
}

void DataPlane::refreshNow()
{
    m_routerSchedule->refreshNow();
    m_metricsSchedule->refreshNow();
}

void DataPlane::setReplayTime(const QDateTime &at)
{
    const QDateTime moment = at.isValid() ? at.toUTC() : QDateTime();
    if (moment == m_replayAt)
        return;
    m_replayAt = moment;
    m_awaitingSwitchFrame = true;
    m_carryPrevious = false;
    // A replayed moment needs cooldown_time to read its cooldowns (replayCooldownLookbackSeconds()); live asks only once
    // one is seen. Replayed frames are held until the answer (publish()).
    if (isReplaying() && !m_cooldownSettingsAsked) {
        m_cooldownSettingsAsked = true;
        m_settingsRequest = m_router->fetchSettings();
    }
    if (m_running)
        m_metricsSchedule->refreshNow();
}

void DataPlane::setRefreshInterval(int ms)
{
    m_settings.refreshIntervalMs = ms;
    m_metricsSchedule->setInterval(ms);
    m_routerSchedule->setInterval(std::max(ms, 5000));
}

int DataPlane::refreshInterval() const
{
    return m_metricsSchedule->interval();
}

double DataPlane::rateWindowSeconds() const
{
    return QueryStep::rateWindowFor(m_settings.refreshIntervalMs / 1000.0, m_settings.scrapeIntervalSeconds);
}

QHash<QString, QString> DataPlane::queryTexts() const
{
    QueryCatalog::Parameters parameters;
    parameters.windowSeconds = rateWindowSeconds();
    parameters.selector = m_settings.selector;
    QHash<QString, QString> texts;
    for (const QString &name : QueryCatalog::requiredQueries()) {
        if (name == QLatin1String("latency"))
            continue;
        texts.insert(name, m_settings.catalog.render(name, parameters));
    }
    for (const QString &name : QueryCatalog::optionalLiveQueries()) {
        if (m_settings.catalog.hasQuery(name))
            texts.insert(name, m_settings.catalog.render(name, parameters));
    }
    texts.insert(latencyQueries(parameters));
    texts.insert(judgedQueries(parameters));
    return texts;
}

// Requests, failures and p95 over LiveVerdict's windows, what verdicts rest on: one query each, the
// catalog's query once per window, each part's series tagged with its window by label_replace.
QHash<QString, QString> DataPlane::judgedQueries(QueryCatalog::Parameters parameters) const
{
    const auto overWindows = [&](const QString &name) {
        QStringList parts;
        for (int seconds : LiveVerdict::kWindowsSeconds) {
            parameters.windowSeconds = seconds;
            parts << QStringLiteral("label_replace(%1, \"%2\", \"%3\", \"\", \"\")")
                         .arg(m_settings.catalog.render(name, parameters), SeriesReading::kWindowLabel)
                         .arg(seconds);
        }
        return parts.join(QStringLiteral(" or "));
    };
    QHash<QString, QString> queries;
    queries.insert(SeriesReading::judgedKey(QStringLiteral("requests")), overWindows(QStringLiteral("requests")));
    queries.insert(SeriesReading::judgedKey(QStringLiteral("failures")), overWindows(QStringLiteral("failures")));
    parameters.quantile = 0.95;
    queries.insert(SeriesReading::judgedKey(SeriesReading::latencyKey(95)), overWindows(QStringLiteral("latency")));
    return queries;
}

// A replayed moment is read as a live refresh would read it after one `lookback` earlier: a deployment
// whose cooldown total grew since then (a total that did not exist then counts from 0, as the live
// refresh counts a series that appears) was taken out of rotation within its cooldown_time before the
// moment, plus the live refresh's slack for when the counter was sampled (SnapshotAssembler).
double DataPlane::replayCooldownLookbackSeconds() const
{
    double longest = m_routerCooldownSeconds;
    for (const Deployment &d : m_routerDeployments) {
        if (d.cooldownTime && std::isfinite(*d.cooldownTime))
            longest = std::max(longest, *d.cooldownTime);
    }
    const double window = rateWindowSeconds();
    return std::ceil(std::max(window, longest + window / 2));
}

// The catalog's latency query once per quantile (SeriesReading::kLatencyPercents), by result key.
QHash<QString, QString> DataPlane::latencyQueries(QueryCatalog::Parameters parameters) const
{
    QHash<QString, QString> queries;
    for (int percent : SeriesReading::kLatencyPercents) {
        parameters.quantile = percent / 100.0;
        queries.insert(SeriesReading::latencyKey(percent), m_settings.catalog.render(QStringLiteral("latency"), parameters));
    }
    return queries;
}

void DataPlane::startRouterRefresh(quint64 generation)
{
    // The newest wins: an older request's answer is recognised by its id and dropped.
    m_routerGeneration = generation;
    m_routerRequest = m_router->fetchDeployments();
}

// Prometheus answers, the router lists deployments, yet there is no LiteLLM series: ask Prometheus'
// target list why (a refused scrape, typically), at most every kTargetsCheckMs.
void DataPlane::askWhySeriesAreMissing()
{
    if (!m_lastGoodMetrics.value(QStringLiteral("requests")).series.isEmpty() || m_routerDeployments.isEmpty()) {
        m_scrapeProblem.clear();
        return;
    }
    if (m_targetsRequest || (m_targetsAsked.isValid() && m_targetsAsked.elapsed() < kTargetsCheckMs))
        return;
    m_targetsAsked.start();
    m_targetsRequest = m_prometheus->fetchTargets();
}

void DataPlane::onTargets(quint64 id, const PromTargets &targets)
{
    if (id != m_targetsRequest)
        return;
    m_targetsRequest = 0;
    m_scrapeProblem = targets.ok
        ? ScrapeDiagnosis::explain(targets.targets, m_settings.router.baseUrl, m_routerVersion)
        : tr("Prometheus has no LiteLLM series for the router's deployments, and its target list could not be "
             "read to tell why: %1")
              .arg(targets.errorString);
    if (targets.ok && ScrapeDiagnosis::undecided(targets.targets, m_settings.router.baseUrl))
        m_targetsAsked.invalidate(); // the first scrape is pending: ask again at the next refresh
    publish();
}

// The router's cooldown_time matters only once something has cooled down: ask for it then, once.
void DataPlane::askCooldownSettingsOnFirstCooldown()
{
    if (m_cooldownSettingsAsked || m_lastGoodMetrics.value(QStringLiteral("cooldowns")).series.isEmpty())
        return;
    m_cooldownSettingsAsked = true;
    m_settingsRequest = m_router->fetchSettings();
}

// When a group's weights (or members) change, shares over a window reaching back before it are not
// judged against the new split (LiveVerdict); the first list is no change.
void DataPlane::noteSplitChanges(const QList<Deployment> &before, const QList<Deployment> &after)
{
    if (before.isEmpty())
        return;
    const auto weightsByGroup = [](const QList<Deployment> &list) {
        QHash<QString, QMap<QString, std::optional<double>>> groups;
        for (const Deployment &d : list)
            groups[d.group].insert(d.id, d.weight);
        return groups;
    };
    const auto old = weightsByGroup(before);
    const auto now = weightsByGroup(after);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (old.value(it.key()) != it.value())
            m_splitChangedAt.insert(it.key(), QDateTime::currentDateTimeUtc());
    }
}

void DataPlane::onDeployments(quint64 id, const RouterDeploymentsReply &reply)
{
    if (id != m_routerRequest)
        return;
    m_routerAnswered = true;
    if (reply.ok) {
        noteSplitChanges(m_routerDeployments, reply.deployments);
        const double lookback = replayCooldownLookbackSeconds();
        m_routerDeployments = reply.deployments;
        if (isReplaying() && m_running && lookback != replayCooldownLookbackSeconds()) {
            m_awaitingSwitchFrame = true; // a deployment's own cooldown_time: read the moment again
            m_metricsSchedule->refreshNow();
        }
    }
    if (!m_routerDeployments.isEmpty() && !m_sharesBackfill.series.isEmpty()) {
        mergeIntoStore(BackfillSeries::observedShares(std::exchange(m_sharesBackfill, PromQueryResult()), backfillContext()));
        Q_EMIT seriesBackfilled();
    }
    m_routerSchedule->finish(m_routerGeneration, reply.ok, reply.errorString);
    askRouterVersion(reply.ok);
    publish();
}

// The release matters for what its metrics look like (buckets, a refused scrape): ask once the router
// lists deployments, and again once it is back after a failure.
void DataPlane::askRouterVersion(bool routerAnswered)
{
    if (!routerAnswered) {
        m_versionAsked = false;
        return;
    }
    if (m_versionAsked)
        return;
    m_versionAsked = true;
    m_versionRequest = m_router->probeHealth();
}

void DataPlane::onHealth(quint64 id, const RouterHealthReply &reply)
{
    if (id != m_versionRequest)
        return;
    m_versionRequest = 0;
    if (!reply.version.isEmpty())
        m_routerVersion = LiteLlmVersion::parse(reply.version);
    publish();
}

void DataPlane::startMetricsRefresh(quint64 generation, quint64 superseded)
{
    if (superseded) {
        for (auto it = m_pendingQueries.cbegin(); it != m_pendingQueries.cend(); ++it)
            m_prometheus->abort(it.key());
    }
    m_pendingQueries.clear();
    m_partial.clear();
    m_metricsOk = true;
    m_metricsGeneration = generation;
    m_metricsTime = isReplaying() ? m_replayAt : QDateTime::currentDateTimeUtc();
    const QHash<QString, QString> texts = queryTexts();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_pendingQueries.insert(m_prometheus->instantQuery(it.value(), m_metricsTime), it.key());
    if (isReplaying()) {
        const QDateTime before = m_metricsTime.addMSecs(-qint64(replayCooldownLookbackSeconds() * 1000));
        m_pendingQueries.insert(m_prometheus->instantQuery(texts.value(QStringLiteral("cooldowns")), before), kCooldownsBefore);
    }
}

void DataPlane::onQuery(quint64 id, const PromResponse &response)
{
    if (m_backfillQueries.contains(id)) {
        onBackfill(m_backfillQueries.take(id), response);
        return;
    }
    if (m_panelQueries.contains(id)) {
        onPanel(m_panelQueries.take(id), response, m_panelTime);
        return;
    }
    const auto it = m_pendingQueries.constFind(id);
    if (it == m_pendingQueries.cend())
        return; // superseded or aborted
    const QString name = *it;
    m_pendingQueries.erase(it);
    if (!m_metricsOk)
        return; // this refresh already failed
    if (!response.ok) {
        m_metricsOk = false;
        // One failed query fails the refresh: the rest would describe a different moment.
        const QList<quint64> rest = m_pendingQueries.keys();
        m_pendingQueries.clear();
        for (quint64 other : rest)
            m_prometheus->abort(other);
        m_prometheusAnswered = true;
        m_metricsSchedule->finish(m_metricsGeneration, false, response.errorString);
        if (std::exchange(m_awaitingSwitchFrame, false)) {
            // The moment asked for cannot be shown: show none rather than the other mode's frame.
            m_lastGoodMetrics.clear();
            m_lastGoodTime = {};
            m_lastGoodReplayAt = m_replayAt;
            m_previousCooldowns = {};
            m_hasPreviousCooldowns = false;
        }
        publish();
        return;
    }
    m_partial.insert(name, response.result);
    if (!m_pendingQueries.isEmpty())
        return;
    m_prometheusAnswered = true;
    // Cooldown totals are compared with the previous frame of the same live run, or for a replayed
    // moment with the totals one cooldown lookback before it.
    const bool comparable = !std::exchange(m_awaitingSwitchFrame, false) && !isReplaying();
    if (isReplaying()) {
        m_previousCooldowns = m_partial.take(kCooldownsBefore);
        m_hasPreviousCooldowns = true;
    } else {
        m_hasPreviousCooldowns = comparable && m_lastGoodMetrics.contains(QStringLiteral("cooldowns"));
        m_previousCooldowns = comparable ? m_lastGoodMetrics.value(QStringLiteral("cooldowns")) : PromQueryResult();
    }
    m_lastGoodMetrics = m_partial;
    m_lastGoodTime = m_metricsTime;
    m_lastGoodReplayAt = m_replayAt;
    askCooldownSettingsOnFirstCooldown();
    if (!isReplaying())
        askWhySeriesAreMissing(); // the target list says why series are missing now, not then
    m_metricsSchedule->finish(m_metricsGeneration, true, QString(),
                              m_prometheusVersion.isEmpty() ? QString() : tr("version %1").arg(m_prometheusVersion));
    publish();
    if (!isReplaying())
        queryPanels(m_metricsTime); // service-health panels are recorded history: live only
}

// What the previous snapshot knew of cooldowns and drift, for a live frame after another of the same run.
void DataPlane::gatherPreviousFrame(SnapshotAssembler::Input &input) const
{
    input.previousCooldowns = m_previousCooldowns;
    input.hasPreviousRefresh = m_hasPreviousCooldowns;
    if (!m_carryPrevious)
        return;
    for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments)) {
        if (!d.cooldownReason.isEmpty())
            input.previousReasons.insert(d.id, d.cooldownReason);
        if (d.lastCooldownAt.isValid())
            input.previousCooldownTimes.insert(d.id, d.lastCooldownAt);
        if (d.driftFlagged)
            input.previouslyFlagged.insert(d.id);
    }
}

void DataPlane::publish()
{
    // The other mode's frame stays shown until this one's arrives (a query round trip). A replayed
    // moment also waits for what its cooldown lookback rests on: cooldown_time and the router's list.
    if (m_awaitingSwitchFrame || (isReplaying() && (m_settingsRequest || !m_routerAnswered)))
        return;
    SnapshotAssembler::Input input;
    const bool metricsFresh = m_metricsSchedule->status().state == SourceStatus::State::Live;
    // The time the shown metrics were asked for, even when the router refreshes in between.
    input.time = m_lastGoodTime.isValid()  ? m_lastGoodTime
        : m_lastGoodReplayAt.isValid() ? m_lastGoodReplayAt // a replayed moment Prometheus could not answer
                                       : QDateTime::currentDateTimeUtc();
    input.routerAvailable = !m_routerDeployments.isEmpty() || m_routerSchedule->status().state == SourceStatus::State::Live;
    input.routerDeployments = m_routerDeployments;
    input.metricsAvailable = !m_lastGoodMetrics.isEmpty();
    input.metrics = m_lastGoodMetrics;
    input.joinLabel = m_settings.catalog.joinLabel();
    input.outcomeLabel = m_settings.catalog.outcomeLabel();
    input.largestFiniteBucket = m_settings.catalog.largestFiniteBucket().value_or(
        m_routerVersion.value_or(LiteLlmVersion::newest()).defaultLatencyBuckets().constLast());
    input.rateWindowSeconds = rateWindowSeconds();
    input.defaultCooldownSeconds = m_routerCooldownSeconds;
    const bool replayFrame = m_lastGoodReplayAt.isValid();
    gatherPreviousFrame(input);
    QStringList laterSplits; // replay: groups whose weights changed after the moment shown
    for (auto it = m_splitChangedAt.cbegin(); it != m_splitChangedAt.cend(); ++it) {
        if (replayFrame && it.value() > m_lastGoodReplayAt)
            laterSplits.append(tr("%1 (at %2)").arg(it.key(), it.value().toUTC().toString(Qt::ISODate)));
        else
            input.splitChangedAt.insert(it.key(), it.value());
    }
    Snapshot snapshot = SnapshotAssembler::assemble(input);
    snapshot.router = m_routerSchedule->status();
    if (m_routerVersion)
        snapshot.router.detail = tr("LiteLLM %1").arg(m_routerVersion->toString());
    snapshot.prometheus = m_metricsSchedule->status();
    snapshot.prometheus.replayAt = m_lastGoodReplayAt;
    snapshot.metricsProblem = m_scrapeProblem;
    if (!m_scrapeProblem.isEmpty())
        snapshot.warnings.append(m_scrapeProblem);
    if (!laterSplits.isEmpty()) {
        laterSplits.sort();
        snapshot.warnings.append(tr("weights changed after the replayed moment: %1; the configured split shown is the "
                                    "router's current one")
                                     .arg(laterSplits.join(QStringLiteral(", "))));
    }
    if (metricsFresh && m_lastGoodTime.isValid() && !replayFrame)
        recordSeries(snapshot); // once per metrics frame: recordSeries() skips a frame it has seen
    m_snapshot = snapshot;
    m_carryPrevious = !replayFrame && m_lastGoodTime.isValid();
    Q_EMIT snapshotReady(m_snapshot);
}

void DataPlane::recordSeries(const Snapshot &snapshot)
{
    const qint64 t = snapshot.time.toMSecsSinceEpoch();
    if (t == m_lastRecordedMsecs)
        return; // this metrics frame is recorded already (the router refreshed in between)
    m_lastRecordedMsecs = t;
    SnapshotRecorder::record(m_series, snapshot, t);
}

void DataPlane::backfill(const QDateTime &from, const QDateTime &to, int plotWidth)
{
    const double range = double(from.msecsTo(to)) / 1000.0;
    if (range <= 0)
        return;
    const double step = QueryStep::stepFor(range, plotWidth, m_settings.scrapeIntervalSeconds);
    QueryCatalog::Parameters parameters;
    parameters.windowSeconds = QueryStep::rateWindowFor(step, m_settings.scrapeIntervalSeconds);
    parameters.selector = m_settings.selector;
    QHash<QString, QString> queries;
    for (const char *name : { "requests", "successes", "failures", "state", "cooldowns" })
        queries.insert(QString::fromLatin1(name), m_settings.catalog.render(QString::fromLatin1(name), parameters));
    queries.insert(latencyQueries(parameters));
    for (auto it = queries.cbegin(); it != queries.cend(); ++it)
        m_backfillQueries.insert(m_prometheus->rangeQuery(it.value(), from, to, step), it.key());
}

void DataPlane::onBackfill(const QString &name, const PromResponse &response)
{
    if (!response.ok)
        return; // the live refresh reports the source's health; a failed backfill only leaves a gap
    // Requests also give observed shares, which are per group: before the router's list has arrived
    // (backfill right after start()), keep the answer until it does.
    if (name == QLatin1String("requests")) {
        if (m_routerDeployments.isEmpty())
            m_sharesBackfill = response.result;
        else
            mergeIntoStore(BackfillSeries::observedShares(response.result, backfillContext()));
    }
    mergeIntoStore(BackfillSeries::read(name, response.result, backfillContext()));
    Q_EMIT seriesBackfilled();
}

BackfillSeries::Context DataPlane::backfillContext() const
{
    BackfillSeries::Context context;
    context.joinLabel = m_settings.catalog.joinLabel();
    context.outcomeLabel = m_settings.catalog.outcomeLabel();
    for (const Deployment &d : std::as_const(m_routerDeployments))
        context.groupOf.insert(d.id, d.group);
    return context;
}

void DataPlane::mergeIntoStore(const BackfillSeries::Series &series)
{
    for (auto it = series.cbegin(); it != series.cend(); ++it)
        m_series.merge(it.key(), it.value());
}

QList<QueryCatalog::Panel> DataPlane::panels() const
{
    QueryCatalog::Parameters parameters;
    parameters.windowSeconds = rateWindowSeconds();
    parameters.selector = m_settings.selector;
    QList<QueryCatalog::Panel> panels = m_settings.catalog.panels();
    for (QueryCatalog::Panel &panel : panels)
        panel.promql = QueryCatalog::renderTemplate(panel.promql, parameters);
    return panels;
}

void DataPlane::queryPanels(const QDateTime &time)
{
    if (!m_panelQueries.isEmpty())
        return; // the previous round is still out: skip rather than pile up
    const QList<QueryCatalog::Panel> list = panels();
    m_panelTime = time;
    for (int i = 0; i < list.size(); ++i)
        m_panelQueries.insert(m_prometheus->instantQuery(list.at(i).promql, time), i);
}

void DataPlane::onPanel(int index, const PromResponse &response, const QDateTime &time)
{
    if (response.ok) {
        const qint64 t = time.toMSecsSinceEpoch();
        for (const PromSeries &series : response.result.series) {
            PromLabels labels = series.labels;
            labels.remove(QStringLiteral("__name__"));
            m_series.append(SeriesKeys::panel(index, PrometheusDecoder::labelsToString(labels)), t,
                            series.samples.isEmpty() ? kNoValue : series.samples.constLast().value);
        }
    }
    if (m_panelQueries.isEmpty())
        Q_EMIT panelsUpdated();
}

} // namespace RouteDeck
