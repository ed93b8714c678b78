// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertpolicy.h"
#include "querycatalog.h"

#include <QStringList>

namespace RouteDeck {

struct Snapshot;

// The console's built-in rules as Prometheus alerting rules, built from the same query catalog, so that
// a Prometheus evaluates what the console evaluates and pages people when no console is open.
//
// Each exportable rule (alertRuleExportable) becomes one alert per model group, whose expression is the
// console's verdict in PromQL: the rule's value over the shortest of LiveVerdict's windows holding enough
// requests ("A1 or A2 or A3", each part only present when its window has them), compared with the
// group's limit. rate_limit exports its first half only (429 answers of all calls): the share of traffic
// out of rotation after 429s needs the router's weights. Model groups are selected by `requested_model`, which LiteLLM sets to the deployment's
// model group on its deployment counters and latency histogram (litellm/integrations/prometheus.py:
// litellm_deployment_failure_responses.labels(..., requested_model=model_group, ...)).
namespace PrometheusRules {

// The annotation holding a rule's limit as a plain number (GroupLimits::limitOf), e.g. "4.5".
inline constexpr char kLimitAnnotation[] = "routedeck_limit";

struct Options
{
    QueryCatalog catalog;
    AlertPolicy policy;
    QStringList groups; // the model groups the router lists
    QString profileName; // named in the file's header and a label, so alerts say which router
    double evaluationIntervalSeconds = 15; // the rule group's interval
};

// The rules file (Prometheus' `groups:` YAML).
QByteArray exportRules(const Options &options);
// One rule's expression for one group, with its comparison: firing wherever it returns a sample.
QString expression(AlertRule rule, const QString &group, const QueryCatalog &catalog, const GroupLimits &limits);
QString alertName(AlertRule rule); // "RouteDeckP95Latency", ...
// The model groups with a deployment the router lists, in snapshot order: the groups rules are made for.
QStringList routerGroups(const Snapshot &snapshot);
// `text` as a PromQL string literal, quoted and escaped.
QString promString(const QString &text);

} // namespace PrometheusRules

} // namespace RouteDeck
