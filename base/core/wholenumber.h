// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <optional>

namespace RouteDeck {

// A number read from a file or an answer (a double) for an integer field: the whole number `value` when
// it lies in [lo, hi]; nothing for NaN, infinities, fractions and anything outside. The one check before
// such a cast: casting first (int(1e300), qint64(inf)) is undefined behaviour. To accept fractions,
// round first: wholeNumberIn(std::round(value), lo, hi).
template<std::integral Int>
std::optional<Int> wholeNumberIn(double value, Int lo, Int hi)
{
    // The type's range as doubles, both exact: its minimum (0 or -2^digits) and one past its maximum
    // (2^digits). Comparing in doubles before the cast keeps every cast in range.
    constexpr double lowest = double(std::numeric_limits<Int>::min());
    constexpr double pastMax = double(std::numeric_limits<Int>::max() / 2 + 1) * 2.0;
    if (!(value >= lowest && value < pastMax) || std::trunc(value) != value)
        return std::nullopt;
    const Int whole = static_cast<Int>(value);
    if (whole < lo || whole > hi)
        return std::nullopt;
    return whole;
}

} // namespace RouteDeck
