// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfillseries.h"
#include "litellmversion.h"
#include "prometheustypes.h"
#include "querycatalog.h"
#include "routerapitypes.h"
#include "seriesstore.h"
#include "snapshot.h"
#include "snapshotassembler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

namespace RouteDeck {

class PrometheusClient;
class RefreshScheduler;
class RouterClient;

// The console's truth: polls the router's admin API and a Prometheus-compatible API, joins them into
// one Snapshot per refresh, keeps history in a SeriesStore, and keeps the last good data (marked
// stale) when a source fails. One refresh sends a fixed number of queries, whatever the number of
// deployments. The GUI and `routedeckctl status` both use it.
class DataPlane : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        RouterEndpointConfig router;
        PromEndpointConfig prometheus;
        QueryCatalog catalog = QueryCatalog::builtIn();
        double scrapeIntervalSeconds = 15;
        int refreshIntervalMs = 5000;
        QString selector; // extra label matchers for every query, e.g. requested_model="gpt-4o-mini"
    };

    explicit DataPlane(const Settings &settings, QObject *parent = nullptr);
    ~DataPlane() override;

    void start();
    void stop();
    void setPaused(bool paused);
    bool isPaused() const;
    void refreshNow();
    void setRefreshInterval(int ms);
    int refreshInterval() const;
    // Incident replay: Prometheus is asked for the state at `at` (the live queries, instant with time=),
    // once per moment, beside the live refresh that goes on (alerts, history and pushes stay about now).
    // replaySnapshotReady() brings it, marked Snapshot::isReplay(); an invalid time ends the replay.
    // Cooldowns are read from the cooldown totals' growth within each deployment's cooldown_time before
    // the moment, so the state at a moment does not depend on which moments were shown before it. The
    // router's list is its current one. Nothing of a replay is recorded in the series store.
    void setReplayTime(const QDateTime &at);
    QDateTime replayTime() const { return m_replayAt; }
    bool isReplaying() const { return m_replayAt.isValid(); }
    const Snapshot &replaySnapshot() const { return m_replaySnapshot; } // empty until the moment is read
    // Backfills the series store with range queries sized to a plot `plotWidth` pixels wide.
    void backfill(const QDateTime &from, const QDateTime &to, int plotWidth);

    const Snapshot &snapshot() const { return m_snapshot; }
    // The router's deployments as last read (rpm, tpm, order included): the weight editor's base.
    const QList<Deployment> &routerDeployments() const { return m_routerDeployments; }
    const SeriesStore &series() const { return m_series; }
    const Settings &settings() const { return m_settings; }
    double rateWindowSeconds() const;
    // The PromQL of this refresh, by catalog name ("requests", "latency_p95", ...), for "Copy PromQL".
    QHash<QString, QString> queryTexts() const;
    int queriesPerRefresh() const { return int(queryTexts().size()); }
    // The catalog's service-health panels with their PromQL as sent.
    QList<QueryCatalog::Panel> panels() const;
    bool hasRouterAnswer() const { return m_routerAnswered; }
    bool hasPrometheusAnswer() const { return m_prometheusAnswered; }
    bool routerVersionPending() const { return m_versionRequest != 0; } // its health check is under way

Q_SIGNALS:
    void snapshotReady(const RouteDeck::Snapshot &snapshot);
    void replaySnapshotReady(const RouteDeck::Snapshot &snapshot);
    void seriesBackfilled();
    void panelsUpdated();
    void routerDeploymentsChanged(); // routerDeployments() differ from the router's previous answer

