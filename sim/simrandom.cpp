// SPDX-License-Identifier: GPL-3.0-or-later
#include "simrandom.h"

#include <cmath>
#include <numbers>

namespace RouteDeck {

namespace {
// z such that P(Z <= z) = 0.99 for a standard normal Z.
constexpr double kZ99 = 2.3263478740408408;
} // namespace

double SimRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

double SimRandom::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log() stays finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double SimRandom::exponential(double rate)
{
    if (rate <= 0)
        return std::numeric_limits<double>::infinity();
    return -std::log(1.0 - uniform()) / rate;
}

int SimRandom::uniformInt(int low, int high)
{
    if (high <= low)
        return low;
    const double span = double(high) - double(low) + 1.0;
    return low + int(std::floor(uniform() * span));
}

double SimRandom::logNormal(double median, double p99)
{
    if (median <= 0)
        return 0;
    const double sigma = p99 > median ? std::log(p99 / median) / kZ99 : 0.0;
    return median * std::exp(sigma * normal());
}

} // namespace RouteDeck
