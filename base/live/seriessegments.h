// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace RouteDeck {

// Chart data math outside the widgets: where a line breaks, how areas stack.
class SeriesSegments
{
public:
    // Runs of finite points. NaN (no traffic) and infinities end a run, so a chart draws a gap,
    // never a drop to 0.
    static QList<QList<QPointF>> split(const QList<QPointF> &points);

    // Layers of a stacked area chart: for layer i, `lower` is the sum of layers 0..i-1 and `upper`
    // that plus layer i, over the same x values.
    struct Layer
    {
        QList<QPointF> lower;
        QList<QPointF> upper;
    };
    using Run = QList<Layer>; // one layer per input series, all over the run's x values

    // Stacks series (points sorted by x) on the union of their x values. Where a series has no
    // point at an x its value is interpolated between its neighbours, and counts 0 outside its
    // points or next to a NaN. An x where every series is NaN or absent ends the run: the chart
    // shows a gap there.
    static QList<Run> stack(const QList<QList<QPointF>> &series);
};

} // namespace RouteDeck
