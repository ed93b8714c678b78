// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "workerthread.h"

#include "alertspage.h"
#include "changespage.h"
#include "configpage.h"
#include "cooldownspage.h"
#include "costpage.h"
#include "groupnavigator.h"
#include "latencypage.h"
#include "livetoolbar.h"
#include "outcomespage.h"
#include "overviewpage.h"
#include "problemsdock.h"
#include "rebalancepage.h"
#include "servicehealthpage.h"
#include "trafficpage.h"
#include "viewformat.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

// Resources live in a static library: register them explicitly, or the linker drops them.
static void initRouteDeckResources()
{
    Q_INIT_RESOURCE(routedeck);
}

namespace RouteDeck {

namespace {
const QString kConfigPage = QStringLiteral("config");

// A page in its tab: a frameless scroll area, so that a page wider than the window scrolls instead of
// pushing the docks narrower (the Cost page's tiles did). The page fills the view and is never made
// smaller than its minimum; QScrollArea's own resizing is not used, as it sizes a page with
// word-wrapped labels by its preferred height for the width, taller than the view. The frame carries
// the page's name.
class PageFrame : public QScrollArea
{
public:
    explicit PageFrame(QWidget *page)
        : QScrollArea(page->parentWidget())
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(false);
        setWidget(page);
        setProperty("pageName", page->property("pageName"));
        page->installEventFilter(this);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        fit();
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            fit();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    void fit()
    {
        const QSize view = maximumViewportSize();
        const QSize minimum = widget()->minimumSizeHint().expandedTo(widget()->minimumSize());
        QSize size(std::max(view.width(), minimum.width()), std::max(view.height(), minimum.height()));
        // A horizontal scroll bar takes height from the view, and a vertical one width.
        if (size.width() > view.width())
            size.setHeight(std::max(view.height() - horizontalScrollBar()->sizeHint().height(), minimum.height()));
        if (size.height() > view.height())
            size.setWidth(std::max(view.width() - verticalScrollBar()->sizeHint().width(), minimum.width()));
        if (widget()->size() != size)
            widget()->resize(size);
    }
};

QWidget *framed(QWidget *page)
{
    return new PageFrame(page);
}

QWidget *pageIn(QWidget *frame)
{
    auto *area = qobject_cast<QScrollArea *>(frame);
    return area ? area->widget() : frame;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_emptyState(createEmptyState())
    , m_tabs(new QTabWidget(this))
    , m_configPage(new ConfigPage(this))
    , m_problemsDock(new ProblemsDock(this))
    , m_liveToolBar(new LiveToolBar(this))
    , m_navigator(new GroupNavigator(this))
    , m_statusLabel(new QLabel(this))
    , m_insecureNote(new QLabel(this))
{
    initRouteDeckResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RouteDeck"));
    setWindowIcon(QIcon(QStringLiteral(":/routedeck/icons/routedeck.svg")));
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_configPage->setProperty("pageName", kConfigPage);
    m_tabs->addTab(framed(m_configPage), tr("Config"));
    m_central->addWidget(m_emptyState);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    addToolBar(m_liveToolBar);
    m_liveToolBar->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    m_insecureNote->setObjectName(QStringLiteral("insecureNote"));
    m_insecureNote->setWordWrap(false);
    m_insecureNote->setAutoFillBackground(true);
    m_insecureNote->setBackgroundRole(QPalette::ToolTipBase); // stands out in light and dark palettes
    m_insecureNote->setForegroundRole(QPalette::ToolTipText);
    m_insecureNote->hide();
    statusBar()->addPermanentWidget(m_insecureNote);
    m_navigator->hide(); // until the live pages' dock holds it: not a stray box under the menu bar
    m_statusLabel->setText(tr("No config open"));
    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (OperationsPage *page = currentLivePage(); page && page->needsSnapshot())
            applyToPage(page);
    });
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon(QStringLiteral(":/routedeck/icons/open.svg")), tr("&Open Config…"),
                                        this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QAction *reloadFile = fileMenu->addAction(tr("Re&load Config"), this, &MainWindow::reload);
    reloadFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *demo = fileMenu->addAction(tr("Start &Local Demo"), this, &MainWindow::demoRequested);
    demo->setObjectName(QStringLiteral("demoAction"));
    fileMenu->addSeparator();
    QAction *connectAction = fileMenu->addAction(tr("&Connect to a Router…"), this, [this] { Q_EMIT connectRequested(QString()); });
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fileMenu->addAction(tr("Connection &Profiles…"), this, &MainWindow::profilesRequested);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    viewMenu->addAction(problems);
    viewMenu->addAction(m_liveToolBar->refreshAction());
    viewMenu->addAction(m_liveToolBar->pauseAction());
    QMenu *rangeMenu = viewMenu->addMenu(tr("Time &Range"));
    const auto presets = LiveToolBar::rangePresets();
    for (int i = 0; i < presets.size(); ++i) {
        QAction *range = rangeMenu->addAction(presets.at(i).first, this, [this, i] { m_liveToolBar->selectRange(i); });
        range->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    QAction *search = viewMenu->addAction(tr("Find &Group"), this, [this] {
        if (m_groupSearch && m_navigatorDock) {
            m_navigatorDock->show();
            m_groupSearch->setFocus(Qt::ShortcutFocusReason);
            m_groupSearch->selectAll();
        }
    });
    search->setShortcut(QKeySequence::Find);

    m_drillsMenu = menuBar()->addMenu(tr("&Drills"));
    m_drillsMenu->setObjectName(QStringLiteral("drillsMenu"));
    m_drillsMenu->addAction(tr("Stop the Demo's &Prometheus"), this, [this] { Q_EMIT prometheusDrillRequested(true); });
    m_drillsMenu->addAction(tr("&Start the Demo's Prometheus Again"), this, [this] { Q_EMIT prometheusDrillRequested(false); });
    m_drillsMenu->menuAction()->setVisible(false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About RouteDeck"), this, [this] {
        QMessageBox::about(this, tr("About RouteDeck"),
                           tr("<b>RouteDeck %1</b><p>Operations console for LLM routing layers.</p>"
                              "<p>GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    connect(m_liveToolBar, &LiveToolBar::refreshRequested, this, &MainWindow::refreshRequested);
    connect(m_liveToolBar, &LiveToolBar::pauseToggled, this, &MainWindow::pauseToggled);
    connect(m_liveToolBar, &LiveToolBar::refreshIntervalChanged, this, &MainWindow::refreshIntervalChanged);
    connect(m_liveToolBar, &LiveToolBar::profileChosen, this, &MainWindow::profileChosen);
    connect(m_liveToolBar, &LiveToolBar::rangeChanged, this, [this](qint64 seconds) {
        m_rangeSeconds = seconds;
        Q_EMIT timeRangeChanged(seconds);
        refreshPages();
    });
    connect(m_liveToolBar, &LiveToolBar::replayMomentChanged, this, [this](const QDateTime &moment) {
        applyTimeMarkers();
        Q_EMIT replayMomentChanged(moment);
        refreshPages();
    });
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("<h2>Welcome to RouteDeck</h2>"
                                "<p>Connect to your LiteLLM router and its Prometheus, watch a live router with the "
                                "local demo (a simulated LiteLLM router and a real Prometheus on this machine), or "
                                "open a LiteLLM <tt>config.yaml</tt> to see its model groups, deployments and "
                                "traffic split.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto *connectButton = new QPushButton(tr("Connect to a Router…"), page);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connect(connectButton, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(QString()); });
    auto *demoButton = new QPushButton(tr("Start Local Demo"), page);
    demoButton->setObjectName(QStringLiteral("demoButton"));
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    auto *openButton = new QPushButton(tr("Open Config…"), page);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseFile);
    auto *exampleButton = new QPushButton(tr("Open the Example Config"), page);
    exampleButton->setObjectName(QStringLiteral("openExampleButton"));
    connect(exampleButton, &QPushButton::clicked, this,
            [this] { openConfig(QStringLiteral(":/routedeck/examples/config.yaml")); });
    m_savedProfiles = new QListWidget(page);
    m_savedProfiles->setObjectName(QStringLiteral("savedProfiles"));
    m_savedProfiles->setMaximumHeight(140);
    m_savedProfiles->setToolTip(tr("Double-click a saved connection to connect"));
    connect(m_savedProfiles, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT profileChosen(item->text()); });
    m_savedProfilesLabel = new QLabel(tr("Saved connections:"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title);
    for (QPushButton *button : { connectButton, demoButton, openButton, exampleButton }) {
        button->setMinimumWidth(240);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addSpacing(12);
    layout->addWidget(m_savedProfilesLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_savedProfiles, 0, Qt::AlignHCenter);
    m_savedProfiles->setMinimumWidth(240);
    m_savedProfiles->hide();
    m_savedProfilesLabel->hide();
    layout->addStretch();
    return page;
}

void MainWindow::setSavedProfiles(const QStringList &names)
{
    m_savedProfiles->clear();
    m_savedProfiles->addItems(names);
    m_savedProfiles->setVisible(!names.isEmpty());
    m_savedProfilesLabel->setVisible(!names.isEmpty());
}

void MainWindow::createLivePages()
{
    auto *overview = new OverviewPage(this);
    auto *traffic = new TrafficPage(this);
    auto *latency = new LatencyPage(this);
    auto *outcomes = new OutcomesPage(this);
    auto *cooldowns = new CooldownsPage(this);
    m_healthPage = new ServiceHealthPage(this);
    m_costPage = new CostPage(this);
    const QList<QPair<QString, OperationsPage *>> pages {
        { QStringLiteral("overview"), overview },
        { QStringLiteral("traffic"), traffic },
        { QStringLiteral("latency"), latency },
        { QStringLiteral("outcomes"), outcomes },
        { QStringLiteral("cooldowns"), cooldowns },
        { QStringLiteral("health"), m_healthPage },
        { QStringLiteral("cost"), m_costPage },
    };
    const QStringList titles { tr("&Overview"), tr("&Traffic"), tr("&Latency"), tr("O&utcomes"), tr("&Cooldowns"),
                               tr("Service &Health"), tr("Co&st") };
    for (int i = 0; i < pages.size(); ++i) {
        OperationsPage *page = pages.at(i).second;
        page->setProperty("pageName", pages.at(i).first);
        page->setThresholds(m_thresholds);
        page->setTracesUrl(m_tracesUrl);
        m_pages.insert(pages.at(i).first, page);
        m_tabs->insertTab(i, framed(page), titles.at(i));
        connect(page, &OperationsPage::snapshotWanted, this, [this, page] { applyToPage(page); });
    }
    // Rebalancing: the weight editor follows snapshots like the others; Changes shows the audit log.
    m_rebalancePage = new RebalancePage(this);
    m_rebalancePage->setProperty("pageName", QStringLiteral("rebalance"));
    m_pages.insert(QStringLiteral("rebalance"), m_rebalancePage);
    m_tabs->insertTab(int(pages.size()), framed(m_rebalancePage), tr("&Rebalance"));
    m_changesPage = new ChangesPage(this);
    m_changesPage->setProperty("pageName", QStringLiteral("changes"));
    m_tabs->insertTab(int(pages.size()) + 1, framed(m_changesPage), tr("Chan&ges"));
    m_alertsPage = new AlertsPage(this);
    m_alertsPage->setProperty("pageName", QStringLiteral("alerts"));
    m_alertsPage->setTracesUrl(m_tracesUrl);
    m_tabs->insertTab(int(pages.size()) + 2, framed(m_alertsPage), tr("&Alerts"));
    connect(m_alertsPage, &AlertsPage::limitsEdited, this, [this](const GroupLimitTable &limits) {
        ViewThresholds edited = m_thresholds;
        edited.limits = limits;
        setThresholds(edited);
    });
    connect(m_alertsPage, &AlertsPage::groupActivated, this, [this](const QString &group) {
        if (!group.isEmpty())
            m_navigator->selectGroup(group);
        showPage(QStringLiteral("overview"));
    });
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(shortcut, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(shortcut);
    }
    connect(overview, &OverviewPage::groupActivated, this, [this](const QString &group) {
        m_navigator->selectGroup(group);
        showPage(QStringLiteral("traffic"));
    });
    connect(latency, &LatencyPage::thresholdsEdited, this, &MainWindow::setThresholds);

    m_navigatorDock = new QDockWidget(tr("Model Groups"), this);
    m_navigatorDock->setObjectName(QStringLiteral("groupDock"));
    auto *dockContent = new QWidget(m_navigatorDock);
    m_groupSearch = new QLineEdit(dockContent);
    m_groupSearch->setPlaceholderText(tr("Find group (Ctrl+F)"));
    m_groupSearch->setClearButtonEnabled(true);
    connect(m_groupSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 1; i < m_navigator->count(); ++i)
            m_navigator->item(i)->setHidden(!m_navigator->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *dockLayout = new QVBoxLayout(dockContent);
    dockLayout->setContentsMargins(4, 4, 4, 4);
    dockLayout->addWidget(m_groupSearch);
    dockLayout->addWidget(m_navigator);
    m_navigator->show();
    m_navigatorDock->setWidget(dockContent);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    connect(m_navigator, &GroupNavigator::groupSelected, this, &MainWindow::selectGroup);
}

void MainWindow::setLive(const QString &title, const SeriesStore *store)
{
    const bool first = !m_store;
    if (first)
        createLivePages();
    m_store = store;
    m_liveToolBar->show();
    m_central->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(0);
    if (first && m_keepsSettings) {
        const QSettings settings;
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
        if (const QString page = settings.value(QStringLiteral("window/page")).toString(); page != kConfigPage)
            showPage(page);
    }
    setWindowTitle(tr("%1 — RouteDeck").arg(title));
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_liveToolBar->setProfiles(names, current);
}

void MainWindow::setDemoDrillsEnabled(bool enabled)
{
    m_drillsMenu->menuAction()->setVisible(enabled);
}

void MainWindow::showMessage(const QString &message)
{
    m_statusLabel->setText(message);
}

void MainWindow::setInsecureNote(const QString &note)
{
    m_insecureNote->setText(QStringLiteral("⚠ ") + tr("Credentials over plain http"));
    m_insecureNote->setToolTip(note);
    m_insecureNote->setVisible(!note.isEmpty());
}

QString MainWindow::insecureNote() const
{
    return m_insecureNote->isHidden() ? QString() : m_insecureNote->toolTip();
}

void MainWindow::setQueryTexts(const QHash<QString, QString> &queries)
{
    // The pages' keys: "latency" is the p95 query, the outcome charts use successes and failures.
    QHash<QString, QString> texts = queries;
    texts.insert(QStringLiteral("latency"), queries.value(QStringLiteral("latency_p95")));
    texts.insert(QStringLiteral("outcomes"), queries.value(QStringLiteral("successes")) + QStringLiteral("\n")
                     + queries.value(QStringLiteral("failures")));
    for (OperationsPage *page : std::as_const(m_pages))
        page->setQueryTexts(texts);
}

void MainWindow::setHealthPanels(const QList<QueryCatalog::Panel> &panels)
{
    if (m_healthPage)
        m_healthPage->setPanels(panels);
}

void MainWindow::showSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    m_liveToolBar->setStatuses(snapshot.router, snapshot.prometheus);
    m_navigator->setSnapshot(snapshot, m_thresholds);
    refreshPages();
    m_statusLabel->setText(snapshot.isReplay()
                               ? tr("Replay of %1 · %n deployment(s)", nullptr, int(snapshot.deployments.size()))
                                     .arg(ViewFormat::moment(snapshot.time))
                               : tr("Updated %1 · %n deployment(s)", nullptr, int(snapshot.deployments.size()))
                                     .arg(snapshot.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::refreshPages()
{
    // Only the page on screen pays for the refresh; the others catch up when shown.
    for (OperationsPage *page : std::as_const(m_pages))
        page->setNeedsSnapshot(true);
    if (OperationsPage *page = currentLivePage())
        applyToPage(page);
}

void MainWindow::applyToPage(OperationsPage *page)
{
    if (!m_store || !m_snapshot.time.isValid())
        return;
    const auto [from, to] = visibleTimeRange();
    page->setTimeRange(from, to);
    page->setSnapshot(m_snapshot, *m_store);
    page->setNeedsSnapshot(false);
}

void MainWindow::selectGroup(const QString &group)
{
    for (OperationsPage *page : std::as_const(m_pages))
        page->selectGroup(group);
    refreshPages();
}

void MainWindow::setThresholds(const ViewThresholds &thresholds)
{
    const bool limitsChanged = thresholds.limits != m_thresholds.limits;
    applyThresholds(thresholds);
    if (limitsChanged)
        Q_EMIT alertLimitsEdited(thresholds.limits);
}

void MainWindow::applyThresholds(const ViewThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (OperationsPage *page : std::as_const(m_pages))
        page->setThresholds(thresholds);
    m_navigator->setSnapshot(m_snapshot, m_thresholds);
}

void MainWindow::setAlertLimits(const GroupLimitTable &limits)
{
    ViewThresholds thresholds = m_thresholds;
    thresholds.limits = limits;
    applyThresholds(thresholds);
}

void MainWindow::notifyAlert(const AlertTransition &transition)
{
    const Alert &a = transition.alert;
    const bool fired = transition.kind == AlertTransition::Kind::Fired;
    const QString group = a.group.isEmpty() ? tr("all groups") : a.group;
    const QString title = fired ? tr("Alert firing: %1 on %2").arg(alertRuleTitle(a.rule), group)
                                : tr("Resolved: %1 on %2").arg(alertRuleTitle(a.rule), group);
    const QString text = fired ? tr("%1 (limit %2). %3").arg(alertValueText(a.rule, a.value), alertLimitText(a.rule, a.threshold), a.evidence)
                               : tr("Peak %1; it fired for %2.").arg(alertValueText(a.rule, a.peak), ViewFormat::duration(a.firedAt.msecsTo(a.resolvedAt)));
    m_notifiedGroup = a.group;
    showMessage(title + QStringLiteral(" — ") + text);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the status bar said it
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            showPage(QStringLiteral("alerts"));
            if (!m_notifiedGroup.isEmpty())
                m_navigator->selectGroup(m_notifiedGroup);
        });
        m_tray->show();
    }
    m_tray->showMessage(title, text, fired ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void MainWindow::setAlertSpans(const QList<TimeSeriesChart::TimeSpan> &spans)
{
    m_alertSpans = spans;
    for (OperationsPage *page : std::as_const(m_pages))
        page->setTimeSpans(spans);
    applyTimeMarkers();
}

void MainWindow::setPushMarkers(const QList<TimeSeriesChart::TimeMarker> &markers)
{
    m_pushMarkers = markers;
    applyTimeMarkers();
}

// The charts' markers (pushes, and in replay the moment shown) and the replay slider's marks.
void MainWindow::applyTimeMarkers()
{
    QList<TimeSeriesChart::TimeMarker> markers = m_pushMarkers;
    if (const QDateTime moment = replayMoment(); moment.isValid())
        markers.append({ moment.toMSecsSinceEpoch(), tr("replayed moment") });
    for (OperationsPage *page : std::as_const(m_pages))
        page->setTimeMarkers(markers);
    QList<MomentSlider::Mark> marks;
    for (const TimeSeriesChart::TimeMarker &push : std::as_const(m_pushMarkers))
        marks.append({ push.msecs, MomentSlider::MarkKind::Push, push.label });
    for (const TimeSeriesChart::TimeSpan &alert : std::as_const(m_alertSpans))
        marks.append({ alert.fromMsecs, MomentSlider::MarkKind::Alert, alert.label });
    m_liveToolBar->setReplayMarks(marks);
}

QDateTime MainWindow::replayMoment() const
{
    return m_liveToolBar->replayMoment();
}

QPair<qint64, qint64> MainWindow::visibleTimeRange() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 range = m_rangeSeconds * 1000;
    const QDateTime moment = replayMoment();
    if (!moment.isValid())
        return { now - range, now };
    const qint64 to = std::min(now, moment.toMSecsSinceEpoch() + range / 2);
    return { to - range, to };
}

void MainWindow::restoreWindowSettings()
{
    m_keepsSettings = true;
    const QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (isLive()) {
        settings.setValue(QStringLiteral("window/state"), saveState());
        settings.setValue(QStringLiteral("window/page"), currentPageName());
    }
}

void MainWindow::setTracesUrl(const QString &urlTemplate)
{
    m_tracesUrl = urlTemplate;
    for (OperationsPage *page : std::as_const(m_pages))
        page->setTracesUrl(urlTemplate);
    if (m_alertsPage)
        m_alertsPage->setTracesUrl(urlTemplate);
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_tabs->count(); ++i)
        names.append(m_tabs->widget(i)->property("pageName").toString());
    return names;
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("pageName").toString() == name) {
            m_central->setCurrentWidget(m_tabs);
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageName() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->property("pageName").toString() : QString();
}

OperationsPage *MainWindow::operationsPage(const QString &name) const
{
    return m_pages.value(name);
}

OperationsPage *MainWindow::currentLivePage() const
{
    for (OperationsPage *page : m_pages) {
        if (page == pageIn(m_tabs->currentWidget()))
            return page;
    }
    return nullptr;
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open LiteLLM Config"), QString(),
                                                      tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openConfig(path);
}

void MainWindow::reload()
{
    if (!m_currentFile.isEmpty())
        openConfig(m_currentFile);
}

void MainWindow::openConfig(const QString &path)
{
    m_statusLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    WorkerThread::runLatest(
        this, m_loadGeneration, [path] { return LiteLlmConfigCodec::load(path); },
        [this, path](const ConfigLoadResult &result) { showLoadResult(path, result); });
}

void MainWindow::showLoadResult(const QString &path, const ConfigLoadResult &result)
{
    m_problemsDock->setProblems(result.problems);
    if (hasErrorsOrWarnings(result.problems))
        m_problemsDock->show();
    const QString name = QFileInfo(path).fileName();
    if (!result.ok()) {
        // Keep whatever was shown before: a broken save must not blank the console.
        const int errors = int(std::count_if(result.problems.cbegin(), result.problems.cend(),
                                             [](const Problem &p) { return p.isError(); }));
        m_statusLabel->setText(tr("%1 has %n error(s); nothing was loaded from it", nullptr, errors).arg(name));
        Q_EMIT configLoadFinished(path, false);
        return;
    }
    m_currentFile = path;
    m_configPage->setConfig(result.config);
    showPage(kConfigPage);
    if (!isLive())
        setWindowTitle(tr("%1 — RouteDeck").arg(name));
    m_statusLabel->setText(tr("%1: %n deployment(s)", nullptr, int(result.config.deployments.size())).arg(name));
    Q_EMIT configLoadFinished(path, true);
}

} // namespace RouteDeck
