// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"
#include "keyedtablemodel.h"
#include "prometheustypes.h"

namespace RouteDeck {

struct AlertRow
{
    Alert alert {};
    bool silenced = false;
    bool serverSide = false; // Prometheus' own alert (its rule name in `ruleName`), not the console's
    QString ruleName {}; // server-side: the alerting rule's name

    QString key() const { return (serverSide ? QStringLiteral("prometheus:") : QString()) + alert.id; }
    bool sameAs(const AlertRow &other) const
    {
        return alert == other.alert && silenced == other.silenced && serverSide == other.serverSide
            && ruleName == other.ruleName;
    }
};

// Prometheus' own alerts on the router's metrics (rules whose query reads litellm_ series), as rows of the
// active table: RouteDeck's exported rules name their console rule, group and limit (labels routedeck_rule
// and group, annotation PrometheusRules::kLimitAnnotation); other rules show what they have.
// `routerRules`: how many alerting rules watch the router's metrics, firing or not.
QList<AlertRow> serverSideAlertRows(const PromRules &rules, int *routerRules);

// The Alerts page's tables. Active: firing, then pending, console and Prometheus alerts together (the
// latter marked server-side). History: every alert that fired, newest first, with its end and peak.
class AlertTableModel : public KeyedTableModel<AlertRow>
{
    Q_OBJECT

public:
    enum class Kind { Active, History };
    enum Column
    {
        StateColumn,
        GroupColumn,
        RuleColumn,
        ValueColumn, // the latest (active) or the peak (history)
        LimitColumn,
        SinceColumn, // active: since when; history: started
        DurationColumn,
        DeploymentsColumn,
        DetailColumn, // what the verdict saw
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        AlertIdRole,
        GroupRole,
        RuleRole, // alertRuleId
        ServerSideRole,
    };

    explicit AlertTableModel(Kind kind, QObject *parent = nullptr);

    void setRows(const QList<AlertRow> &rows);
    // `now` for durations of alerts still going.
    void setNow(const QDateTime &now) { m_now = now; }
    const AlertRow *alertRow(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    QVariant displayData(const AlertRow &row, int column) const;
    qint64 durationMsecs(const Alert &alert) const;

    Kind m_kind;
    QDateTime m_now;
};

} // namespace RouteDeck
