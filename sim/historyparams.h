// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace RouteDeck {

// How the past differed from today's load, for a fast-forwarded history: until `untilDaysAgo`
// days before the history's last day (at local midnight), calls matching `agent` and/or `group`
// came `loadMultiplier` times as often, and sent `inputTokens` per call instead of today's.
struct HistoryChange
{
    int untilDaysAgo = 1;
    QString agent; // empty: every agent
    QString group; // empty: every group
    double loadMultiplier = 1;
    int inputTokens = 0; // 0: as today
};

// `simulation.history` of a config file: how `routedeck-sim --history-days N` fast-forwards the
// router over the past N days for the cost views.
//
// simulation:
//   history:
//     step_s: 1800          # one sample of every counter per step
//     calls_per_step: 30    # simulated calls per step, each counted load.rps * step_s / calls_per_step times
//     daily_swing: 0.4      # load 40% above the mean at 15:00 local time, 40% below at 03:00
//     past:
//       - { until_days_ago: 1, agent: flow_generation, input_tokens: 650 }
//       - { until_days_ago: 4, group: gpt-4o, load_multiplier: 0.5 }
struct HistoryParams
{
    double stepSeconds = 1800;
    int callsPerStep = 30;
    double dailySwing = 0;
    QList<HistoryChange> past;

    // Reads the map at `path` ("simulation.history"); problems name the key path.
    static HistoryParams read(const QVariant &value, const QString &path, const QString &fileName, Problems *problems);
};

} // namespace RouteDeck
