// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertconditions.h"

#include "liveverdict.h"
#include "snapshot.h"
#include "viewformat.h"

#include <QCoreApplication>

#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("AlertConditions", text, nullptr, n);
}

struct GroupView
{
    const GroupSnapshot &group;
    QList<const DeploymentSnapshot *> members; // the ones the router lists
    GroupLimits limits;
};

AlertCondition conditionFor(AlertRule rule, const GroupView &view)
{
    return AlertCondition { .rule = rule, .group = view.group.name,
                            .threshold = view.limits.limitOf(rule).value_or(std::numeric_limits<double>::quiet_NaN()) };
}

AlertCondition latency(const GroupView &view)
{
    AlertCondition c = conditionFor(AlertRule::Latency, view);
    if (!view.group.hasVerdict())
        return c;
    const DeploymentSnapshot *worst = nullptr;
    for (const DeploymentSnapshot *d : view.members) {
        if (!d->judgedP95.hasValue())
            continue;
        if (!worst || d->judgedP95.seconds > worst->judgedP95.seconds)
            worst = d;
        if (d->judgedP95.seconds > c.threshold)
            c.deployments.append(d->id);
    }
    if (!worst)
        return c; // no deployment with enough requests for a p95
    c.judged = true;
    c.value = worst->judgedP95.seconds;
    c.met = c.value > c.threshold;
    c.evidence = tr("p95 %1%2 on %3 (limit %4), %5")
                     .arg(worst->judgedP95.atLeast ? tr("at least ") : QString(), ViewFormat::seconds(c.value), worst->id,
                          ViewFormat::seconds(c.threshold), LiveVerdict::evidence(view.group));
    return c;
}

// Error rate (without 429s) or 429 share: a ratio of the group's calls over its judged window.
AlertCondition failureRatio(AlertRule rule, const GroupView &view)
{
    const bool rateLimits = rule == AlertRule::RateLimit;
    const auto ratioOf = [rateLimits](double errors, double limited) {
        return rateLimits ? limited : errors - limited;
    };
    AlertCondition c = conditionFor(rule, view);
    if (!view.group.hasVerdict())
        return c;
    c.judged = true;
    c.value = std::max(0.0, ratioOf(view.group.judgedErrorRatio, view.group.judgedRateLimitRatio));
    c.met = c.value > c.threshold;
    for (const DeploymentSnapshot *d : view.members) {
        if (std::isfinite(d->judgedErrorRatio) && ratioOf(d->judgedErrorRatio, d->judgedRateLimitRatio) > c.threshold)
            c.deployments.append(d->id);
    }
    c.evidence = tr("%1 of calls (limit %2), %3")
                     .arg(ViewFormat::wholePercent(c.value), ViewFormat::wholePercent(c.threshold), LiveVerdict::evidence(view.group));
    return c;
}

// The configured share of the group's traffic the router has out of rotation after a 429, and which
// deployments those are. LiteLLM cools a deployment down at its first 429 when its group has others
// (litellm/router_utils/cooldown_handlers.py, _should_cooldown_deployment: `if exception_status_int == 429
// and not is_single_deployment_model_group: return True`), so a 429 storm shows as few 429 answers and a
// deployment cooled again and again: its traffic is what the rate limits take away.
double rateLimitedShare(const GroupView &view, QStringList *deployments)
{
    double share = 0;
    for (const DeploymentSnapshot *d : view.members) {
        if (d->isCooling() && outcomeForFailure(d->cooldownReason, QString()) == Outcome::RateLimit) {
            share += d->configuredShare;
            deployments->append(d->id);
        }
    }
    return share;
}

// The rate-limit rule: the larger of the share of calls answered 429 (over the judged window) and the
// configured share out of rotation after 429s (now). The second needs no traffic for a verdict: it is
// the router's state, read from its cooldown counters.
AlertCondition rateLimits(const GroupView &view, const Snapshot &snapshot)
{
    AlertCondition c = failureRatio(AlertRule::RateLimit, view);
    if (snapshot.prometheus.state != SourceStatus::State::Live)
        return c;
    QStringList cooled;
    const double share = rateLimitedShare(view, &cooled);
    if (cooled.isEmpty() || (c.judged && c.value >= share))
        return c;
    c.judged = true;
    c.value = share;
    c.met = share > c.threshold;
    for (const QString &id : std::as_const(cooled)) {
        if (!c.deployments.contains(id))
            c.deployments.append(id);
    }
    c.evidence = tr("%1 out of rotation after 429s: %2 of the configured traffic (limit %3)")
                     .arg(ViewFormat::joinNames(cooled), ViewFormat::wholePercent(share), ViewFormat::wholePercent(c.threshold));
    return c;
}

