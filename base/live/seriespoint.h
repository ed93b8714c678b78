// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace RouteDeck {

struct SeriesPoint
{
    qint64 msecs = 0; // Unix milliseconds
    double value = 0; // NaN marks "no data" (a gap, never drawn as 0)
    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

} // namespace RouteDeck
