// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightplan.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {
constexpr double kNotDrained = std::numeric_limits<double>::quiet_NaN();

QList<double> inOrder(const QList<Deployment> &deployments, const QHash<QString, double> &shares)
{
    QList<double> list;
    list.reserve(deployments.size());
    for (const Deployment &d : deployments)
        list.append(shares.value(d.id));
    return list;
}

bool usable(double weight)
{
    return std::isfinite(weight) && weight >= 0;
}
} // namespace

QSet<QString> PlanTraffic::cooling() const
{
    QSet<QString> ids;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value() == CooldownState::Cooling)
            ids.insert(it.key());
    }
    return ids;
}

PlanTraffic PlanTraffic::fromSnapshot(const Snapshot &snapshot, const QString &group)
{
    PlanTraffic traffic;
    double total = 0;
    bool any = false;
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (d.group != group)
            continue;
        traffic.states.insert(d.id, d.state);
        traffic.requestsPerSecond.insert(d.id, d.requestsPerSecond);
        if (std::isfinite(d.requestsPerSecond)) {
            total += d.requestsPerSecond;
            any = true;
        }
    }
    // Requests the group's deployments see (retries included): what a new split redistributes.
    if (any)
        traffic.groupRequestsPerSecond = total;
    else if (const GroupSnapshot *g = snapshot.group(group))
        traffic.groupRequestsPerSecond = g->requestsPerSecond;
    return traffic;
}

WeightPlan::WeightPlan(const QString &group, const QList<Deployment> &deployments, WeightMode mode)
    : m_group(group)
{
    for (const Deployment &d : deployments) {
        if (group.isEmpty() || d.group == group)
            m_base.append(d);
    }
    const QList<Deployment> tier = ShareMath::trafficTier(m_base);
    for (const Deployment &d : tier)
        m_tier.insert(d.id);
    m_baseSource = ShareMath::weightSource(tier);
    for (const Deployment &d : std::as_const(m_base))
        m_start.append(ShareMath::rawWeight(d, m_baseSource));
    m_weights = m_start;
    m_beforeDrain = QList<double>(m_base.size(), kNotDrained);
    m_removed = QList<bool>(m_base.size(), false);
    setMode(mode);
}

QStringList WeightPlan::ids() const
{
    QStringList list;
    for (const Deployment &d : m_base)
        list.append(d.id);
    return list;
}

int WeightPlan::indexOf(const QString &id) const
{
    for (int i = 0; i < m_base.size(); ++i) {
        if (m_base.at(i).id == id)
            return i;
    }
    return -1;
}

bool WeightPlan::inTrafficTier(int i) const
{
    return i >= 0 && i < m_base.size() && m_tier.contains(m_base.at(i).id);
}

QList<Deployment> WeightPlan::editedDeployments() const
{
    // The group as it will be once change() is written: the one rule for what a push writes, so previews,
    // guardrails and the push agree.
    const WeightChange written = change();
    QList<Deployment> edited = m_base;
    for (Deployment &d : edited) {
        if (written.after.contains(d.id))
            d.weight = written.after.value(d.id);
    }
    return edited;
}

void WeightPlan::setMode(WeightMode mode)
{
    m_mode = mode;
    if (mode != WeightMode::Integer)
        return;
    for (int i = 0; i < m_weights.size(); ++i) {
        if (usable(m_weights.at(i)))
            m_weights[i] = std::round(m_weights.at(i));
    }
}

void WeightPlan::setWeight(int i, double weight)
{
    if (i < 0 || i >= m_weights.size())
        return;
    m_weights[i] = weight;
    m_beforeDrain[i] = kNotDrained;
    m_removed[i] = false;
}

void WeightPlan::removeWeight(int i)
{
    if (i < 0 || i >= m_weights.size())
        return;
    m_weights[i] = 0;
    m_beforeDrain[i] = kNotDrained;
    m_removed[i] = true;
}

void WeightPlan::setWeights(const QHash<QString, double> &weights)
{
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        setWeight(indexOf(it.key()), it.value());
}

void WeightPlan::drain(int i)
{
    if (i < 0 || i >= m_weights.size())
        return;
    if (m_weights.at(i) > 0)
        m_beforeDrain[i] = m_weights.at(i);
    m_weights[i] = 0;
    m_removed[i] = false;
}

bool WeightPlan::canRestore(int i) const
{
    return i >= 0 && i < m_weights.size() && !(m_weights.at(i) > 0);
}

