// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

namespace RouteDeck {

struct Snapshot;

// The built-in rules' verdicts on one snapshot: one AlertCondition per rule (enabled in the policy) and
// model group the router lists. Every verdict rests on the group's judged window (LiveVerdict): a group
// without enough traffic has unjudged latency, error and drift conditions, never met ones.
//
// The numbers are those the views show and the exported Prometheus rules compute (PrometheusRules):
//  p95_latency  the worst p95 of the group's deployments with kMinDeploymentRequests in the window;
//  error_rate   failures other than 429s, of all calls (429s are rate_limit's, so one storm is one alert);
//  rate_limit   429s, of all calls, or the configured share of the deployments the router cooled down
//               after a 429 (LiteLLM does at the first one), whichever is larger;
//  all_cooling  every deployment the router lists for the group out of rotation;
//  drift        a deployment's share significantly off the effective split (flagged by LiveVerdict)
//               by at least the group's driftPoints;
//  no_data      Prometheus answering without the group's series; and once for all groups (group ""), the
//               router or Prometheus unreachable.
namespace AlertConditions {

QList<AlertCondition> evaluate(const Snapshot &snapshot, const AlertPolicy &policy);

} // namespace AlertConditions

} // namespace RouteDeck
