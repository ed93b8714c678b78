// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevaluator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace RouteDeck {

namespace {

double seconds(const QDateTime &from, const QDateTime &to)
{
    return double(from.msecsTo(to)) / 1000.0;
}

// The worst of two values: the larger magnitude (drift is signed), a number over none.
double worse(double a, double b)
{
    if (!std::isfinite(a))
        return b;
    if (!std::isfinite(b))
        return a;
    return std::abs(b) > std::abs(a) ? b : a;
}

} // namespace

QString AlertEvaluator::keyOf(AlertRule rule, const QString &group)
{
    return alertRuleId(rule) + QLatin1Char('/') + group;
}

QList<AlertTransition> AlertEvaluator::evaluate(const QList<AlertCondition> &conditions, const QDateTime &now)
{
    QList<AlertTransition> transitions;
    QSet<QString> met;
    for (const AlertCondition &condition : conditions) {
        if (!condition.judged || !condition.met)
            continue;
        const QString key = keyOf(condition.rule, condition.group);
        met.insert(key);
        auto it = m_tracked.find(key);
        if (it == m_tracked.end()) {
            Tracked started;
            started.alert = Alert { .id = Alert::makeId(condition.rule, condition.group, now), .rule = condition.rule,
                                    .group = condition.group, .activeAt = now };
            it = m_tracked.insert(key, started);
        }
        advanceMet(*it, condition, now, transitions);
    }
    for (auto it = m_tracked.begin(); it != m_tracked.end();) {
        if (met.contains(it.key()) || advanceAway(*it, now, transitions))
            ++it;
        else
            it = m_tracked.erase(it);
    }
    return transitions;
}

void AlertEvaluator::advanceMet(Tracked &tracked, const AlertCondition &condition, const QDateTime &now,
                                QList<AlertTransition> &out)
{
    Alert &a = tracked.alert;
    tracked.keepFiringSince = {};
    a.lastMetAt = now;
    a.value = condition.value;
    a.peak = worse(a.peak, condition.value);
    a.threshold = condition.threshold;
    a.evidence = condition.evidence;
    for (const QString &id : condition.deployments) {
        if (!a.deployments.contains(id))
            a.deployments.append(id);
    }
    if (a.state == Alert::State::Pending && seconds(a.activeAt, now) >= m_policy.forDuration(a.rule)) {
        a.state = Alert::State::Firing;
        a.firedAt = now;
        out.append({ AlertTransition::Kind::Fired, a });
    }
}

bool AlertEvaluator::advanceAway(Tracked &tracked, const QDateTime &now, QList<AlertTransition> &out)
{
    Alert &a = tracked.alert;
    if (a.state != Alert::State::Firing)
        return false; // pending: dropped without a trace, as Prometheus does
    if (!tracked.keepFiringSince.isValid())
        tracked.keepFiringSince = now;
    if (seconds(tracked.keepFiringSince, now) < m_policy.keepFiringSeconds)
        return true;
    a.state = Alert::State::Resolved;
    a.resolvedAt = now;
    out.append({ AlertTransition::Kind::Resolved, a });
    return false;
}

QList<Alert> AlertEvaluator::alerts() const
{
    QList<Alert> list;
    for (const Tracked &tracked : m_tracked)
        list.append(tracked.alert);
    std::sort(list.begin(), list.end(), [](const Alert &a, const Alert &b) {
        const auto order = [](const Alert &x) { return std::tuple(x.state != Alert::State::Firing, int(x.rule), x.group); };
        return order(a) < order(b);
    });
    return list;
}

void AlertEvaluator::restore(const QList<Alert> &firing)
{
    for (const Alert &alert : firing) {
        const QString key = keyOf(alert.rule, alert.group);
        if (alert.state == Alert::State::Firing && !m_tracked.contains(key)) // one that fired since goes on
            m_tracked.insert(key, Tracked { alert, {} });
    }
}

bool AlertEvaluator::acknowledge(const QString &id)
{
    for (Tracked &tracked : m_tracked) {
        if (tracked.alert.id == id) {
            tracked.alert.acknowledged = true;
            return true;
        }
    }
    return false;
}

} // namespace RouteDeck
