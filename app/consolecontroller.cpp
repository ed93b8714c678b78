// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolecontroller.h"

#include "alertservice.h"
#include "alertspage.h"
#include "changecoordinator.h"
#include "configpage.h"
#include "connectionsetup.h"
#include "costpage.h"
#include "costservice.h"
#include "livetoolbar.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "prometheusclient.h"
#include "prometheusrules.h"
#include "rebalancepage.h"
#include "viewformat.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>



namespace RouteDeck {

namespace {
constexpr int kBackfillPlotWidth = 1200; // about the widest chart; the step follows from it
constexpr int kBackfillSettleMs = 250; // a held [ steps several times a second: backfill after it
} // namespace

ConsoleController::ConsoleController(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_setup(new ConnectionSetup(window, this))
    , m_changes(new ChangeCoordinator(window, this))
    , m_alerts(new AlertService(this))
    , m_serverRulesTimer(new QTimer(this))
{
    connect(m_setup, &ConnectionSetup::profilesChanged, this, [this](const QList<ConnectionProfile> &profiles) {
        QStringList names { tr("Local demo") };
        QStringList saved;
        for (const ConnectionProfile &p : profiles)
            saved.append(p.name);
        m_window->setProfiles(names + saved, m_profile.name);
        m_window->setSavedProfiles(saved);
    });
    connect(m_setup, &ConnectionSetup::connectRequested, this, &ConsoleController::connectProfile);
    connect(m_setup, &ConnectionSetup::profileRenamed, this, [this](const QString &oldName, const QString &newName) {
        if (m_profile.name == oldName)
            m_profile.name = newName; // later limit edits are saved under the new name
    });
    connect(m_setup, &ConnectionSetup::message, window, &MainWindow::showMessage);
    connect(window, &MainWindow::connectRequested, m_setup, &ConnectionSetup::openConnectDialog);
    connect(window, &MainWindow::profilesRequested, this, [this] { m_setup->openProfilesDialog(m_profile.name); });
    connect(m_alerts, &AlertService::alertsChanged, this, &ConsoleController::showAlerts);
    connect(m_alerts, &AlertService::transitioned, window, &MainWindow::notifyAlert);
    connect(m_alerts, &AlertService::historyProblem, window, &MainWindow::showMessage);
    connect(window, &MainWindow::alertLimitsEdited, this, &ConsoleController::saveAlertLimits);
    connect(window, &MainWindow::demoRequested, this, [this] { startDemo({}); });
    connect(window, &MainWindow::profileChosen, this, [this](const QString &name) {
        if (name == tr("Local demo"))
            startDemo({});
        else
            connectProfile(name);
    });
    connect(window, &MainWindow::refreshRequested, this, [this] {
        if (m_plane)
            m_plane->refreshNow();
    });
    connect(window, &MainWindow::pauseToggled, this, [this](bool paused) {
        if (m_plane)
            m_plane->setPaused(paused);
    });
    connect(window, &MainWindow::refreshIntervalChanged, this, [this](int ms) {
        if (m_plane)
            m_plane->setRefreshInterval(ms);
    });
    connect(window, &MainWindow::prometheusDrillRequested, this, [this](bool stop) {
        if (!m_demo)
            return;
        if (stop)
            m_demo->stopPrometheus();
        else
            m_demo->restartPrometheus();
    });
    // Stepping through a replay moves the visible range at every step: backfill once the steps pause.
    m_backfillTimer.setSingleShot(true);
    m_backfillTimer.setInterval(kBackfillSettleMs);
    connect(&m_backfillTimer, &QTimer::timeout, this, &ConsoleController::backfillVisibleRange);
    connect(window, &MainWindow::timeRangeChanged, this, [this] { m_backfillTimer.start(); });
    connect(window, &MainWindow::replayMomentChanged, this, [this](const QDateTime &moment) {
        if (!m_plane)
            return;
        m_plane->setReplayTime(moment);
        if (moment.isValid())
            m_window->showMessage(tr("Reading %1 from Prometheus…").arg(ViewFormat::moment(moment)));
        else
            showCurrentSnapshot(); // live again at once, with the latest live refresh
        m_backfillTimer.start(); // the charts centre on the moment
    });
}

ConsoleController::~ConsoleController()
{
    if (m_plane)
        m_plane->stop();
    if (m_demo)
        m_demo->stop();
}

void ConsoleController::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_setup->setProfiles(profiles);
}

// The demo's processes end in the background; the environment (and its temporary data) goes once they have.
void ConsoleController::retireDemo()
{
    if (!m_demo)
        return;
    DemoEnvironment *demo = m_demo;
    m_demo = nullptr;
    demo->disconnect(); // nothing of it reaches the window any more
    connect(demo, &DemoEnvironment::stopped, demo, &QObject::deleteLater);
    demo->stop();
}

void ConsoleController::startDemo(const DemoEnvironment::Options &options)
{
    ++m_connectAttempt; // a profile whose key is still being read is not connected after all
    retireDemo();
    m_demo = new DemoEnvironment(options, this);
    connect(m_demo, &DemoEnvironment::progress, m_window, &MainWindow::showMessage);
    connect(m_demo, &DemoEnvironment::failed, this, [this](const QString &message) {
        m_window->showMessage(message);
        Q_EMIT demoFailed(message);
    });
    DemoEnvironment *demo = m_demo;
    connect(demo, &DemoEnvironment::ready, this, [this, demo] {
        DataPlane::Settings settings;
        settings.router.baseUrl = demo->routerUrl();
        settings.router.masterKey = demo->masterKey();
        settings.prometheus.baseUrl = demo->prometheusUrl();
        settings.scrapeIntervalSeconds = demo->scrapeIntervalSeconds();
        m_profile = DemoEnvironment::profile();
        m_profile.routerUrl = demo->routerUrl().toString();
        // The demo router's models come from its config file, as in the setup RouteDeck is built for:
        // pushes write that file and make the simulator reload it.
        m_profile.configFile = demo->configPath();
        m_profile.afterWrite = demo->reloadCommand();
        m_profile.applyTimeoutSeconds = 30;
        connectTo(settings, tr("Local demo"));
        m_window->setInsecureNote(QString()); // the demo is on this computer
        m_window->setDemoDrillsEnabled(true);
    });
    connect(demo, &DemoEnvironment::historyReady, this, &ConsoleController::refreshCost);
    m_demo->start();
}

bool ConsoleController::connectProfile(const QString &name)
{
    m_window->setDemoDrillsEnabled(false);
    retireDemo();
    const ConnectionProfile *profile = ConnectionProfiles::find(m_setup->profiles(), name);
    if (!profile) {
        m_window->showMessage(tr("There is no connection profile '%1'.").arg(name));
        return false;
    }
    const int attempt = ++m_connectAttempt;
    if (profile->routerKeyInKeyring)
        m_window->showMessage(tr("Reading the master key of %1 from the desktop keyring…").arg(name));
    m_setup->resolveSettings(*profile, [this, attempt, profile = *profile](const DataPlane::Settings &settings, const Problems &problems) {
        if (attempt != m_connectAttempt)
            return; // another connection, or the demo, was asked for meanwhile
        if (!problems.isEmpty())
            m_window->showMessage(problems.first().message);
        m_profile = profile;
        connectTo(settings, profile.name);
        m_window->setInsecureNote(ConnectionProfiles::insecureNote(profile));
    });
    return true;
}

void ConsoleController::connectTo(const DataPlane::Settings &settings, const QString &title)
{
    if (m_plane) {
        m_plane->disconnect(this); // its aborted answers' last snapshots are of the old connection
        m_plane->stop();
        m_plane->deleteLater();
    }
    DataPlane::Settings live = settings;
    live.refreshIntervalMs = m_window->liveToolBar()->refreshIntervalMs();
    m_plane = new DataPlane(live, this);
    m_plane->setReplayTime(m_window->replayMoment()); // a replay goes on with the next connection
    m_window->setLive(title, &m_plane->series());
    m_window->setQueryTexts(m_plane->queryTexts());
    if (m_profile.name != title) {
        m_profile = ConnectionProfile();
        m_profile.name = title;
    }
    m_changes->connectTo(m_profile, live.router, m_plane);
    m_window->setTracesUrl(m_profile.tracesUrl);
    connectCost(live);
    startAlerts();
    watchServerSideAlerts(live);
    m_window->setHealthPanels(m_plane->panels());
    DataPlane *plane = m_plane;
    connect(plane, &DataPlane::snapshotReady, this, [this, plane](const Snapshot &snapshot) {
        // Alerts are about now, also while the pages replay a past moment (DataPlane keeps refreshing live).
        const bool shown = !plane->isReplaying();
        if (shown)
            m_window->showSnapshot(snapshot); // first: the Alerts page lists the snapshot's groups
        else if (RebalancePage *rebalance = m_window->rebalancePage())
            rebalance->setLiveTraffic(snapshot); // weights are pushed now: judged on live traffic
        m_alertsEvaluatedAt = snapshot.time;
        m_alerts->evaluate(snapshot);
        if (shown)
            Q_EMIT snapshotShown();
    });
    connect(plane, &DataPlane::replaySnapshotReady, this, [this](const Snapshot &snapshot) {
        m_window->showSnapshot(snapshot);
        Q_EMIT snapshotShown();
    });
    // The Config page lists the router's deployments while no config file was opened.
    const QString router = tr("router %1").arg(live.router.baseUrl.toDisplayString());
    m_window->configPage()->setRouterDeployments({}, router);
    connect(plane, &DataPlane::routerDeploymentsChanged, this, [this, plane, router] {
        m_window->configPage()->setRouterDeployments(plane->routerDeployments(), router);
    });
    connect(plane, &DataPlane::seriesBackfilled, this, &ConsoleController::showCurrentSnapshot);
    connect(plane, &DataPlane::panelsUpdated, this, [this] {
        if (m_window->currentPageName() == QLatin1String("health"))
            showCurrentSnapshot();
    });
    plane->start();
    backfillVisibleRange();
}

void ConsoleController::connectCost(const DataPlane::Settings &settings)
{
    if (m_cost) {
        m_cost->cancel();
        m_cost->deleteLater();
        m_cost = nullptr;
    }
    CostPage *page = m_window->costPage();
    if (!page)
        return;
    disconnect(page, nullptr, this, nullptr);
    CostService::Settings cost;
    cost.prometheus = settings.prometheus;
    cost.catalog = settings.catalog;
    cost.selector = settings.selector;
    // Each profile (the demo included) has its own prices; without a file, the built-in table.
    const QString pricesPath = CostService::priceTablePath(m_profile.name, m_profile.priceTable);
    Problems problems;
    cost.prices = CostService::loadPrices(pricesPath, &problems);
    if (!problems.isEmpty())
        m_window->showMessage(problems.first().toString());
    m_cost = new CostService(cost, this);
    CostService *service = m_cost;
    page->setDimensions(cost.catalog.costDimensions());
    page->setPrices(cost.prices, pricesPath);
    page->setCostQueryTexts(service->queryTexts(page->request()));
    connect(page, &CostPage::reportWanted, this, [this, service, page](const CostRequest &request) {
        if (m_plane)
            service->setDeployments(m_plane->routerDeployments());
        page->setCostQueryTexts(service->queryTexts(request));
        service->fetch(request);
    });
    connect(service, &CostService::reportReady, page, [page](quint64, const CostReport &report) { page->setReport(report); });
    // The "by" choices the data really has (metadata_*, tag_* labels), once Prometheus lists them.
    connect(service, &CostService::dimensionsFound, page, &CostPage::setDimensions);
    service->discoverDimensions();
    connect(service, &CostService::fetchFailed, page, [page](quint64, const QString &message) { page->setError(message); });
    connect(page, &CostPage::pricesEdited, this, [this, service, page, pricesPath](const PriceTable &prices) {
        const QString error = prices.save(pricesPath);
        if (!error.isEmpty())
            m_window->showMessage(tr("The prices apply to this session; they could not be saved: %1").arg(error));
        service->setPrices(prices);
        page->setPrices(prices, pricesPath);
    });
    refreshCost();
}

// One report now, through the page, which schedules the later ones (CostPage::refreshNow).
void ConsoleController::refreshCost()
{
    if (CostPage *page = m_window->costPage(); page && m_cost)
        page->refreshNow();
}

// The replayed moment's snapshot while replaying (once it is read), else the latest live one.
void ConsoleController::showCurrentSnapshot()
{
    if (!m_plane)
        return;
    if (!m_plane->isReplaying())
        m_window->showSnapshot(m_plane->snapshot());
    else if (m_plane->replaySnapshot().time.isValid())
        m_window->showSnapshot(m_plane->replaySnapshot());
}

void ConsoleController::backfillVisibleRange()
{
    if (!m_plane)
        return;
    const auto [from, to] = m_window->visibleTimeRange();
    m_plane->backfill(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC),
                      kBackfillPlotWidth);
}

