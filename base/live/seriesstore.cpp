// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesstore.h"

#include <algorithm>
#include <cmath>

namespace RouteDeck {

SeriesStore::SeriesStore(qsizetype capacityPerSeries, qsizetype maxSeries, qsizetype maxTotalPoints)
    : m_capacity(std::max<qsizetype>(2, capacityPerSeries))
    , m_maxSeries(std::max<qsizetype>(1, maxSeries))
    , m_maxTotalPoints(std::max<qsizetype>(2, maxTotalPoints))
{
}

qsizetype SeriesStore::capacityPerSeries() const
{
    const qsizetype share = m_maxTotalPoints / std::max<qsizetype>(1, m_series.size());
    return std::min(m_capacity, std::max(std::min(m_capacity, kMinCapacity), share));
}

void SeriesStore::trim(Ring &ring) const
{
    // Trimming in chunks keeps append amortised O(1) without a true circular buffer's index math.
    const qsizetype excess = ring.points.size() - capacityPerSeries();
    if (excess > 0)
        ring.points.remove(0, excess);
}

void SeriesStore::append(const QString &key, qint64 msecs, double value)
{
    if (!m_series.contains(key) && m_series.size() >= m_maxSeries)
        return; // bounded: a label explosion must not take the console's memory
    Ring &ring = m_series[key];
    QList<SeriesPoint> &points = ring.points;
    if (points.isEmpty() || points.constLast().msecs < msecs) {
        points.append({ msecs, value });
        const qsizetype capacity = capacityPerSeries();
        if (points.size() > capacity + capacity / 8)
            trim(ring);
        return;
    }
    merge(key, { { msecs, value } });
}

void SeriesStore::merge(const QString &key, const QList<SeriesPoint> &incoming)
{
    if (incoming.isEmpty())
        return;
    if (!m_series.contains(key) && m_series.size() >= m_maxSeries)
        return;
    QList<SeriesPoint> &points = m_series[key].points;
    QList<SeriesPoint> merged;
    merged.reserve(points.size() + incoming.size());
    auto a = points.cbegin();
    auto b = incoming.cbegin();
    while (a != points.cend() || b != incoming.cend()) {
        if (b == incoming.cend() || (a != points.cend() && a->msecs < b->msecs)) {
            merged.append(*a++);
        } else if (a == points.cend() || b->msecs < a->msecs) {
            merged.append(*b++);
        } else { // same time: the newer answer wins
            merged.append(*b++);
            ++a;
        }
    }
    points = std::move(merged);
    trim(m_series[key]);
}

void SeriesStore::clear()
{
    m_series.clear();
}

void SeriesStore::remove(const QString &key)
{
    m_series.remove(key);
}

QList<SeriesPoint> SeriesStore::range(const QString &key, qint64 from, qint64 to) const
{
    const auto it = m_series.constFind(key);
    if (it == m_series.cend())
        return {};
    const QList<SeriesPoint> &points = it->points;
    const auto first = std::lower_bound(points.cbegin(), points.cend(), from,
                                        [](const SeriesPoint &p, qint64 t) { return p.msecs < t; });
    const auto last = std::upper_bound(first, points.cend(), to,
                                       [](qint64 t, const SeriesPoint &p) { return t < p.msecs; });
    return QList<SeriesPoint>(first, last);
}

std::optional<SeriesPoint> SeriesStore::last(const QString &key) const
{
    const auto it = m_series.constFind(key);
    if (it == m_series.cend() || it->points.isEmpty())
        return std::nullopt;
    return it->points.constLast();
}

QStringList SeriesStore::keys(const QString &prefix) const
{
    QStringList result;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        if (it.key().startsWith(prefix))
            result.append(it.key());
    }
    result.sort();
    return result;
}

qsizetype SeriesStore::pointCount() const
{
    qsizetype count = 0;
    for (const Ring &ring : m_series)
        count += ring.points.size();
    return count;
}

qsizetype SeriesStore::approximateBytes() const
{
    qsizetype bytes = 0;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        bytes += it.key().size() * 2 + qsizetype(sizeof(Ring)) + it->points.capacity() * qsizetype(sizeof(SeriesPoint)) + 64;
    return bytes;
}

QList<QPointF> SeriesStore::downsample(const QList<SeriesPoint> &points, qint64 from, qint64 to, int pixelColumns)
{
    QList<QPointF> out;
    if (points.isEmpty() || to <= from)
        return out;
    if (pixelColumns <= 0 || points.size() <= qsizetype(pixelColumns) * 4) {
        out.reserve(points.size());
        for (const SeriesPoint &p : points) {
            if (p.msecs >= from && p.msecs <= to)
                out.append(QPointF(double(p.msecs), p.value));
        }
        return out;
    }
    const double columnWidth = double(to - from) / pixelColumns;
    out.reserve(qsizetype(pixelColumns) * 4);
    qsizetype i = 0;
    while (i < points.size() && points.at(i).msecs < from)
        ++i;
    while (i < points.size() && points.at(i).msecs <= to) {
        const int column = std::min(pixelColumns - 1, int((points.at(i).msecs - from) / columnWidth));
        const SeriesPoint first = points.at(i);
        SeriesPoint lastPoint = first;
        SeriesPoint minPoint { 0, std::numeric_limits<double>::infinity() };
        SeriesPoint maxPoint { 0, -std::numeric_limits<double>::infinity() };
        bool gap = false;
        for (; i < points.size() && points.at(i).msecs <= to
             && std::min(pixelColumns - 1, int((points.at(i).msecs - from) / columnWidth)) == column;
             ++i) {
            const SeriesPoint &p = points.at(i);
            lastPoint = p;
            if (std::isnan(p.value)) {
                gap = true;
                continue;
            }
            if (p.value < minPoint.value)
                minPoint = p;
            if (p.value > maxPoint.value)
                maxPoint = p;
        }
        // Emit in time order without repeats: first, min/max in their order, last.
        QList<SeriesPoint> emitted { first };
        if (std::isfinite(minPoint.value) || std::isfinite(maxPoint.value)) {
            const bool minFirst = minPoint.msecs <= maxPoint.msecs;
            for (const SeriesPoint &p : minFirst ? QList { minPoint, maxPoint } : QList { maxPoint, minPoint }) {
                if (std::isfinite(p.value) && !(p == emitted.constLast()))
                    emitted.append(p);
            }
        }
        if (gap && !std::isnan(emitted.constLast().value))
            emitted.append({ lastPoint.msecs, std::numeric_limits<double>::quiet_NaN() });
        if (!(lastPoint == emitted.constLast()) && !(std::isnan(lastPoint.value) && std::isnan(emitted.constLast().value)))
            emitted.append(lastPoint);
        for (const SeriesPoint &p : std::as_const(emitted))
            out.append(QPointF(double(p.msecs), p.value));
    }
    return out;
}

} // namespace RouteDeck
