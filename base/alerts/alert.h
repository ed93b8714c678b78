// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertpolicy.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

#include <limits>

namespace RouteDeck {

// One rule's verdict on one model group at one moment (AlertConditions::evaluate).
struct AlertCondition
{
    AlertRule rule = AlertRule::Latency;
    QString group {};
    bool judged = false; // enough data for a verdict; an unjudged condition counts as not met
    bool met = false;
    double value = std::numeric_limits<double>::quiet_NaN(); // in the rule's unit: s, ratio, pp, count
    double threshold = std::numeric_limits<double>::quiet_NaN();
    QStringList deployments {}; // the ones it is about: slow, failing, cooling, drifting
    QString evidence {}; // what the verdict saw, as a person reads it: "p95 6.1 s on openai-direct over ..."
};

// An alert as Prometheus' rule evaluation keeps one: pending while its condition has held for less than
// the rule's `for:`, firing after, resolved once the condition has been false for `keep_firing_for:`.
struct Alert
{
    enum class State { Pending, Firing, Resolved };

    QString id {}; // "<rule>/<group>/<activeAt, ms since epoch>": unique, stable across restarts
    AlertRule rule = AlertRule::Latency;
    QString group {};
    State state = State::Pending;
    QDateTime activeAt {}; // the condition started to hold
    QDateTime firedAt {};
    QDateTime resolvedAt {};
    QDateTime lastMetAt {}; // the last evaluation that found the condition met
    double value = std::numeric_limits<double>::quiet_NaN(); // the latest
    double peak = std::numeric_limits<double>::quiet_NaN(); // the worst while pending or firing
    double threshold = std::numeric_limits<double>::quiet_NaN();
    QStringList deployments {}; // every deployment involved while it was active
    QString evidence {}; // the latest
    bool acknowledged = false;
    QString profile {}; // the connection profile it fired for (one history file serves them all)

    static QString makeId(AlertRule rule, const QString &group, const QDateTime &activeAt);
    bool isActive() const { return state != State::Resolved; }
    friend bool operator==(const Alert &, const Alert &) = default;
};
QString alertStateName(Alert::State state); // "pending", "firing", "resolved"
// A rule's value and limit as every view and message writes them: "4.2 s", "12%", "+11.0 pp", "3 cooling";
// limits "4.5 s", "5%", "±10.0 pp", "all 3". Empty for none.
QString alertValueText(AlertRule rule, double value);
QString alertLimitText(AlertRule rule, double threshold);

// What an evaluation changed, for notifications and the history file.
struct AlertTransition
{
    enum class Kind { Fired, Resolved };
    Kind kind = Kind::Fired;
    Alert alert {};
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::Alert)
