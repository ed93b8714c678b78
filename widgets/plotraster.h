// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QPolygonF>

namespace RouteDeck {

// Draws chart data straight into an image, one pixel column at a time: a line as the vertical span
// its piece covers in each column, a stacked layer as the span between its lower and upper edge.
// The span's end pixels are blended by the fraction they cover, so edges read smooth. TimeSeriesChart
// draws with it because QPainter strokes a 2 px antialiased polyline of 900 points in about 3 ms and
// fills a stacked layer in about 5 ms (20 of each on a page), where a column pass takes a tenth of that.
// A steep line is one column wide, not the pen's width: the price of the speed. The chart's grid goes
// here too.
class PlotRaster
{
public:
    // `image` in Format_ARGB32_Premultiplied; coordinates are its device pixels.
    explicit PlotRaster(QImage &image);

    // A line through `points` (sorted by x), `width` pixels thick vertically.
    void strokeLine(const QPolygonF &points, const QColor &color, double width);
    // The band between `lower` and `upper` (the same x values, sorted; y down: upper.y <= lower.y).
    void fillBand(const QPolygonF &upper, const QPolygonF &lower, const QColor &color);
    // Whole pixels, e.g. a grid line (QPainter hands a long line to its thread pool, which costs more
    // than the line).
    void fillRect(const QRect &rect, const QColor &color);

private:
    // Blends `color` over the pixels of column x from y top to bottom (fractions blend partly),
    // each pixel's share scaled by `coverage` (0..1, the share of the column covered).
    void blendSpan(int x, double top, double bottom, QRgb color, double coverage);
    // The columns whose pixels [x, x+1) overlap [from, to], clipped to the image.
    std::pair<int, int> columns(double from, double to) const;

    QImage &m_image;
    uchar *m_bits; // m_image's pixels, detached once
    qsizetype m_stride;
};

} // namespace RouteDeck
