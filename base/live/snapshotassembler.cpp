// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotassembler.h"

#include "liveverdict.h"
#include "seriesreading.h"
#include "sharemath.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SnapshotAssembler", text);
}

double latestValue(const PromSeries &series)
{
    return series.samples.isEmpty() ? kNoValue : series.samples.constLast().value;
}

// A quantile read from a histogram_quantile answer: at the largest finite bucket it is "at least".
Quantile quantileOf(double value, double largestFiniteBucket)
{
    Quantile quantile;
    if (std::isfinite(value)) {
        quantile.seconds = value;
        quantile.atLeast = value >= largestFiniteBucket * (1 - 1e-9);
    } else if (std::isinf(value) && value > 0) {
        quantile.seconds = largestFiniteBucket;
        quantile.atLeast = true;
    }
    return quantile;
}

// Adds `value` to a NaN-initialised accumulator.
void accumulate(double &total, double value)
{
    if (std::isnan(value))
        return;
    total = std::isnan(total) ? value : total + value;
}

struct WindowCounts;

class Assembly
{
public:
    explicit Assembly(const SnapshotAssembler::Input &input)
        : m_input(input)
    {
    }

    Snapshot run();

private:
    DeploymentSnapshot &deploymentFor(const QString &id);
    QList<PromSeries> seriesOf(const QString &query) const { return m_input.metrics.value(query).series; }
    bool coolingNow(const DeploymentSnapshot &d, double cooldownSeconds) const;
    void readMetrics();
    void computeShares();
    void judgeTraffic();
    void judgeGroup(const QString &group, const WindowCounts &counts);
    bool splitChangedWithin(const QString &group, double seconds) const;
    void computeGroups();

    const SnapshotAssembler::Input &m_input;
    Snapshot m_snapshot;
    QHash<QString, qsizetype> m_index;
    QHash<QString, GroupSnapshot> m_judgedGroups; // the judged fields of each group, for computeGroups
};

// Requests, failures and p95 of each deployment over each of LiveVerdict's windows.
struct WindowCounts
{
    static constexpr size_t kWindows = LiveVerdict::kWindowsSeconds.size();
    std::array<QHash<QString, double>, kWindows> requests; // by deployment id
    std::array<QHash<QString, double>, kWindows> failures;
    std::array<QHash<QString, double>, kWindows> rateLimits; // the failures that were 429s
    std::array<QHash<QString, Quantile>, kWindows> p95;
};

DeploymentSnapshot &Assembly::deploymentFor(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it != m_index.cend())
        return m_snapshot.deployments[*it];
    DeploymentSnapshot d;
    d.id = id;
    d.group = tr("(not in router)");
    m_index.insert(id, m_snapshot.deployments.size());
    m_snapshot.deployments.append(d);
    if (m_input.routerAvailable) {
        m_snapshot.warnings.append(
            tr("deployment '%1' is in Prometheus but not in the router's model list (removed, or another router?)")
                .arg(id));
    }
    return m_snapshot.deployments.last();
}

// Whether the router has `d` out of rotation now. LiteLLM's litellm_deployment_state cannot say: nothing
// resets its 2 when a cooldown ends (the cooldown is a cache entry that expires, cooldown_handlers.py), so
// it stays 2 until the next success; and where the cooldown callback's labels differ from the request
// path's (api_base "" against None, litellm/router_utils/cooldown_callbacks.py, LiteLLM issue 35653) the
// 2 sits on a series no success ever resets.
// So a deployment is cooling for its cooldown_time after the cooldown counter last grew, plus one scrape's
// worth of slack for when the counter was sampled (half the rate window, which is four scrapes).
bool Assembly::coolingNow(const DeploymentSnapshot &d, double cooldownSeconds) const
{
    if (!d.lastCooldownAt.isValid() || !m_input.time.isValid())
        return false;
    const double since = double(d.lastCooldownAt.msecsTo(m_input.time)) / 1000.0;
    return since >= 0 && since <= cooldownSeconds + m_input.rateWindowSeconds / 2;
}

// The largest finite `le` among the latency histogram's buckets; `fallback` when the data has none.
double largestFiniteBucket(const QList<PromSeries> &buckets, double fallback)
{
    double largest = -1;
    for (const PromSeries &s : buckets) {
        bool ok = false;
        const double le = s.labels.value(QStringLiteral("le")).toDouble(&ok);
        if (ok && std::isfinite(le) && le > largest)
            largest = le;
    }
    return largest > 0 ? largest : fallback;
}

