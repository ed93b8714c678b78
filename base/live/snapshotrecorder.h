// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seriesstore.h"
#include "snapshot.h"

namespace RouteDeck {

// Writes one snapshot into the series store under the SeriesKeys names: per deployment rps, three
// shares, three quantiles, five outcome rates, cooldown state and reason; per group rps, error ratio
// and fallbacks. The data plane records every metrics frame through it.
class SnapshotRecorder
{
public:
    static void record(SeriesStore &store, const Snapshot &snapshot, qint64 msecs);
};

} // namespace RouteDeck
