// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooldowntimeline.h"
#include "groupfilteredtablemodel.h"
#include "seriesstore.h"
#include "snapshot.h"

namespace RouteDeck {

struct CooldownRow
{
    QString id;
    QString group;
    CooldownState state = CooldownState::Unknown;
    int reasonCode = 0; // of the latest cooldown, 0 when unknown or not a number
    QString reason; // as the snapshot has it, e.g. "429"
    std::optional<qint64> since {}; // start of the current state, from the state/<id> history
    qint64 timeInState = -1; // msecs up to the snapshot; -1 when unknown
    double remainingRequests = kNoValue;
    std::optional<qint64> lastCooldown {}; // msecs since the epoch: when the router last cooled it down
    bool idleSinceCooldown = false; // no traffic now, and not cooling: LiteLLM has nothing newer to say

    QString key() const { return id; }
    bool sameAs(const CooldownRow &other) const;
};

// The Cooldowns page's table: each deployment's current state, why, and for how long.
class CooldownTableModel : public GroupFilteredTableModel<CooldownRow>
{
    Q_OBJECT

public:
    enum Column { DeploymentColumn, GroupColumn, StateColumn, ReasonColumn, SinceColumn, TimeInStateColumn,
                  HeadroomColumn, LastCooldownColumn, ColumnCount };
    enum Role {
        StateRole = FirstTableRole, // int(CooldownState)
        ReasonKindRole, // int(CooldownReasonKind); None unless partial or cooling
        HighlightRole, // bool: cooling
    };

    explicit CooldownTableModel(QObject *parent = nullptr);

    // The store gives "since when"; it is read here, not kept (only where each state run began, to read
    // just the new points next time: StateRunTracker).
    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store);

    // With `runs`, "since when" goes on from what it remembers; without, each history is read whole.
    static QList<CooldownRow> rowsFor(const Snapshot &snapshot, const SeriesStore &store, const QString &group,
                                      StateRunTracker *runs = nullptr);
    static QString lastCooldownText(const CooldownRow &row);
    static CooldownReasonKind reasonKindOf(const CooldownRow &row);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    QVariant displayData(const CooldownRow &row, int column) const;

    StateRunTracker m_runs;
};

} // namespace RouteDeck
