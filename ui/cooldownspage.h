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
// cooling intervals coloured by reason, and the current state with time in state.
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

protected:
    void queryTextsChanged() override;

private:
    GroupComboBox *m_groups;
    CooldownStrip *m_strip;
    QScrollArea *m_stripScroll;
    CooldownTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace RouteDeck
