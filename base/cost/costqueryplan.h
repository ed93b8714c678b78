// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costtypes.h"

#include <QStringList>
#include <QTimeZone>

namespace RouteDeck {

// What one cost fetch asks Prometheus, worked out from the user's request and the clock: the range
// to show, the intervals to fetch (hourly up to kMaxHourlyDays, daily beyond), and the grid of the
// range queries. Pure arithmetic, so it is tested without a server.
//
// The fetch covers more than the range shown: the two weeks before the range's last day (for
// day-over-day and week-over-week) and, for ranges ending now, the month so far (for the
// projection). A range query's sample at t is increase() over [t - resolution, t); the time from
// the grid's last point to `to` is covered by instant queries (`partialFrom`).
struct CostQueryPlan
{
    static constexpr int kMaxHourlyDays = 93; // hourly intervals up to about a quarter: 2,232 points

    QDateTime now;
    QDateTime from; // range shown, snapped to a bucket start
    QDateTime to; // range shown, exclusive; `now` unless a custom range ends earlier
    CostBucket bucket = CostBucket::Day;
    QDateTime fetchFrom; // start of the first fetched interval
    qint64 resolutionSeconds = 3600; // = the range queries' step and the increase() window
    QDateTime gridStart; // first range-query evaluation time (end of the first interval); invalid: none
    QDateTime gridEnd; // last evaluation time
    QDateTime partialFrom; // invalid: no partial interval
    qint64 points = 0; // per series, never above QueryStep::kMaxPointsPerSeries
    QStringList notes; // what was changed from the request, in plain words
    QString error; // non-empty: nothing to fetch (say why)

    bool isValid() const { return error.isEmpty(); }
    qint64 partialSeconds() const;

    static CostQueryPlan plan(const CostRequest &request, const QDateTime &now, const QTimeZone &zone);
};

} // namespace RouteDeck