void Assembly::readMetrics()
{
    const QString join = m_input.joinLabel;
    auto forEachSeries = [&](const QString &query, const auto &apply) {
        for (const PromSeries &series : seriesOf(query)) {
            const QString id = series.labels.value(join);
            if (id.isEmpty())
                continue; // aggregated away or another router's series
            DeploymentSnapshot &d = deploymentFor(id);
            d.inMetrics = true;
            apply(d, series);
        }
    };

    forEachSeries(QStringLiteral("requests"), [](DeploymentSnapshot &d, const PromSeries &s) {
        accumulate(d.requestsPerSecond, latestValue(s));
    });
    forEachSeries(QStringLiteral("successes"), [](DeploymentSnapshot &d, const PromSeries &s) {
        accumulate(d.outcomeRates[size_t(Outcome::Success)], latestValue(s));
    });
    const QString outcomeLabel = m_input.outcomeLabel;
    forEachSeries(QStringLiteral("failures"), [&outcomeLabel](DeploymentSnapshot &d, const PromSeries &s) {
        const Outcome outcome = SeriesReading::failureOutcome(s.labels, outcomeLabel);
        accumulate(d.outcomeRates[size_t(outcome)], latestValue(s));
    });
    const double bound = m_snapshot.largestFiniteBucket;
    for (int q = 0; q < int(std::size(SeriesReading::kLatencyPercents)); ++q) {
        forEachSeries(SeriesReading::latencyKey(SeriesReading::kLatencyPercents[q]), [q, bound](DeploymentSnapshot &d, const PromSeries &s) {
            (q == 0 ? d.p50 : q == 1 ? d.p95 : d.p99) = quantileOf(latestValue(s), bound);
        });
    }
    forEachSeries(QStringLiteral("state"), [](DeploymentSnapshot &d, const PromSeries &s) {
        const double v = latestValue(s);
        d.state = std::isnan(v) ? CooldownState::Unknown
            : v >= 1.5          ? CooldownState::Cooling
            : v >= 0.5          ? CooldownState::Partial
                                : CooldownState::Healthy;
    });
    QHash<QString, double> previousTotals; // "id\nstatus" -> total
    for (const PromSeries &s : m_input.previousCooldowns.series)
        previousTotals.insert(s.labels.value(join) + QLatin1Char('\n') + s.labels.value(QStringLiteral("exception_status")),
                              latestValue(s));
    // Whether there is an earlier frame to compare totals with depends on the frames, not on what an
    // earlier assembly of this same frame carried over (previousReasons): a frame published twice (the
    // router answered in between) must not count every total as new growth, a false "cooling".
    const bool firstFrame = !m_input.hasPreviousRefresh && m_input.previousCooldowns.series.isEmpty();
    QHash<QString, CooldownReason> reasons; // by deployment id
    forEachSeries(QStringLiteral("cooldowns"), [&](DeploymentSnapshot &d, const PromSeries &s) {
        const QString status = s.labels.value(QStringLiteral("exception_status"));
        const double total = latestValue(s);
        // On the first frame the largest total stands in for "latest"; afterwards only growth counts.
        reasons[d.id].offer(status, firstFrame ? total : total - previousTotals.value(d.id + QLatin1Char('\n') + status, 0.0));
    });
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        if (!it->found())
            continue;
        DeploymentSnapshot &d = deploymentFor(it.key());
        d.cooldownReason = it->status();
        if (!firstFrame)
            d.lastCooldownAt = m_input.time; // grew since the previous refresh: cooled down just now
    }
    // Before there is a previous refresh to compare with, a cooldown within the rate window counts.
    if (firstFrame) {
        forEachSeries(QStringLiteral("recent_cooldowns"), [this](DeploymentSnapshot &d, const PromSeries &s) {
            if (latestValue(s) > 0)
                d.lastCooldownAt = m_input.time;
        });
    }
    QHash<QString, double> cooldownSeconds; // litellm_params.cooldown_time, where the router has one
    for (const Deployment &r : m_input.routerDeployments) {
        if (r.cooldownTime)
            cooldownSeconds.insert(r.id, *r.cooldownTime);
    }
    for (DeploymentSnapshot &d : m_snapshot.deployments) {
        if (d.cooldownReason.isEmpty())
            d.cooldownReason = m_input.previousReasons.value(d.id);
        if (!d.lastCooldownAt.isValid())
            d.lastCooldownAt = m_input.previousCooldownTimes.value(d.id);
        if (coolingNow(d, cooldownSeconds.value(d.id, m_input.defaultCooldownSeconds)))
            d.state = CooldownState::Cooling;
    }
    forEachSeries(QStringLiteral("remaining_requests"), [](DeploymentSnapshot &d, const PromSeries &s) {
        d.remainingRequests = latestValue(s);
    });
}

