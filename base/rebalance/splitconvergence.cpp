// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitconvergence.h"

#include "sharemath.h"
#include "viewformat.h"

#include <QCoreApplication>
#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RouteDeck::SplitConvergence", text); // the context lupdate gives these calls
}
} // namespace

SplitConvergence::SplitConvergence(QString group, WeightMap pushed, QDateTime since)
    : m_group(std::move(group))
    , m_pushed(std::move(pushed))
    , m_since(std::move(since))
{ }

bool SplitConvergence::routerHasPushedWeights(const Snapshot &snapshot) const
{
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (d.group == m_group && d.inRouter && m_pushed.contains(d.id) && !sameWeight(d.weight, m_pushed.value(d.id)))
            return false;
    }
    return true;
}

// "azure-primary: 60.0 % observed, 45.5 % expected"
QString SplitConvergence::largestDrift(const Snapshot &snapshot) const
{
    const DeploymentSnapshot *worst = nullptr;
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (d.group != m_group || !std::isfinite(d.observedShare))
            continue;
        // Ties (two deployments off by the same points, as in any two-way split) go to the first.
        if (!worst
            || std::abs(d.observedShare - d.effectiveShare)
                > std::abs(worst->observedShare - worst->effectiveShare) + 1e-9)
            worst = &d;
    }
    if (!worst)
        return tr("no traffic was seen");
    return tr("%1: %2 % observed, %3 % expected")
        .arg(worst->id, ShareMath::formatPercent(worst->observedShare), ShareMath::formatPercent(worst->effectiveShare));
}

// The largest |observed - effective| of the group in the rate window, in points; NaN without traffic.
// The live window, not LiveVerdict's judged one: a minute-long window would still hold the old split.
double SplitConvergence::stepDriftPoints(const Snapshot &snapshot) const
{
    double largest = kNoValue;
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (d.group != m_group || !d.inRouter || !std::isfinite(d.observedShare))
            continue;
        const double points = std::abs(d.observedShare - d.effectiveShare) * 100.0;
        largest = std::isnan(largest) ? points : std::max(largest, points);
    }
    return largest;
}

SplitConvergence::Verdict SplitConvergence::check(const Snapshot &snapshot)
{
    Verdict verdict;
    if (!snapshot.time.isValid() || snapshot.time < m_since)
        return verdict;
    const qint64 elapsed = m_since.msecsTo(snapshot.time);
    if (!m_routerHadItAt.isValid() && routerHasPushedWeights(snapshot))
        m_routerHadItAt = snapshot.time;
    const GroupSnapshot *group = snapshot.group(m_group);
    // Only a window that began after the router had the weights describes them.
    const double drift = stepDriftPoints(snapshot);
    const bool settled = m_routerHadItAt.isValid() && snapshot.time > m_routerHadItAt && group
        && std::isfinite(group->requestsPerSecond) && group->requestsPerSecond > 0 && std::isfinite(drift);
    if (settled && drift <= kTolerancePoints) {
        verdict.state = State::Converged;
        verdict.message = tr("%1 follows the new weights: observed shares within %2 pp of them, %3 after the push.")
                              .arg(m_group)
                              .arg(kTolerancePoints)
                              .arg(ViewFormat::duration(elapsed));
        return verdict;
    }
    if (elapsed < kTimeoutMsecs)
        return verdict;
    verdict.state = State::TimedOut;
    if (!m_routerHadItAt.isValid())
        verdict.message = tr("%1: %2 after the push the router still does not report the new weights.")
                              .arg(m_group, ViewFormat::duration(elapsed));
    else
        verdict.message = tr("%1 has not followed the new weights %2 after the push (%3); look for cooldowns "
                             "or rate limits on the Traffic and Cooldowns pages.")
                              .arg(m_group, ViewFormat::duration(elapsed), largestDrift(snapshot));
    return verdict;
}

} // namespace RouteDeck
