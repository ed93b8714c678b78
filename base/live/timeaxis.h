// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace RouteDeck {

// Maps a time range [from, to] (Unix ms) onto a pixel span [left, left + width]. Painting code
// (cooldown strips, chart overlays) asks it instead of doing the arithmetic inline.
struct TimeAxis
{
    qint64 from = 0;
    qint64 to = 0;
    double left = 0;
    double width = 0;

    bool isValid() const { return to > from && width > 0; }
    double right() const { return left + width; }
    // Unclamped: times outside the range map outside the span.
    double xForTime(qint64 msecs) const;
    qint64 timeForX(double x) const;
    // The pixel extent [x0, x1] of [start, end] clipped to the span; nullopt when it lies outside.
    // Extents narrower than minWidth grow to it (centred) so brief events stay visible.
    std::optional<std::pair<double, double>> span(qint64 start, qint64 end, double minWidth = 0) const;
    // Where a label of textWidth pixels for the extent [x0, x1] (a marker: x0 == x1) starts: gap pixels
    // right of x0, or, where it would run past the span's right end, ending gap pixels left of x1; never
    // left of the span.
    double labelLeft(double x0, double x1, double textWidth, double gap = 3) const;

    // Tick times at a round step (1 s ... 1 d, aligned in local time) with at least minSpacing pixels
    // between ticks.
    QList<qint64> ticks(double minSpacing) const;
    qint64 tickStep(double minSpacing) const;

    // Date/time format for labels over a range of this length: "HH:mm:ss", "HH:mm", "ddd HH:mm", "d MMM".
    static QString labelFormat(qint64 spanMsecs);
};

} // namespace RouteDeck
