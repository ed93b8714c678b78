// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace RouteDeck {

// What differs between LiteLLM releases in what RouteDeck reads and the simulator imitates. Facts from
// LiteLLM's source (BerriAI/litellm) and its issue and PR threads; the README's compatibility table says
// the same for users. Releases are compared by their x.y.z number.
//  - Latency buckets: PR 25527 (2026-04) replaced the default ..., 9.5, 10, 15, ..., 300 with
//    0.005 ... 300, 420, 600 (litellm/types/integrations/prometheus.py, LATENCY_BUCKETS); operators may set
//    their own with litellm_settings.prometheus_latency_buckets.
//  - /metrics: require_auth_for_metrics_endpoint defaults to true from 1.84.0 (commit 35bbca60, issue
//    27926): without the master key the proxy answers 401.
//  - /health/readiness: from 1.84 it answers only {status, db} without a key; litellm_version moved to
//    /health/readiness/details, which needs the key (PRs 26912, 27866).
class LiteLlmVersion
{
public:
    // "1.85.0", "v1.81.15", "1.84.0-stable": the leading x.y.z; nothing for text without one.
    static std::optional<LiteLlmVersion> parse(const QString &text);
    static LiteLlmVersion newest(); // what the simulator imitates unless told otherwise
    static LiteLlmVersion before2026(); // the last release line before the 2026 changes

    QString toString() const;
    bool atLeast(int major, int minor, int patch = 0) const;

    bool metricsNeedKeyByDefault() const { return atLeast(1, 84); }
    bool readinessShowsVersion() const { return !atLeast(1, 84); }
    bool hasNewLatencyBuckets() const { return atLeast(1, 83); }
    // org_id/org_alias on the request, token, spend and latency families (PR 24449), api_provider on spend
    // (PR 25693). Absent from 1.81.15's prometheus.py, present in main of about May 2026 (1.84/1.85): the
    // two label lists in tests/data/litellm-real/ bracket them; the release that brought them is not recorded.
    bool hasOrgLabels() const { return atLeast(1, 83); }
    bool spendHasApiProvider() const { return atLeast(1, 83); }
    QList<double> defaultLatencyBuckets() const; // finite bounds, without +Inf

    friend bool operator==(const LiteLlmVersion &, const LiteLlmVersion &) = default;

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
};

} // namespace RouteDeck
