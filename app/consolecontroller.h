// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "dataplane.h"
#include "demoenvironment.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace RouteDeck {

class AlertService;
class ConnectionSetup;
class ChangeCoordinator;
class CostService;
class PrometheusClient;
struct PromRules;
class MainWindow;

// Wires the window to its data: connection profiles, the local demo and the data plane. The window
// never talks to the network; this object never touches a widget beyond the window's API.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleController(MainWindow *window, QObject *parent = nullptr);
    ~ConsoleController() override;

    void setProfiles(const QList<ConnectionProfile> &profiles);
    ConnectionSetup *setup() const { return m_setup; } // Connect…, profiles, their file
    void startDemo(const DemoEnvironment::Options &options);
    // False when there is no such profile. The connection starts at once, or once a key kept in the
    // desktop keyring was read.
    bool connectProfile(const QString &name);
    void connectTo(const DataPlane::Settings &settings, const QString &title);
    DataPlane *dataPlane() const { return m_plane; }
    DemoEnvironment *demoEnvironment() const { return m_demo; }
    ChangeCoordinator *changes() const { return m_changes; } // rebalancing: review, push, audit
    CostService *costService() const { return m_cost; } // the Cost page's data
    AlertService *alerts() const { return m_alerts; } // the built-in rules, their history and notifications

Q_SIGNALS:
    void demoFailed(const QString &message);
    void snapshotShown();

private:
    void retireDemo();
    void backfillVisibleRange();
    void showCurrentSnapshot();
    void connectCost(const DataPlane::Settings &settings);
    void refreshCost();
    void startAlerts();
    void connectAlertsPage();
    void showAlerts();
    void saveAlertLimits(const GroupLimitTable &limits);
    void exportRules();
    void watchServerSideAlerts(const DataPlane::Settings &settings);
    void showServerSideAlerts(const PromRules &rules);

    MainWindow *m_window;
    ConnectionSetup *m_setup;
    QPointer<DemoEnvironment> m_demo;
    DataPlane *m_plane = nullptr;
    ChangeCoordinator *m_changes;
    CostService *m_cost = nullptr;
    AlertService *m_alerts;
    bool m_alertsPageConnected = false;
    PrometheusClient *m_serverRules = nullptr; // Prometheus' own alerting rules, polled
    QTimer *m_serverRulesTimer;
    QTimer m_backfillTimer; // backfills once range or replay steps settle
    QDateTime m_alertsEvaluatedAt; // of the latest snapshot the rules saw
    quint64 m_shownHistoryRevision = quint64(-1); // of AlertService::history(), as on the Alerts page
    ConnectionProfile m_profile; // of the connection being made: push target, read-only
    int m_connectAttempt = 0; // connectProfile() calls and demo starts: a late keyring answer is dropped
};

} // namespace RouteDeck
