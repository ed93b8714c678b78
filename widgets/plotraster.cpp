// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotraster.h"

#include <algorithm>
#include <cmath>

namespace RouteDeck {

namespace {
// A premultiplied pixel scaled by a/256 (a in 0..256), two channels per multiplication.
inline QRgb scaled(QRgb pixel, uint a)
{
    const uint redBlue = (((pixel & 0x00ff00ffu) * a) >> 8) & 0x00ff00ffu;
    const uint alphaGreen = ((pixel >> 8) & 0x00ff00ffu) * a & 0xff00ff00u;
    return alphaGreen | redBlue;
}

// `source` over `destination`, both premultiplied.
inline QRgb over(QRgb source, QRgb destination)
{
    const uint keep = 255 - qAlpha(source);
    return source + scaled(destination, keep + (keep >> 7));
}

// y of the polyline at x on the piece from points[i] to points[i + 1].
inline double yOn(const QPolygonF &points, qsizetype i, double x)
{
    const QPointF &a = points.at(i);
    const QPointF &b = points.at(i + 1);
    const double dx = b.x() - a.x();
    return dx > 0 ? a.y() + (b.y() - a.y()) * std::clamp((x - a.x()) / dx, 0.0, 1.0) : b.y();
}
} // namespace

PlotRaster::PlotRaster(QImage &image)
    : m_image(image)
    , m_bits(image.bits())
    , m_stride(image.bytesPerLine())
{
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied);
}

std::pair<int, int> PlotRaster::columns(double from, double to) const
{
    if (!std::isfinite(from) || !std::isfinite(to) || to < from)
        return { 0, -1 };
    const double first = std::floor(from);
    const double last = to > first ? std::ceil(to) - 1 : first;
    // Clamped as doubles: far-off coordinates (a time range of years, a garbled point) fit no int.
    const double width = double(m_image.width());
    return { int(std::clamp(first, 0.0, width)), int(std::clamp(last, -1.0, width - 1)) };
}

void PlotRaster::strokeLine(const QPolygonF &points, const QColor &color, double width)
{
    const qsizetype n = points.size();
    if (n < 2)
        return;
    const QRgb rgb = qPremultiply(color.rgba());
    const double x0 = points.constFirst().x();
    const double x1 = points.constLast().x();
    qsizetype piece = 0; // points[piece].x <= x <= points[piece + 1].x for the x being asked
    const auto yAt = [&](double x) {
        while (piece + 2 < n && points.at(piece + 1).x() < x)
            ++piece;
        return yOn(points, piece, x);
    };
    const auto [first, last] = columns(x0, x1);
    for (int c = first; c <= last; ++c) {
        const double left = std::max(double(c), x0);
        const double right = std::min(double(c) + 1, x1);
        double low = yAt(left);
        double high = low;
        for (qsizetype j = piece + 1; j < n && points.at(j).x() <= right; ++j) {
            low = std::min(low, points.at(j).y());
            high = std::max(high, points.at(j).y());
        }
        const double end = yAt(right);
        low = std::min(low, end);
        high = std::max(high, end);
        blendSpan(c, low - width / 2, high + width / 2, rgb, x1 > x0 ? right - left : 1.0);
    }
}

void PlotRaster::fillBand(const QPolygonF &upper, const QPolygonF &lower, const QColor &color)
{
    const qsizetype n = std::min(upper.size(), lower.size());
    if (n == 0)
        return;
    const QRgb rgb = qPremultiply(color.rgba());
    const double x0 = upper.constFirst().x();
    const double x1 = upper.at(n - 1).x();
    qsizetype piece = 0;
    const auto [first, last] = columns(x0, x1);
    for (int c = first; c <= last; ++c) {
        // Each column shows the band at its centre (or the band's end, in its first and last column).
        const double x = std::clamp(double(c) + 0.5, x0, x1);
        while (piece + 2 < n && upper.at(piece + 1).x() < x)
            ++piece;
        const double top = n > 1 ? yOn(upper, piece, x) : upper.constFirst().y();
        const double bottom = n > 1 ? yOn(lower, piece, x) : lower.constFirst().y();
        const double coverage = x1 > x0 ? std::min(double(c) + 1, x1) - std::max(double(c), x0) : 1.0;
        blendSpan(c, top, bottom, rgb, coverage);
    }
}

void PlotRaster::fillRect(const QRect &rect, const QColor &color)
{
    const QRect clipped = rect.intersected(m_image.rect());
    const QRgb rgb = qPremultiply(color.rgba());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(m_bits + y * m_stride);
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            row[x] = over(rgb, row[x]);
    }
}

void PlotRaster::blendSpan(int x, double top, double bottom, QRgb color, double coverage)
{
    top = std::max(top, 0.0);
    bottom = std::min(bottom, double(m_image.height()));
    if (!(top < bottom) || x < 0 || x >= m_image.width())
        return;
    const auto pixelAt = [this, x](int y) -> QRgb & { return reinterpret_cast<QRgb *>(m_bits + y * m_stride)[x]; };
    const auto blendPart = [&](int y, double share) {
        const uint a = uint(std::clamp(share * coverage, 0.0, 1.0) * 256 + 0.5);
        if (a > 0)
            pixelAt(y) = over(a >= 256 ? color : scaled(color, a), pixelAt(y));
    };
    const int firstRow = int(top);
    const int lastRow = int(std::ceil(bottom)) - 1;
    if (firstRow >= lastRow) {
        blendPart(firstRow, bottom - top);
        return;
    }
    // The end pixels by the share they cover, the ones between whole.
    blendPart(firstRow, double(firstRow) + 1 - top);
    blendPart(lastRow, bottom - double(lastRow));
    const uint a = uint(std::clamp(coverage, 0.0, 1.0) * 256 + 0.5);
    const QRgb inner = a >= 256 ? color : scaled(color, a);
    if (qAlpha(inner) == 255) {
        for (int y = firstRow + 1; y < lastRow; ++y)
            pixelAt(y) = inner;
    } else {
        for (int y = firstRow + 1; y < lastRow; ++y)
            pixelAt(y) = over(inner, pixelAt(y));
    }
}

} // namespace RouteDeck
