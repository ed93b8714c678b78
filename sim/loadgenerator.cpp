// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadgenerator.h"

#include <cmath>

namespace RouteDeck {

LoadGenerator::LoadGenerator(LoadProfile profile, const QStringList &allGroups, quint64 seed, double start)
    : m_profile(std::move(profile))
    , m_rng(seed)
    , m_cursor(start)
{
    if (m_profile.groups.isEmpty()) {
        for (const QString &group : allGroups)
            m_profile.groups.append({ group, 1.0 });
    }
    if (m_profile.agents.isEmpty())
        m_profile.agents = LoadProfile::defaultAgents();
    // Thinning needs an upper bound of the rate: the product of all spikes that could overlap.
    for (const LoadSpike &spike : std::as_const(m_profile.spikes))
        m_maxMultiplier *= std::max(1.0, spike.multiplier);
}

QString LoadGenerator::pickWeighted(const QList<QPair<QString, double>> &weights, double r)
{
    double total = 0;
    for (const auto &[name, weight] : weights)
        total += weight;
    if (total <= 0)
        return weights.isEmpty() ? QString() : weights.first().first;
    double cumulative = 0;
    for (const auto &[name, weight] : weights) {
        cumulative += weight / total;
        if (r < cumulative)
            return name;
    }
    return weights.last().first;
}

Arrival LoadGenerator::next()
{
    Arrival arrival;
    const double maxRate = m_profile.rps * m_maxMultiplier;
    if (maxRate <= 0 || m_profile.groups.isEmpty()) {
        arrival.at = std::numeric_limits<double>::infinity();
        return arrival;
    }
    // Non-homogeneous Poisson process by thinning (Lewis & Shedler).
    for (int guard = 0; guard < 1'000'000; ++guard) {
        m_cursor += m_rng.exponential(maxRate);
        const double rate = m_profile.rps * m_profile.multiplierAt(m_cursor);
        if (m_rng.uniform() * maxRate < rate)
            break;
    }
    arrival.at = m_cursor;
    arrival.group = pickWeighted(m_profile.groups, m_rng.uniform());
    arrival.agent = pickWeighted(m_profile.agents, m_rng.uniform());
    return arrival;
}

} // namespace RouteDeck
