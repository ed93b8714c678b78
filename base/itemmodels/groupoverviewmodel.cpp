// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupoverviewmodel.h"

#include "liveverdict.h"
#include "viewformat.h"

#include <QLocale>

#include <cmath>

namespace RouteDeck {

bool GroupOverviewRow::sameAs(const GroupOverviewRow &o) const
{
    using F = ViewFormat;
    return group == o.group && F::same(requestsPerSecond, o.requestsPerSecond) && F::same(errorRatio, o.errorRatio)
        && F::same(worstP95.seconds, o.worstP95.seconds) && worstP95.atLeast == o.worstP95.atLeast
        && worstP95Deployment == o.worstP95Deployment && F::same(latencyThreshold, o.latencyThreshold)
        && deploymentCount == o.deploymentCount && coolingCount == o.coolingCount && partialCount == o.partialCount
        && F::same(driftPoints, o.driftPoints) && F::same(fallbacksPerSecond, o.fallbacksPerSecond)
        && health == o.health && healthReason == o.healthReason && hasVerdict == o.hasVerdict && evidence == o.evidence;
}

GroupOverviewModel::GroupOverviewModel(QObject *parent)
    : KeyedTableModel<GroupOverviewRow>(parent)
{
}

QList<GroupOverviewRow> GroupOverviewModel::rowsFor(const Snapshot &snapshot, const ViewThresholds &thresholds)
{
    QHash<QString, QList<const DeploymentSnapshot *>> members;
    for (const DeploymentSnapshot &d : snapshot.deployments)
        members[d.group].append(&d);

    QList<GroupOverviewRow> rows;
    rows.reserve(snapshot.groups.size());
    for (const GroupSnapshot &g : snapshot.groups) {
        // Judged figures (LiveVerdict) where the group has enough requests; the rate window's otherwise,
        // shown without a verdict.
        const bool traffic = g.hasVerdict();
        GroupOverviewRow row { .group = g.name, .requestsPerSecond = g.requestsPerSecond,
            .errorRatio = traffic ? g.judgedErrorRatio : g.errorRatio, .latencyThreshold = thresholds.latencySeconds(g.name),
            .deploymentCount = g.deploymentCount, .coolingCount = g.coolingCount, .driftPoints = g.maxDriftPoints,
            .fallbacksPerSecond = g.fallbacksPerSecond, .hasVerdict = traffic, .evidence = LiveVerdict::evidence(g) };
        for (const DeploymentSnapshot *d : members.value(g.name)) {
            if (d->state == CooldownState::Partial)
                ++row.partialCount;
            const Quantile &p95 = traffic ? d->judgedP95 : d->p95;
            if (p95.hasValue() && (!row.worstP95.hasValue() || p95.seconds > row.worstP95.seconds)) {
                row.worstP95 = p95;
                row.worstP95Deployment = d->id;
            }
        }

        const auto flag = [&row](Health health, const QString &reason) {
            if (health < row.health) { // Health is ordered worst first
                row.health = health;
                row.healthReason = reason;
            }
        };
        if (traffic)
            flag(Health::Ok, GroupOverviewModel::tr("Nothing is wrong, %1").arg(row.evidence));
        else if (row.coolingCount > 0)
            flag(Health::Ok, GroupOverviewModel::tr("Nothing is wrong"));
        else
            row.healthReason = row.evidence; // Unknown: not enough traffic for a verdict
        if (row.deploymentCount > 0 && row.coolingCount >= row.deploymentCount)
            flag(Health::Critical, GroupOverviewModel::tr("every deployment is cooling"));
        if (traffic && row.errorRatio >= thresholds.criticalErrorRatio)
            flag(Health::Critical, GroupOverviewModel::tr("%1 of calls fail").arg(ViewFormat::wholePercent(row.errorRatio)));
        if (row.coolingCount > 0)
            flag(Health::Error, GroupOverviewModel::tr("%n deployment(s) cooling", nullptr, row.coolingCount));
        if (traffic && row.errorRatio >= thresholds.of(row.group).errorRatio)
            flag(Health::Warning, GroupOverviewModel::tr("%1 of calls fail").arg(ViewFormat::wholePercent(row.errorRatio)));
        if (traffic && row.worstP95.hasValue() && row.worstP95.seconds > row.latencyThreshold)
            flag(Health::Warning, GroupOverviewModel::tr("p95 over %1 on %2")
                                      .arg(ViewFormat::seconds(row.latencyThreshold), row.worstP95Deployment));
        if (row.partialCount > 0)
            flag(Health::Warning, GroupOverviewModel::tr("%n deployment(s) in partial outage", nullptr, row.partialCount));
        if (traffic && row.driftPoints >= thresholds.of(row.group).driftPoints)
            flag(Health::Warning, GroupOverviewModel::tr("traffic drifts %1 from its split")
                                      .arg(ViewFormat::points(row.driftPoints)));
        if (row.fallbacksPerSecond > 0)
            flag(Health::Warning, GroupOverviewModel::tr("%1 calls fall back").arg(ViewFormat::rate(row.fallbacksPerSecond)));
        rows.append(row);
    }
    return rows;
}

void GroupOverviewModel::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    mergeRows(rowsFor(m_snapshot, m_thresholds));
}

