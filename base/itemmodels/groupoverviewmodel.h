// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedtablemodel.h"
#include "snapshot.h"
#include "viewthresholds.h"

namespace RouteDeck {

struct GroupOverviewRow
{
    QString group;
    double requestsPerSecond = kNoValue;
    double errorRatio = kNoValue;
    Quantile worstP95 {}; // the slowest deployment's p95
    QString worstP95Deployment {};
    double latencyThreshold = GroupLimits::kDefaultLatencySeconds;
    int deploymentCount = 0;
    int coolingCount = 0;
    int partialCount = 0;
    double driftPoints = kNoValue;
    double fallbacksPerSecond = kNoValue;
    Health health = Health::Unknown;
    QString healthReason {}; // the worst finding, in words
    bool hasVerdict = false; // enough requests in a LiveVerdict window: errors, p95 and drift judged
    QString evidence {}; // what the verdict rests on (LiveVerdict::evidence)

    QString key() const { return group; }
    bool sameAs(const GroupOverviewRow &other) const;
};

// The Overview page's table: one row per model group, with the health a navigator dot shows.
class GroupOverviewModel : public KeyedTableModel<GroupOverviewRow>
{
    Q_OBJECT

public:
    enum Column { GroupColumn, RequestsColumn, ErrorsColumn, P95Column, ThresholdColumn, CoolingColumn, DriftColumn,
                  FallbacksColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        GroupRole,
        HealthRole, // int(Health) of the row
        HighlightRole, // bool: this cell is past its threshold
    };

    explicit GroupOverviewModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    void setThresholds(const ViewThresholds &thresholds);
    const ViewThresholds &thresholds() const { return m_thresholds; }

    static QList<GroupOverviewRow> rowsFor(const Snapshot &snapshot, const ViewThresholds &thresholds);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    bool isHighlighted(const GroupOverviewRow &row, int column) const;
    QVariant displayData(const GroupOverviewRow &row, int column) const;
    QVariant sortData(const GroupOverviewRow &row, int column) const;

    Snapshot m_snapshot;
    ViewThresholds m_thresholds;
};

} // namespace RouteDeck
