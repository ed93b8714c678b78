// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace RouteDeck {

// Time-grid arithmetic for range queries, outside any client or chart so it can be tested alone.
class QueryStep
{
public:
    // Prometheus refuses a range query whose (end - start) / step exceeds this (bad_data).
    static constexpr int kMaxPointsPerSeries = 11000;

    // The step, in seconds, for a range query over `rangeSeconds` drawn `plotWidthPixels` wide:
    // about one point per pixel, never finer than the scrape interval (finer steps only repeat
    // samples) and never more than kMaxPointsPerSeries steps per range. Steps of a second or more
    // are whole seconds, shorter ones whole milliseconds, so a sliding window keeps the same grid.
    // A zero or negative width counts as one pixel; a non-positive scrape interval as "unknown".
    static double stepFor(double rangeSeconds, int plotWidthPixels, double scrapeIntervalSeconds);

    // Grafana's $__rate_interval: max(step + scrape, 4 * scrape). rate() needs at least two samples
    // in its window, and four scrape intervals survive a missed scrape.
    static double rateWindowFor(double stepSeconds, double scrapeIntervalSeconds);

    // Points a range query returns per series: floor(range / step) + 1; 0 for a non-positive step, the
    // largest qint64 when there are more than that.
    static qint64 pointsFor(double rangeSeconds, double stepSeconds);
};

} // namespace RouteDeck
