// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationspage.h"

class QGridLayout;
class QSortFilterProxyModel;
class QTableView;

namespace RouteDeck {

class GroupComboBox;
class OutcomeTableModel;

// Are errors isolated to one deployment or systemic? Per deployment of a group: how calls ended
// (success / timeout / rate_limit / api_error / other) over time as stacked rates, 429 in the
// loudest colour, and the table of current ratios with rate limits and errors highlighted.
// The charts follow the table's selection (at most kMaxCharts), else its first rows.
class OutcomesPage : public OperationsPage
{
    Q_OBJECT

public:
    static constexpr int kMaxCharts = 6;

    explicit OutcomesPage(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;

    OutcomeTableModel *outcomeModel() const { return m_model; }
    QTableView *outcomeTable() const { return m_table; }
    QList<TimeSeriesChart *> charts() const { return m_charts; }
    QStringList chartedDeployments() const;

protected:
    void queryTextsChanged() override;
    void thresholdsChanged() override;

private:
    QStringList deploymentsToChart() const;
    TimeSeriesChart *chartAt(int index);

    GroupComboBox *m_groups;
    OutcomeTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QWidget *m_chartArea;
    QGridLayout *m_chartGrid;
    QList<TimeSeriesChart *> m_charts;
    QStringList m_charted;
};

} // namespace RouteDeck