void ConsoleController::startAlerts()
{
    m_alertsEvaluatedAt = {};
    m_shownHistoryRevision = quint64(-1);
    m_alerts->start(m_profile.alerts, m_profile.name);
    m_window->setAlertLimits(m_profile.alerts.limits);
    connectAlertsPage();
}

void ConsoleController::connectAlertsPage()
{
    AlertsPage *page = m_window->alertsPage();
    if (!page || m_alertsPageConnected)
        return;
    m_alertsPageConnected = true;
    connect(page, &AlertsPage::acknowledgeRequested, m_alerts, &AlertService::acknowledge);
    connect(page, &AlertsPage::silenceRequested, m_alerts, &AlertService::silence);
    connect(page, &AlertsPage::exportRulesRequested, this, &ConsoleController::exportRules);
}

void ConsoleController::showAlerts()
{
    AlertsPage *page = m_window->alertsPage();
    if (!page)
        return;
    QList<AlertRow> active;
    for (const Alert &alert : m_alerts->activeAlerts())
        active.append(AlertRow { .alert = alert, .silenced = m_alerts->isSilenced(alert) });
    page->setAlerts(active, m_alertsEvaluatedAt);
    page->setPolicy(m_alerts->policy(), PrometheusRules::routerGroups(m_window->lastSnapshot()));
    if (m_shownHistoryRevision == m_alerts->historyRevision())
        return;
    m_shownHistoryRevision = m_alerts->historyRevision();
    const AlertHistory &history = m_alerts->history();
    page->setHistory(history.alerts);
    QString note = tr("History: %1").arg(QDir::toNativeSeparators(m_alerts->historyPath()));
    for (const Problem &problem : history.problems)
        note += QLatin1Char('\n') + problem.toString();
    page->setHistoryNote(note);

    QList<TimeSeriesChart::TimeSpan> spans;
    for (const Alert &alert : history.alerts) {
        spans.append({ alert.firedAt.toMSecsSinceEpoch(),
                       alert.state == Alert::State::Resolved ? alert.resolvedAt.toMSecsSinceEpoch() : 0,
                       tr("%1: %2").arg(alertRuleTitle(alert.rule), alert.group.isEmpty() ? tr("all groups") : alert.group) });
    }
    m_window->setAlertSpans(spans);
}

