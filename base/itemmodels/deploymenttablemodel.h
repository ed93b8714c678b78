// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedtablemodel.h"
#include "routertypes.h"

namespace RouteDeck {

struct DeploymentRow
{
    Deployment deployment;
    double share = 0;
    QString weightSource; // "weight", "rpm", "tpm", "uniform"

    QString key() const { return deployment.id; }
    bool sameAs(const DeploymentRow &other) const { return *this == other; }
    friend bool operator==(const DeploymentRow &, const DeploymentRow &) = default;
};

// The deployments of a config, one row each, with their configured traffic share. setConfig()
// merges by deployment id (KeyedTableModel) so selection and sorting survive reloads.
class DeploymentTableModel : public KeyedTableModel<DeploymentRow>
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
    using Row = DeploymentRow;

    explicit DeploymentTableModel(QObject *parent = nullptr);

    void setConfig(const RouterConfig &config);
    int rowOfId(const QString &id) const { return rowOfKey(id); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    static QList<Row> rowsFor(const RouterConfig &config);
    QVariant displayData(const Row &row, int column) const;
};

} // namespace RouteDeck
