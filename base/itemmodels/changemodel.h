// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "keyedtablemodel.h"

#include <functional>

namespace RouteDeck {

struct ChangeRow
{
    AuditEntry entry;

    QString key() const { return entry.id; }
    bool sameAs(const ChangeRow &other) const { return entry == other.entry; }
};

// The Changes page's table: audit log entries, newest first, merged (never reset) when the log is
// read again, so the selected entry stays selected after a push adds a line.
class ChangeModel : public KeyedTableModel<ChangeRow>
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        GroupColumn,
        ChangeColumn,
        ResultColumn,
        TargetColumn,
        ProfileColumn,
        UserColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        EntryIdRole,
        ResultRole, // "applied", "conflict", ...
        RollbackRole, // bool: the entry changed its target, so it can be rolled back
        CurrentTargetRole, // bool: the entry is about the target this console pushes to (setCurrentTarget)
    };

    explicit ChangeModel(QObject *parent = nullptr);

    // Entries in log order (oldest first), as AuditLogCodec reads them; shown newest first.
    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry *entry(int row) const;
    const AuditEntry *entryById(const QString &id) const;

    // Which entries are about the target this console pushes to (the log holds every target's changes).
    // Without a predicate every entry counts as current.
    void setCurrentTarget(std::function<bool(const AuditEntry &)> isCurrent);
    bool isCurrentTarget(const AuditEntry &entry) const;
    int otherTargetCount() const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString describeChange(
        const AuditEntry &entry); // "azure-primary 8 → 5.5, azure-secondary 2 → 4.5"

protected:
    QStringList columnTitles() const override;

private:
    QVariant displayData(const AuditEntry &entry, int column) const;

    std::function<bool(const AuditEntry &)> m_isCurrent;
};

} // namespace RouteDeck
