// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertpolicy.h"
#include "routertypes.h"

#include <QVariantMap>

namespace RouteDeck {

// A profile's `alerts:` section. Limits are seconds for p95_latency, ratios (0.05 = 5 %) for error_rate
// and rate_limit, percentage points for drift_points; `for`, keep_firing_for and notify_interval in seconds.
//   alerts:
//     webhook_url_env: ROUTEDECK_SLACK_WEBHOOK   # the variable holding the incoming webhook URL
//     notify_interval: 600
//     keep_firing_for: 60
//     for: { p95_latency: 60, error_rate: 120 }
//     disabled: [drift]
//     defaults: { p95_latency: 3.5, error_rate: 0.05, rate_limit: 0.05, drift_points: 10 }
//     groups:
//       gpt-4o: { p95_latency: 6 }              # the rest from defaults
// A bad value is reported (naming the profile and key) and the default kept.
namespace AlertPolicyCodec {

AlertPolicy parse(const QVariantMap &section, const QString &profileName, const SourceLocation &where, Problems *problems);
// The section's lines at `indent` spaces, empty when `policy` is the default one.
QByteArray serialize(const AlertPolicy &policy, int indent);

} // namespace AlertPolicyCodec

} // namespace RouteDeck
