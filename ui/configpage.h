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

// Groups and deployments of one router config, with configured shares: a config file opened, else the
// deployments of the router the console is connected to.
class ConfigPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigPage(QWidget *parent = nullptr);

    // A config file as read, router settings included. Shown from now on, also while connected.
    void setConfig(const RouterConfig &config);
    // The deployments `router` lists (its /model/info; none yet: waiting for its answer). Shown while no
    // config file was opened.
    void setRouterDeployments(const QList<Deployment> &deployments, const QString &router);
    bool showsFile() const { return m_showsFile; }
    QString summary() const;
    DeploymentTableModel *deploymentModel() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void showDeployments(const RouterConfig &config);
    static QString countsText(const RouterConfig &config); // "7 deployment(s) · 3 model group(s)"
    void applyGroupFilter();

    DeploymentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_groupFilter;
    QLabel *m_summary;
    bool m_showsFile = false;
};

} // namespace RouteDeck
