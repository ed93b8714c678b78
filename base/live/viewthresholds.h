// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertpolicy.h"

#include <QColor>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace RouteDeck {

// How bad a group or a line of the incident summary is; the order is the display order.
enum class Health { Critical, Error, Warning, Ok, Unknown };
QString healthName(Health health); // "critical", "error", "warning", "ok", "no data"
QColor healthColor(Health health); // red, orange, amber, green, grey: readable on light and dark

// Where the live views start to call something wrong: the alert limits of each model group (the alias
// clients ask for; AlertPolicy, from the profile, edited on the Latency and Alerts pages), and the
// views' own lines.
struct ViewThresholds
{
    GroupLimitTable limits;
    double criticalErrorRatio = 0.25;
    double minRequestsPerSecond = 0.01; // below it ratios and drift are noise

    GroupLimits of(const QString &group) const { return limits.of(group); }
    double latencySeconds(const QString &group) const { return limits.of(group).latencySeconds; }
    friend bool operator==(const ViewThresholds &, const ViewThresholds &) = default;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::ViewThresholds)
