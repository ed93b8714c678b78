// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-built snapshots and series for the live-view tests and bench_views: the demo router in the
// middle of its 429 storm (azure-primary cooling since 12:03:10), and a large synthetic router.

#include "liveverdict.h"
#include "serieskeys.h"
#include "seriesstore.h"
#include "snapshot.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <cmath>

namespace RouteDeck::ViewFixtures {

inline QDateTime at(int h, int m, int s)
{
    return QDateTime(QDate(2024, 5, 14), QTime(h, m, s));
}
inline qint64 msecs(int h, int m, int s)
{
    return at(h, m, s).toMSecsSinceEpoch();
}

inline DeploymentSnapshot deployment(const QString &id, const QString &group, double configured, double effective,
                                     double observed, double rps, std::array<double, kOutcomeCount> outcomes,
                                     Quantile p50, Quantile p95, Quantile p99, CooldownState state = CooldownState::Healthy,
                                     const QString &reason = QString())
{
    DeploymentSnapshot d;
    d.id = id;
    d.group = group;
    d.provider = id.startsWith(QLatin1String("openai")) || id.endsWith(QLatin1String("openai")) ? QStringLiteral("openai")
                                                                                                 : QStringLiteral("azure");
    d.inRouter = true;
    d.inMetrics = true;
    d.configuredShare = configured;
    d.effectiveShare = effective;
    d.observedShare = observed;
    d.requestsPerSecond = rps;
    d.outcomeRates = outcomes;
    d.p50 = p50;
    d.p95 = p95;
    d.p99 = p99;
    d.state = state;
    d.cooldownReason = reason;
    d.remainingRequests = 1200;
    return d;
}

// Verdicts as the assembler reaches them (LiveVerdict), as if the group's rate and each deployment's
// observed share had held over the whole 5-minute window: requests, shares, the drift test, the
// deployment's error ratio and p95.
inline void judgeOverFiveMinutes(QList<DeploymentSnapshot> &all, const QSet<QString> &previouslyFlagged = {})
{
    constexpr double kSeconds = 300;
    QHash<QString, double> totals;
    for (const DeploymentSnapshot &d : std::as_const(all))
        totals[d.group] += std::isfinite(d.requestsPerSecond) ? d.requestsPerSecond * kSeconds : 0.0;
    for (DeploymentSnapshot &d : all) {
        const double total = totals.value(d.group);
        d.judgedRequests = d.judgedShare = d.driftPValue = d.judgedErrorRatio = kNoValue;
        d.judgedP95 = {};
        d.driftFlagged = false;
        if (total < LiveVerdict::kMinRequests)
            continue;
        d.judgedShare = std::isfinite(d.observedShare) ? d.observedShare : 0.0;
        d.judgedRequests = d.judgedShare * total;
        if (d.judgedRequests >= LiveVerdict::kMinDeploymentRequests) {
            d.judgedErrorRatio = d.errorRatio();
            d.judgedP95 = d.p95;
        }
        d.driftPValue = LiveVerdict::shareTestPValue(d.judgedRequests, total, d.effectiveShare);
        d.driftFlagged = d.inRouter && LiveVerdict::driftFlagged(d.driftPValue, previouslyFlagged.contains(d.id));
    }
}

// Group totals as the assembler computes them.
inline GroupSnapshot groupOf(const QString &name, const QList<DeploymentSnapshot> &all)
{
    GroupSnapshot g;
    g.name = name;
    double rps = 0;
    double failed = 0;
    bool any = false;
    double drift = kNoValue;
    for (const DeploymentSnapshot &d : all) {
        if (d.group != name)
            continue;
        ++g.deploymentCount;
        g.coolingCount += d.isCooling() ? 1 : 0;
        if (std::isfinite(d.requestsPerSecond)) {
            any = true;
            rps += d.requestsPerSecond;
            for (int i = 1; i < kOutcomeCount; ++i)
                failed += std::isfinite(d.outcomeRates[size_t(i)]) ? d.outcomeRates[size_t(i)] : 0.0;
        }
        if (const double gap = std::abs(d.driftPoints()); std::isfinite(gap))
            drift = std::isfinite(drift) ? std::max(drift, gap) : gap;
    }
    g.requestsPerSecond = any ? rps : kNoValue;
    g.errorRatio = any && rps > 0 ? failed / rps : kNoValue;
    g.maxDriftPoints = drift;
    if (any && rps * 300 >= LiveVerdict::kMinRequests) { // judgeOverFiveMinutes' window
        g.judgedWindowSeconds = 300;
        g.judgedRequests = rps * 300;
        g.judgedErrorRatio = g.errorRatio;
    } else if (any) {
        g.judgedRequests = rps * 300;
    }
    g.fallbacksPerSecond = 0;
    return g;
}

// After a test edits deployments: their verdicts and the group totals again (fallbacks are kept).
inline void rejudge(Snapshot &s)
{
    judgeOverFiveMinutes(s.deployments);
    for (GroupSnapshot &g : s.groups) {
        const double fallbacks = g.fallbacksPerSecond;
        g = groupOf(g.name, s.deployments);
        g.fallbacksPerSecond = fallbacks;
    }
}

inline SourceStatus live(const QDateTime &time)
{
    SourceStatus s;
    s.state = SourceStatus::State::Live;
    s.lastGood = time;
    s.detail = QStringLiteral("Prometheus 2.45.3");
    return s;
}

// The demo's 429 storm at 12:05:00: azure-primary cooling since 12:03:10 (429), 12% of its calls
// fail (9% rate_limit); gpt-4o-azure's p95 is 4.2 s; gpt-4o-openai's p99 sits in the +Inf bucket.
inline Snapshot incidentSnapshot()
{
    Snapshot s;
    s.time = at(12, 5, 0);
    s.largestFiniteBucket = 300;
    s.rateWindowSeconds = 60;
    s.deployments = {
        deployment(QStringLiteral("azure-primary"), QStringLiteral("gpt-4o-mini"), 8.0 / 11, 0, 0.125, 2.0,
                   { 1.76, 0, 0.18, 0.06, 0 }, { 0.62, false }, { 0.9, false }, { 1.8, false }, CooldownState::Cooling,
                   QStringLiteral("429")),
        deployment(QStringLiteral("azure-secondary"), QStringLiteral("gpt-4o-mini"), 2.0 / 11, 2.0 / 3, 0.62, 9.92,
                   { 9.9, 0, 0, 0.02, 0 }, { 0.75, false }, { 1.9, false }, { 2.6, false }),
        deployment(QStringLiteral("openai-direct"), QStringLiteral("gpt-4o-mini"), 1.0 / 11, 1.0 / 3, 0.255, 4.08,
                   { 4.08, 0, 0, 0, 0 }, { 0.9, false }, { 2.4, false }, { 3.1, false }),
        deployment(QStringLiteral("gpt-4o-azure"), QStringLiteral("gpt-4o"), 0.75, 0.75, 0.74, 2.22,
                   { 2.2, 0.02, 0, 0, 0 }, { 1.5, false }, { 4.2, false }, { 6.0, false }),
        deployment(QStringLiteral("gpt-4o-openai"), QStringLiteral("gpt-4o"), 0.25, 0.25, 0.26, 0.78,
                   { 0.78, 0, 0, 0, 0 }, { 1.6, false }, { 2.1, false }, { 300, true }),
        deployment(QStringLiteral("embeddings-azure"), QStringLiteral("text-embedding-3-small"), 0.5, 0.5, 0.52, 1.04,
                   { 1.04, 0, 0, 0, 0 }, { 0.12, false }, { 0.3, false }, { 0.4, false }),
        deployment(QStringLiteral("embeddings-openai"), QStringLiteral("text-embedding-3-small"), 0.5, 0.5, 0.48, 0.96,
                   { 0.96, 0, 0, 0, 0 }, { 0.15, false }, { 0.35, false }, { 0.5, false }),
    };
    judgeOverFiveMinutes(s.deployments);
    for (const QString &g : { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("text-embedding-3-small") })
        s.groups.append(groupOf(g, s.deployments));
    s.router = live(s.time);
    s.prometheus = live(s.time);
    return s;
}

// Series over [from, to] every stepMsecs, shaped like the snapshot: the storm starts at 12:03:10,
// gpt-4o-openai has a "no traffic" hole from 12:01:00 to 12:01:30.
inline void fillStore(SeriesStore &store, const Snapshot &s, qint64 from, qint64 to, qint64 stepMsecs)
{
    const qint64 storm = msecs(12, 3, 10);
    const qint64 holeFrom = msecs(12, 1, 0);
    const qint64 holeTo = msecs(12, 1, 30);
    int index = 0;
    for (const DeploymentSnapshot &d : s.deployments) {
        ++index;
        const GroupSnapshot *g = s.group(d.group);
        const double before = (g ? g->requestsPerSecond : d.requestsPerSecond) * d.configuredShare;
        const bool hasHole = d.id == QLatin1String("gpt-4o-openai");
        for (qint64 t = from; t <= to; t += stepMsecs) {
            const double wave = 1 + 0.08 * std::sin(double(t) / 20000.0 + index);
            const bool cooling = d.isCooling() && t >= storm;
            const bool hole = hasHole && t >= holeFrom && t < holeTo;
            const double rps = hole ? kNoValue : (t >= storm ? d.requestsPerSecond : before) * wave;
            store.append(SeriesKeys::requestsPerSecond(d.id), t, rps);
            store.append(SeriesKeys::observedShare(d.id), t,
                         hole ? kNoValue : (cooling || t >= storm ? d.observedShare : d.configuredShare) * wave);
            for (int q : { 50, 95, 99 }) {
                const Quantile &quantile = q == 50 ? d.p50 : q == 95 ? d.p95 : d.p99;
                const double value = quantile.atLeast && (t / stepMsecs) % 7 != 0 ? quantile.seconds * 0.5
                                                                                   : quantile.seconds;
                store.append(SeriesKeys::latency(q, d.id), t, hole ? kNoValue : (quantile.atLeast ? value : value * wave));
            }
            for (int i = 0; i < kOutcomeCount; ++i) {
                const double rate = cooling || i == 0 ? d.outcomeRates[size_t(i)] : 0.0;
                store.append(SeriesKeys::outcomeRate(Outcome(i), d.id), t, hole ? kNoValue : rate * wave);
            }
            store.append(SeriesKeys::state(d.id), t, cooling ? 2 : 0);
            if (cooling)
                store.append(SeriesKeys::cooldownReason(d.id), t, d.cooldownReason.toDouble());
        }
    }
    // Group totals: the sum of their deployments' requests/s.
    for (const GroupSnapshot &g : s.groups) {
        QList<SeriesPoint> total;
        for (const DeploymentSnapshot &d : s.deployments) {
            if (d.group != g.name)
                continue;
            const QList<SeriesPoint> points = store.range(SeriesKeys::requestsPerSecond(d.id), from, to);
            if (total.isEmpty()) {
                total = points;
                continue;
            }
            for (qsizetype i = 0; i < total.size() && i < points.size(); ++i)
                total[i].value += std::isfinite(points.at(i).value) ? points.at(i).value : 0.0;
        }
        store.merge(SeriesKeys::groupRequestsPerSecond(g.name), total);
    }
}

// A router of `deployments` deployments spread over `groups` groups, every tenth one cooling.
inline Snapshot largeSnapshot(int deployments, int groups)
{
    Snapshot s;
    s.time = at(12, 5, 0);
    const int perGroup = std::max(1, deployments / std::max(1, groups));
    for (int i = 0; i < deployments; ++i) {
        const QString group = QStringLiteral("group-%1").arg(i / perGroup, 2, 10, QLatin1Char('0'));
        const bool cooling = i % 10 == 3;
        const double share = 1.0 / perGroup;
        s.deployments.append(deployment(QStringLiteral("deployment-%1").arg(i, 4, 10, QLatin1Char('0')), group, share,
                                        cooling ? 0 : share, share * (1 + 0.05 * (i % 3)), 2.0 + (i % 7),
                                        { 1.9 + (i % 7), 0.01, cooling ? 0.3 : 0.0, 0.02, 0 }, { 0.5, false },
                                        { 1.0 + (i % 5), false }, { 2.0 + (i % 4), i % 17 == 0 },
                                        cooling ? CooldownState::Cooling : CooldownState::Healthy,
                                        cooling ? QStringLiteral("429") : QString()));
    }
    judgeOverFiveMinutes(s.deployments);
    for (int g = 0; g * perGroup < deployments; ++g)
        s.groups.append(groupOf(QStringLiteral("group-%1").arg(g, 2, 10, QLatin1Char('0')), s.deployments));
    s.router = live(s.time);
    s.prometheus = live(s.time);
    return s;
}

} // namespace RouteDeck::ViewFixtures
