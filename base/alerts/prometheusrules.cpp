// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusrules.h"

#include "liveverdict.h"
#include "snapshot.h"
#include "yamlvalues.h"

#include <QDateTime>

namespace RouteDeck {

namespace {

// The catalog's query `name` over `seconds`, restricted to the group (and `extra` matchers), summed
// over the group's deployments: a sample without labels.
class GroupQueries
{
public:
    GroupQueries(const QueryCatalog &catalog, const QString &group)
        : m_catalog(catalog)
        , m_groupMatcher(QStringLiteral("requested_model=") + PrometheusRules::promString(group))
    {
    }

    QString render(const QString &name, int seconds, const QString &extra = QString(), double quantile = 0.95) const
    {
        QueryCatalog::Parameters parameters;
        parameters.windowSeconds = seconds;
        parameters.selector = extra.isEmpty() ? m_groupMatcher : m_groupMatcher + QLatin1Char(',') + extra;
        parameters.quantile = quantile;
        return QLatin1Char('(') + m_catalog.render(name, parameters) + QLatin1Char(')'); // a catalog's query may end in `or`
    }
    QString total(const QString &name, int seconds, const QString &extra = QString()) const
    {
        return QStringLiteral("sum(%1)").arg(render(name, seconds, extra));
    }
    // Requests in the window (rate times its length), as LiveVerdict counts them.
    QString requests(int seconds) const
    {
        return QStringLiteral("(%1 * %2)").arg(total(QStringLiteral("requests"), seconds)).arg(seconds);
    }
    QString enough(int seconds) const
    {
        return QStringLiteral("%1 >= %2").arg(requests(seconds)).arg(LiveVerdict::kMinRequests);
    }
    // Failures the console counts as rate limits (outcomeForFailure): status 429, or a RateLimit class
    // that is neither a 408 nor a Timeout class; or the catalog's outcome label saying so.
    QString rateLimited(int seconds) const
    {
        const QString outcome = m_catalog.outcomeLabel();
        if (!outcome.isEmpty())
            return orZero(total(QStringLiteral("failures"), seconds, outcome + QStringLiteral("=\"rate_limit\"")));
        return QStringLiteral("(%1 + %2)")
            .arg(orZero(total(QStringLiteral("failures"), seconds, QStringLiteral("exception_status=\"429\""))),
                 orZero(total(QStringLiteral("failures"), seconds,
                              QStringLiteral("exception_status!=\"429\",exception_status!=\"408\","
                                             "exception_class=~\"(?i).*ratelimit.*\",exception_class!~\"(?i).*timeout.*\""))));
    }
    QString failed(int seconds) const { return orZero(total(QStringLiteral("failures"), seconds)); }
    QString joinLabel() const { return m_catalog.joinLabel(); }

