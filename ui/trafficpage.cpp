// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficpage.h"
#include "groupcombobox.h"
#include "serieskeys.h"
#include "seriescolors.h"
#include "sharebardelegate.h"
#include "splitbar.h"
#include "traffictablemodel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace RouteDeck {

TrafficPage::TrafficPage(QWidget *parent)
    : OperationsPage(parent)
    , m_groups(new GroupComboBox(QString(), this))
    , m_splitBar(new SplitBar(this))
    , m_model(new TrafficTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chart(new TimeSeriesChart(this))
{
    setObjectName(QStringLiteral("trafficPage"));
    m_groups->setObjectName(QStringLiteral("trafficGroup"));
    connect(m_groups, &GroupComboBox::groupChanged, this, [this] {
        showGroup();
        Q_EMIT snapshotWanted();
    });

    m_splitBar->setObjectName(QStringLiteral("splitBar"));
    registerStaleAware(m_splitBar);

    m_table->setObjectName(QStringLiteral("driftTable"));
    setupTable(m_table, m_proxy, m_model, TrafficTableModel::SortRole);
    m_table->hideColumn(TrafficTableModel::GroupColumn);
    addTracesMenu(m_table, TrafficTableModel::DeploymentIdRole);
    for (int column : { TrafficTableModel::ConfiguredColumn, TrafficTableModel::EffectiveColumn, TrafficTableModel::ObservedColumn })
        m_table->setItemDelegateForColumn(column, new ShareBarDelegate(TrafficTableModel::ShareRole, m_table));

    m_chart->setObjectName(QStringLiteral("observedShareChart"));
    m_chart->setMode(TimeSeriesChart::Mode::StackedArea);
    m_chart->setValueFormat(tr("% of requests"), 0, tr(" %"));
    m_chart->setFixedValueRange(std::make_pair(0.0, 100.0));
    m_chart->setEmptyText(tr("No traffic in this time range"));
    registerStaleAware(m_chart);

    auto *top = createGroupRow(m_groups);
    top->addStretch();
    top->addWidget(createCsvButton(m_table, QStringLiteral("traffic")));
    auto *splitter = createSplitter(m_table, 2, m_chart, 3);

    contentLayout()->addLayout(top);
    contentLayout()->addWidget(m_splitBar);
    contentLayout()->addWidget(splitter, 1);
}

void TrafficPage::selectGroup(const QString &group)
{
    if (!group.isEmpty())
        setGroup(group);
}

void TrafficPage::queryTextsChanged()
{
    m_chart->setQueryText(queryText(QStringLiteral("requests")));
}

void TrafficPage::thresholdsChanged()
{
    m_model->setLimits(thresholds().limits);
}

void TrafficPage::setSnapshot(const Snapshot &snapshot, const SeriesStore &store)
{
    updateFreshness(snapshot);
    m_snapshot = snapshot;
    offerGroups(m_groups, snapshot);
    showGroup();

    const QString group = currentGroup();
    QList<TimeSeriesChart::Series> series;
    int index = 0;
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (d.group != group)
            continue;
        series.append({ d.id, chartPoints(store, SeriesKeys::observedShare(d.id), rangeFrom(), rangeTo(), m_chart->plotWidth(), 100),
                        SeriesColors::series(index++), false });
    }
    m_chart->setSeries(series);
}

void TrafficPage::showGroup()
{
    const QString group = currentGroup();
    m_model->setGroup(group);
    m_model->setSnapshot(m_snapshot);
    m_chart->setTitle(tr("Observed share over time — %1").arg(group));
    if (m_chart->seriesNames().isEmpty() || !m_snapshot.deployment(m_chart->seriesNames().constFirst())
        || m_snapshot.deployment(m_chart->seriesNames().constFirst())->group != group)
        m_chart->setSeries({});

    QStringList names;
    SplitBar::Bar configured { tr("Configured"), {} };
    SplitBar::Bar effective { tr("Effective"), {} };
    SplitBar::Bar observed { tr("Observed"), {} };
    for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments)) {
        if (d.group != group)
            continue;
        names.append(d.id);
        configured.shares.append(d.configuredShare);
        effective.shares.append(d.effectiveShare);
        observed.shares.append(d.observedShare);
    }
    m_splitBar->setData(names, { configured, effective, observed });
    if (names != m_fittedTo) { // measuring the names lays out their text: only when they changed
        m_table->resizeColumnToContents(TrafficTableModel::DeploymentColumn);
        m_fittedTo = names;
    }
    fitTableHeight(m_table);
}

} // namespace RouteDeck
