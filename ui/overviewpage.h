// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentsummary.h"
#include "operationspage.h"

class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace RouteDeck {

class GroupOverviewModel;

// What an on-call engineer sees first: "what is wrong now" in plain words, worst first, and one
// row per model group (requests/s, errors, p95 against its threshold, cooling, drift), and the
// busiest groups' requests/s over time.
class OverviewPage : public OperationsPage
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;

    GroupOverviewModel *groupModel() const { return m_model; }
    QTableView *groupTable() const { return m_table; }
    QStringList incidentTexts() const;
    TimeSeriesChart *requestsChart() const { return m_requestsChart; }

    static constexpr int kMaxChartedGroups = 8;

Q_SIGNALS:
    // Double click on a group row or an incident line of a group: show that group elsewhere.
    void groupActivated(const QString &group);

protected:
    void thresholdsChanged() override;
    void queryTextsChanged() override;

private:
    void showIncidents(const QList<IncidentLine> &lines);

    GroupOverviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QListWidget *m_incidents;
    QLabel *m_incidentsHeading = nullptr; // "What is wrong now", or in replay "What was wrong at 03:06:27"
    TimeSeriesChart *m_requestsChart;
    QList<IncidentLine> m_lines;
};

} // namespace RouteDeck