void WeightPlan::restore(int i)
{
    if (!canRestore(i))
        return;
    double weight = m_beforeDrain.at(i);
    if (!(weight > 0))
        weight = m_start.at(i);
    if (!(weight > 0)) {
        // Never had a weight: an average one, so it takes a fair share.
        double sum = 0;
        int n = 0;
        for (int j = 0; j < m_weights.size(); ++j) {
            if (j != i && inTrafficTier(j) && m_weights.at(j) > 0 && std::isfinite(m_weights.at(j))) {
                sum += m_weights.at(j);
                ++n;
            }
        }
        weight = n ? roundWeight(sum / n, sum / n) : 1.0;
        if (m_mode == WeightMode::Integer)
            weight = std::max(1.0, std::round(weight));
    }
    m_weights[i] = weight;
    m_beforeDrain[i] = kNotDrained;
    m_removed[i] = false;
}

void WeightPlan::reset()
{
    m_weights = m_start;
    m_beforeDrain = QList<double>(m_base.size(), kNotDrained);
    m_removed = QList<bool>(m_base.size(), false);
}

bool WeightPlan::isChanged(int i) const
{
    if (m_removed.at(i))
        return m_base.at(i).weight.has_value();
    return !sameWeight(m_weights.at(i), m_start.at(i));
}

bool WeightPlan::isChanged() const
{
    for (int i = 0; i < m_weights.size(); ++i) {
        if (isChanged(i))
            return true;
    }
    return false;
}

QList<double> WeightPlan::baseShares() const
{
    return inOrder(m_base, ShareMath::configuredShares(m_base));
}

QList<double> WeightPlan::shares() const
{
    return inOrder(m_base, ShareMath::configuredShares(editedDeployments()));
}

QList<double> WeightPlan::baseEffectiveShares(const QSet<QString> &cooling) const
{
    return inOrder(m_base, ShareMath::effectiveShares(m_base, cooling));
}

QList<double> WeightPlan::effectiveShares(const QSet<QString> &cooling) const
{
    return inOrder(m_base, ShareMath::effectiveShares(editedDeployments(), cooling));
}

QList<double> WeightPlan::dividers() const
{
    const QList<double> s = shares();
    QList<double> positions;
    double cumulative = 0;
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        cumulative += s.at(i);
        positions.append(cumulative);
    }
    return positions;
}

double WeightPlan::roundWeight(double weight, double pairTotal) const
{
    if (m_mode == WeightMode::Integer)
        return std::round(weight);
    // Four significant digits of the pair's total: 10 -> 0.01 steps, 100 -> 0.1 steps.
    const int decimals = pairTotal > 0 ? std::max(0, 3 - int(std::floor(std::log10(pairTotal)))) : 3;
    const double scale = std::pow(10.0, std::min(decimals, 9));
    return std::round(weight * scale) / scale;
}

void WeightPlan::scaleForIntegerSteps()
{
    // Whole-number weights move in steps of 1/total of the bar; scale by 10 until the steps are no
    // coarser than the snap (1 % unless set), so a drag can land where the user lets go.
    const double step = m_snap > 0 ? m_snap : 0.01;
    double total = 0;
    for (int i = 0; i < m_weights.size(); ++i) {
        if (inTrafficTier(i) && usable(m_weights.at(i)))
            total += m_weights.at(i);
    }
    for (int round = 0; round < 6 && total > 0 && total * step < 1.0; ++round) {
        for (int i = 0; i < m_weights.size(); ++i) {
            if (usable(m_weights.at(i)))
                m_weights[i] *= 10;
            if (m_beforeDrain.at(i) > 0)
                m_beforeDrain[i] *= 10;
        }
        total *= 10;
    }
}

bool WeightPlan::moveDivider(int divider, double position)
{
    const int a = divider;
    const int b = divider + 1;
    if (a < 0 || b >= m_weights.size() || !inTrafficTier(a) || !inTrafficTier(b) || !std::isfinite(position))
        return false;
    if (!usable(m_weights.at(a)) || !usable(m_weights.at(b)))
        return false;
    if (m_mode == WeightMode::Integer)
        scaleForIntegerSteps();
    double pairTotal = m_weights.at(a) + m_weights.at(b);
    if (!(pairTotal > 0))
        return false;
    const QList<double> s = shares();
    double left = 0;
    for (int i = 0; i < a; ++i)
        left += s.at(i);
    const double right = left + s.at(a) + s.at(b);
    if (!(right - left > 0))
        return false;
    // Past an edge the divider sits on it exactly; inside, it snaps.
    double p = std::clamp(position, left, right);
    if (m_snap > 0 && p > left && p < right)
        p = std::clamp(std::round(p / m_snap) * m_snap, left, right);
    const double fraction = (p - left) / (right - left);

    const double oldA = m_weights.at(a);
    const double oldB = m_weights.at(b);
    double newA = 0;
    double newB = 0;
    if (m_mode == WeightMode::Integer) {
        pairTotal = std::round(pairTotal);
        newA = std::round(fraction * pairTotal);
        newB = pairTotal - newA;
    } else {
        newA = roundWeight(fraction * pairTotal, pairTotal);
        newB = roundWeight(pairTotal - newA, pairTotal);
    }
    m_weights[a] = newA;
    m_weights[b] = newB;
    m_removed[a] = false;
    m_removed[b] = false;
    // A deployment dragged to nothing is drained: Restore brings back what it had.
    for (const auto &[index, old] : { std::pair { a, oldA }, std::pair { b, oldB } }) {
        if (m_weights.at(index) == 0 && old > 0)
            m_beforeDrain[index] = old;
        else if (m_weights.at(index) > 0)
            m_beforeDrain[index] = kNotDrained;
    }
    return newA != oldA || newB != oldB;
}

