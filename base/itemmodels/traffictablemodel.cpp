// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffictablemodel.h"

#include "liveverdict.h"
#include "viewformat.h"

#include <cmath>

namespace RouteDeck {

bool TrafficRow::sameAs(const TrafficRow &o) const
{
    using F = ViewFormat;
    return id == o.id && group == o.group && F::same(configuredShare, o.configuredShare)
        && F::same(effectiveShare, o.effectiveShare) && F::same(observedShare, o.observedShare)
        && F::same(driftPoints, o.driftPoints) && F::same(requestsPerSecond, o.requestsPerSecond) && state == o.state;
}

TrafficTableModel::TrafficTableModel(QObject *parent)
    : GroupFilteredTableModel<TrafficRow>(parent)
{
}

void TrafficTableModel::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    QList<TrafficRow> rows;
    rows.reserve(snapshot.deployments.size());
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        rows.append({ .id = d.id, .group = d.group, .configuredShare = d.configuredShare,
            .effectiveShare = d.effectiveShare, .observedShare = d.observedShare, .driftPoints = d.driftPoints(),
            .requestsPerSecond = d.requestsPerSecond, .state = d.state });
    }
    setAllRows(rows);
}

QString TrafficTableModel::driftEvidence(const TrafficRow &row) const
{
    const DeploymentSnapshot *deployment = m_snapshot.deployment(row.id);
    const GroupSnapshot *group = m_snapshot.group(row.group);
    return deployment && group ? LiveVerdict::driftEvidence(*deployment, *group) : QString();
}

void TrafficTableModel::setLimits(const GroupLimitTable &limits)
{
    if (limits == m_limits)
        return;
    m_limits = limits;
    emitAllDataChanged();
}

bool TrafficTableModel::isHighlighted(const TrafficRow &row) const
{
    return std::isfinite(row.driftPoints) && std::abs(row.driftPoints) >= m_limits.of(row.group).driftPoints;
}

int TrafficTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> TrafficTableModel::shareOf(const TrafficRow &row, int column)
{
    switch (column) {
    case ConfiguredColumn:
        return row.configuredShare;
    case EffectiveColumn:
        return row.effectiveShare;
    case ObservedColumn:
        return row.observedShare;
    default:
        return std::nullopt;
    }
}

QVariant TrafficTableModel::displayData(const TrafficRow &row, int column) const
{
    switch (column) {
    case DeploymentColumn:
        return row.id;
    case GroupColumn:
        return row.group;
    case ConfiguredColumn:
        return ViewFormat::percent(row.configuredShare);
    case EffectiveColumn:
        return ViewFormat::percent(row.effectiveShare);
    case ObservedColumn:
        return std::isfinite(row.observedShare) ? ViewFormat::percent(row.observedShare) : tr("no traffic");
    case DriftColumn:
        return ViewFormat::points(row.driftPoints);
    case RequestsColumn:
        return ViewFormat::rate(row.requestsPerSecond);
    case StateColumn:
        return cooldownStateName(row.state);
    default:
        return {};
    }
}

// Numbers as numbers: a missing one sorts below every other.
QVariant TrafficTableModel::sortData(const TrafficRow &row, int column) const
{
    const auto number = [](double v) { return std::isfinite(v) ? v : -1e9; };
    switch (column) {
    case ObservedColumn:
        return number(row.observedShare);
    case DriftColumn:
        return number(row.driftPoints);
    case RequestsColumn:
        return number(row.requestsPerSecond);
    case StateColumn:
        return int(row.state);
    default:
        if (const std::optional<double> share = shareOf(row, column)) // the configured and effective share
            return *share;
        return displayData(row, column);
    }
}

QVariant TrafficTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrafficRow &row = rows().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case ConfiguredColumn:
            return tr("Share by the configured weights");
        case EffectiveColumn:
            return tr("Configured share renormalised over the deployments not cooling: what the router should do now");
        case ObservedColumn:
            return tr("Share of the group's requests this deployment answered in the rate window");
        case DriftColumn:
            return isHighlighted(row) ? tr("Judged share is %1 away from the effective share (threshold %2 pp): %3")
                                            .arg(ViewFormat::points(row.driftPoints), QString::number(m_limits.of(row.group).driftPoints),
                                                driftEvidence(row))
                                      : tr("Judged minus effective share, shown when it is more than chance: %1")
                                            .arg(driftEvidence(row));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == DeploymentColumn || column == GroupColumn || column == StateColumn
            ? QVariant()
            : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return column == DriftColumn && isHighlighted(row) ? QVariant::fromValue(ViewFormat::highlightBackground())
                                                           : QVariant();
    case SortRole:
        return sortData(row, column);
    case DeploymentIdRole:
        return row.id;
    case ShareRole:
        if (const std::optional<double> share = shareOf(row, column))
            return *share;
        return {};
    case HighlightRole:
        return isHighlighted(row);
    default:
        return {};
    }
}

QStringList TrafficTableModel::columnTitles() const
{
    return { tr("Deployment"), tr("Group"), tr("Configured"), tr("Effective"), tr("Observed"), tr("Drift"),
             tr("Requests/s"), tr("State") };
}

} // namespace RouteDeck
