// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentsummary.h"

#include "cooldowntimeline.h"
#include "liveverdict.h"
#include "serieskeys.h"
#include "viewformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace RouteDeck {

namespace {
using Severity = IncidentLine::Severity;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("IncidentSummary", text, nullptr, n);
}

// The failing outcome with the highest rate, and its share of all calls.
std::pair<Outcome, double> dominantFailure(const DeploymentSnapshot &d)
{
    double total = 0;
    for (double rate : d.outcomeRates)
        total += std::isfinite(rate) ? rate : 0.0;
    Outcome worst = Outcome::Other;
    double worstRate = -1;
    for (int i = 0; i < kOutcomeCount; ++i) {
        const double rate = d.outcomeRates[size_t(i)];
        if (Outcome(i) != Outcome::Success && std::isfinite(rate) && rate > worstRate) {
            worst = Outcome(i);
            worstRate = rate;
        }
    }
    return { worst, total > 0 ? std::max(0.0, worstRate) / total : 0.0 };
}

QString since(const SeriesStore &store, const DeploymentSnapshot &d, const QDateTime &at)
{
    const std::optional<qint64> start = CooldownTimeline::stateSinceAt(store, d.id, d.state, at.toMSecsSinceEpoch());
    return start ? tr(" since %1").arg(ViewFormat::clock(*start)) : QString();
}

QString sourceLine(const QString &name, const SourceStatus &status)
{
    switch (status.state) {
    case SourceStatus::State::Stale:
        return tr("%1 stale since %2 (last good data %3): %4")
            .arg(name, ViewFormat::clock(status.failingSince), ViewFormat::clock(status.lastGood), status.error);
    case SourceStatus::State::Unreachable:
        return status.lastGood.isValid()
            ? tr("%1 unreachable: %2 (last good data %3)").arg(name, status.error, ViewFormat::clock(status.lastGood))
            : tr("%1 unreachable: %2").arg(name, status.error);
    default:
        return QString();
    }
}
} // namespace

void IncidentSummary::addSourceLines(const Snapshot &snapshot, QList<IncidentLine> &out)
{
    const QList<std::pair<QString, const SourceStatus *>> sources {
        { tr("Prometheus"), &snapshot.prometheus },
        { tr("Router admin API"), &snapshot.router },
    };
    for (const auto &[name, status] : sources) {
        const QString text = sourceLine(name, *status);
        if (!text.isEmpty())
            out.append({ status->state == SourceStatus::State::Unreachable ? Severity::Critical : Severity::Error,
                         QString(), QString(), text });
    }
}

