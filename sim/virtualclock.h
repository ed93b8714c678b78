// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simclock.h"

namespace RouteDeck {

// A clock that moves only when told: deterministic runs for tests and benchmarks.
class VirtualClock final : public SimClock
{
public:
    explicit VirtualClock(double start = 0.0)
        : m_now(start)
    { }

    double now() const override { return m_now; }
    void setNow(double seconds);
    void advance(double seconds);

private:
    double m_now;
};

} // namespace RouteDeck
