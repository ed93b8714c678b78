// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooldowntablemodel.h"
#include "serieskeys.h"
#include "viewformat.h"

#include <QLocale>

#include <cmath>

namespace RouteDeck {

bool CooldownRow::sameAs(const CooldownRow &o) const
{
    return id == o.id && group == o.group && state == o.state && reasonCode == o.reasonCode && reason == o.reason
        && since == o.since
        && timeInState == o.timeInState && ViewFormat::same(remainingRequests, o.remainingRequests);
}

CooldownTableModel::CooldownTableModel(QObject *parent)
    : GroupFilteredTableModel<CooldownRow>(parent)
{
}

QList<CooldownRow> CooldownTableModel::rowsFor(const Snapshot &snapshot, const SeriesStore &store, const QString &group,
                                               StateRunTracker *runs)
{
    QList<CooldownRow> rows;
    rows.reserve(snapshot.deployments.size());
    const qint64 now = snapshot.time.isValid() ? snapshot.time.toMSecsSinceEpoch() : 0;
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (!group.isEmpty() && d.group != group)
            continue;
        CooldownRow row { .id = d.id, .group = d.group, .state = d.state, .reasonCode = d.cooldownReason.toInt(),
            .reason = d.cooldownReason, .remainingRequests = d.remainingRequests };
        if (d.lastCooldownAt.isValid())
            row.lastCooldown = d.lastCooldownAt.toMSecsSinceEpoch();
        row.idleSinceCooldown = row.lastCooldown && !d.isCooling() && d.requestsPerSecond == 0;
        // The history only counts when it agrees with the snapshot's state at the snapshot's time.
        row.since = runs ? runs->since(store, d.id, d.state, now) : CooldownTimeline::stateSinceAt(store, d.id, d.state, now);
        if (row.since && now >= *row.since)
            row.timeInState = now - *row.since;
        rows.append(row);
    }
    return rows;
}

// "03:06:27 (429)", and what is known after it: LiteLLM's state gauge keeps its 2 after a cooldown, so
// a deployment that gets no traffic since has nothing newer to report.
QString CooldownTableModel::lastCooldownText(const CooldownRow &row)
{
    if (!row.lastCooldown)
        return QString();
    QString text = ViewFormat::clock(*row.lastCooldown);
    if (!row.reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(row.reason);
    if (row.idleSinceCooldown)
        text += tr("; no traffic since");
    return text;
}

CooldownReasonKind CooldownTableModel::reasonKindOf(const CooldownRow &row)
{
    if (row.state != CooldownState::Cooling && row.state != CooldownState::Partial)
        return CooldownReasonKind::None;
    return CooldownTimeline::reasonKind(row.reasonCode);
}

void CooldownTableModel::setSnapshot(const Snapshot &snapshot, const SeriesStore &store)
{
    setAllRows(rowsFor(snapshot, store, QString(), &m_runs)); // every group's, so a group switch needs no store
}

int CooldownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CooldownTableModel::displayData(const CooldownRow &row, int column) const
{
    const bool down = row.state == CooldownState::Cooling || row.state == CooldownState::Partial;
    switch (column) {
    case DeploymentColumn:
        return row.id;
    case GroupColumn:
        return row.group;
    case StateColumn:
        return cooldownStateName(row.state);
    case ReasonColumn:
        if (!down)
            return QString();
        return row.reason.isEmpty() ? CooldownTimeline::reasonText(0) : row.reason;
    case SinceColumn:
        return row.since ? ViewFormat::clock(*row.since) : QString();
    case TimeInStateColumn:
        return row.timeInState >= 0 ? ViewFormat::duration(row.timeInState) : QString();
    case HeadroomColumn:
        return std::isfinite(row.remainingRequests) ? QLocale().toString(row.remainingRequests, 'f', 0) : QString();
    case LastCooldownColumn:
        return lastCooldownText(row);
    default:
        return {};
    }
}

QVariant CooldownTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CooldownRow &row = rows().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == ReasonColumn && reasonKindOf(row) != CooldownReasonKind::None)
            return CooldownTimeline::reasonKindName(reasonKindOf(row));
        if (column == HeadroomColumn)
            return tr("Requests left in the provider's current rate-limit window");
        if (column == SinceColumn && !row.since)
            return tr("No history of this state yet");
        return {};
    case Qt::TextAlignmentRole:
        return column == TimeInStateColumn || column == HeadroomColumn || column == SinceColumn
            ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::BackgroundRole:
        return row.state == CooldownState::Cooling && (column == StateColumn || column == ReasonColumn)
            ? QVariant::fromValue(ViewFormat::highlightBackground())
            : QVariant();
    case SortRole:
        switch (column) {
        case StateColumn:
            return int(row.state);
        case ReasonColumn:
            return row.reasonCode;
        case SinceColumn:
            return row.since.value_or(-1);
        case TimeInStateColumn:
            return row.timeInState;
        case HeadroomColumn:
            return std::isfinite(row.remainingRequests) ? row.remainingRequests : -1.0;
        case LastCooldownColumn:
            return row.lastCooldown.value_or(-1);
        default:
            return displayData(row, column);
        }
    case DeploymentIdRole:
        return row.id;
    case StateRole:
        return int(row.state);
    case ReasonKindRole:
        return int(reasonKindOf(row));
    case HighlightRole:
        return row.state == CooldownState::Cooling;
    default:
        return {};
    }
}

QStringList CooldownTableModel::columnTitles() const
{
    return { tr("Deployment"), tr("Group"), tr("State"), tr("Reason"), tr("Since"), tr("Time in state"),
             tr("Headroom (requests)"), tr("Last cooldown") };
}

} // namespace RouteDeck
