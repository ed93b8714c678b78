// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustypes.h"

#include <QCoreApplication>
#include <optional>

namespace RouteDeck {

// Turns one received HTTP exchange with a Prometheus-compatible API into a result or an error a
// person can act on. Pure: no network, no globals, safe to call from any thread (the client runs
// large answers on a worker thread).
//
// It knows the success and error envelopes, every result type, values as strings ("NaN", "+Inf",
// "1e-07"), server warnings (Thanos partial responses), VictoriaMetrics' numeric errorType, and the
// answers that are not Prometheus at all: the plain-text 503 of a starting server, HTML from a
// proxy or login page, truncated JSON, wrong types, empty bodies and bodies over the size cap.
class PrometheusDecoder
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::PrometheusDecoder)

public:
    // Answers of /api/v1/query and /api/v1/query_range. Series with the same label set are kept
    // once, with a warning.
    static PromResponse decodeQuery(const PromHttpReply &reply);

    // /api/v1/status/buildinfo. VictoriaMetrics answers an empty `data`: version "unknown".
    static PromBuildInfo decodeBuildInfo(const PromHttpReply &reply);
    // GET /api/v1/targets?state=active (Prometheus; VictoriaMetrics' vmagent answers the same shape).
    static PromTargets decodeTargets(const PromHttpReply &reply);
    // A Prometheus duration ("15s", "1m30s", "500ms") in seconds; 0 when it is not one.
    static double durationSeconds(const QString &text);
    // GET /api/v1/labels: {"status":"success","data":["__name__","job",...]}.
    static PromLabelNames decodeLabelNames(const PromHttpReply &reply);
    // GET /api/v1/rules: the alerting and recording rules of every group, each alerting rule with its
    // active alerts. Alert values are texts ("1e+00", "NaN"); activeAt is RFC 3339 with up to nine
    // fractional digits; `duration` (the rule's `for:`) is a number of seconds.
    static PromRules decodeRules(const PromHttpReply &reply);

    // "NaN", "+Inf", "-Inf", "Inf", "1e-07", "0.25"; nullopt for anything else.
    static std::optional<double> parseValue(QStringView text);
    // {__name__="up", job="prometheus"}; label values escaped as in PromQL.
    static QString labelsToString(const PromLabels &labels);
};

} // namespace RouteDeck
