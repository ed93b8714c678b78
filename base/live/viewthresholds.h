// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace RouteDeck {

// How bad a group or a line of the incident summary is; the order is the display order.
enum class Health { Critical, Error, Warning, Ok, Unknown };
QString healthName(Health health); // "critical", "error", "warning", "ok", "no data"
QColor healthColor(Health health); // red, orange, amber, green, grey: readable on light and dark

// Where the live views start to call something wrong. The latency threshold is per model group
// (the alias clients ask for), edited on the Latency page.
struct ViewThresholds
{
    static constexpr double kDefaultLatencySeconds = 3.5;

    double defaultLatencySeconds = kDefaultLatencySeconds;
    QHash<QString, double> latencySecondsByGroup;
    double driftPoints = 10; // |observed - effective| share, in percentage points
    double errorRatio = 0.05; // of a deployment's or group's calls
    double criticalErrorRatio = 0.25;
    double rateLimitRatio = 0.01; // 429s, of a deployment's calls
    double minRequestsPerSecond = 0.01; // below it ratios and drift are noise

    double latencySeconds(const QString &group) const { return latencySecondsByGroup.value(group, defaultLatencySeconds); }
    friend bool operator==(const ViewThresholds &, const ViewThresholds &) = default;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::ViewThresholds)
