// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simclock.h"

#include <QElapsedTimer>

namespace RouteDeck {

// Monotonic wall time since construction, for the demo and the HTTP server.
class RealClock final : public SimClock
{
public:
    RealClock();
    double now() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace RouteDeck
