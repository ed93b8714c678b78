// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace RouteDeck {

// The deployments of a config, one row each, with their configured traffic share. setConfig()
// merges by deployment id so selection and sorting survive reloads.
class DeploymentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, IdColumn, ProviderColumn, ModelColumn, WeightColumn, ShareColumn, OrderColumn,
                  RpmColumn, TpmColumn, ApiBaseColumn, SourceColumn, ColumnCount };
    enum Role {
        ShareRole = Qt::UserRole + 1, // double in [0, 1]
        SortRole, // numbers as numbers
        DeploymentIdRole,
        GroupRole,
    };

    struct Row
    {
        Deployment deployment;
        double share = 0;
        QString weightSource; // "weight", "rpm", "tpm", "uniform"
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit DeploymentTableModel(QObject *parent = nullptr);

    void setConfig(const RouterConfig &config);
    const Row *rowAt(int row) const;
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QList<Row> rowsFor(const RouterConfig &config);
    QVariant displayData(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace RouteDeck
