// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertpolicy.h"

#include <QCoreApplication>

namespace RouteDeck {

QString alertRuleId(AlertRule rule)
{
    switch (rule) {
    case AlertRule::Latency:
        return QStringLiteral("p95_latency");
    case AlertRule::ErrorRate:
        return QStringLiteral("error_rate");
    case AlertRule::RateLimit:
        return QStringLiteral("rate_limit");
    case AlertRule::AllCooling:
        return QStringLiteral("all_cooling");
    case AlertRule::Drift:
        return QStringLiteral("drift");
    case AlertRule::NoData:
        return QStringLiteral("no_data");
    }
    return {};
}

std::optional<AlertRule> alertRuleFromId(const QString &id)
{
    for (AlertRule rule : kAlertRules) {
        if (alertRuleId(rule) == id)
            return rule;
    }
    return std::nullopt;
}

QString alertRuleTitle(AlertRule rule)
{
    switch (rule) {
    case AlertRule::Latency:
        return QCoreApplication::translate("AlertRule", "p95 latency");
    case AlertRule::ErrorRate:
        return QCoreApplication::translate("AlertRule", "error rate (other than 429)");
    case AlertRule::RateLimit:
        return QCoreApplication::translate("AlertRule", "rate limits (429)");
    case AlertRule::AllCooling:
        return QCoreApplication::translate("AlertRule", "every deployment cooling");
    case AlertRule::Drift:
        return QCoreApplication::translate("AlertRule", "traffic split drift");
    case AlertRule::NoData:
        return QCoreApplication::translate("AlertRule", "no data");
    }
    return {};
}

bool alertRuleExportable(AlertRule rule)
{
    return rule != AlertRule::Drift && rule != AlertRule::AllCooling;
}

std::optional<double> GroupLimits::limitOf(AlertRule rule) const
{
    switch (rule) {
    case AlertRule::Latency:
        return latencySeconds;
    case AlertRule::ErrorRate:
        return errorRatio;
    case AlertRule::RateLimit:
        return rateLimitRatio;
    case AlertRule::Drift:
        return driftPoints;
    case AlertRule::AllCooling:
    case AlertRule::NoData:
        break;
    }
    return std::nullopt;
}

} // namespace RouteDeck
