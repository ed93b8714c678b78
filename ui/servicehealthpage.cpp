// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicehealthpage.h"

#include "seriescolors.h"
#include "serieskeys.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace RouteDeck {

ServiceHealthPage::ServiceHealthPage(QWidget *parent)
    : OperationsPage(parent)
    , m_grid(new QGridLayout)
    , m_emptyLabel(new QLabel(tr("The query catalog defines no service-health panels."), this))
    , m_metricsProblem(new QLabel(this))
{
    m_metricsProblem->setObjectName(QStringLiteral("metricsProblem"));
    m_metricsProblem->setWordWrap(true);
    m_metricsProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metricsProblem->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; font-weight: bold; padding: 4px; }"));
    m_metricsProblem->hide();
    contentLayout()->addWidget(m_metricsProblem);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    contentLayout()->addWidget(m_emptyLabel);
    contentLayout()->addLayout(m_grid, 1);
}

void ServiceHealthPage::setPanels(const QList<QueryCatalog::Panel> &panels)
{
    qDeleteAll(m_charts);
    m_charts.clear();
    m_panels = panels;
    for (int i = 0; i < panels.size(); ++i) {
        auto *chart = new TimeSeriesChart(this);
        chart->setTitle(panels.at(i).title);
        const QString &unit = panels.at(i).unit;
        chart->setValueFormat(unit, unit == QLatin1String("s") ? 3 : 2, unit.isEmpty() ? unit : QLatin1Char(' ') + unit);
        chart->setQueryText(panels.at(i).promql);
        chart->setEmptyText(tr("No series for this panel yet: the endpoint does not export it, or nothing has "
                               "happened that it counts.\n%1")
                                .arg(panels.at(i).promql));
        chart->setMinimumHeight(220);
        registerStaleAware(chart);
        m_grid->addWidget(chart, i / 2, i % 2);
        m_charts.append(chart);
    }
    m_emptyLabel->setVisible(panels.isEmpty());
}

void ServiceHealthPage::setSnapshot(const Snapshot &snapshot, const SeriesStore &store)
{
    updateFreshness(snapshot);
    m_metricsProblem->setText(snapshot.metricsProblem);
    m_metricsProblem->setVisible(!snapshot.metricsProblem.isEmpty());
    for (int i = 0; i < m_charts.size(); ++i) {
        TimeSeriesChart *chart = m_charts.at(i);
        QList<TimeSeriesChart::Series> series;
        const QStringList keys = store.keys(SeriesKeys::panelPrefix(i));
        for (int k = 0; k < keys.size(); ++k) {
            QString name = keys.at(k).mid(SeriesKeys::panelPrefix(i).size());
            if (name.isEmpty() || name == QLatin1String("{}"))
                name = m_panels.at(i).title;
            series.append({ name, chartPoints(store, keys.at(k), rangeFrom(), rangeTo(), chart->plotWidth()),
                            SeriesColors::series(k), false });
        }
        chart->setTimeRange(rangeFrom(), rangeTo());
        chart->setSeries(series);
    }
}

} // namespace RouteDeck
