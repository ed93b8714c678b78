// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariorunner.h"

#include "faultinjector.h"

#include <QCoreApplication>

namespace RouteDeck {

ScenarioRunner::ScenarioRunner(Scenario scenario, double startSeconds)
    : m_scenario(std::move(scenario))
    , m_start(startSeconds)
{ }

QStringList ScenarioRunner::advanceTo(double now, FaultInjector &faults)
{
    QStringList log;
    while (m_next < m_scenario.steps.size() && m_start + m_scenario.steps.at(m_next).atSeconds <= now) {
        const Scenario::Step &step = m_scenario.steps.at(m_next++);
        // Steps take effect at their scheduled time, not when the timer happened to fire.
        const double at = m_start + step.atSeconds;
        switch (step.action) {
        case Scenario::Step::Action::Add: {
            Fault fault = step.fault;
            if (const QString error = faults.add(fault, at); !error.isEmpty()) {
                log.append(QCoreApplication::translate("ScenarioRunner", "%1 failed: %2")
                               .arg(step.describe(), error));
                continue;
            }
            break;
        }
        case Scenario::Step::Action::Remove:
            faults.remove(step.faultId);
            break;
        case Scenario::Step::Action::Clear:
            faults.clear();
            break;
        }
        log.append(step.describe());
    }
    return log;
}

} // namespace RouteDeck