void Assembly::computeShares()
{
    QHash<QString, QList<Deployment>> groups;
    QSet<QString> cooling;
    for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments)) {
        if (d.isCooling())
            cooling.insert(d.id);
    }
    for (const Deployment &d : m_input.routerDeployments)
        groups[d.group].append(d);
    QHash<QString, double> groupRps;
    for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments))
        accumulate(groupRps[d.group], d.requestsPerSecond);
    // Each group's shares once, not once per member: large groups would cost members² otherwise.
    QHash<QString, std::pair<QHash<QString, double>, QHash<QString, double>>> shares;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        shares.insert(it.key(), { ShareMath::configuredShares(*it), ShareMath::effectiveShares(*it, cooling) });
    for (DeploymentSnapshot &d : m_snapshot.deployments) {
        if (const auto it = shares.constFind(d.group); it != shares.cend()) {
            d.configuredShare = it->first.value(d.id);
            d.effectiveShare = it->second.value(d.id);
        }
        d.observedShare = SeriesReading::observedShare(d.requestsPerSecond, groupRps.value(d.group, kNoValue));
    }
}

// Each group's verdict window and, over it, each deployment's share, its test against the effective
// share, the group's error ratio and the deployments' p95 (LiveVerdict).
void Assembly::judgeTraffic()
{
    WindowCounts counts;
    const QString join = m_input.joinLabel;
    // Each answer covers every window; its series say which in SeriesReading::kWindowLabel.
    const auto forEachWindowSeries = [this](const QString &name, const auto &apply) {
        for (const PromSeries &s : seriesOf(SeriesReading::judgedKey(name))) {
            const int seconds = s.labels.value(SeriesReading::kWindowLabel).toInt();
            const auto *window = std::find(LiveVerdict::kWindowsSeconds.begin(), LiveVerdict::kWindowsSeconds.end(), seconds);
            if (window != LiveVerdict::kWindowsSeconds.end())
                apply(size_t(window - LiveVerdict::kWindowsSeconds.begin()), seconds, s);
        }
    };
    // Rates over the window times its length: the requests it held.
    forEachWindowSeries(QStringLiteral("requests"), [&](size_t w, int seconds, const PromSeries &s) {
        accumulate(counts.requests[w][s.labels.value(join)], latestValue(s) * seconds);
    });
    forEachWindowSeries(QStringLiteral("failures"), [&](size_t w, int seconds, const PromSeries &s) {
        const double failed = latestValue(s) * seconds;
        accumulate(counts.failures[w][s.labels.value(join)], failed);
        if (SeriesReading::failureOutcome(s.labels, m_input.outcomeLabel) == Outcome::RateLimit)
            accumulate(counts.rateLimits[w][s.labels.value(join)], failed);
    });
    forEachWindowSeries(SeriesReading::latencyKey(95), [&](size_t w, int, const PromSeries &s) {
        counts.p95[w].insert(s.labels.value(join), quantileOf(latestValue(s), m_snapshot.largestFiniteBucket));
    });
    QStringList groups;
    for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments)) {
        if (!groups.contains(d.group))
            groups.append(d.group);
    }
    for (const QString &group : std::as_const(groups))
        judgeGroup(group, counts);
}

// Whether the group's split changed within the last `seconds`: a deployment cooling or cooled down
// since then (its traffic moved to the others), or new weights.
bool Assembly::splitChangedWithin(const QString &group, double seconds) const
{
    const QDateTime start = m_input.time.addMSecs(-qint64(seconds * 1000));
    if (m_input.splitChangedAt.value(group) > start)
        return true;
    return std::any_of(m_snapshot.deployments.cbegin(), m_snapshot.deployments.cend(), [&](const DeploymentSnapshot &d) {
        return d.group == group && (d.isCooling() || (d.lastCooldownAt.isValid() && d.lastCooldownAt > start));
    });
}

