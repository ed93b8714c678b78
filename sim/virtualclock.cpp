// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualclock.h"

#include <algorithm>

namespace RouteDeck {

void VirtualClock::setNow(double seconds)
{
    // Time never runs backwards: cooldown and rate windows assume a monotonic clock.
    m_now = std::max(m_now, seconds);
}

void VirtualClock::advance(double seconds)
{
    if (seconds > 0)
        m_now += seconds;
}

} // namespace RouteDeck
