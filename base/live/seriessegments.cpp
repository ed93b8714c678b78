// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriessegments.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace RouteDeck {

QList<QList<QPointF>> SeriesSegments::split(const QList<QPointF> &points)
{
    QList<QList<QPointF>> runs;
    QList<QPointF> current;
    for (const QPointF &p : points) {
        if (std::isfinite(p.y()) && std::isfinite(p.x())) {
            current.append(p);
        } else if (!current.isEmpty()) {
            runs.append(std::move(current));
            current = {};
        }
    }
    if (!current.isEmpty())
        runs.append(std::move(current));
    return runs;
}

namespace {
// The value of a series at x: exact, interpolated between finite neighbours, or nothing.
class Cursor
{
public:
    explicit Cursor(const QList<QPointF> &points)
        : m_points(points)
    {
    }

    // x must not decrease between calls.
    std::optional<double> valueAt(double x)
    {
        while (m_next < m_points.size() && m_points.at(m_next).x() < x)
            ++m_next;
        if (m_next < m_points.size() && m_points.at(m_next).x() == x) {
            const double y = m_points.at(m_next).y();
            return std::isfinite(y) ? std::optional<double>(y) : std::nullopt;
        }
        if (m_next == 0 || m_next >= m_points.size())
            return std::nullopt;
        const QPointF a = m_points.at(m_next - 1);
        const QPointF b = m_points.at(m_next);
        if (!std::isfinite(a.y()) || !std::isfinite(b.y()))
            return std::nullopt;
        return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
    }

private:
    const QList<QPointF> &m_points;
    qsizetype m_next = 0;
};
} // namespace

namespace {
// The x values of all series, sorted, each once. Series read from the store at one refresh mostly share
// theirs: then the first series' are taken as they are, without sorting them all.
QList<double> unionOfXs(const QList<QList<QPointF>> &series)
{
    QList<double> xs;
    const auto sameXs = [](const QList<QPointF> &a, const QList<QPointF> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const QPointF &p, const QPointF &q) { return p.x() == q.x(); });
    };
    const bool shared = !series.isEmpty() && std::all_of(series.cbegin(), series.cend(), [&](const QList<QPointF> &s) {
        return sameXs(s, series.constFirst());
    });
    for (const QList<QPointF> &points : series) {
        for (const QPointF &p : points)
            xs.append(p.x());
        if (shared)
            break;
    }
    if (!shared || !std::is_sorted(xs.cbegin(), xs.cend()))
        std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    return xs;
}
} // namespace

QList<SeriesSegments::Run> SeriesSegments::stack(const QList<QList<QPointF>> &series)
{
    QList<double> xs = unionOfXs(series);

    std::vector<Cursor> cursors;
    cursors.reserve(size_t(series.size()));
    for (const QList<QPointF> &points : series)
        cursors.emplace_back(points);

    QList<Run> runs;
    Run current;
    const auto closeRun = [&] {
        if (!current.isEmpty() && !current.constFirst().upper.isEmpty())
            runs.append(std::move(current));
        current = {};
    };
    QList<std::optional<double>> values(series.size());
    for (double x : std::as_const(xs)) {
        bool any = false;
        for (qsizetype i = 0; i < series.size(); ++i) {
            values[i] = cursors[size_t(i)].valueAt(x);
            any = any || values[i].has_value();
        }
        if (!any) {
            closeRun();
            continue;
        }
        if (current.isEmpty())
            current.resize(series.size());
        double base = 0;
        for (qsizetype i = 0; i < series.size(); ++i) {
            const double top = base + std::max(0.0, values[i].value_or(0.0));
            current[i].lower.append(QPointF(x, base));
            current[i].upper.append(QPointF(x, top));
            base = top;
        }
    }
    closeRun();
    return runs;
}

} // namespace RouteDeck
