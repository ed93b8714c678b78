// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace RouteDeck {

// A view of live data, the one way for it to go stale: it greys its data while the source is stale.
// A view drawn over time also follows the page's time range and markers; the others ignore them.
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

    virtual ~StaleAware() = default;

    virtual void setStale(bool stale) = 0;
    virtual bool isStale() const = 0;
    virtual void setTimeRange(qint64 /*fromMsecs*/, qint64 /*toMsecs*/) {}
    // Vertical markers at moments of the time range (e.g. weight pushes).
    virtual void setTimeMarkers(const QList<TimeMarker> & /*markers*/) {}
};

} // namespace RouteDeck
