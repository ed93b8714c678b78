// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace RouteDeck {

class DeploymentTableModel;

// Groups and deployments of one router config, with configured shares.
class ConfigPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigPage(QWidget *parent = nullptr);

    void setConfig(const RouterConfig &config);
    DeploymentTableModel *deploymentModel() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void applyGroupFilter();

    DeploymentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_groupFilter;
    QLabel *m_summary;
};

} // namespace RouteDeck
