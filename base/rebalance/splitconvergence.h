// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "snapshot.h"

namespace RouteDeck {

// Whether a group's traffic follows the weights a push gave it, snapshot by snapshot: first the router
// must report those weights, then the group's drift (GroupSnapshot::maxDriftPoints, observed against
// effective shares) must fall within the tolerance while traffic flows. Gives up after the timeout
// and says what it saw last.
class SplitConvergence
{
public:
    enum class State { Watching, Converged, TimedOut };
    struct Verdict
    {
        State state = State::Watching;
        QString message; // for a person, once the state is not Watching
    };

    static constexpr double kTolerancePoints = 5;
    static constexpr qint64 kTimeoutMsecs = 5 * 60 * 1000;

    SplitConvergence(QString group, WeightMap pushed, QDateTime since);

    const QString &group() const { return m_group; }
    Verdict check(const Snapshot &snapshot);

private:
    bool routerHasPushedWeights(const Snapshot &snapshot) const;
    QString largestDrift(const Snapshot &snapshot) const;
    double stepDriftPoints(const Snapshot &snapshot) const;

    QString m_group;
    WeightMap m_pushed;
    QDateTime m_since;
    QDateTime m_routerHadItAt;
};

} // namespace RouteDeck
