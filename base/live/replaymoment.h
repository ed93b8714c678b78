// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace RouteDeck {

// The moment an incident replay shows, as typed after `--at` (routedeck and routedeckctl status):
//   2026-12-04T03:06:27Z, 2026-12-04T04:06:27+01:00  ISO 8601 (as in an alert's link), to the millisecond
//   2026-12-04T03:06:27                               the same without a zone: local time
//   -15m, -90s, -2h, -1d                              that long before now
// A moment more than a minute ahead of `now` is refused: there is nothing to replay there yet.
class ReplayMoment
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::ReplayMoment)

public:
    static constexpr qint64 kLongestAgoSeconds = 400LL * 24 * 3600; // beyond any Prometheus retention worth asking

    // The moment in UTC; invalid, and why in `error`, when `text` is none of the forms above.
    static QDateTime parse(const QString &text, const QDateTime &now, QString *error = nullptr);
};

} // namespace RouteDeck
