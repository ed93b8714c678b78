// SPDX-License-Identifier: GPL-3.0-or-later
#include "changemodel.h"

#include "viewformat.h"

#include <QColor>
#include <algorithm>
#include <utility>

namespace RouteDeck {

ChangeModel::ChangeModel(QObject *parent)
    : KeyedTableModel<ChangeRow>(parent)
{ }

void ChangeModel::setEntries(const QList<AuditEntry> &entries)
{
    QList<ChangeRow> rows;
    rows.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        rows.append({ *it });
    mergeRows(rows);
}

const AuditEntry *ChangeModel::entry(int row) const
{
    const ChangeRow *r = rowAt(row);
    return r ? &r->entry : nullptr;
}

const AuditEntry *ChangeModel::entryById(const QString &id) const
{
    return entry(rowOfKey(id));
}

void ChangeModel::setCurrentTarget(std::function<bool(const AuditEntry &)> isCurrent)
{
    m_isCurrent = std::move(isCurrent);
    // CurrentTargetRole of every row may have changed; a filtering proxy re-filters on this.
    emitAllDataChanged();
}

bool ChangeModel::isCurrentTarget(const AuditEntry &entry) const
{
    return !m_isCurrent || m_isCurrent(entry);
}

int ChangeModel::otherTargetCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
        [this](const ChangeRow &row) { return !isCurrentTarget(row.entry); }));
}

int ChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeModel::describeChange(const AuditEntry &entry)
{
    const QString changes = describeWeightChanges(entry.before, entry.after);
    return changes.isEmpty() ? tr("no weight changes") : changes;
}

QVariant ChangeModel::displayData(const AuditEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case GroupColumn:
        return entry.group;
    case ChangeColumn:
        return entry.rollbackOf.isEmpty() ? describeChange(entry)
                                          : tr("rollback: %1").arg(describeChange(entry));
    case ResultColumn:
        return entry.result;
    case TargetColumn:
        return QStringLiteral("%1 %2").arg(pushTargetName(entry.target), entry.location);
    case ProfileColumn:
        return entry.profile;
    case UserColumn:
        return entry.tool.isEmpty() ? entry.user : QStringLiteral("%1 (%2)").arg(entry.user, entry.tool);
    case ErrorColumn:
        return entry.isIntent() ? tr("in progress, or cut off before it ended: the next push to this target, or the "
                                     "next start, records how it ended")
                                : entry.error;
    default:
        return {};
    }
}

QVariant ChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = rows().at(index.row()).entry;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, column);
    case Qt::ToolTipRole:
        if (column == ChangeColumn || column == ResultColumn) {
            QString text = tr("Before: %1\nAfter: %2").arg(formatWeights(e.before), formatWeights(e.after));
            if (!e.resulting.isEmpty())
                text += tr("\nRe-read after the push: %1").arg(formatWeights(e.resulting));
            if (!e.error.isEmpty())
                text += QLatin1Char('\n') + e.error;
            return text;
        }
        return column == ErrorColumn && !e.error.isEmpty() ? QVariant(e.error) : QVariant();
    case Qt::BackgroundRole:
        return column == ResultColumn && e.result != PushOutcome::resultName(PushOutcome::Result::Applied)
            ? QVariant::fromValue(ViewFormat::highlightBackground())
            : QVariant();
    case SortRole:
        return column == TimeColumn ? QVariant(e.time.toMSecsSinceEpoch()) : displayData(e, column);
    case EntryIdRole:
        return e.id;
    case ResultRole:
        return e.result;
    case RollbackRole:
        return e.changedTarget();
    case CurrentTargetRole:
        return isCurrentTarget(e);
    default:
        return {};
    }
}

QStringList ChangeModel::columnTitles() const
{
    return { tr("Time"), tr("Group"), tr("Change"), tr("Result"),
             tr("Target"), tr("Profile"), tr("User"), tr("Error") };
}

} // namespace RouteDeck