private:
    void startRouterRefresh(quint64 generation);
    void askCooldownSettingsOnFirstCooldown();
    void askRouterVersion(bool routerAnswered);
    void onHealth(quint64 id, const RouterHealthReply &reply);
    void askWhySeriesAreMissing();
    void onTargets(quint64 id, const PromTargets &targets);
    void startMetricsRefresh(quint64 generation, quint64 superseded);
    void onDeployments(quint64 id, const RouterDeploymentsReply &reply);
    void onQuery(quint64 id, const PromResponse &response);
    void onBackfill(const QString &name, const PromResponse &response);
    QHash<QString, QString> latencyQueries(QueryCatalog::Parameters parameters) const;
    // How far before a replayed moment each deployment's cooldown totals are compared: its own
    // cooldown_time (else the router's) plus half the rate window, in whole seconds.
    struct ReplayLookbacks
    {
        int fallback = 0;
        QHash<QString, int> byDeployment; // those with their own cooldown_time
        QSet<int> distinct() const; // one baseline query each
        bool operator==(const ReplayLookbacks &) const = default;
    };
    ReplayLookbacks replayLookbacks() const;
    void gatherPreviousFrame(SnapshotAssembler::Input &input) const;
    SnapshotAssembler::Input assemblyInput() const;
    SourceStatus routerStatus() const;
    void fetchReplay();
    void abortReplay();
    void onReplayQuery(const QString &name, const PromResponse &response);
    void replayAfterNewCooldownTimes();
    void publishReplay();
    SourceStatus replayStatus() const;
    PromQueryResult replayBaseline(QHash<QString, PromQueryResult> &metrics) const;
    QHash<QString, QString> judgedQueries(QueryCatalog::Parameters parameters) const;
    void noteSplitChanges(const QList<Deployment> &before, const QList<Deployment> &after);
    BackfillSeries::Context backfillContext() const;
    void mergeIntoStore(const BackfillSeries::Series &series);
    void queryPanels(const QDateTime &time);
    void onPanel(int index, const PromResponse &response, const QDateTime &time);
    void publish();
    void recordSeries(const Snapshot &snapshot);

    Settings m_settings;
    RouterClient *m_router;
    PrometheusClient *m_prometheus;
    RefreshScheduler *m_routerSchedule;
    RefreshScheduler *m_metricsSchedule;
    bool m_running = false; // between start() and stop()
    SeriesStore m_series;
    Snapshot m_snapshot;

    quint64 m_routerRequest = 0;
    quint64 m_routerGeneration = 0;
    QList<Deployment> m_routerDeployments;
    QHash<QString, QDateTime> m_splitChangedAt; // by group: when the router last reported other weights
    bool m_routerAnswered = false;

    quint64 m_metricsGeneration = 0;
    QDateTime m_metricsTime;
    QDateTime m_replayAt; // valid while replaying (setReplayTime)
    QHash<quint64, QString> m_replayQueries; // request id -> result name, for the moment
    QHash<QString, PromQueryResult> m_replayPartial;
    QString m_replayError; // why the moment could not be read
    QElapsedTimer m_replayFailed; // since it failed: tried again after a while, not at every refresh
    QDateTime m_replayRead; // when its answers came
    ReplayLookbacks m_replayLookbacks; // as asked for the moment
    Snapshot m_replaySnapshot;
    QHash<quint64, QString> m_pendingQueries; // request id -> result name
    QHash<QString, PromQueryResult> m_partial;
    QHash<QString, PromQueryResult> m_lastGoodMetrics;
    QDateTime m_lastGoodTime; // when m_lastGoodMetrics were asked for
    qint64 m_lastRecordedMsecs = 0;
    PromQueryResult m_previousCooldowns;
    bool m_hasPreviousCooldowns = false; // m_previousCooldowns is a real earlier answer
    double m_routerCooldownSeconds = RouterSettings::kDefaultCooldownSeconds; // router_settings.cooldown_time
    bool m_cooldownSettingsAsked = false;
    bool m_cooldownTimeKnown = false; // the router said its cooldown_time (else LiteLLM's default is assumed)
    quint64 m_settingsRequest = 0; // router_settings asked, no answer yet: a replayed moment waits for it
    static constexpr qint64 kTargetsCheckMs = 30000;
    quint64 m_targetsRequest = 0;
    QElapsedTimer m_targetsAsked;
    QString m_scrapeProblem; // why Prometheus has no LiteLLM series (ScrapeDiagnosis), while it has none
    bool m_metricsOk = false;
    bool m_prometheusAnswered = false;
    QString m_prometheusVersion;
    // The router's LiteLLM release (RouterClient::probeHealth), asked once after its first good list and
    // again after it was unreachable (it may have been upgraded). Unknown when the router does not say.
    std::optional<LiteLlmVersion> m_routerVersion;
    quint64 m_versionRequest = 0;
    bool m_versionAsked = false;

    QHash<quint64, QString> m_backfillQueries;
    PromQueryResult m_sharesBackfill; // a requests backfill that came before the router's list
    // Service-health panels are best effort: their failures never mark Prometheus stale.
    QHash<quint64, int> m_panelQueries;
    QDateTime m_panelTime;
};

} // namespace RouteDeck