// Limits edited on the Latency or Alerts page: they apply at once and stay with the profile (the
// demo's only for this session).
void ConsoleController::saveAlertLimits(const GroupLimitTable &limits)
{
    AlertPolicy policy = m_alerts->policy();
    policy.limits = limits;
    m_alerts->setPolicy(policy);
    m_profile.alerts = policy;
    const ConnectionProfile *stored = ConnectionProfiles::find(m_setup->profiles(), m_profile.name);
    if (!stored)
        return; // the demo's limits are for this session
    ConnectionProfile edited = *stored;
    edited.alerts = policy;
    m_setup->saveProfile(edited.name, edited); // in place, in order: the newest edit is the one on disk
}

void ConsoleController::exportRules()
{
    if (!m_plane)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as Prometheus Rules"),
                                                      QStringLiteral("routedeck-rules.yml"), tr("YAML files (*.yml *.yaml)"));
    if (path.isEmpty())
        return;
    PrometheusRules::Options options;
    options.catalog = m_plane->settings().catalog;
    options.policy = m_alerts->policy();
    options.profileName = m_profile.name;
    options.evaluationIntervalSeconds = m_plane->settings().scrapeIntervalSeconds;
    options.groups = PrometheusRules::routerGroups(m_window->lastSnapshot());
    const QByteArray text = PrometheusRules::exportRules(options);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        m_window->showMessage(error.isEmpty() ? tr("Prometheus rules written to %1; check them with promtool check rules.")
                                                    .arg(QDir::toNativeSeparators(path))
                                              : error);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, text] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }));
}

