// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"
#include "litellmconfigcodec.h"
#include "querycatalog.h"
#include "seriesstore.h"
#include "snapshot.h"
#include "timeserieschart.h"
#include "viewthresholds.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;

namespace RouteDeck {

class AlertsPage;
class ChangesPage;
class ConfigPage;
class CostPage;
class GroupNavigator;
class LiveToolBar;
class OperationsPage;
class ProblemsDock;
class RebalancePage;
class ServiceHealthPage;

// The window shell: menus, toolbars, status bar, docks, and the pages it creates. It shows what it
// is given (a config file, or live snapshots) and says what the user asked for by signals; the app
// layer decides where data comes from.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads and parses off the GUI thread; configLoadFinished() tells the outcome.
    void openConfig(const QString &path);
    QString currentFile() const { return m_currentFile; }
    ConfigPage *configPage() const { return m_configPage; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }

    // Live mode: the pages appear and follow the snapshots. The store must outlive the window.
    void setLive(const QString &title, const SeriesStore *store);
    bool isLive() const { return m_store != nullptr; }
    void showSnapshot(const Snapshot &snapshot);
    const Snapshot &lastSnapshot() const { return m_snapshot; }
    void setQueryTexts(const QHash<QString, QString> &queries);
    void setHealthPanels(const QList<QueryCatalog::Panel> &panels);
    void setProfiles(const QStringList &names, const QString &current);
    // The welcome screen's list of saved connections (double-click connects).
    void setSavedProfiles(const QStringList &names);
    void showMessage(const QString &message);
    // Shown in the status bar for as long as the connection sends credentials over plain http to another
    // computer (a profile with allow_insecure: true); `note` says which, in the tooltip. Empty: hidden.
    void setInsecureNote(const QString &note);
    QString insecureNote() const;
    // Shows the Drills menu of the local demo.
    void setDemoDrillsEnabled(bool enabled);
    LiveToolBar *liveToolBar() const { return m_liveToolBar; }

    // The window's geometry, its docks and the last page, kept in QSettings (nothing secret) from one
    // run to the next. The docks and the page are restored when the live pages appear.
    void restoreWindowSettings();
    void saveWindowSettings() const;

    // Pages by name: overview, traffic, latency, outcomes, cooldowns, health, cost, rebalance,
    // changes, alerts, config.
    QStringList pageNames() const;
    bool showPage(const QString &name);
    QString currentPageName() const;
    // A live page (OperationsPage) by name; null for changes and config, and until live.
    OperationsPage *operationsPage(const QString &name) const;
    GroupNavigator *groupNavigator() const { return m_navigator; }
    // Rebalance (weight editor), Changes (audit log) and Cost pages; null until live.
    RebalancePage *rebalancePage() const { return m_rebalancePage; }
    ChangesPage *changesPage() const { return m_changesPage; }
    CostPage *costPage() const { return m_costPage; }
    AlertsPage *alertsPage() const { return m_alertsPage; }

    // The alert limits of each model group (the profile's, or as edited): the views judge by them too.
    void setAlertLimits(const GroupLimitTable &limits);
    const ViewThresholds &thresholds() const { return m_thresholds; }
    // A desktop notification (the system tray's, else the status bar) for a fired or resolved alert;
    // clicking it opens the Alerts page on the alert's group.
    void notifyAlert(const AlertTransition &transition);
    // Alert spans on every chart of the live pages, their starts marked on the replay slider.
    void setAlertSpans(const QList<TimeSeriesChart::TimeSpan> &spans);
    // Weight pushes and rollbacks of the current target: markers on every chart and on the replay slider.
    void setPushMarkers(const QList<TimeSeriesChart::TimeMarker> &markers);
    // The span the live pages show: the chosen range up to now, or in replay (LiveToolBar's At) the
    // range centred on the replayed moment, as far as now. The controller backfills the same span.
    QPair<qint64, qint64> visibleTimeRange() const;
    QDateTime replayMoment() const;
    // The profile's traces URL template for "Open Traces" on deployments and alerts (empty: none).
    void setTracesUrl(const QString &urlTemplate);

Q_SIGNALS:
    // After every load attempt; `ok` false when the file had errors (the previous config stays shown).
    void configLoadFinished(const QString &path, bool ok);
    void demoRequested();
    void profileChosen(const QString &name);
    // Connect… (empty name: a new profile), and the profiles' list (edit, duplicate, delete).
    void connectRequested(const QString &profileName);
    void profilesRequested();
    void refreshRequested();
    void pauseToggled(bool paused);
    void refreshIntervalChanged(int ms);
    void timeRangeChanged(qint64 seconds);
    // Incident replay: the moment every live page shows, or an invalid time for live.
    void replayMomentChanged(const QDateTime &moment);
    void prometheusDrillRequested(bool stop); // demo only: take Prometheus away, or bring it back
    // The user changed a group's limits (Latency or Alerts page).
    void alertLimitsEdited(const RouteDeck::GroupLimitTable &limits);

private:
    void createActions();
    void createLivePages();
    QWidget *createEmptyState();
    void chooseFile();
    void reload();
    void showLoadResult(const QString &path, const ConfigLoadResult &result);
    OperationsPage *currentLivePage() const; // null on Changes and Config
    // Every live page needs the latest snapshot; the one on screen gets it now.
    void refreshPages();
    void applyToPage(OperationsPage *page);
    void selectGroup(const QString &group);
    void setThresholds(const ViewThresholds &thresholds); // as edited: also says alertLimitsEdited()
    void applyThresholds(const ViewThresholds &thresholds);
    void applyTimeMarkers();

    QStackedWidget *m_central;
    QListWidget *m_savedProfiles = nullptr;
    QLabel *m_savedProfilesLabel = nullptr;
    QWidget *m_emptyState;
    QTabWidget *m_tabs;
    ConfigPage *m_configPage;
    ProblemsDock *m_problemsDock;
    LiveToolBar *m_liveToolBar;
    GroupNavigator *m_navigator;
    QDockWidget *m_navigatorDock = nullptr;
    QLineEdit *m_groupSearch = nullptr;
    QLabel *m_statusLabel;
    QLabel *m_insecureNote;
    QMenu *m_drillsMenu = nullptr;
    QHash<QString, OperationsPage *> m_pages;
    RebalancePage *m_rebalancePage = nullptr;
    ChangesPage *m_changesPage = nullptr;
    ServiceHealthPage *m_healthPage = nullptr;
    CostPage *m_costPage = nullptr;
    AlertsPage *m_alertsPage = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_notifiedGroup; // of the latest desktop notification, for its click
    QList<TimeSeriesChart::TimeSpan> m_alertSpans;
    QList<TimeSeriesChart::TimeMarker> m_pushMarkers;
    QString m_tracesUrl;
    QString m_currentFile;
    quint64 m_loadGeneration = 0;
    const SeriesStore *m_store = nullptr;
    Snapshot m_snapshot;
    ViewThresholds m_thresholds;
    qint64 m_rangeSeconds = 15 * 60;
    bool m_keepsSettings = false; // restoreWindowSettings() was called: the live pages follow them
};

} // namespace RouteDeck
