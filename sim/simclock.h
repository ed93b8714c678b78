// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace RouteDeck {

// Time as the router sees it, in seconds since the simulation started. The engine never reads a
// system clock directly, so tests can run 100,000 calls against a virtual clock in a few seconds.
class SimClock
{
public:
    virtual ~SimClock() = default;
    virtual double now() const = 0;
};

} // namespace RouteDeck