void IncidentSummary::addGroupLines(const GroupSnapshot &group,
                                    const QList<const DeploymentSnapshot *> &members, const SeriesStore &store,
                                    const QDateTime &at, const ViewThresholds &thresholds, QList<IncidentLine> &out)
{
    const QString &g = group.name;
    const auto add = [&](Severity severity, const QString &id, const QString &text) {
        out.append({ severity, g, id, g + QStringLiteral(": ") + text });
    };

    int cooling = 0;
    for (const DeploymentSnapshot *d : members)
        cooling += d->isCooling() ? 1 : 0;
    if (!members.isEmpty() && cooling == members.size())
        add(Severity::Critical, QString(),
            tr("no deployment available, all %n cooling: calls fail or fall back", int(members.size())));

    for (const DeploymentSnapshot *d : members) {
        if (d->state == CooldownState::Cooling) {
            QStringList receivers;
            for (const DeploymentSnapshot *other : members) {
                if (other != d && !other->isCooling() && other->effectiveShare > other->configuredShare + 1e-9)
                    receivers.append(other->id);
            }
            const QString reason = d->cooldownReason.isEmpty() ? tr("reason unknown") : d->cooldownReason;
            const QString moved = receivers.isEmpty() ? tr("no other deployment to take its traffic")
                                                      : tr("traffic moved to %1").arg(ViewFormat::joinNames(receivers));
            add(Severity::Error, d->id, tr("%1 cooling%2 (%3), %4").arg(d->id, since(store, *d, at), reason, moved));
        } else if (d->state == CooldownState::Partial) {
            add(Severity::Warning, d->id, tr("%1 in partial outage%2").arg(d->id, since(store, *d, at)));
        }
    }

    // No verdict on errors, latency or drift from a handful of requests: a state of its own.
    if (!group.hasVerdict()) {
        add(Severity::Notice, QString(), LiveVerdict::evidence(group));
        return;
    }

    // Errors: systemic when every deployment with enough requests has them, else per deployment.
    QList<const DeploymentSnapshot *> judged;
    QList<const DeploymentSnapshot *> failing;
    for (const DeploymentSnapshot *d : members) {
        if (!std::isfinite(d->judgedErrorRatio))
            continue;
        judged.append(d);
        if (d->judgedErrorRatio >= thresholds.of(g).errorRatio)
            failing.append(d);
    }
    if (failing.size() >= 2 && failing.size() == judged.size()) {
        const double ratio = std::isfinite(group.judgedErrorRatio) ? group.judgedErrorRatio : failing.constFirst()->judgedErrorRatio;
        add(ratio >= thresholds.criticalErrorRatio ? Severity::Critical : Severity::Error, QString(),
            tr("%1 errors on all %n deployments with traffic (not isolated to one)", int(failing.size()))
                .arg(ViewFormat::wholePercent(ratio)));
    } else {
        for (const DeploymentSnapshot *d : std::as_const(failing)) {
            const auto [outcome, share] = dominantFailure(*d);
            add(d->judgedErrorRatio >= thresholds.criticalErrorRatio ? Severity::Error : Severity::Warning, d->id,
                tr("%1 errors, %2 %3 on %4")
                    .arg(ViewFormat::wholePercent(d->judgedErrorRatio), ViewFormat::wholePercent(share), outcomeName(outcome), d->id));
        }
    }

    const double threshold = thresholds.latencySeconds(g);
    for (const DeploymentSnapshot *d : members) {
        if (!d->judgedP95.hasValue() || d->judgedP95.seconds <= threshold)
            continue;
        const QString value = d->judgedP95.atLeast ? tr("at least %1").arg(ViewFormat::seconds(d->judgedP95.seconds))
                                                   : ViewFormat::seconds(d->judgedP95.seconds);
        add(Severity::Warning, d->id,
            tr("p95 %1 over the %2 threshold on %3").arg(value, ViewFormat::seconds(threshold), d->id));
    }

    for (const DeploymentSnapshot *d : members) {
        if (d->isCooling())
            continue; // said above as cooling; its window still holds the requests from before
        const double drift = d->driftPoints();
        if (std::isfinite(drift) && std::abs(drift) >= thresholds.of(g).driftPoints)
            add(Severity::Warning, d->id,
                tr("%1 gets %2 of traffic, %3 expected (%4)")
                    .arg(d->id, ViewFormat::wholePercent(d->judgedShare), ViewFormat::wholePercent(d->effectiveShare),
                        LiveVerdict::driftEvidence(*d, group)));
    }

    if (group.fallbacksPerSecond > 0)
        add(Severity::Warning, QString(), tr("%1 calls answered by a fallback group").arg(ViewFormat::rate(group.fallbacksPerSecond)));
}

QList<IncidentLine> IncidentSummary::lines(const Snapshot &snapshot, const SeriesStore &store,
                                           const ViewThresholds &thresholds)
{
    QList<IncidentLine> out;
    addSourceLines(snapshot, out);

    QHash<QString, QList<const DeploymentSnapshot *>> members;
    for (const DeploymentSnapshot &d : snapshot.deployments)
        members[d.group].append(&d);
    for (const GroupSnapshot &group : snapshot.groups)
        addGroupLines(group, members.value(group.name), store, snapshot.time, thresholds, out);

    const bool anythingWrong = std::any_of(out.cbegin(), out.cend(), [](const IncidentLine &line) { return line.severity != Severity::Notice; });
    const bool judgedAll = !snapshot.groups.isEmpty()
        && std::all_of(snapshot.groups.cbegin(), snapshot.groups.cend(), [](const GroupSnapshot &g) { return g.hasVerdict(); });
    for (const QString &warning : snapshot.warnings)
        out.append({ Severity::Notice, QString(), QString(), warning });
    if (snapshot.groups.isEmpty() && !anythingWrong)
        out.prepend({ Severity::Notice, QString(), QString(), tr("Waiting for the first data from the router and Prometheus") });
    else if (!anythingWrong && judgedAll)
        out.prepend({ Severity::Ok, QString(), QString(), tr("Nothing is wrong") });
    std::stable_sort(out.begin(), out.end(),
                     [](const IncidentLine &a, const IncidentLine &b) { return a.severity < b.severity; });
    return out;
}

QStringList IncidentSummary::texts(const QList<IncidentLine> &lines)
{
    QStringList result;
    result.reserve(lines.size());
    for (const IncidentLine &line : lines)
        result.append(line.text);
    return result;
}

} // namespace RouteDeck