AlertCondition allCooling(const GroupView &view, const Snapshot &snapshot)
{
    AlertCondition c = conditionFor(AlertRule::AllCooling, view);
    c.threshold = double(view.members.size());
    if (view.members.isEmpty() || snapshot.prometheus.state != SourceStatus::State::Live)
        return c; // cooldowns are read from Prometheus' counters
    c.judged = true;
    for (const DeploymentSnapshot *d : view.members) {
        if (d->isCooling())
            c.deployments.append(d->id);
    }
    c.value = double(c.deployments.size());
    c.met = c.deployments.size() == view.members.size();
    c.evidence = tr("%1 of %2 deployments cooling").arg(c.deployments.size()).arg(view.members.size());
    return c;
}

AlertCondition drift(const GroupView &view)
{
    AlertCondition c = conditionFor(AlertRule::Drift, view);
    if (!view.group.hasVerdict() || view.group.splitChanging)
        return c;
    c.judged = true;
    c.value = 0;
    for (const DeploymentSnapshot *d : view.members) {
        const double points = d->driftPoints(); // NaN unless flagged
        if (!std::isfinite(points) || std::abs(points) < c.threshold)
            continue;
        c.deployments.append(d->id);
        if (std::abs(points) > std::abs(c.value)) {
            c.value = points;
            c.evidence = tr("%1: %2").arg(d->id, LiveVerdict::driftEvidence(*d, view.group));
        }
    }
    c.met = !c.deployments.isEmpty();
    return c;
}

bool isDown(const SourceStatus &source)
{
    return source.state == SourceStatus::State::Unreachable || source.state == SourceStatus::State::Stale;
}

// A source down says nothing about any group, so it is one no_data alert for all of them (group "").
AlertCondition sourceDown(const Snapshot &snapshot)
{
    AlertCondition c { .rule = AlertRule::NoData };
    c.judged = snapshot.prometheus.state != SourceStatus::State::Unknown || snapshot.router.state != SourceStatus::State::Unknown;
    const bool prometheus = isDown(snapshot.prometheus);
    c.met = prometheus || isDown(snapshot.router);
    if (c.met)
        c.evidence = prometheus ? tr("Prometheus: %1").arg(snapshot.prometheus.summary())
                                : tr("router: %1").arg(snapshot.router.summary());
    return c;
}

// Prometheus answers, yet without the group's request series over the longest window.
AlertCondition noData(const GroupView &view, const Snapshot &snapshot)
{
    using State = SourceStatus::State;
    AlertCondition c = conditionFor(AlertRule::NoData, view);
    if (snapshot.prometheus.state != State::Live || snapshot.router.state != State::Live)
        return c; // not asked yet, or said by sourceDown
    c.judged = true;
    c.met = !std::isfinite(view.group.judgedRequests);
    if (c.met)
        c.evidence = tr("Prometheus has no request series for %1 in the last %2")
                         .arg(view.group.name, ViewFormat::duration(qint64(LiveVerdict::kWindowsSeconds.back()) * 1000));
    return c;
}

AlertCondition conditionOf(AlertRule rule, const GroupView &view, const Snapshot &snapshot)
{
    switch (rule) {
    case AlertRule::Latency:
        return latency(view);
    case AlertRule::ErrorRate:
        return failureRatio(rule, view);
    case AlertRule::RateLimit:
        return rateLimits(view, snapshot);
    case AlertRule::AllCooling:
        return allCooling(view, snapshot);
    case AlertRule::Drift:
        return drift(view);
    case AlertRule::NoData:
        return noData(view, snapshot);
    }
    return {};
}

} // namespace

QList<AlertCondition> AlertConditions::evaluate(const Snapshot &snapshot, const AlertPolicy &policy)
{
    QList<AlertCondition> conditions;
    if (policy.isEnabled(AlertRule::NoData))
        conditions.append(sourceDown(snapshot));
    for (const GroupSnapshot &group : snapshot.groups) {
        GroupView view { group, {}, policy.limits.of(group.name) };
        for (const DeploymentSnapshot &d : snapshot.deployments) {
            if (d.group == group.name && d.inRouter)
                view.members.append(&d);
        }
        if (view.members.isEmpty())
            continue; // metrics-only deployments: nothing is expected of them
        for (AlertRule rule : kAlertRules) {
            if (policy.isEnabled(rule))
                conditions.append(conditionOf(rule, view, snapshot));
        }
    }
    return conditions;
}

} // namespace RouteDeck
