// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeaxis.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace RouteDeck {

double TimeAxis::xForTime(qint64 msecs) const
{
    if (to <= from)
        return left;
    return left + double(msecs - from) * width / double(to - from);
}

qint64 TimeAxis::timeForX(double x) const
{
    if (width <= 0)
        return from;
    return from + qint64(std::llround((x - left) * double(to - from) / width));
}

std::optional<std::pair<double, double>> TimeAxis::span(qint64 start, qint64 end, double minWidth) const
{
    if (!isValid() || end < start || end < from || start > to)
        return std::nullopt;
    double x0 = xForTime(std::max(start, from));
    double x1 = xForTime(std::min(end, to));
    if (x1 - x0 < minWidth) {
        const double centre = (x0 + x1) / 2;
        x0 = std::max(left, centre - minWidth / 2);
        x1 = std::min(right(), x0 + minWidth);
        x0 = std::max(left, x1 - minWidth);
    }
    return std::make_pair(x0, x1);
}

double TimeAxis::labelLeft(double x0, double x1, double textWidth, double gap) const
{
    if (x0 + gap + textWidth <= right())
        return x0 + gap;
    return std::max(left, x1 - gap - textWidth);
}

qint64 TimeAxis::tickStep(double minSpacing) const
{
    static constexpr std::array<qint64, 17> steps { 1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000,
                                                    600000, 900000, 1800000, 3600000, 3 * 3600000, 6 * 3600000,
                                                    12 * 3600000, 24 * 3600000 };
    if (!isValid())
        return steps.back();
    const double msecsPerPixel = double(to - from) / width;
    for (qint64 step : steps) {
        if (double(step) / msecsPerPixel >= minSpacing)
            return step;
    }
    // Beyond a day per tick: whole days.
    const qint64 day = steps.back();
    return day * qint64(std::ceil(minSpacing * msecsPerPixel / double(day)));
}

QList<qint64> TimeAxis::ticks(double minSpacing) const
{
    QList<qint64> result;
    if (!isValid())
        return result;
    const qint64 step = tickStep(minSpacing);
    // Align in local time, so hour and day ticks fall on the hour and midnight the user sees.
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(from).offsetFromUtc()) * 1000;
    qint64 first = ((from + offset) / step) * step - offset;
    if (first < from)
        first += step;
    for (qint64 t = first; t <= to; t += step)
        result.append(t);
    return result;
}

QString TimeAxis::labelFormat(qint64 spanMsecs)
{
    if (spanMsecs <= 10 * 60 * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMsecs <= 36LL * 3600 * 1000)
        return QStringLiteral("HH:mm");
    if (spanMsecs <= 8LL * 24 * 3600 * 1000)
        return QStringLiteral("ddd HH:mm");
    return QStringLiteral("d MMM");
}

} // namespace RouteDeck
