// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <algorithm>
#include <cmath>

namespace RouteDeck {

int Backoff::delayMs(int failures, double unitRandom) const
{
    const int base = std::max(1, baseMs);
    if (failures <= 0)
        return base;
    const double exponent = std::min(failures - 1, 30);
    const double raw = std::min(double(std::max(base, maxMs)), double(base) * std::pow(2.0, exponent));
    const double factor = 1.0 + std::clamp(jitter, 0.0, 1.0) * (2.0 * std::clamp(unitRandom, 0.0, 1.0) - 1.0);
    return std::max(1, int(std::lround(raw * factor)));
}

} // namespace RouteDeck
