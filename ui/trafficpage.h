// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationspage.h"

class QSortFilterProxyModel;
class QTableView;

namespace RouteDeck {

class GroupComboBox;
class SplitBar;
class TrafficTableModel;

// Is traffic split as configured? Per group: configured vs effective vs observed shares side by
// side, the drift table (highlighted past the threshold) and observed share over time, stacked.
class TrafficPage : public OperationsPage
{
    Q_OBJECT

public:
    explicit TrafficPage(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;
    // The navigator's "all groups" leaves the page on its group.
    void selectGroup(const QString &group) override;

    TrafficTableModel *trafficModel() const { return m_model; }
    QTableView *driftTable() const { return m_table; }
    SplitBar *splitBar() const { return m_splitBar; }
    TimeSeriesChart *shareChart() const { return m_chart; }

protected:
    void queryTextsChanged() override;
    void thresholdsChanged() override;

private:
    void showGroup();

    GroupComboBox *m_groups;
    SplitBar *m_splitBar;
    TrafficTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    TimeSeriesChart *m_chart;
    Snapshot m_snapshot;
    QStringList m_fittedTo; // the deployments the first column was last sized for
};

} // namespace RouteDeck
