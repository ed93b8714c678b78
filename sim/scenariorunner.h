// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QStringList>

namespace RouteDeck {

class FaultInjector;

// Plays a scenario against a fault injector as the clock advances.
class ScenarioRunner
{
public:
    ScenarioRunner(Scenario scenario, double startSeconds);

    // Applies every step due by `now`; returns one line per step applied (for the log).
    QStringList advanceTo(double now, FaultInjector &faults);
    bool finished() const { return m_next >= m_scenario.steps.size(); }
    const Scenario &scenario() const { return m_scenario; }

private:
    Scenario m_scenario;
    double m_start;
    qsizetype m_next = 0;
};

} // namespace RouteDeck
