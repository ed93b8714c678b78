// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertpolicy.h"
#include "groupfilteredtablemodel.h"
#include "snapshot.h"

#include <optional>

namespace RouteDeck {

struct TrafficRow
{
    QString id;
    QString group;
    double configuredShare = 0;
    double effectiveShare = 0;
    double observedShare = kNoValue;
    double driftPoints = kNoValue; // flagged drift (DeploymentSnapshot::driftPoints); NaN without a verdict
    double requestsPerSecond = kNoValue;
    CooldownState state = CooldownState::Unknown;

    QString key() const { return id; }
    bool sameAs(const TrafficRow &other) const;
};

// The Traffic page's drift table: per deployment of one group (or of all groups), configured,
// effective and observed shares and the drift between observed and effective.
class TrafficTableModel : public GroupFilteredTableModel<TrafficRow>
{
    Q_OBJECT

public:
    enum Column { DeploymentColumn, GroupColumn, ConfiguredColumn, EffectiveColumn, ObservedColumn, DriftColumn,
                  RequestsColumn, StateColumn, ColumnCount };
    enum Role {
        ShareRole = FirstTableRole, // double in [0, 1] for the share columns (ShareBarDelegate)
        HighlightRole, // bool: drift past the threshold
    };

    explicit TrafficTableModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    // Each group's drift line (GroupLimits::driftPoints): a flagged drift as large is highlighted.
    void setLimits(const GroupLimitTable &limits);

    bool isHighlighted(const TrafficRow &row) const;
    // What the drift test saw for the row's deployment (LiveVerdict::driftEvidence), from the latest
    // snapshot: written when a tooltip asks, not for every row of every refresh.
    QString driftEvidence(const TrafficRow &row) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    Snapshot m_snapshot; // the latest, for driftEvidence()
    // The share a share column shows; std::nullopt for the other columns.
    static std::optional<double> shareOf(const TrafficRow &row, int column);
    QVariant displayData(const TrafficRow &row, int column) const;
    QVariant sortData(const TrafficRow &row, int column) const;

    GroupLimitTable m_limits;
};

} // namespace RouteDeck
