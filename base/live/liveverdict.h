// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>

namespace RouteDeck {

struct DeploymentSnapshot;
struct GroupSnapshot;

// When a "now" number earns a verdict. A group's shares, error ratio and p95 are judged over the shortest
// of 1, 5 and 15 minutes that holds kMinRequests requests; with fewer even over 15 minutes the group has
// "not enough traffic", a state of its own, and no verdict. A deployment's drift is flagged only when a
// binomial test of its request count against its effective share gives p < kFlagPValue, and cleared only
// once p rises above kClearPValue, so a line does not flap between refreshes.
//
// Why: at 3 to 7 req/s the console's 4 s rate window held about 15 requests, and the demo's drift lines
// changed sign every 2 s (+25 pp, -11.5 pp, +13.6 pp) while nothing was wrong.
namespace LiveVerdict {

inline constexpr double kMinRequests = 200;
// A deployment's own error ratio and p95 earn a verdict from this many requests in the group's window.
inline constexpr double kMinDeploymentRequests = 50;
inline constexpr std::array<int, 3> kWindowsSeconds { 60, 300, 900 };
inline constexpr double kFlagPValue = 0.001;
inline constexpr double kClearPValue = 0.01;

// The index into kWindowsSeconds of the shortest window whose request count reaches kMinRequests;
// -1 when none does (not enough traffic).
int shortestSufficientWindow(const std::array<double, kWindowsSeconds.size()> &requests);

// Two-sided p-value of `hits` of `total` requests landing on a deployment whose expected share is
// `share` (the normal approximation of the binomial, with continuity correction; exact for shares 0
// and 1). NaN without requests.
double shareTestPValue(double hits, double total, double share);

// Whether drift is flagged now, given the p-value and whether it was flagged at the previous snapshot.
bool driftFlagged(double pValue, bool flaggedBefore);

// What a verdict rests on, in words: "over 1,240 requests in 5 min", or "not enough traffic for a
// verdict: 87 requests in 15 min, a verdict needs 200".
QString evidence(const GroupSnapshot &group);
// What the drift test saw: "+11.0 pp over 1,240 requests in 5 min (p < 0.0001)", "-2.1 pp over ...
// (p = 0.21): within chance".
QString driftEvidence(const DeploymentSnapshot &deployment, const GroupSnapshot &group);

} // namespace LiveVerdict

} // namespace RouteDeck
