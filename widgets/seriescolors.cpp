// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriescolors.h"

#include <QPalette>

#include <array>

namespace RouteDeck {

QColor SeriesColors::series(int index)
{
    static constexpr std::array<QRgb, 10> colors { 0x4e79a7, 0x59a14f, 0xb07aa1, 0x76b7b2, 0xedc948,
                                                   0x9c755f, 0xff9da7, 0x86bcb6, 0x8cd17d, 0xd4a6c8 };
    return QColor(colors[size_t(std::abs(index)) % colors.size()]);
}

QColor SeriesColors::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QColor(0x59a14f);
    case Outcome::Timeout:
        return QColor(0xb07aa1);
    case Outcome::RateLimit:
        return QColor(0xff7f0e);
    case Outcome::ApiError:
        return QColor(0xe15759);
    case Outcome::Other:
        return QColor(0xa0a0a0);
    }
    return QColor(0xa0a0a0);
}

QColor SeriesColors::reason(CooldownReasonKind kind)
{
    switch (kind) {
    case CooldownReasonKind::RateLimit:
        return QColor(0xff7f0e);
    case CooldownReasonKind::Auth:
        return QColor(0x9467bd);
    case CooldownReasonKind::ServerError:
        return QColor(0xd62728);
    case CooldownReasonKind::FailureRate:
        return QColor(0xd37295);
    case CooldownReasonKind::Unknown:
    case CooldownReasonKind::None:
        return QColor(0x8c8c8c);
    }
    return QColor(0x8c8c8c);
}

QColor SeriesColors::healthy()
{
    return QColor(0x59a14f);
}

QColor SeriesColors::threshold()
{
    return QColor(0xd62728);
}

QColor SeriesColors::alertSpan()
{
    return QColor(0xd62728);
}

QColor SeriesColors::sourceState(int state)
{
    switch (state) {
    case 1: // Live
        return QColor(0x2e9d4f);
    case 2: // Stale
        return QColor(0xe0a000);
    case 3: // Unreachable
        return QColor(0xd62728);
    default:
        return QColor(0x8c8c8c);
    }
}

QColor SeriesColors::greyed(const QColor &color)
{
    const int grey = qGray(color.rgb());
    // Half way to grey keeps a hint of each series' hue, so stale lines stay tellable apart.
    const auto mix = [grey](int c) { return (c + grey) / 2; };
    QColor result(mix(color.red()), mix(color.green()), mix(color.blue()));
    result.setAlpha(color.alpha() * 3 / 4);
    return result;
}

bool SeriesColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace RouteDeck
