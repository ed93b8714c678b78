// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QDateTime;

namespace RouteDeck {

// Where "Open Traces" goes: a connection profile's traces_url (ConnectionProfile::tracesUrl) filled in
// for one deployment, or one model group, and a time span. Only these exact placeholders are replaced;
// every other character of the template, braces included, is kept as typed:
//   {model_id}  the deployment id (LiteLLM's model_info.id), percent-encoded; empty for a whole group
//   {group}     the model group (model_name), percent-encoded
//   {start} {end}        RFC 3339 in UTC with seconds: 2026-12-04T03:06:27Z
//   {start_ms} {end_ms}  Unix milliseconds (Grafana's range)
//   {start_s} {end_s}    Unix seconds
//   {start_us} {end_us}  Unix microseconds (Jaeger's start= and end=)
//
// Jaeger UI (the tags JSON is percent-encoded in the template, so it survives the browser):
//   http://jaeger:16686/search?service=litellm&tags=%7B%22model_id%22%3A%22{model_id}%22%7D&start={start_us}&end={end_us}
// Tempo through Grafana Explore (JSON in the query string, its braces and quotes kept; `&` would end the
// query parameter, so TraceQL's && is written %26%26):
//   https://grafana.example.com/explore?left={"datasource":"tempo","queries":[{"query":"{ resource.service.name=\"litellm\" %26%26 span.model_id=\"{model_id}\" }"}],"range":{"from":"{start_ms}","to":"{end_ms}"}}
// Values are percent-encoded, not JSON-escaped: a group name with a quote or a backslash inside a
// JSON string of the template breaks that JSON (LiteLLM group names rarely have either).
class TraceLink
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::TraceLink)

public:
    // The filled-in http or https URL; an empty QUrl, and the reason in `error`, when the template is
    // empty, the result is not an http or https URL, or a time placeholder has no valid time to fill.
    // A template without any placeholder is allowed (a fixed search page).
    static QUrl build(const QString &urlTemplate, const QString &modelId, const QString &group, const QDateTime &start,
                      const QDateTime &end, QString *error = nullptr);
    // What is wrong with a template (as build() would say it, or a {name} RouteDeck does not fill in);
    // empty when it is fine.
    static QString validate(const QString &urlTemplate);
    // "{model_id}", "{group}", "{start}", ...: every placeholder build() fills, for help texts.
    static QStringList placeholders();
};

} // namespace RouteDeck
