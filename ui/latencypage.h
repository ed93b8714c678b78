// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationspage.h"

class QDoubleSpinBox;

namespace RouteDeck {

class GroupComboBox;

// Is latency degrading anywhere? p50, p95 and p99 per deployment of a group over time, with the
// group's threshold (default 3.5 s, editable here) as a line, "at least" markers where a quantile
// sits in the largest finite bucket, and gaps where there was no traffic.
class LatencyPage : public OperationsPage
{
    Q_OBJECT

public:
    explicit LatencyPage(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;

    TimeSeriesChart *chart(int quantile) const; // 50, 95 or 99
    QDoubleSpinBox *thresholdSpinBox() const { return m_threshold; }

Q_SIGNALS:
    // The user edited a group's threshold; the window hands these to the other pages.
    void thresholdsEdited(const ViewThresholds &thresholds);

protected:
    void queryTextsChanged() override;
    void thresholdsChanged() override;

private:
    void showThreshold();
    void editThreshold(double seconds);

    GroupComboBox *m_groups;
    QDoubleSpinBox *m_threshold;
    QList<std::pair<int, TimeSeriesChart *>> m_charts;
};

} // namespace RouteDeck
