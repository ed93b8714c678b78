// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolecontroller.h"

#include "changecoordinator.h"
#include "costpage.h"
#include "costservice.h"
#include "livetoolbar.h"
#include "mainwindow.h"
#include "profilestore.h"



namespace RouteDeck {

namespace {
constexpr int kBackfillPlotWidth = 1200; // about the widest chart; the step follows from it
} // namespace

ConsoleController::ConsoleController(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_changes(new ChangeCoordinator(window, this))
{
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
    connect(window, &MainWindow::timeRangeChanged, this, [this](qint64 seconds) {
        m_rangeSeconds = seconds;
        backfillVisibleRange();
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
    m_profiles = profiles;
    QStringList names { tr("Local demo") };
    for (const ConnectionProfile &p : profiles)
        names.append(p.name);
    m_window->setProfiles(names, QString());
}

void ConsoleController::startDemo(const DemoEnvironment::Options &options)
{
    if (m_demo)
        m_demo->deleteLater();
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
        m_profile = ConnectionProfile();
        m_profile.name = tr("Local demo");
        m_profile.routerUrl = demo->routerUrl().toString();
        // The demo router's models come from its config file, as in the setup RouteDeck is built for:
        // pushes write that file and make the simulator reload it.
        m_profile.configFile = demo->configPath();
        m_profile.afterWrite = demo->reloadCommand();
        m_profile.applyTimeoutSeconds = 30;
        connectTo(settings, tr("Local demo"));
        m_window->setDemoDrillsEnabled(true);
    });
    connect(demo, &DemoEnvironment::historyReady, this, &ConsoleController::refreshCost);
    m_demo->start();
}

bool ConsoleController::connectProfile(const QString &name)
{
    m_window->setDemoDrillsEnabled(false);
    if (m_demo) {
        m_demo->stop();
        m_demo->deleteLater();
    }
    const ConnectionProfile *profile = ConnectionProfiles::find(m_profiles, name);
    if (!profile) {
        m_window->showMessage(tr("There is no connection profile '%1'.").arg(name));
        return false;
    }
    Problems problems;
    const DataPlane::Settings settings = ProfileStore::settingsFor(*profile, &problems);
    if (!problems.isEmpty())
        m_window->showMessage(problems.first().message);
    m_profile = *profile;
    connectTo(settings, profile->name);
    return true;
}

void ConsoleController::connectTo(const DataPlane::Settings &settings, const QString &title)
{
    if (m_plane) {
        m_plane->stop();
        m_plane->deleteLater();
    }
    DataPlane::Settings live = settings;
    live.refreshIntervalMs = m_window->liveToolBar()->refreshIntervalMs();
    m_plane = new DataPlane(live, this);
    m_window->setLive(title, &m_plane->series());
    m_window->setQueryTexts(m_plane->queryTexts());
    if (m_profile.name != title) {
        m_profile = ConnectionProfile();
        m_profile.name = title;
    }
    m_changes->connectTo(m_profile, live.router, m_plane);
    connectCost(live);
    m_window->setHealthPanels(m_plane->panels());
    DataPlane *plane = m_plane;
    connect(plane, &DataPlane::snapshotReady, this, [this](const Snapshot &snapshot) {
        m_window->showSnapshot(snapshot);
        Q_EMIT snapshotShown();
    });
    connect(plane, &DataPlane::seriesBackfilled, this, [this, plane] { m_window->showSnapshot(plane->snapshot()); });
    connect(plane, &DataPlane::panelsUpdated, this, [this, plane] {
        if (m_window->currentPageName() == QLatin1String("health"))
            m_window->showSnapshot(plane->snapshot());
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

void ConsoleController::backfillVisibleRange()
{
    if (!m_plane)
        return;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    m_plane->backfill(to.addSecs(-m_rangeSeconds), to, kBackfillPlotWidth);
}

} // namespace RouteDeck
