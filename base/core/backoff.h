// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace RouteDeck {

// Exponential backoff with jitter for a failing data source: the first retry comes after one
// interval, then 2x, 4x ... up to `maxMs`, each scaled by a jitter factor in [1 - jitter, 1 + jitter]
// so many consoles do not hammer a recovering Prometheus in step.
struct Backoff
{
    int baseMs = 1000;
    int maxMs = 60000;
    double jitter = 0.2;

    // `failures` consecutive failures so far (0 = healthy: plain interval); `unitRandom` in [0, 1).
    int delayMs(int failures, double unitRandom) const;
};

} // namespace RouteDeck
