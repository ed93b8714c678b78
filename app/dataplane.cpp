// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataplane.h"

#include "liveverdict.h"
#include "prometheusclient.h"
#include "prometheusdecoder.h"
#include "querystep.h"
#include "replaymoment.h"
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
// A replayed moment's extra answers, the cooldown totals one lookback before it, by lookback in seconds
// (not catalog names).
const QString kCooldownsBefore = QStringLiteral("#cooldowns-before/");
constexpr qint64 kReplayRetryMs = 30000;
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
        m_cooldownTimeKnown = reply.ok;
        if (reply.ok)
            m_routerCooldownSeconds = reply.settings.effectiveCooldown();
        else
            m_cooldownSettingsAsked = false; // ask again at the next cooldown or replay; this one goes on with the default
        replayAfterNewCooldownTimes();
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
    if (isReplaying())
        fetchReplay();
}

void DataPlane::stop()
{
    m_running = false;
    m_replayQueries.clear();
    m_pendingQueries.clear(); // their aborted answers publish nothing
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
    abortReplay();
    m_replaySnapshot = Snapshot();
    if (!isReplaying())
        return;
    // A replayed moment needs cooldown_time to read its cooldowns (replayLookbacks()); live asks only
    // once one is seen. The moment's snapshot waits for the answer (publishReplay()).
    if (!m_cooldownSettingsAsked) {
        m_cooldownSettingsAsked = true;
        m_settingsRequest = m_router->fetchSettings();
    }
    if (m_running)
        fetchReplay();
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
// moment, plus the live refresh's slack for when the counter was sampled (SnapshotAssembler). Each
// deployment is compared over its own lookback (litellm_params.cooldown_time, else the router's).
// Instant values are compared, not increase(): a lookback shorter than a scrape interval still works.
DataPlane::ReplayLookbacks DataPlane::replayLookbacks() const
{
    const double slack = rateWindowSeconds() / 2;
    const auto seconds = [slack](double cooldown) {
        return int(std::clamp(std::ceil(cooldown + slack), 1.0, double(ReplayMoment::kLongestAgoSeconds)));
    };
    ReplayLookbacks lookbacks;
    lookbacks.fallback = seconds(m_routerCooldownSeconds);
    for (const Deployment &d : m_routerDeployments) {
        if (d.cooldownTime && std::isfinite(*d.cooldownTime) && *d.cooldownTime >= 0)
            lookbacks.byDeployment.insert(d.id, seconds(*d.cooldownTime));
    }
    return lookbacks;
}

QSet<int> DataPlane::ReplayLookbacks::distinct() const
{
    QSet<int> all { fallback };
    for (int seconds : byDeployment)
        all.insert(seconds);
    return all;
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
    const bool changed = reply.ok && reply.deployments != m_routerDeployments;
    if (changed) {
        noteSplitChanges(m_routerDeployments, reply.deployments);
        m_routerDeployments = reply.deployments;
    }
    if (!m_routerDeployments.isEmpty() && !m_sharesBackfill.series.isEmpty()) {
        mergeIntoStore(BackfillSeries::observedShares(std::exchange(m_sharesBackfill, PromQueryResult()), backfillContext()));
        Q_EMIT seriesBackfilled();
    }
    m_routerSchedule->finish(m_routerGeneration, reply.ok, reply.errorString);
    askRouterVersion(reply.ok);
    publish();
    replayAfterNewCooldownTimes(); // a deployment's own cooldown_time may change what the moment needs
    if (changed)
        Q_EMIT routerDeploymentsChanged();
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
    m_metricsTime = QDateTime::currentDateTimeUtc();
    const QHash<QString, QString> texts = queryTexts();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_pendingQueries.insert(m_prometheus->instantQuery(it.value(), m_metricsTime), it.key());
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
    if (m_replayQueries.contains(id)) {
        onReplayQuery(m_replayQueries.take(id), response);
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
        publish();
        return;
    }
    m_partial.insert(name, response.result);
    if (!m_pendingQueries.isEmpty())
        return;
    m_prometheusAnswered = true;
    m_hasPreviousCooldowns = m_lastGoodMetrics.contains(QStringLiteral("cooldowns"));
    m_previousCooldowns = m_lastGoodMetrics.value(QStringLiteral("cooldowns"));
    m_lastGoodMetrics = m_partial;
    m_lastGoodTime = m_metricsTime;
    askCooldownSettingsOnFirstCooldown();
    askWhySeriesAreMissing();
    m_metricsSchedule->finish(m_metricsGeneration, true, QString(),
                              m_prometheusVersion.isEmpty() ? QString() : tr("version %1").arg(m_prometheusVersion));
    publish();
    queryPanels(m_metricsTime);
    // Prometheus answers again: try a failed moment again, at most every kReplayRetryMs (a moment that
    // always fails must not double the load on Prometheus).
    if (isReplaying() && m_replayQueries.isEmpty() && !m_replayError.isEmpty() && m_replayFailed.isValid()
        && m_replayFailed.elapsed() >= kReplayRetryMs)
        fetchReplay();
}

// What the previous snapshot knew of cooldowns and drift, for the next live frame.
void DataPlane::gatherPreviousFrame(SnapshotAssembler::Input &input) const
{
    input.previousCooldowns = m_previousCooldowns;
    input.hasPreviousRefresh = m_hasPreviousCooldowns;
    SnapshotAssembler::carryOver(m_snapshot, input);
}

// What every snapshot, live or replayed, is assembled with: the router's list and the catalog's reading.
SnapshotAssembler::Input DataPlane::assemblyInput() const
{
    SnapshotAssembler::Input input;
    input.routerAvailable = !m_routerDeployments.isEmpty() || m_routerSchedule->status().state == SourceStatus::State::Live;
    input.routerDeployments = m_routerDeployments;
    input.joinLabel = m_settings.catalog.joinLabel();
    input.outcomeLabel = m_settings.catalog.outcomeLabel();
    input.largestFiniteBucket = m_settings.catalog.largestFiniteBucket().value_or(
        m_routerVersion.value_or(LiteLlmVersion::newest()).defaultLatencyBuckets().constLast());
    input.rateWindowSeconds = rateWindowSeconds();
    input.defaultCooldownSeconds = m_routerCooldownSeconds;
    return input;
}

SourceStatus DataPlane::routerStatus() const
{
    SourceStatus status = m_routerSchedule->status();
    if (m_routerVersion)
        status.detail = tr("LiteLLM %1").arg(m_routerVersion->toString());
    return status;
}

void DataPlane::publish()
{
    SnapshotAssembler::Input input = assemblyInput();
    const bool metricsFresh = m_metricsSchedule->status().state == SourceStatus::State::Live;
    // The time the shown metrics were asked for, even when the router refreshes in between.
    input.time = m_lastGoodTime.isValid() ? m_lastGoodTime : QDateTime::currentDateTimeUtc();
    input.metricsAvailable = !m_lastGoodMetrics.isEmpty();
    input.metrics = m_lastGoodMetrics;
    gatherPreviousFrame(input);
    input.splitChangedAt = m_splitChangedAt;
    Snapshot snapshot = SnapshotAssembler::assemble(input);
    snapshot.router = routerStatus();
    snapshot.prometheus = m_metricsSchedule->status();
    snapshot.metricsProblem = m_scrapeProblem;
    if (!m_scrapeProblem.isEmpty())
        snapshot.warnings.append(m_scrapeProblem);
    if (metricsFresh && m_lastGoodTime.isValid())
        recordSeries(snapshot); // once per metrics frame: recordSeries() skips a frame it has seen
    m_snapshot = snapshot;
    Q_EMIT snapshotReady(m_snapshot);
}

// Incident replay: the live queries once at the moment, and the cooldown totals one lookback before it
// for each lookback the deployments need. Independent of the live refresh, which goes on (alerts,
// history and pushes are about now). A moment is read again only when what it rests on changes.
void DataPlane::fetchReplay()
{
    abortReplay();
    m_replayPartial.clear();
    m_replayError.clear();
    m_replayLookbacks = replayLookbacks();
    const QHash<QString, QString> texts = queryTexts();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_replayQueries.insert(m_prometheus->instantQuery(it.value(), m_replayAt), it.key());
    const QString cooldowns = texts.value(QStringLiteral("cooldowns"));
    for (int lookback : m_replayLookbacks.distinct()) {
        m_replayQueries.insert(m_prometheus->instantQuery(cooldowns, m_replayAt.addSecs(-lookback)),
                               kCooldownsBefore + QString::number(lookback));
    }
}

void DataPlane::abortReplay()
{
    const QList<quint64> ids = m_replayQueries.keys();
    m_replayQueries.clear();
    for (quint64 id : ids)
        m_prometheus->abort(id);
}

void DataPlane::onReplayQuery(const QString &name, const PromResponse &response)
{
    if (!m_replayError.isEmpty())
        return; // this moment already failed
    if (!response.ok) {
        m_replayError = response.errorString;
        m_replayFailed.start();
        abortReplay();
        publishReplay();
        return;
    }
    m_replayPartial.insert(name, response.result);
    if (!m_replayQueries.isEmpty())
        return;
    m_replayRead = QDateTime::currentDateTimeUtc();
    publishReplay();
}

// cooldown_time (the router's, or a deployment's own) arrived or changed: read the moment again if its
// lookbacks changed, else show it if it waited for the answer.
void DataPlane::replayAfterNewCooldownTimes()
{
    if (!isReplaying() || !m_running)
        return;
    if (replayLookbacks() != m_replayLookbacks)
        fetchReplay();
    else
        publishReplay();
}

void DataPlane::publishReplay()
{
    const bool answered = m_replayQueries.isEmpty() && (!m_replayPartial.isEmpty() || !m_replayError.isEmpty());
    // The lookbacks rest on cooldown_time and the router's list: wait for both.
    if (!isReplaying() || !answered || m_settingsRequest || !m_routerAnswered)
        return;
    SnapshotAssembler::Input input = assemblyInput();
    input.time = m_replayAt;
    QHash<QString, PromQueryResult> metrics = m_replayPartial;
    input.previousCooldowns = replayBaseline(metrics);
    input.hasPreviousRefresh = true;
    // A moment that failed shows nothing of its answers: half a set would judge from half the data.
    input.metricsAvailable = m_replayError.isEmpty() && !metrics.isEmpty();
    if (input.metricsAvailable)
        input.metrics = metrics;
    QStringList laterSplits; // groups whose weights changed after the moment shown
    for (auto it = m_splitChangedAt.cbegin(); it != m_splitChangedAt.cend(); ++it) {
        if (it.value() > m_replayAt)
            laterSplits.append(tr("%1 (at %2)").arg(it.key(), it.value().toUTC().toString(Qt::ISODate)));
        else
            input.splitChangedAt.insert(it.key(), it.value());
    }
    Snapshot snapshot = SnapshotAssembler::assemble(input);
    snapshot.router = routerStatus();
    snapshot.prometheus = replayStatus();
    if (!m_cooldownTimeKnown) {
        snapshot.warnings.append(tr("the router's cooldown_time could not be read: cooldowns at the moment are judged "
                                    "with LiteLLM's default of %1 s")
                                     .arg(m_routerCooldownSeconds));
    }
    if (!laterSplits.isEmpty()) {
        laterSplits.sort();
        snapshot.warnings.append(tr("weights changed after the replayed moment: %1; the configured split shown is the "
                                    "router's current one")
                                     .arg(laterSplits.join(QStringLiteral(", "))));
    }
    m_replaySnapshot = snapshot;
    Q_EMIT replaySnapshotReady(m_replaySnapshot);
}

// How Prometheus answered for the moment (not how the live refresh is doing now).
SourceStatus DataPlane::replayStatus() const
{
    SourceStatus status;
    status.replayAt = m_replayAt;
    status.detail = m_metricsSchedule->status().detail;
    if (m_replayError.isEmpty()) {
        status.state = SourceStatus::State::Live;
        status.lastGood = m_replayRead;
    } else {
        status.state = SourceStatus::State::Unreachable;
        status.error = tr("the moment could not be read: %1").arg(m_replayError);
    }
    return status;
}

// Takes the cooldown totals before the moment out of `metrics`: for each deployment, those of its own
// lookback as asked (m_replayLookbacks).
PromQueryResult DataPlane::replayBaseline(QHash<QString, PromQueryResult> &metrics) const
{
    PromQueryResult baseline;
    const QString join = m_settings.catalog.joinLabel();
    for (int lookback : m_replayLookbacks.distinct()) {
        const PromQueryResult before = metrics.take(kCooldownsBefore + QString::number(lookback));
        for (const PromSeries &series : before.series) {
            if (m_replayLookbacks.byDeployment.value(series.labels.value(join), m_replayLookbacks.fallback) == lookback)
                baseline.series.append(series);
        }
    }
    return baseline;
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
    // A new range replaces the one still being fetched: its answers would only be overwritten.
    const QList<quint64> previous = m_backfillQueries.keys();
    m_backfillQueries.clear();
    for (quint64 id : previous)
        m_prometheus->abort(id);
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
