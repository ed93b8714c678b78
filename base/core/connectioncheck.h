// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace RouteDeck {

// One step of "Test connection": what was checked, how it went, and in plain words what to do about it.
struct ConnectionCheck
{
    enum class Step
    {
        RouterReachable,
        KeyAccepted,
        Deployments,
        PrometheusReady,
        Series,
        Version,
        ScrapeInterval,
    };
    enum class State
    {
        Running,
        Passed,
        Failed,
        Skipped, // not run: an earlier step failed, or there is nothing to learn
    };

    Step step = Step::RouterReachable;
    State state = State::Running;
    QString detail; // what was found: "lists 7 deployments in 3 groups"
    QString fix; // when it failed: what to change

    static constexpr int kStepCount = 7;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::ConnectionCheck)