void GroupOverviewModel::setThresholds(const ViewThresholds &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    mergeRows(rowsFor(m_snapshot, m_thresholds));
}

int GroupOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool GroupOverviewModel::isHighlighted(const GroupOverviewRow &row, int column) const
{
    const bool traffic = row.hasVerdict;
    switch (column) {
    case ErrorsColumn:
        return traffic && row.errorRatio >= m_thresholds.of(row.group).errorRatio;
    case P95Column:
        return traffic && row.worstP95.hasValue() && row.worstP95.seconds > row.latencyThreshold;
    case CoolingColumn:
        return row.coolingCount > 0;
    case DriftColumn:
        return traffic && row.driftPoints >= m_thresholds.of(row.group).driftPoints;
    case FallbacksColumn:
        return row.fallbacksPerSecond > 0;
    default:
        return false;
    }
}

QVariant GroupOverviewModel::displayData(const GroupOverviewRow &row, int column) const
{
    switch (column) {
    case GroupColumn:
        return row.group;
    case RequestsColumn:
        return ViewFormat::rate(row.requestsPerSecond);
    case ErrorsColumn:
        return ViewFormat::percent(row.errorRatio);
    case P95Column:
        if (!row.worstP95.hasValue())
            return tr("no traffic");
        return row.worstP95.atLeast ? tr("≥ %1").arg(ViewFormat::seconds(row.worstP95.seconds))
                                    : ViewFormat::seconds(row.worstP95.seconds);
    case ThresholdColumn:
        return ViewFormat::seconds(row.latencyThreshold);
    case CoolingColumn:
        return row.coolingCount == 0 && row.partialCount == 0
            ? tr("none of %1").arg(row.deploymentCount)
            : tr("%1 of %2").arg(row.coolingCount + row.partialCount).arg(row.deploymentCount);
    case DriftColumn:
        return std::isfinite(row.driftPoints) ? tr("%1 pp").arg(QLocale().toString(row.driftPoints, 'f', 1)) : QString();
    case FallbacksColumn:
        return ViewFormat::rate(row.fallbacksPerSecond);
    default:
        return {};
    }
}

QVariant GroupOverviewModel::sortData(const GroupOverviewRow &row, int column) const
{
    const auto number = [](double v) { return std::isfinite(v) ? v : -1.0; };
    switch (column) {
    case GroupColumn:
        return row.group;
    case RequestsColumn:
        return number(row.requestsPerSecond);
    case ErrorsColumn:
        return number(row.errorRatio);
    case P95Column:
        return number(row.worstP95.seconds);
    case ThresholdColumn:
        return row.latencyThreshold;
    case CoolingColumn:
        return row.coolingCount * 1000 + row.partialCount;
    case DriftColumn:
        return number(row.driftPoints);
    case FallbacksColumn:
        return number(row.fallbacksPerSecond);
    default:
        return {};
    }
}

QVariant GroupOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupOverviewRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case GroupColumn:
            return tr("%1: %2").arg(healthName(row.health), row.healthReason);
        case P95Column:
            return row.worstP95Deployment.isEmpty()
                ? tr("No traffic in the rate window")
                : tr("Slowest deployment's p95: %1 on %2 (threshold %3)%4")
                      .arg(row.worstP95.toString(), row.worstP95Deployment, ViewFormat::seconds(row.latencyThreshold),
                           row.worstP95.atLeast ? tr("; at least: the value sits in the largest finite bucket") : QString());
        case CoolingColumn:
            return tr("%1 cooling, %2 in partial outage, of %3 deployments")
                .arg(row.coolingCount).arg(row.partialCount).arg(row.deploymentCount);
        case DriftColumn:
            return tr("Largest gap between a deployment's observed and effective share");
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == GroupColumn ? QVariant(healthColor(row.health)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == GroupColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return isHighlighted(row, index.column()) ? QVariant::fromValue(ViewFormat::highlightBackground()) : QVariant();
    case SortRole:
        return sortData(row, index.column());
    case GroupRole:
        return row.group;
    case HealthRole:
        return int(row.health);
    case HighlightRole:
        return isHighlighted(row, index.column());
    default:
        return {};
    }
}

QStringList GroupOverviewModel::columnTitles() const
{
    return { tr("Group"), tr("Requests/s"), tr("Errors"), tr("Worst p95"),
             tr("Threshold"), tr("Cooling"), tr("Drift"), tr("Fallbacks/s") };
}

} // namespace RouteDeck
