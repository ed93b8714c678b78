// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymenttablemodel.h"
#include "sharemath.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace RouteDeck {

namespace {
QString formatOptional(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}
} // namespace

DeploymentTableModel::DeploymentTableModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QList<DeploymentTableModel::Row> DeploymentTableModel::rowsFor(const RouterConfig &config)
{
    QList<Row> rows;
    rows.reserve(config.deployments.size());
    for (const QString &group : config.groupNames()) {
        const QList<Deployment> members = config.deploymentsInGroup(group);
        const QHash<QString, double> shares = ShareMath::configuredShares(members);
        const QString source = ShareMath::sourceName(ShareMath::weightSource(ShareMath::trafficTier(members)));
        for (const Deployment &d : members)
            rows.append({ d, shares.value(d.id), source });
    }
    return rows;
}

void DeploymentTableModel::setConfig(const RouterConfig &config)
{
    mergeRows(rowsFor(config));
}

int DeploymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentTableModel::displayData(const Row &row, int column) const
{
    const Deployment &d = row.deployment;
    switch (column) {
    case GroupColumn:
        return d.group;
    case IdColumn:
        return d.id;
    case ProviderColumn:
        return d.provider;
    case ModelColumn:
        return d.model;
    case WeightColumn:
        return formatOptional(d.weight);
    case ShareColumn:
        return QStringLiteral("%1 %").arg(ShareMath::formatPercent(row.share));
    case OrderColumn:
        return d.order ? QString::number(*d.order) : QString();
    case RpmColumn:
        return formatOptional(d.rpmLimit());
    case TpmColumn:
        return formatOptional(d.tpmLimit());
    case ApiBaseColumn:
        return d.apiBase;
    case SourceColumn: // the file (the config or one it includes) and line the weight is written in
        return QStringLiteral("%1:%2").arg(QFileInfo(d.location.file).fileName(), QString::number(d.location.line));
    default:
        return {};
    }
}

QVariant DeploymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rows().at(index.row());
    const Deployment &d = row.deployment;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == IdColumn && d.idDerived)
            return tr("No model_info.id in the file: RouteDeck derived this id from the deployment's content.");
        if (index.column() == ShareColumn)
            return tr("Configured share of '%1' traffic (from %2)").arg(d.group, row.weightSource);
        if (index.column() == SourceColumn)
            return QDir::toNativeSeparators(d.location.file);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case WeightColumn:
        case ShareColumn:
        case OrderColumn:
        case RpmColumn:
        case TpmColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case ShareRole:
        return row.share;
    case SortRole:
        switch (index.column()) {
        case WeightColumn:
            return d.weight.value_or(-1);
        case ShareColumn:
            return row.share;
        case OrderColumn:
            return d.order.value_or(-1);
        case RpmColumn:
            return d.rpmLimit().value_or(-1);
        case TpmColumn:
            return d.tpmLimit().value_or(-1);
        default:
            return displayData(row, index.column());
        }
    case DeploymentIdRole:
        return d.id;
    case GroupRole:
        return d.group;
    default:
        return {};
    }
}

QStringList DeploymentTableModel::columnTitles() const
{
    return { tr("Group"), tr("Deployment"), tr("Provider"), tr("Model"), tr("Weight"), tr("Share"),
             tr("Order"), tr("RPM"), tr("TPM"), tr("API base"), tr("Defined at") };
}

} // namespace RouteDeck
