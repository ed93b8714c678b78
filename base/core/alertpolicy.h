// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace RouteDeck {

// The console's built-in alert rules, each evaluated per model group. The same rules are exported as
// Prometheus alerting rules (PrometheusRules), where Prometheus can compute them.
enum class AlertRule {
    Latency, // the worst deployment's p95 over the group's latency limit
    ErrorRate, // failures other than rate limits (timeouts, API errors, other), of all calls
    RateLimit, // 429s, of all calls, or the configured traffic out of rotation after 429s
    AllCooling, // every deployment of the group out of rotation
    Drift, // a deployment's share significantly off the effective split (LiveVerdict)
    NoData, // a source unreachable, or the group's series absent
};
inline constexpr int kAlertRuleCount = 6;
inline constexpr std::array<AlertRule, kAlertRuleCount> kAlertRules { AlertRule::Latency, AlertRule::ErrorRate,
                                                                      AlertRule::RateLimit, AlertRule::AllCooling,
                                                                      AlertRule::Drift, AlertRule::NoData };
QString alertRuleId(AlertRule rule); // "p95_latency", "error_rate", "rate_limit", "all_cooling", "drift", "no_data"
std::optional<AlertRule> alertRuleFromId(const QString &id);
QString alertRuleTitle(AlertRule rule); // translated: "p95 latency", "error rate", ...
// Whether Prometheus can evaluate the rule from the router's metrics alone. Drift needs the router's
// weights and all_cooling its cooldown_time, both held by the router, so those two stay console-only.
bool alertRuleExportable(AlertRule rule);

// Where a model group's numbers become wrong. The seed's alerts: p95 over 3.5 to 5 s per model.
struct GroupLimits
{
    static constexpr double kDefaultLatencySeconds = 3.5;

    double latencySeconds = kDefaultLatencySeconds;
    double errorRatio = 0.05;
    double rateLimitRatio = 0.05;
    double driftPoints = 10; // |judged - effective| share, in percentage points, of a significant drift

    // A rule's limit in its value's unit (seconds, ratio, percentage points): what the console's verdict
    // and the exported Prometheus rule compare with. None for all_cooling (the group's size) and no_data.
    std::optional<double> limitOf(AlertRule rule) const;
    friend bool operator==(const GroupLimits &, const GroupLimits &) = default;
};

// The limits of every group: defaults and whole per-group overrides.
struct GroupLimitTable
{
    GroupLimits defaults;
    QHash<QString, GroupLimits> groups;

    GroupLimits of(const QString &group) const { return groups.value(group, defaults); }
    friend bool operator==(const GroupLimitTable &, const GroupLimitTable &) = default;
};

// What a connection profile says about alerting: limits, how long a condition must hold before it fires
// (Prometheus' `for:`) and keeps firing after it cleared (`keep_firing_for:`, so a flapping condition is
// one alert, not a storm), and where notifications go.
struct AlertPolicy
{
    GroupLimitTable limits;
    std::array<double, kAlertRuleCount> forSeconds { 60, 120, 60, 60, 300, 120 }; // in kAlertRules order
    double keepFiringSeconds = 60;
    std::array<bool, kAlertRuleCount> enabled { true, true, true, true, true, true };
    QString webhookUrlEnv; // environment variable holding a Slack-compatible incoming webhook URL
    double notifyIntervalSeconds = 600; // at most one "firing" message per rule and group in this time

    double forDuration(AlertRule rule) const { return forSeconds[size_t(rule)]; }
    bool isEnabled(AlertRule rule) const { return enabled[size_t(rule)]; }
    friend bool operator==(const AlertPolicy &, const AlertPolicy &) = default;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::AlertPolicy)