void Assembly::judgeGroup(const QString &group, const WindowCounts &counts)
{
    std::array<double, WindowCounts::kWindows> requests;
    std::array<double, WindowCounts::kWindows> failures;
    std::array<double, WindowCounts::kWindows> rateLimits;
    requests.fill(kNoValue);
    failures.fill(kNoValue);
    rateLimits.fill(kNoValue);
    for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments)) {
        if (d.group != group)
            continue;
        for (size_t w = 0; w < WindowCounts::kWindows; ++w) {
            accumulate(requests[w], counts.requests[w].value(d.id, kNoValue));
            accumulate(failures[w], counts.failures[w].value(d.id, kNoValue));
            accumulate(rateLimits[w], counts.rateLimits[w].value(d.id, kNoValue));
        }
    }
    const int chosen = LiveVerdict::shortestSufficientWindow(requests);
    GroupSnapshot &judged = m_judgedGroups[group];
    judged.judgedRequests = requests.back();
    if (chosen < 0)
        return; // not enough traffic: no verdict
    const size_t w = size_t(chosen);
    judged.judgedWindowSeconds = LiveVerdict::kWindowsSeconds[w];
    judged.judgedRequests = requests[w];
    judged.judgedErrorRatio = (std::isnan(failures[w]) ? 0.0 : failures[w]) / requests[w];
    judged.judgedRateLimitRatio = (std::isnan(rateLimits[w]) ? 0.0 : rateLimits[w]) / requests[w];
    judged.splitChanging = splitChangedWithin(group, judged.judgedWindowSeconds);
    for (DeploymentSnapshot &d : m_snapshot.deployments) {
        if (d.group != group)
            continue;
        d.judgedRequests = counts.requests[w].value(d.id, 0.0);
        d.judgedShare = d.judgedRequests / requests[w];
        if (d.judgedRequests >= LiveVerdict::kMinDeploymentRequests) {
            d.judgedErrorRatio = counts.failures[w].value(d.id, 0.0) / d.judgedRequests;
            d.judgedRateLimitRatio = counts.rateLimits[w].value(d.id, 0.0) / d.judgedRequests;
            d.judgedP95 = counts.p95[w].value(d.id);
        }
        if (!d.inRouter || judged.splitChanging)
            continue; // nothing is expected of it, or not the current split over the whole window
        d.driftPValue = LiveVerdict::shareTestPValue(d.judgedRequests, requests[w], d.effectiveShare);
        d.driftFlagged = LiveVerdict::driftFlagged(d.driftPValue, m_input.previouslyFlagged.contains(d.id));
    }
}

void Assembly::computeGroups()
{
    QHash<QString, double> fallbacks;
    for (const PromSeries &s : seriesOf(QStringLiteral("fallbacks")))
        accumulate(fallbacks[s.labels.value(QStringLiteral("requested_model"))], latestValue(s));

    QStringList order;
    for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments)) {
        if (!order.contains(d.group))
            order.append(d.group);
    }
    for (const QString &name : std::as_const(order)) {
        GroupSnapshot g = m_judgedGroups.value(name);
        g.name = name;
        double failed = kNoValue;
        double answered = kNoValue;
        for (const DeploymentSnapshot &d : std::as_const(m_snapshot.deployments)) {
            if (d.group != name)
                continue;
            ++g.deploymentCount;
            g.coolingCount += d.isCooling();
            accumulate(g.requestsPerSecond, d.requestsPerSecond);
            for (int i = 0; i < kOutcomeCount; ++i) {
                accumulate(answered, d.outcomeRates[size_t(i)]);
                if (Outcome(i) != Outcome::Success)
                    accumulate(failed, d.outcomeRates[size_t(i)]);
            }
            if (const double drift = std::abs(d.driftPoints()); !std::isnan(drift))
                g.maxDriftPoints = std::isnan(g.maxDriftPoints) ? drift : std::max(g.maxDriftPoints, drift);
        }
        if (answered > 0)
            g.errorRatio = (std::isnan(failed) ? 0.0 : failed) / answered;
        if (m_input.metricsAvailable)
            g.fallbacksPerSecond = fallbacks.value(name, 0.0);
        m_snapshot.groups.append(g);
    }
}

Snapshot Assembly::run()
{
    m_snapshot.time = m_input.time;
    m_snapshot.largestFiniteBucket = largestFiniteBucket(seriesOf(QStringLiteral("latency_buckets")), m_input.largestFiniteBucket);
    m_snapshot.rateWindowSeconds = m_input.rateWindowSeconds;
    for (const Deployment &d : m_input.routerDeployments) {
        if (m_index.contains(d.id))
            continue;
        m_index.insert(d.id, m_snapshot.deployments.size());
        m_snapshot.deployments.append({ .id = d.id, .group = d.group, .provider = d.provider, .model = d.model,
            .apiBase = d.apiBase, .weight = d.weight, .inRouter = true });
    }
    if (m_input.metricsAvailable)
        readMetrics();
    computeShares();
    judgeTraffic();
    computeGroups();
    for (const PromQueryResult &result : m_input.metrics)
        m_snapshot.warnings.append(result.warnings);
    m_snapshot.warnings.removeDuplicates();
    return m_snapshot;
}

} // namespace


void SnapshotAssembler::carryOver(const Snapshot &previous, Input &input)
{
    for (const DeploymentSnapshot &d : previous.deployments) {
        if (!d.cooldownReason.isEmpty())
            input.previousReasons.insert(d.id, d.cooldownReason);
        if (d.lastCooldownAt.isValid())
            input.previousCooldownTimes.insert(d.id, d.lastCooldownAt);
        if (d.driftFlagged)
            input.previouslyFlagged.insert(d.id);
    }
}

Snapshot SnapshotAssembler::assemble(const Input &input)
{
    return Assembly(input).run();
}

} // namespace RouteDeck