// Prometheus' own alerts on the router's metrics, for the Alerts page: asked every 30 s (rules are
// evaluated on Prometheus' interval; a console refresh need not ask each time).
void ConsoleController::watchServerSideAlerts(const DataPlane::Settings &settings)
{
    constexpr int kIntervalMs = 30 * 1000;
    delete m_serverRules;
    m_serverRules = new PrometheusClient(settings.prometheus, this);
    connect(m_serverRules, &PrometheusClient::rulesFetched, this,
            [this](quint64, const PromRules &rules) { showServerSideAlerts(rules); });
    m_serverRulesTimer->disconnect();
    connect(m_serverRulesTimer, &QTimer::timeout, m_serverRules, &PrometheusClient::fetchRules);
    m_serverRulesTimer->start(kIntervalMs);
    m_serverRules->fetchRules();
}

void ConsoleController::showServerSideAlerts(const PromRules &rules)
{
    AlertsPage *page = m_window->alertsPage();
    if (!page)
        return;
    if (!rules.ok) {
        page->setServerSide({}, tr("Prometheus' own alerts could not be read: %1").arg(rules.errorString));
        return;
    }
    int watching = 0;
    const QList<AlertRow> rows = serverSideAlertRows(rules, &watching);
    const QString status = watching == 0
        ? tr("Prometheus has no alerting rules on the router's metrics: for alerts while no console is open, load "
             "the console's rules into it (Export as Prometheus Rules).")
        : tr("Prometheus evaluates %n alerting rule(s) on the router's metrics (shown as server-side).", nullptr, watching);
    page->setServerSide(rows, status);
}

} // namespace RouteDeck
