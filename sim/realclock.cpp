// SPDX-License-Identifier: GPL-3.0-or-later
#include "realclock.h"

namespace RouteDeck {

RealClock::RealClock()
{
    m_timer.start();
}

double RealClock::now() const
{
    return double(m_timer.nsecsElapsed()) / 1e9;
}

} // namespace RouteDeck
