// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedtablemodel.h"

namespace RouteDeck {

// A KeyedTableModel of per-deployment rows that shows one model group, or every group while the
// group is empty. It keeps the rows of every group, so a group switch needs no new snapshot.
// Row also needs a `QString group` member.
template<typename Row>
class GroupFilteredTableModel : public KeyedTableModel<Row>
{
public:
    // The roles every per-deployment table answers; a table's own roles start at FirstTableRole.
    enum DeploymentRole {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        DeploymentIdRole, // the row's deployment id
        FirstTableRole,
    };

    using KeyedTableModel<Row>::KeyedTableModel;

    // Empty: every deployment.
    void setGroup(const QString &group)
    {
        if (group == m_group)
            return;
        m_group = group;
        showGroup();
    }
    QString group() const { return m_group; }

protected:
    // The rows of every group, in the snapshot's order; those of the group are merged in.
    void setAllRows(const QList<Row> &rows)
    {
        m_all = rows;
        showGroup();
    }

private:
    void showGroup()
    {
        QList<Row> shown;
        for (const Row &row : std::as_const(m_all)) {
            if (m_group.isEmpty() || row.group == m_group)
                shown.append(row);
        }
        this->mergeRows(shown);
    }

    QList<Row> m_all;
    QString m_group;
};

} // namespace RouteDeck
