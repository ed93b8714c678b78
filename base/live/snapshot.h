// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One consistent, timestamped picture of a router: what is configured (router admin API) joined on
// model_id with what is happening (Prometheus). Built by SnapshotAssembler, shown by the views and
// printed by `routedeckctl status`.

#include "routertypes.h"

#include <QDateTime>
#include <QMetaType>

#include <array>
#include <limits>

namespace RouteDeck {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

enum class Outcome { Success, Timeout, RateLimit, ApiError, Other };
inline constexpr int kOutcomeCount = 5;
QString outcomeName(Outcome outcome); // "success", "timeout", "rate_limit", "api_error", "other"
// LiteLLM's failure labels to an outcome: 429 -> rate_limit, 408 or a *Timeout* class -> timeout,
// other 4xx/5xx -> api_error, the rest -> other.
Outcome outcomeForFailure(const QString &exceptionStatus, const QString &exceptionClass);
std::optional<Outcome> outcomeFromName(const QString &name);

// litellm_deployment_state: 0 healthy, 1 partial outage, 2 complete outage (cooled down).
enum class CooldownState { Unknown, Healthy, Partial, Cooling };
QString cooldownStateName(CooldownState state);

// A latency quantile. NaN means "no traffic" (not 0); `atLeast` means the quantile fell in the +Inf
// bucket and the value is only the largest finite bound.
struct Quantile
{
    double seconds = kNoValue;
    bool atLeast = false;

    bool hasValue() const { return seconds == seconds; }
    QString toString() const; // "1.23 s", "≥ 300 s", "no traffic"
    friend bool operator==(const Quantile &, const Quantile &) = default;
};

struct DeploymentSnapshot
{
    QString id;
    QString group;
    QString provider;
    QString model;
    QString apiBase;
    std::optional<double> weight;
    bool inRouter = false; // listed by the router's admin API
    bool inMetrics = false; // seen in Prometheus

    double configuredShare = 0; // by weights (ShareMath)
    double effectiveShare = 0; // renormalised over deployments not cooling
    double observedShare = kNoValue; // of the group's requests/s; NaN when the group has no traffic
    double requestsPerSecond = kNoValue;
    std::array<double, kOutcomeCount> outcomeRates { kNoValue, kNoValue, kNoValue, kNoValue, kNoValue }; // per second
    Quantile p50 {};
    Quantile p95 {};
    Quantile p99 {};
    CooldownState state = CooldownState::Unknown;
    QString cooldownReason {}; // latest exception_status that cooled it, e.g. "429"
    QDateTime lastCooldownAt {}; // when the router last took it out of rotation, as far as RouteDeck saw it
    double remainingRequests = kNoValue;
    double remainingTokens = kNoValue;

    // Over the group's judged window (LiveVerdict; GroupSnapshot::judgedWindowSeconds): requests, their
    // share of the group's, the binomial test of that share against effectiveShare, and whether drift is
    // flagged (with hysteresis). The step-sized figures above feed the charts; these feed verdicts.
    double judgedRequests = kNoValue;
    double judgedShare = kNoValue;
    double driftPValue = kNoValue;
    bool driftFlagged = false;
    // Failed / all over the window, and the p95 there; NaN and none below kMinDeploymentRequests.
    double judgedErrorRatio = kNoValue;
    double judgedRateLimitRatio = kNoValue; // the part of judgedErrorRatio that were 429s
    Quantile judgedP95 {};

    double outcomeRate(Outcome o) const { return outcomeRates[size_t(o)]; }
    double errorRatio() const; // (all but success) / all; NaN without traffic
    // Judged share minus effective share, in percentage points: the one drift rule of every view. NaN (no
    // verdict) unless the drift is flagged: significant over enough requests, for a deployment the router
    // lists (nothing is expected of others).
    double driftPoints() const;
    // What the test saw, flagged or not: judged share minus effective share; NaN without a judged window.
    double judgedDriftPoints() const;
    bool isCooling() const { return state == CooldownState::Cooling; }
    friend bool operator==(const DeploymentSnapshot &, const DeploymentSnapshot &) = default;
};

struct GroupSnapshot
{
    QString name;
    double requestsPerSecond = kNoValue;
    double errorRatio = kNoValue;
    double fallbacksPerSecond = kNoValue; // calls of this group answered by a fallback group
    int deploymentCount = 0;
    int coolingCount = 0;
    double maxDriftPoints = kNoValue; // largest flagged |judged - effective| in percentage points
    // The shortest of LiveVerdict's windows holding enough requests; 0 when even the longest does not
    // ("not enough traffic": no verdict on errors, latency or drift).
    double judgedWindowSeconds = 0;
    double judgedRequests = kNoValue; // in that window (or in the longest, when not enough)
    double judgedErrorRatio = kNoValue;
    double judgedRateLimitRatio = kNoValue; // the part of judgedErrorRatio that were 429s
    // The split changed within that window (a cooldown, new weights): its shares are not judged
    // against the current split, so no drift verdict.
    bool splitChanging = false;

    bool hasVerdict() const { return judgedWindowSeconds > 0; }
    friend bool operator==(const GroupSnapshot &, const GroupSnapshot &) = default;
};

// Freshness of one data source.
struct SourceStatus
{
    enum class State { Unknown, Live, Stale, Unreachable };

    State state = State::Unknown;
    QDateTime lastGood; // last time data arrived
    QDateTime failingSince; // first failure of the current run of failures
    QString error; // the latest failure, as a person can act on it
    QString detail; // e.g. the Prometheus version
    // Valid in incident replay: the data is the state at this past moment, not now (DataPlane::setReplayTime).
    QDateTime replayAt;

    bool isReplay() const { return replayAt.isValid(); }
    // "live", "replay of 2026-12-04T03:06:27Z", "stale since 12:03:10: <error>", "unreachable: <error>"
    QString summary() const;
    friend bool operator==(const SourceStatus &, const SourceStatus &) = default;
};

struct Snapshot
{
    QDateTime time; // when the data was asked for
    QList<DeploymentSnapshot> deployments; // grouped, in router order; metrics-only ones last
    QList<GroupSnapshot> groups;
    SourceStatus router;
    SourceStatus prometheus;
    QStringList warnings; // from the join and the queries (e.g. "deployment x only in Prometheus")
    QString metricsProblem; // why the metrics source has no LiteLLM series, when that is known
    double largestFiniteBucket = 300; // seconds; a quantile at this value is "at least"
    double rateWindowSeconds = 0;

    // Incident replay: the metrics are of `time`, a past moment, and the router's part is its current list.
    bool isReplay() const { return prometheus.isReplay(); }
    const DeploymentSnapshot *deployment(const QString &id) const;
    const GroupSnapshot *group(const QString &name) const;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::Snapshot)
