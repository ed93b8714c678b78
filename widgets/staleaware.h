// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace RouteDeck {

// A view of live data, the one way for it to go stale: it greys its data while the source is stale.
// A view drawn over time also follows the page's time range, markers and spans; the others ignore them.
// Implemented by TimeSeriesChart, StackedBarChart, the painted views (PaintedLiveView: SplitBar,
// CooldownStrip) and, for tables and lists, ItemViewStaleLook.
class StaleAware
{
public:
    struct TimeMarker
    {
        qint64 msecs = 0;
        QString label; // e.g. "weights pushed"
    };
    // A stretch of time, shaded: an alert from firing to resolved.
    struct TimeSpan
    {
        qint64 fromMsecs = 0;
        qint64 toMsecs = 0; // 0: still going
        QString label; // e.g. "rate limits (429): gpt-4o-mini"
        bool operator==(const TimeSpan &) const = default;
    };

    virtual ~StaleAware() = default;

    virtual void setStale(bool stale) = 0;
    virtual bool isStale() const = 0;
    virtual void setTimeRange(qint64 /*fromMsecs*/, qint64 /*toMsecs*/) {}
    // Vertical markers at moments of the time range (e.g. weight pushes).
    virtual void setTimeMarkers(const QList<TimeMarker> & /*markers*/) {}
    // Shaded spans of the time range (e.g. alerts while they fired).
    virtual void setTimeSpans(const QList<TimeSpan> & /*spans*/) {}
};

} // namespace RouteDeck
