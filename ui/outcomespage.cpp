// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomespage.h"
#include "groupcombobox.h"
#include "outcometablemodel.h"
#include "serieskeys.h"
#include "seriescolors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace RouteDeck {

OutcomesPage::OutcomesPage(QWidget *parent)
    : OperationsPage(parent)
    , m_groups(new GroupComboBox(QString(), this))
    , m_model(new OutcomeTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chartArea(new QWidget(this))
    , m_chartGrid(new QGridLayout(m_chartArea))
{
    setObjectName(QStringLiteral("outcomesPage"));
    m_groups->setObjectName(QStringLiteral("outcomesGroup"));
    connect(m_groups, &GroupComboBox::groupChanged, this, [this](const QString &group) {
        m_model->setGroup(group);
        for (TimeSeriesChart *chart : std::as_const(m_charts))
            chart->hide();
        Q_EMIT snapshotWanted();
    });

    m_table->setObjectName(QStringLiteral("outcomeTable"));
    setupTable(m_table, m_proxy, m_model, OutcomeTableModel::SortRole);
    m_table->hideColumn(OutcomeTableModel::GroupColumn);
    addTracesMenu(m_table, OutcomeTableModel::DeploymentIdRole);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (deploymentsToChart() != m_charted)
            Q_EMIT snapshotWanted();
    });
    m_chartGrid->setContentsMargins(0, 0, 0, 0);

    auto *top = createGroupRow(m_groups);
    top->addStretch();
    top->addWidget(createCsvButton(m_table, QStringLiteral("outcomes")));
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(createSplitter(m_table, 1, m_chartArea, 3), 1);
}

void OutcomesPage::queryTextsChanged()
{
    for (TimeSeriesChart *chart : std::as_const(m_charts))
        chart->setQueryText(queryText(QStringLiteral("outcomes")));
}

void OutcomesPage::thresholdsChanged()
{
    m_model->setThresholds(thresholds());
}

QStringList OutcomesPage::chartedDeployments() const
{
    return m_charted;
}

QStringList OutcomesPage::deploymentsToChart() const
{
    QStringList ids;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        ids.append(index.data(OutcomeTableModel::DeploymentIdRole).toString());
    if (ids.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, 0).data(OutcomeTableModel::DeploymentIdRole).toString());
    }
    return ids.mid(0, kMaxCharts);
}

TimeSeriesChart *OutcomesPage::chartAt(int index)
{
    while (m_charts.size() <= index) {
        auto *chart = new TimeSeriesChart(m_chartArea);
        chart->setObjectName(QStringLiteral("outcomeChart%1").arg(m_charts.size()));
        chart->setMode(TimeSeriesChart::Mode::StackedArea);
        chart->setValueFormat(tr("calls/s"), 2, tr("/s"));
        chart->setEmptyText(tr("No calls in this time range"));
        chart->setQueryText(queryText(QStringLiteral("outcomes")));
        registerStaleAware(chart);
        m_charts.append(chart);
    }
    return m_charts.at(index);
}

void OutcomesPage::setSnapshot(const Snapshot &snapshot, const SeriesStore &store)
{
    updateFreshness(snapshot);
    offerGroups(m_groups, snapshot);
    m_model->setThresholds(thresholds());
    m_model->setGroup(currentGroup());
    m_model->setSnapshot(snapshot);

    m_charted = deploymentsToChart();
    const int columns = m_charted.size() > 4 ? 3 : m_charted.size() > 1 ? 2 : 1;
    for (int i = 0; i < m_charted.size(); ++i) {
        const QString &id = m_charted.at(i);
        TimeSeriesChart *chart = chartAt(i);
        chart->setTitle(tr("Outcomes — %1").arg(id));
        QList<TimeSeriesChart::Series> series;
        for (int o = 0; o < kOutcomeCount; ++o) {
            const Outcome outcome = Outcome(o);
            series.append({ outcomeName(outcome),
                            chartPoints(store, SeriesKeys::outcomeRate(outcome, id), rangeFrom(), rangeTo(), chart->plotWidth()),
                            SeriesColors::outcome(outcome), outcome == Outcome::RateLimit });
        }
        chart->setSeries(series);
        // The last chart takes the rest of its row.
        const int span = i == m_charted.size() - 1 ? columns - i % columns : 1;
        const int place = (i * 10 + columns) * 10 + span;
        if (m_chartGrid->indexOf(chart) < 0 || chart->property("gridIndex").toInt() != place) {
            m_chartGrid->removeWidget(chart);
            m_chartGrid->addWidget(chart, i / columns, i % columns, 1, span);
            chart->setProperty("gridIndex", place);
        }
        chart->show();
    }
    for (qsizetype i = m_charted.size(); i < m_charts.size(); ++i)
        m_charts.at(i)->hide();
    // Equal columns and rows, and nothing for a column or row left empty: with two columns the third
    // chart used to share its width with a stale column and was squeezed into a sliver.
    const int rows = columns > 0 ? int((m_charted.size() + columns - 1) / columns) : 0;
    for (int c = 0; c < 3; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < m_chartGrid->rowCount(); ++r)
        m_chartGrid->setRowStretch(r, r < rows ? 1 : 0);
    fitColumns(m_table);
    fitTableHeight(m_table);
}

} // namespace RouteDeck
