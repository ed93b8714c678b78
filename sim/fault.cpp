// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault.h"

#include <cmath>

namespace RouteDeck {

QString Fault::kindName() const
{
    switch (kind) {
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::AdminError:
        return QStringLiteral("admin_error");
    case Kind::Failure:
        break;
    }
    return Outcomes::name(outcome);
}

QVariantMap Fault::toVariant(double now) const
{
    QVariantMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("target"), target);
    map.insert(QStringLiteral("kind"), kindName());
    map.insert(QStringLiteral("probability"), probability);
    map.insert(QStringLiteral("extra_latency_ms"), extraLatencySeconds * 1000.0);
    map.insert(QStringLiteral("started_at_s"), startedAt);
    const bool forever = std::isinf(durationSeconds);
    map.insert(QStringLiteral("duration_s"), forever ? QVariant() : QVariant(durationSeconds));
    map.insert(
        QStringLiteral("remaining_s"), forever ? QVariant() : QVariant(std::max(0.0, expiresAt() - now)));
    map.insert(QStringLiteral("active"), isActive(now));
    return map;
}

} // namespace RouteDeck
