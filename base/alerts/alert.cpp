// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert.h"

#include "viewformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace RouteDeck {

QString Alert::makeId(AlertRule rule, const QString &group, const QDateTime &activeAt)
{
    return QStringLiteral("%1/%2/%3").arg(alertRuleId(rule), group).arg(activeAt.toMSecsSinceEpoch());
}

QString alertStateName(Alert::State state)
{
    switch (state) {
    case Alert::State::Pending:
        return QCoreApplication::translate("Alert", "pending");
    case Alert::State::Firing:
        return QCoreApplication::translate("Alert", "firing");
    case Alert::State::Resolved:
        return QCoreApplication::translate("Alert", "resolved");
    }
    return {};
}

QString alertValueText(AlertRule rule, double value)
{
    if (!std::isfinite(value))
        return QString();
    switch (rule) {
    case AlertRule::Latency:
        return ViewFormat::seconds(value);
    case AlertRule::ErrorRate:
    case AlertRule::RateLimit:
        return ViewFormat::wholePercent(value);
    case AlertRule::AllCooling: // deployments
        return QCoreApplication::translate("Alert", "%1 cooling").arg(ViewFormat::count(value));
    case AlertRule::Drift:
        return ViewFormat::points(value);
    case AlertRule::NoData:
        break;
    }
    return QLocale().toString(value, 'g', 4); // no_data has no unit, and rarely a value
}

QString alertLimitText(AlertRule rule, double threshold)
{
    if (!std::isfinite(threshold))
        return QString();
    switch (rule) {
    case AlertRule::AllCooling: // the threshold is the group's deployment count
        return QCoreApplication::translate("Alert", "all %1").arg(ViewFormat::count(threshold));
    case AlertRule::Drift: // ViewFormat::points() writes a signed shift; the limit holds both ways
        return QCoreApplication::translate("Alert", "±%1 pp").arg(QLocale().toString(std::abs(threshold), 'f', 1));
    default:
        return alertValueText(rule, threshold);
    }
}

} // namespace RouteDeck
