// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationspage.h"
#include "querycatalog.h"

class QGridLayout;
class QLabel;

namespace RouteDeck {

// Extra panels the query catalog defines (proxy request rate, router overhead, event-loop delay...),
// one chart each; a panel whose series the endpoint does not export says so instead of drawing 0.
class ServiceHealthPage : public OperationsPage
{
    Q_OBJECT

public:
    explicit ServiceHealthPage(QWidget *parent = nullptr);

    void setPanels(const QList<QueryCatalog::Panel> &panels);
    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;
    int panelCount() const { return int(m_charts.size()); }
    TimeSeriesChart *chart(int index) const { return m_charts.value(index); }
    bool panelHasData(int index) const { return !m_charts.value(index)->isEmpty(); }

private:
    QList<QueryCatalog::Panel> m_panels;
    QList<TimeSeriesChart *> m_charts;
    QGridLayout *m_grid;
    QLabel *m_emptyLabel;
    QLabel *m_metricsProblem; // why there are no LiteLLM series (a refused scrape), while there are none
};

} // namespace RouteDeck
