// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <limits>
#include <utility>

namespace RouteDeck {

// What the router remembers about one deployment between calls: its cooldown, this minute's
// successes and failures (the failure-rate cooldown rule) and the provider's rate-limit window.
struct DeploymentState
{
    double cooldownUntil = -std::numeric_limits<double>::infinity();

    long long minute = -1; // floor(seconds / 60) of the counters below
    int minuteSuccesses = 0;
    int minuteFailures = 0;

    std::deque<double> requestTimes; // accepted provider calls in the last 60 s
    std::deque<std::pair<double, int>> tokenTimes; // tokens used in the last 60 s
    double tokensInWindow = 0; // sum over tokenTimes

    bool isCooling(double now) const { return now < cooldownUntil; }
    void rollMinute(double now)
    {
        const long long m = static_cast<long long>(now / 60.0);
        if (m != minute) {
            minute = m;
            minuteSuccesses = 0;
            minuteFailures = 0;
        }
    }
};

} // namespace RouteDeck
