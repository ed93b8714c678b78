// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpage.h"

#include "deploymenttablemodel.h"
#include "sharebardelegate.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace RouteDeck {

ConfigPage::ConfigPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new DeploymentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_groupFilter(new QComboBox(this))
    , m_summary(new QLabel(tr("No config to show: open a LiteLLM config file (File › Open Config…), or connect to a router "
                              "to list its deployments."),
                           this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeploymentTableModel::SortRole);
    m_proxy->setFilterRole(DeploymentTableModel::GroupRole);
    m_proxy->setFilterKeyColumn(DeploymentTableModel::GroupColumn);

    m_table->setObjectName(QStringLiteral("deploymentTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(DeploymentTableModel::ShareColumn,
                                      new ShareBarDelegate(DeploymentTableModel::ShareRole, m_table));

    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setAccessibleName(tr("Model group"));
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents); // filled after it is first shown
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, &ConfigPage::applyGroupFilter);

    auto *filterRow = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Model group:"), this);
    groupLabel->setBuddy(m_groupFilter);
    filterRow->addWidget(groupLabel);
    filterRow->addWidget(m_groupFilter);
    filterRow->addStretch();
    filterRow->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);
}

void ConfigPage::setConfig(const RouterConfig &config)
{
    m_showsFile = true;
    showDeployments(config);
    m_summary->setText(countsText(config) + QStringLiteral(" · ")
                       + tr("strategy %1, %2 retries, cooldown %3 s")
                             .arg(config.settings.routingStrategy,
                                  QString::number(config.settings.effectiveNumRetries()),
                                  QString::number(config.settings.effectiveCooldown())));
}

void ConfigPage::setRouterDeployments(const QList<Deployment> &deployments, const QString &router)
{
    if (m_showsFile)
        return;
    RouterConfig config;
    config.deployments = deployments;
    showDeployments(config);
    // Only the deployments: the router's own settings are not read here, so none are claimed.
    m_summary->setText(deployments.isEmpty()
                           ? tr("Waiting for %1 to list its deployments…").arg(router)
                           : countsText(config) + QStringLiteral(" · ") + tr("as %1 lists them").arg(router));
}

QString ConfigPage::countsText(const RouterConfig &config)
{
    return tr("%n deployment(s)", nullptr, int(config.deployments.size())) + QStringLiteral(" · ")
        + tr("%n model group(s)", nullptr, int(config.groupNames().size()));
}

QString ConfigPage::summary() const
{
    return m_summary->text();
}

void ConfigPage::showDeployments(const RouterConfig &config)
{
    m_model->setConfig(config);

    const QString current = m_groupFilter->currentData().toString();
    const QStringList groups = config.groupNames();
    {
        const QSignalBlocker blocker(m_groupFilter);
        m_groupFilter->clear();
        m_groupFilter->addItem(tr("All groups"), QString());
        for (const QString &group : groups)
            m_groupFilter->addItem(group, group);
        m_groupFilter->setCurrentIndex(std::max(0, m_groupFilter->findData(current)));
    }
    applyGroupFilter();
    WidgetSupport::fitColumnsToContents(m_table);
}

void ConfigPage::applyGroupFilter()
{
    const QString group = m_groupFilter->currentData().toString();
    m_proxy->setFilterRegularExpression(
        group.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(group)));
}

} // namespace RouteDeck
