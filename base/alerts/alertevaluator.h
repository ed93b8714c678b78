// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include <QHash>

namespace RouteDeck {

// The alert states of the built-in rules, advanced on every snapshot as Prometheus' rule evaluation
// advances them (rules/alerting.go, Prometheus 2.42): a met condition starts a pending alert, which fires
// once it has been met for the rule's `for:`; a pending alert whose condition goes away is dropped; a
// firing one resolves once its condition has been away for `keep_firing_for:`. An unjudged condition
// (not enough traffic) counts as not met, as an empty PromQL result does.
class AlertEvaluator
{
public:
    void setPolicy(const AlertPolicy &policy) { m_policy = policy; }
    const AlertPolicy &policy() const { return m_policy; }

    QList<AlertTransition> evaluate(const QList<AlertCondition> &conditions, const QDateTime &now);
    // Pending and firing alerts, firing first, then by rule and group.
    QList<Alert> alerts() const;
    // Firing alerts the history says were still firing when the console stopped: they go on (and
    // resolve) as if it had never stopped, without a second "firing" notification.
    void restore(const QList<Alert> &firing);
    bool acknowledge(const QString &id);

private:
    struct Tracked
    {
        Alert alert;
        QDateTime keepFiringSince; // first evaluation without the condition, while firing
    };
    static QString keyOf(AlertRule rule, const QString &group);
    void advanceMet(Tracked &tracked, const AlertCondition &condition, const QDateTime &now, QList<AlertTransition> &out);
    bool advanceAway(Tracked &tracked, const QDateTime &now, QList<AlertTransition> &out); // false: drop it

    AlertPolicy m_policy;
    QHash<QString, Tracked> m_tracked; // by keyOf
};

} // namespace RouteDeck
