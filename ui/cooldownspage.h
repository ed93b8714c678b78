// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationspage.h"

class QScrollArea;
class QSortFilterProxyModel;
class QTableView;

namespace RouteDeck {

class CooldownStrip;
class CooldownTableModel;
class GroupComboBox;

// Which deployments are cooling and why: a strip per deployment over the time range with the
// cooling intervals coloured by reason, and the current state with time in state. Only the strip rows
// on screen, and a screenful above and below, read their intervals from the store (a thousand took
// 13 ms a refresh); scrolling past them asks for the snapshot again (snapshotWanted()).
class CooldownsPage : public OperationsPage
{
    Q_OBJECT

public:
    explicit CooldownsPage(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;
    // The group choice offers "All groups": an empty group in currentGroup() and setGroup().

    CooldownStrip *strip() const { return m_strip; }
    CooldownTableModel *cooldownModel() const { return m_model; }
    QTableView *cooldownTable() const { return m_table; }

    // "cooling 1 min 50 s (429)", "healthy 5 min 0 s", "unknown"
    static QString currentText(CooldownState state, const QString &reason, qint64 timeInStateMsecs);

    // The strip rows whose intervals the last setSnapshot() read: first and last, inclusive.
    std::pair<int, int> rowsRead() const { return m_rowsRead; }

protected:
    void queryTextsChanged() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::pair<int, int> rowsToRead(int rowCount) const;
    void readMoreRowsIfShown();

    GroupComboBox *m_groups;
    CooldownStrip *m_strip;
    QScrollArea *m_stripScroll;
    CooldownTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    std::pair<int, int> m_rowsRead { 0, -1 };
    bool m_readAllRows = false; // for an export of the whole strip
    bool m_applying = false; // in setSnapshot()
};

} // namespace RouteDeck
