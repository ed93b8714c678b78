// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerttablemodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTableWidgetItem;

namespace RouteDeck {

// What is wrong now and what was: the console's firing and pending alerts with Prometheus' own
// (server-side) ones at the top, then every alert that fired, newest first, then each model group's
// limits, editable. Acknowledge marks an alert as seen; silence holds a rule's notifications on a group
// back for N minutes. The page shows, never decides: AlertService evaluates.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(QWidget *parent = nullptr);

    // `evaluatedAt` invalid: nothing evaluated yet (no data), which the page says instead of "all clear".
    void setAlerts(const QList<AlertRow> &active, const QDateTime &evaluatedAt);
    void setHistory(const QList<Alert> &history); // every alert that fired, oldest first
    // Prometheus' own alerts, or why they could not be read ("no alerting rules", an error).
    void setServerSide(const QList<AlertRow> &rows, const QString &status);
    void setPolicy(const AlertPolicy &policy, const QStringList &groups);
    void setHistoryNote(const QString &text); // the file, problems reading it
    // The connection profile's traces URL template (ConnectionProfile::tracesUrl) behind "Open Traces…"
    // in both tables' context menus; empty: the action is shown disabled, saying where to set it.
    void setTracesUrl(const QString &urlTemplate) { m_tracesUrl = urlTemplate; }

    AlertTableModel *activeModel() const { return m_active; }
    AlertTableModel *historyModel() const { return m_history; }
    QTableView *activeTable() const { return m_activeTable; }
    QTableWidget *limitsTable() const { return m_limits; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void acknowledgeRequested(const QString &alertId);
    void silenceRequested(RouteDeck::AlertRule rule, const QString &group, int minutes);
    void groupActivated(const QString &group);
    void limitsEdited(const RouteDeck::GroupLimitTable &limits);
    void exportRulesRequested();

private:
    QWidget *createActivePart();
    QWidget *createHistoryPart();
    QWidget *createLimitsPart();
    void updateActive();
    void updateButtons();
    const AlertRow *selectedActive() const;
    void fillLimits();
    void readLimit(QTableWidgetItem *item);
    void addTracesMenu(QTableView *table, const AlertTableModel *model);

    AlertTableModel *m_active;
    AlertTableModel *m_history;
    QList<AlertRow> m_consoleRows;
    QList<AlertRow> m_serverRows;
    QDateTime m_evaluatedAt;
    QString m_serverStatus;
    QLabel *m_summary = nullptr;
    QTableView *m_activeTable = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_historyNote = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_silence = nullptr;
    QSpinBox *m_silenceMinutes = nullptr;
    QTableWidget *m_limits = nullptr;
    AlertPolicy m_policy;
    QStringList m_groups;
    QString m_tracesUrl;
    bool m_fillingLimits = false;
};

} // namespace RouteDeck
