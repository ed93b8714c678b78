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
    : QAbstractTableModel(parent)
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
    const QList<Row> incoming = rowsFor(config);
    QHash<QString, int> incomingIndex;
    for (int i = 0; i < incoming.size(); ++i)
        incomingIndex.insert(incoming.at(i).deployment.id, i);

    // 1. Remove rows that are gone, in contiguous runs from the back.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incomingIndex.contains(m_rows.at(row).deployment.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incomingIndex.contains(m_rows.at(first - 1).deployment.id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Update the rows that stay.
    QHash<QString, int> existing;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &current = m_rows[row];
        existing.insert(current.deployment.id, row);
        const Row &update = incoming.at(incomingIndex.value(current.deployment.id));
        if (!(current == update)) {
            current = update;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // 3. Append new rows; the view's sort proxy places them.
    QList<Row> added;
    for (const Row &row : incoming) {
        if (!existing.contains(row.deployment.id))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

const DeploymentTableModel::Row *DeploymentTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeploymentTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).deployment.id == id)
            return row;
    }
    return -1;
}

int DeploymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const Row &row = m_rows.at(index.row());
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

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case IdColumn:
        return tr("Deployment");
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case WeightColumn:
        return tr("Weight");
    case ShareColumn:
        return tr("Share");
    case OrderColumn:
        return tr("Order");
    case RpmColumn:
        return tr("RPM");
    case TpmColumn:
        return tr("TPM");
    case ApiBaseColumn:
        return tr("API base");
    case SourceColumn:
        return tr("Defined at");
    default:
        return {};
    }
}

} // namespace RouteDeck