    static QString orZero(const QString &expression) { return QStringLiteral("(%1 or vector(0))").arg(expression); }

private:
    const QueryCatalog &m_catalog;
    QString m_groupMatcher;
};

// "value over the shortest window with enough requests": each window's part present only when it
// has them, the first present one wins (PromQL's `or` keeps the left side's samples).
QString overJudgedWindow(const GroupQueries &q, const std::function<QString(int seconds)> &valueOver)
{
    QStringList parts;
    for (int seconds : LiveVerdict::kWindowsSeconds)
        parts << QStringLiteral("(%1 and on() (%2))").arg(valueOver(seconds), q.enough(seconds));
    return QStringLiteral("(\n  ") + parts.join(QStringLiteral("\n  or\n  ")) + QStringLiteral("\n)");
}

QString latencyValue(const GroupQueries &q, int seconds)
{
    // The worst p95 of the deployments with kMinDeploymentRequests in the window; 0 when none has them,
    // so the group's window still wins over longer ones (no verdict, as in the console).
    const QString join = q.joinLabel();
    const QString p95 = q.render(QStringLiteral("latency"), seconds);
    const QString busy = QStringLiteral("(%1 * %2 >= %3)")
                             .arg(q.render(QStringLiteral("requests"), seconds))
                             .arg(seconds)
                             .arg(LiveVerdict::kMinDeploymentRequests);
    return GroupQueries::orZero(QStringLiteral("max(%1 and on(%2) %3)").arg(p95, join, busy));
}

// A Prometheus duration; 0 stays 0s (QueryCatalog::duration rounds up to a rate window's 1s).
QByteArray durationText(double seconds)
{
    return seconds <= 0 ? QByteArray("0s") : QueryCatalog::duration(seconds).toUtf8();
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

// The alert's summary; the group is written in, as the expression's result has no labels to take it from.
QString ruleDescription(AlertRule rule, const QString &group)
{
    switch (rule) {
    case AlertRule::Latency:
        return QStringLiteral("p95 latency of the slowest deployment of %1 is {{ $value | humanize }}s").arg(group);
    case AlertRule::ErrorRate:
        return QStringLiteral("{{ $value | humanizePercentage }} of %1's calls fail (not counting 429s)").arg(group);
    case AlertRule::RateLimit:
        return QStringLiteral("{{ $value | humanizePercentage }} of %1's calls are rate limited (429)").arg(group);
    case AlertRule::NoData:
        return QStringLiteral("no request series for %1 in the last 15 minutes").arg(group);
    case AlertRule::AllCooling:
    case AlertRule::Drift:
        break;
    }
    return {};
}

} // namespace

QString PrometheusRules::promString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList PrometheusRules::routerGroups(const Snapshot &snapshot)
{
    QStringList groups;
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (d.inRouter && !groups.contains(d.group))
            groups.append(d.group);
    }
    return groups;
}

QString PrometheusRules::alertName(AlertRule rule)
{
    switch (rule) {
    case AlertRule::Latency:
        return QStringLiteral("RouteDeckP95Latency");
    case AlertRule::ErrorRate:
        return QStringLiteral("RouteDeckErrorRate");
    case AlertRule::RateLimit:
        return QStringLiteral("RouteDeckRateLimit");
    case AlertRule::AllCooling:
        return QStringLiteral("RouteDeckAllCooling");
    case AlertRule::Drift:
        return QStringLiteral("RouteDeckDrift");
    case AlertRule::NoData:
        return QStringLiteral("RouteDeckNoData");
    }
    return {};
}

QString PrometheusRules::expression(AlertRule rule, const QString &group, const QueryCatalog &catalog, const GroupLimits &limits)
{
    const GroupQueries q(catalog, group);
    switch (rule) {
    case AlertRule::Latency:
        return overJudgedWindow(q, [&q](int s) { return latencyValue(q, s); }) + QStringLiteral(" > ") + number(*limits.limitOf(rule));
    case AlertRule::ErrorRate:
        return overJudgedWindow(q, [&q](int s) {
                   return QStringLiteral("clamp_min((%1 - %2) / %3, 0)").arg(q.failed(s), q.rateLimited(s), q.total(QStringLiteral("requests"), s));
               })
            + QStringLiteral(" > ") + number(*limits.limitOf(rule));
    case AlertRule::RateLimit:
        return overJudgedWindow(q, [&q](int s) {
                   return QStringLiteral("%1 / %2").arg(q.rateLimited(s), q.total(QStringLiteral("requests"), s));
               })
            + QStringLiteral(" > ") + number(*limits.limitOf(rule));
    case AlertRule::NoData:
        return QStringLiteral("absent(%1)").arg(q.render(QStringLiteral("requests"), LiveVerdict::kWindowsSeconds.back()));
    case AlertRule::AllCooling:
    case AlertRule::Drift:
        break;
    }
    return {};
}

QByteArray PrometheusRules::exportRules(const Options &options)
{
    QByteArray out;
    out += "# Prometheus alerting rules exported by RouteDeck";
    if (!options.profileName.isEmpty())
        out += " for the profile " + options.profileName.toUtf8();
    out += ", " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ".\n";
    out += "# The console's built-in rules, computed from its query catalog '" + options.catalog.name().toUtf8()
        + "'. Console-only (they need the router's\n# weights and cooldown_time): every deployment cooling, traffic split drift.\n";
    out += "# Check: promtool check rules FILE\n";
    out += "groups:\n";
    out += "  - name: " + YamlValues::quoted(QStringLiteral("routedeck")) + "\n";
    out += "    interval: " + QueryCatalog::duration(options.evaluationIntervalSeconds).toUtf8() + "\n";
    out += "    rules:\n";
    for (const QString &group : options.groups) {
        const GroupLimits limits = options.policy.limits.of(group);
        for (AlertRule rule : kAlertRules) {
            if (!alertRuleExportable(rule) || !options.policy.isEnabled(rule))
                continue;
            out += "      - alert: " + alertName(rule).toUtf8() + "\n";
            out += "        expr: |-\n";
            for (const QString &line : expression(rule, group, options.catalog, limits).split(QLatin1Char('\n')))
                out += "          " + line.toUtf8() + "\n";
            out += "        for: " + durationText(options.policy.forDuration(rule)) + "\n";
            if (options.policy.keepFiringSeconds > 0)
                out += "        keep_firing_for: " + durationText(options.policy.keepFiringSeconds) + "\n";
            out += "        labels:\n";
            out += "          group: " + YamlValues::quoted(group) + "\n";
            out += "          routedeck_rule: " + YamlValues::quoted(alertRuleId(rule)) + "\n";
            if (!options.profileName.isEmpty())
                out += "          routedeck_profile: " + YamlValues::quoted(options.profileName) + "\n";
            out += "        annotations:\n";
            out += "          summary: " + YamlValues::quoted(ruleDescription(rule, group)) + "\n";
            // The limit as a number, for the console's Alerts page to show beside the server's value.
            if (const std::optional<double> limit = limits.limitOf(rule))
                out += "          " + QByteArray(kLimitAnnotation) + ": " + YamlValues::quoted(number(*limit)) + "\n";
        }
    }
    return out;
}

} // namespace RouteDeck
