// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <random>

namespace RouteDeck {

// Seeded randomness with its own distributions: std::normal_distribution & co. may differ between
// standard libraries, and a seeded run must give the same numbers everywhere.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_engine(seed)
    { }

    double uniform(); // [0, 1)
    double normal(); // standard normal (Box-Muller)
    double exponential(double rate); // mean 1 / rate
    int uniformInt(int low, int high); // inclusive
    // Log-normal with the given median and 99th percentile (p99 >= median > 0).
    double logNormal(double median, double p99);

private:
    std::mt19937_64 m_engine;
};

} // namespace RouteDeck
