// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotrecorder.h"

#include "serieskeys.h"

namespace RouteDeck {

void SnapshotRecorder::record(SeriesStore &store, const Snapshot &snapshot, qint64 t)
{
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        store.append(SeriesKeys::requestsPerSecond(d.id), t, d.requestsPerSecond);
        store.append(SeriesKeys::observedShare(d.id), t, d.observedShare);
        store.append(SeriesKeys::effectiveShare(d.id), t, d.effectiveShare);
        store.append(SeriesKeys::configuredShare(d.id), t, d.configuredShare);
        store.append(SeriesKeys::latency(50, d.id), t, d.p50.seconds);
        store.append(SeriesKeys::latency(95, d.id), t, d.p95.seconds);
        store.append(SeriesKeys::latency(99, d.id), t, d.p99.seconds);
        for (int o = 0; o < kOutcomeCount; ++o)
            store.append(SeriesKeys::outcomeRate(Outcome(o), d.id), t, d.outcomeRates[size_t(o)]);
        if (d.state != CooldownState::Unknown) // 0 healthy, 1 partial, 2 cooling, as the gauge
            store.append(SeriesKeys::state(d.id), t, double(int(d.state) - 1));
        store.append(SeriesKeys::cooldownReason(d.id), t, d.cooldownReason.toDouble());
    }
    for (const GroupSnapshot &g : snapshot.groups) {
        store.append(SeriesKeys::groupRequestsPerSecond(g.name), t, g.requestsPerSecond);
        store.append(SeriesKeys::groupErrorRatio(g.name), t, g.errorRatio);
        store.append(SeriesKeys::groupFallbacksPerSecond(g.name), t, g.fallbacksPerSecond);
    }
}

} // namespace RouteDeck
