// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystep.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {
double positiveOrZero(double value)
{
    return std::isfinite(value) && value > 0.0 ? value : 0.0;
}
} // namespace

double QueryStep::stepFor(double rangeSeconds, int plotWidthPixels, double scrapeIntervalSeconds)
{
    const double range = positiveOrZero(rangeSeconds);
    const double scrape = positiveOrZero(scrapeIntervalSeconds);
    const int pixels = std::max(1, plotWidthPixels);

    double step = std::max({ range / pixels, scrape, range / kMaxPointsPerSeries });
    if (step <= 0.0)
        return 1.0; // nothing to go by: an empty range and no scrape interval
    // Rounding up keeps both limits: a larger step has fewer points and stays above the scrape interval.
    if (step >= 1.0)
        step = std::ceil(step);
    else
        step = std::ceil(step * 1000.0) / 1000.0;
    return step;
}

double QueryStep::rateWindowFor(double stepSeconds, double scrapeIntervalSeconds)
{
    const double step = positiveOrZero(stepSeconds);
    const double scrape = positiveOrZero(scrapeIntervalSeconds);
    return std::max(step + scrape, 4.0 * scrape);
}

qint64 QueryStep::pointsFor(double rangeSeconds, double stepSeconds)
{
    if (!(stepSeconds > 0.0) || !std::isfinite(stepSeconds))
        return 0;
    // +inf when a tiny step overflows the division.
    const double steps = std::floor(positiveOrZero(rangeSeconds) / stepSeconds);
    // 2^63: casting it or more to qint64 is undefined; below it (at most 2^63 - 1024), + 1 cannot overflow.
    constexpr double kTwoTo63 = 9223372036854775808.0;
    if (!(steps < kTwoTo63))
        return std::numeric_limits<qint64>::max();
    return static_cast<qint64>(steps) + 1;
}

} // namespace RouteDeck
