// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertpolicycodec.h"

#include "connectionprofile.h"
#include "yamlvalues.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertPolicyCodec", text);
}

struct LimitField
{
    const char *key;
    double GroupLimits::*member;
    double minimum;
    double maximum;
};

// The limits' YAML keys and sane ranges: a ratio above 1 or a limit of 0 is a typo, not a policy.
constexpr LimitField kLimitFields[] = {
    { "p95_latency", &GroupLimits::latencySeconds, 0.001, 3600 },
    { "error_rate", &GroupLimits::errorRatio, 0.0001, 1 },
    { "rate_limit", &GroupLimits::rateLimitRatio, 0.0001, 1 },
    { "drift_points", &GroupLimits::driftPoints, 0.1, 100 },
};

class Reader
{
public:
    Reader(const QString &profileName, const SourceLocation &where, Problems *problems)
        : m_profile(profileName)
        , m_where(where)
        , m_problems(problems)
    {
    }

    // `value` as a number in [minimum, maximum], else `fallback` and a warning naming `what`.
    double number(const QVariant &value, const QString &what, double minimum, double maximum, double fallback) const
    {
        if (!value.isValid())
            return fallback;
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (ok && std::isfinite(v) && v >= minimum && v <= maximum)
            return v;
        warn(tr("alerts.%1 is '%2'; it must be a number from %3 to %4, so %5 is used")
                 .arg(what, value.toString(), QString::number(minimum), QString::number(maximum), QString::number(fallback)));
        return fallback;
    }

    GroupLimits limits(const QVariant &entry, const QString &path, const GroupLimits &base) const
    {
        GroupLimits limits = base;
        const QVariantMap map = entry.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const LimitField *field = std::find_if(std::begin(kLimitFields), std::end(kLimitFields),
                                                   [&](const LimitField &f) { return it.key() == QLatin1String(f.key); });
            if (field == std::end(kLimitFields)) {
                warn(tr("alerts.%1.%2 is not a limit; use p95_latency, error_rate, rate_limit or drift_points").arg(path, it.key()));
                continue;
            }
            limits.*(field->member) = number(it.value(), path + QLatin1Char('.') + it.key(), field->minimum,
                                             field->maximum, base.*(field->member));
        }
        return limits;
    }

    std::optional<AlertRule> rule(const QString &id, const QString &path) const
    {
        const std::optional<AlertRule> rule = alertRuleFromId(id);
        if (!rule)
            warn(tr("alerts.%1: '%2' is not a rule; the rules are p95_latency, error_rate, rate_limit, all_cooling, "
                    "drift and no_data")
                     .arg(path, id));
        return rule;
    }

    void warn(const QString &text) const
    {
        if (m_problems)
            m_problems->append(Problem::warning(m_where, tr("profile '%1': %2").arg(m_profile, text)));
    }

private:
    QString m_profile;
    SourceLocation m_where;
    Problems *m_problems;
};

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

QByteArray limitsLine(const GroupLimits &limits)
{
    QByteArrayList fields;
    for (const LimitField &field : kLimitFields)
        fields << QByteArray(field.key) + ": " + number(limits.*(field.member));
    return "{ " + fields.join(", ") + " }";
}

} // namespace

AlertPolicy AlertPolicyCodec::parse(const QVariantMap &section, const QString &profileName, const SourceLocation &where,
                                    Problems *problems)
{
    const Reader read(profileName, where, problems);
    AlertPolicy policy;
    policy.webhookUrlEnv = section.value(QStringLiteral("webhook_url_env")).toString().trimmed();
    // Often the webhook URL itself, pasted: a secret, so the message names the field and never the value.
    if (!policy.webhookUrlEnv.isEmpty() && !ConnectionProfiles::isVariableName(policy.webhookUrlEnv)) {
        read.warn(tr("alerts.webhook_url_env does not hold an environment variable name (it looks like a secret "
                     "itself; it is not shown, and not used). Put the webhook URL in an environment variable and "
                     "give that variable's name, like ROUTEDECK_SLACK_WEBHOOK"));
        policy.webhookUrlEnv.clear();
    }
    policy.notifyIntervalSeconds = read.number(section.value(QStringLiteral("notify_interval")), QStringLiteral("notify_interval"),
                                               0, 86400, policy.notifyIntervalSeconds);
    policy.keepFiringSeconds = read.number(section.value(QStringLiteral("keep_firing_for")), QStringLiteral("keep_firing_for"),
                                           0, 86400, policy.keepFiringSeconds);
    const QVariantMap forSeconds = section.value(QStringLiteral("for")).toMap();
    for (auto it = forSeconds.cbegin(); it != forSeconds.cend(); ++it) {
        if (const std::optional<AlertRule> rule = read.rule(it.key(), QStringLiteral("for")))
            policy.forSeconds[size_t(*rule)] = read.number(it.value(), QStringLiteral("for.") + it.key(), 0, 86400,
                                                           policy.forDuration(*rule));
    }
    for (const QVariant &id : section.value(QStringLiteral("disabled")).toList()) {
        if (const std::optional<AlertRule> rule = read.rule(id.toString(), QStringLiteral("disabled")))
            policy.enabled[size_t(*rule)] = false;
    }
    policy.limits.defaults = read.limits(section.value(QStringLiteral("defaults")), QStringLiteral("defaults"), GroupLimits());
    const QVariantMap groups = section.value(QStringLiteral("groups")).toMap();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        policy.limits.groups.insert(it.key(), read.limits(it.value(), QStringLiteral("groups.") + it.key(), policy.limits.defaults));
    return policy;
}

QByteArray AlertPolicyCodec::serialize(const AlertPolicy &policy, int indent)
{
    const AlertPolicy defaults;
    if (policy == defaults)
        return {};
    const QByteArray pad(indent, ' ');
    QByteArray out = pad + "alerts:\n";
    if (!policy.webhookUrlEnv.isEmpty())
        out += pad + "  webhook_url_env: " + YamlValues::quoted(policy.webhookUrlEnv) + "\n";
    out += pad + "  notify_interval: " + number(policy.notifyIntervalSeconds) + "\n";
    out += pad + "  keep_firing_for: " + number(policy.keepFiringSeconds) + "\n";
    QByteArrayList forFields;
    QByteArrayList disabled;
    for (AlertRule rule : kAlertRules) {
        forFields << alertRuleId(rule).toUtf8() + ": " + number(policy.forDuration(rule));
        if (!policy.isEnabled(rule))
            disabled << alertRuleId(rule).toUtf8();
    }
    out += pad + "  for: { " + forFields.join(", ") + " }\n";
    if (!disabled.isEmpty())
        out += pad + "  disabled: [" + disabled.join(", ") + "]\n";
    out += pad + "  defaults: " + limitsLine(policy.limits.defaults) + "\n";
    if (!policy.limits.groups.isEmpty()) {
        out += pad + "  groups:\n";
        QStringList names = policy.limits.groups.keys();
        names.sort();
        for (const QString &name : std::as_const(names))
            out += pad + "    " + YamlValues::quoted(name) + ": " + limitsLine(policy.limits.groups.value(name)) + "\n";
    }
    return out;
}

} // namespace RouteDeck
