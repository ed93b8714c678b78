// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of the Prometheus HTTP API as RouteDeck uses it. The decoder (base/metrics), the client
// (app), the snapshot assembly and the series store all speak these, and none of them depends on
// another's headers. Nothing here touches the network.

#include "fetchfailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <limits>

namespace RouteDeck {

// A series' label set, `__name__` included. QMap keeps labels sorted by name, so two equal label
// sets compare equal and print the same way ({a="1", b="2"}).
using PromLabels = QMap<QString, QString>;

struct PromSample
{
    double time = 0.0; // Unix seconds, fractional
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN and +/-Inf are legal values
};

struct PromSeries
{
    PromLabels labels;
    QList<PromSample> samples; // one for a vector, time-ordered for a matrix
};

struct PromQueryResult
{
    enum class Type
    {
        Vector,
        Matrix,
        Scalar,
        String
    };

    Type resultType = Type::Vector;
    QList<PromSeries> series; // Vector and Matrix
    PromSample scalar; // Scalar; String keeps its time here too
    QString stringValue; // String
    QStringList warnings; // from the server (Thanos partial responses) and from the decoder

    static QString typeName(Type type); // "vector", "matrix", "scalar", "string"
};

// What the decoder is given: one HTTP exchange, already received.
struct PromHttpReply
{
    QUrl url; // for messages; user info is never printed
    int httpStatus = 0;
    QByteArray contentType; // the Content-Type header as sent
    QByteArray body;
    qint64 sizeCap = 0; // the cap in force, in bytes; 0 = none
    bool sizeCapHit = false; // the transfer was stopped at the cap, `body` is incomplete
    qint64 bytesSeen = 0; // when sizeCapHit: bytes received or announced (Content-Length)
};

// The outcome of one request. Errors are values: `ok` false, and `errorString` says what failed,
// where (URL, JSON field or byte offset) and what to do.
struct PromResponse
{
    bool ok = false;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    FetchFailure failure = FetchFailure::None;
    QString errorType; // the server's errorType ("bad_data", "execution", VictoriaMetrics' "422"); empty
                       // otherwise
    QString errorString;
    PromQueryResult result; // valid when ok
    QUrl url;
    qint64 bodyBytes = 0;
    qint64 elapsedMs = 0; // request start to decoded result (set by the client)
};

// /api/v1/status/buildinfo, decoded.
// One scrape target as /api/v1/targets lists it: whether Prometheus can read it, and if not, why.
struct PromTarget
{
    QString job;
    QString scrapeUrl;
    QString health; // "up", "down", "unknown"
    QString lastError; // e.g. "server returned HTTP status 401 Unauthorized"
    // "scrapeInterval": "15s" (Prometheus 2.42 lists it per target, tests/data/prometheus/
    // targets_prometheus_2.42_real.json); 0 when the server leaves it out or it cannot be read.
    double scrapeIntervalSeconds = 0;
};

struct PromTargets
{
    bool ok = false;
    QString errorString;
    QList<PromTarget> targets; // the active ones
};

// GET /api/v1/labels: the label names of the matching series.
struct PromLabelNames
{
    bool ok = false;
    QString errorString;
    QStringList names;
};

// One active alert of an alerting rule, as GET /api/v1/rules (and /api/v1/alerts) list it: "pending"
// until the rule's `for:` has passed, then "firing". Resolved alerts are not listed.
struct PromAlert
{
    PromLabels labels; // alertname, the rule's labels and the series' own
    PromLabels annotations; // summary, description...: templates already expanded by the server
    QString state; // "pending" or "firing"
    QDateTime activeAt; // UTC; invalid when the server leaves it out
    double value = std::numeric_limits<double>::quiet_NaN(); // the expression's value at the last evaluation
};

// One rule of GET /api/v1/rules. Recording rules (alerting false) have no state, `for:` or alerts.
struct PromRule
{
    QString name; // the alert's name, or the metric a recording rule writes
    QString group; // the rule group it belongs to
    QString query; // the PromQL expression
    QString state; // alerting rules: "inactive", "pending" or "firing"; empty for recording rules
    QString health; // "ok", "err", or "unknown" before the first evaluation
    QString lastError; // why the last evaluation failed; empty when it did not
    double forSeconds = 0.0; // the alerting rule's `for:`
    PromLabels labels; // the labels the rule adds
    QList<PromAlert> alerts; // an alerting rule's active alerts
    bool alerting = false;
};

// GET /api/v1/rules: Prometheus' own alerting and recording rules ("server-side alerts").
struct PromRules
{
    bool ok = false;
    QString errorString;
    QList<PromRule> rules; // every group's rules, in the server's order
};

struct PromBuildInfo
{
    bool ok = false;
    int httpStatus = 0;
    FetchFailure failure = FetchFailure::None;
    QString errorString;
    QString version; // "unknown" when the backend does not say (VictoriaMetrics)
    QString revision;
};

// The status badge: is the Prometheus-compatible endpoint there and answering queries?
struct PromReadiness
{
    enum class State
    {
        Ready, // /-/ready said so, or (no /-/ready) the API answered buildinfo
        NotReady, // it answers but is starting (503 on /-/ready)
        Unreachable, // no usable answer: refused, TLS, timeout, proxy page, auth...
    };

    State state = State::Unreachable;
    FetchFailure failure = FetchFailure::None;
    int httpStatus = 0;
    QString version = QStringLiteral("unknown");
    QString message; // one sentence for the badge tooltip
    QUrl url;

    bool isReady() const { return state == State::Ready; }
};

// How to reach one Prometheus-compatible endpoint. A connection profile fills it; the secret is
// given as a value (the profile reads it from an environment variable) and is never printed.
struct PromEndpointConfig
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::PromEndpointConfig)

public:
    enum class Auth
    {
        None,
        Basic,
        Bearer
    };

    static constexpr qint64 kDefaultMaxResponseBytes = 32 * 1024 * 1024;

    QUrl baseUrl; // http://127.0.0.1:9090
    QString pathPrefix; // "/prometheus" for Mimir; empty for Prometheus
    Auth auth = Auth::None;
    QString username; // Basic
    QString secret; // Basic password or Bearer token
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. X-Scope-OrgID: tenant-1
    QByteArray caCertificates; // PEM, trusted besides the system's (a private CA); empty: the system's
    int inactivityTimeoutMs = 15000; // QNetworkRequest::setTransferTimeout
    int deadlineMs = 30000; // the whole request, headers to last byte
    qint64 maxResponseBytes = kDefaultMaxResponseBytes;

    // Empty when usable; otherwise why not, naming the field.
    QString validate() const;
    // baseUrl + pathPrefix + apiPath, e.g. http://host:9090/prometheus/api/v1/query
    QUrl endpoint(const QString &apiPath) const;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::PromQueryResult)
Q_DECLARE_METATYPE(RouteDeck::PromResponse)
Q_DECLARE_METATYPE(RouteDeck::PromReadiness)
Q_DECLARE_METATYPE(RouteDeck::PromTargets)
Q_DECLARE_METATYPE(RouteDeck::PromLabelNames)
Q_DECLARE_METATYPE(RouteDeck::PromRules)