int WeightPlan::pickDivider(const QList<double> &dividers, double position, double tolerance, int direction)
{
    int nearest = -1;
    double best = tolerance;
    for (int k = 0; k < dividers.size(); ++k) {
        const double distance = std::abs(dividers.at(k) - position);
        if (distance <= best && (nearest < 0 || distance < best)) {
            nearest = k;
            best = distance;
        }
    }
    if (nearest < 0 || direction == 0)
        return nearest;
    constexpr double kSameSpot = 1e-9;
    int first = nearest;
    int last = nearest;
    while (first > 0 && std::abs(dividers.at(first - 1) - dividers.at(nearest)) < kSameSpot)
        --first;
    while (last + 1 < dividers.size() && std::abs(dividers.at(last + 1) - dividers.at(nearest)) < kSameSpot)
        ++last;
    return direction > 0 ? last : first;
}

QList<PlanPreviewRow> WeightPlan::preview(const PlanTraffic &traffic) const
{
    const QSet<QString> cooling = traffic.cooling();
    const QList<double> before = baseShares();
    const QList<double> after = shares();
    const QList<double> effectiveBefore = baseEffectiveShares(cooling);
    const QList<double> effectiveAfter = effectiveShares(cooling);
    const double groupRps = traffic.groupRequestsPerSecond;
    QList<PlanPreviewRow> rows;
    rows.reserve(m_base.size());
    for (int i = 0; i < m_base.size(); ++i) {
        const Deployment &d = m_base.at(i);
        PlanPreviewRow row;
        row.id = d.id;
        row.configuredWeight = d.weight;
        row.baseWeight = m_start.at(i);
        row.weight = m_weights.at(i);
        row.baseShare = before.at(i);
        row.share = after.at(i);
        row.baseEffectiveShare = effectiveBefore.at(i);
        row.effectiveShare = effectiveAfter.at(i);
        row.currentRequestsPerSecond = traffic.requestsPerSecond.value(d.id, kNoValue);
        if (std::isfinite(groupRps)) {
            row.basePredictedRequestsPerSecond = groupRps * row.baseEffectiveShare;
            row.predictedRequestsPerSecond = groupRps * row.effectiveShare;
        }
        row.state = traffic.state(d.id);
        row.inTrafficTier = inTrafficTier(i);
        row.drained = m_weights.at(i) == 0 && m_start.at(i) > 0 && !m_removed.at(i);
        row.weightRemoved = m_removed.at(i) && d.weight.has_value();
        rows.append(row);
    }
    return rows;
}

WeightChange WeightPlan::change() const
{
    WeightChange change;
    change.group = m_group;
    // Only a weight set (not one taken away) makes weights decide for the whole tier below.
    bool changed = false;
    for (int i = 0; i < m_base.size(); ++i)
        changed = changed || (!m_removed.at(i) && isChanged(i));
    for (int i = 0; i < m_base.size(); ++i) {
        const Deployment &d = m_base.at(i);
        change.ids.append(d.id);
        change.before.insert(d.id, d.weight);
        const double w = m_weights.at(i);
        if (m_removed.at(i)) {
            if (d.weight)
                change.after.insert(d.id, std::nullopt);
        } else if (!sameWeight(w, m_start.at(i))) {
            change.after.insert(d.id, w);
        } else if (changed && m_baseSource != ShareMath::WeightSource::Weight && inTrafficTier(i)
            && !sameWeight(d.weight, w)) {
            // The split came from rpm/tpm (or was even): once one weight is set, weights decide for
            // the whole tier, so every member gets the value its share came from.
            change.after.insert(d.id, w);
        }
    }
    return change;
}

} // namespace RouteDeck
