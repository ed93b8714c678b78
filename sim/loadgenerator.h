// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simrandom.h"
#include "simulationparams.h"

#include <QString>
#include <QStringList>

namespace RouteDeck {

struct Arrival
{
    double at = 0; // simulation seconds
    QString group;
    QString agent;
};

// Poisson arrivals at `rps` calls per second (times the spike multiplier in force), spread over
// groups and agents by weight. Seeded: the same profile and seed give the same arrivals.
class LoadGenerator
{
public:
    LoadGenerator(LoadProfile profile, const QStringList &allGroups, quint64 seed, double start = 0);

    double rps() const { return m_profile.rps; }
    void setRps(double rps) { m_profile.rps = std::max(0.0, rps); }
    const LoadProfile &profile() const { return m_profile; }

    // The next arrival after the previous one; `at` is +inf when rps is 0.
    Arrival next();

private:
    static QString pickWeighted(const QList<QPair<QString, double>> &weights, double r);

    LoadProfile m_profile;
    SimRandom m_rng;
    double m_cursor;
    double m_maxMultiplier = 1;
};

} // namespace RouteDeck
