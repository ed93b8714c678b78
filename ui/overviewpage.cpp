// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"
#include "groupoverviewmodel.h"
#include "serieskeys.h"
#include "seriescolors.h"
#include "viewformat.h"
#include "widgetsupport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace RouteDeck {

namespace {
Health healthOf(IncidentLine::Severity severity)
{
    switch (severity) {
    case IncidentLine::Severity::Critical:
        return Health::Critical;
    case IncidentLine::Severity::Error:
        return Health::Error;
    case IncidentLine::Severity::Warning:
        return Health::Warning;
    case IncidentLine::Severity::Ok:
        return Health::Ok;
    case IncidentLine::Severity::Notice:
        return Health::Unknown;
    }
    return Health::Unknown;
}

QIcon severityDot(IncidentLine::Severity severity, int size)
{
    return WidgetSupport::dot(healthColor(healthOf(severity)), size);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : OperationsPage(parent)
    , m_model(new GroupOverviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_incidents(new QListWidget(this))
    , m_requestsChart(new TimeSeriesChart(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_table->setObjectName(QStringLiteral("groupTable"));
    setupTable(m_table, m_proxy, m_model, GroupOverviewModel::SortRole);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT groupActivated(index.data(GroupOverviewModel::GroupRole).toString());
    });

    m_incidents->setObjectName(QStringLiteral("incidentList"));
    m_incidents->setAccessibleName(tr("What is wrong now"));
    // One line each, all the same height: the list then lays out without measuring every line's text
    // (a refresh of 1,000 deployments can bring a hundred). A line too long for the page ends in "…";
    // its tooltip has all of it.
    m_incidents->setUniformItemSizes(true);
    m_incidents->setTextElideMode(Qt::ElideRight);
    m_incidents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incidents->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
    m_incidents->setSpacing(2);
    registerStaleAware(m_incidents);
    connect(m_incidents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString group = item->data(Qt::UserRole).toString();
        if (!group.isEmpty())
            Q_EMIT groupActivated(group);
    });

    m_requestsChart->setObjectName(QStringLiteral("groupRequestsChart"));
    m_requestsChart->setTitle(tr("Requests/s by model group"));
    m_requestsChart->setValueFormat(tr("requests/s"), 1, tr("/s"));
    m_requestsChart->setEmptyText(tr("No traffic in this time range"));
    registerStaleAware(m_requestsChart);

    auto *tableHeader = new QHBoxLayout;
    tableHeader->addWidget(heading(tr("Model groups"), this));
    tableHeader->addStretch();
    tableHeader->addWidget(createCsvButton(m_table, QStringLiteral("groups")));

    m_incidentsHeading = heading(tr("What is wrong now"), this);
    contentLayout()->addWidget(m_incidentsHeading);
    contentLayout()->addWidget(m_incidents);
    contentLayout()->addLayout(tableHeader);
    contentLayout()->addWidget(m_table, 2); // up to the height its rows need (fitTableHeight)
    contentLayout()->addWidget(m_requestsChart, 1);
}

void OverviewPage::setSnapshot(const Snapshot &snapshot, const SeriesStore &store)
{
    updateFreshness(snapshot);
    m_incidentsHeading->setText(snapshot.isReplay() ? tr("What was wrong at %1").arg(ViewFormat::moment(snapshot.time))
                                                    : tr("What is wrong now"));
    m_model->setThresholds(thresholds());
    m_model->setSnapshot(snapshot);
    showIncidents(IncidentSummary::lines(snapshot, store, thresholds()));
    fitColumns(m_table);
    fitTableHeight(m_table, 3);

    QList<const GroupSnapshot *> busiest;
    for (const GroupSnapshot &g : snapshot.groups)
        busiest.append(&g);
    const auto rps = [](const GroupSnapshot *g) { return std::isfinite(g->requestsPerSecond) ? g->requestsPerSecond : -1.0; };
    std::stable_sort(busiest.begin(), busiest.end(), [&](const GroupSnapshot *a, const GroupSnapshot *b) { return rps(a) > rps(b); });
    QList<TimeSeriesChart::Series> series;
    for (qsizetype i = 0; i < std::min<qsizetype>(busiest.size(), kMaxChartedGroups); ++i) {
        const QString &name = busiest.at(i)->name;
        series.append({ name, chartPoints(store, SeriesKeys::groupRequestsPerSecond(name), rangeFrom(), rangeTo(),
                                          m_requestsChart->plotWidth()),
                        SeriesColors::series(int(i)), false });
    }
    m_requestsChart->setSeries(series);
}

void OverviewPage::queryTextsChanged()
{
    m_requestsChart->setQueryText(queryText(QStringLiteral("requests")));
}

void OverviewPage::thresholdsChanged()
{
    m_model->setThresholds(thresholds());
}

void OverviewPage::showIncidents(const QList<IncidentLine> &lines)
{
    if (lines == m_lines)
        return; // unchanged: keep the selection and scroll position
    m_lines = lines;
    const int iconSize = fontMetrics().height();
    const auto fitHeight = qScopeGuard([this] {
        const int line = fontMetrics().height() + 2 * m_incidents->spacing();
        const int row = m_incidents->count() > 0 ? m_incidents->sizeHintForRow(0) + 2 * m_incidents->spacing() : line;
        const int height = 2 * m_incidents->frameWidth() + 4 + int(std::min(m_incidents->count(), 12)) * row;
        m_incidents->setFixedHeight(std::clamp(height, 3 * line, 12 * line));
    });
    m_incidents->clear();
    for (const IncidentLine &line : lines) {
        auto *item = new QListWidgetItem(severityDot(line.severity, iconSize), line.text, m_incidents);
        item->setData(Qt::UserRole, line.group);
        item->setToolTip(line.group.isEmpty() ? line.text : tr("%1\nDouble-click to show the group").arg(line.text));
        if (line.severity == IncidentLine::Severity::Critical || line.severity == IncidentLine::Severity::Error) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
}

QStringList OverviewPage::incidentTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_incidents->count(); ++i)
        texts.append(m_incidents->item(i)->text());
    return texts;
}

} // namespace RouteDeck
