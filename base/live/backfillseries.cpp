// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfillseries.h"

#include "serieskeys.h"
#include "seriesreading.h"

#include <QMap>

#include <cmath>

namespace RouteDeck {

namespace {
qint64 msecsOf(const PromSample &sample)
{
    return qint64(std::llround(sample.time * 1000));
}

QList<SeriesPoint> pointsOf(const PromSeries &series)
{
    QList<SeriesPoint> points;
    points.reserve(series.samples.size());
    for (const PromSample &p : series.samples)
        points.append({ msecsOf(p), p.value });
    return points;
}

// Calls visit(id, series) for each series of a deployment, skipping those without the join label:
// aggregated away or another router's.
template<typename Visit>
void forEachDeploymentSeries(const PromQueryResult &result, const QString &joinLabel, Visit visit)
{
    for (const PromSeries &series : result.series) {
        const QString id = series.labels.value(joinLabel);
        if (!id.isEmpty())
            visit(id, series);
    }
}

// The store key a plain (one series per deployment) answer goes to; empty for names read otherwise.
QString plainKey(const QString &name, const QString &id)
{
    if (name == QLatin1String("requests"))
        return SeriesKeys::requestsPerSecond(id);
    if (name == QLatin1String("successes"))
        return SeriesKeys::outcomeRate(Outcome::Success, id);
    if (name == QLatin1String("state"))
        return SeriesKeys::state(id);
    for (int percent : SeriesReading::kLatencyPercents) {
        if (name == SeriesReading::latencyKey(percent))
            return SeriesKeys::latency(percent, id);
    }
    return {};
}
} // namespace

BackfillSeries::Series BackfillSeries::read(const QString &name, const PromQueryResult &result, const Context &context)
{
    if (name == QLatin1String("cooldowns"))
        return cooldownReasons(result, context);
    if (name == QLatin1String("failures"))
        return failuresByOutcome(result, context);
    Series out;
    forEachDeploymentSeries(result, context.joinLabel, [&](const QString &id, const PromSeries &s) {
        if (const QString key = plainKey(name, id); !key.isEmpty())
            out.insert(key, pointsOf(s));
    });
    return out;
}

// Several failure series (exception_status, exception_class) count for one outcome: summed per time.
BackfillSeries::Series BackfillSeries::failuresByOutcome(const PromQueryResult &failures, const Context &context)
{
    QHash<QString, QMap<qint64, double>> sums;
    forEachDeploymentSeries(failures, context.joinLabel, [&](const QString &id, const PromSeries &s) {
        QMap<qint64, double> &sum = sums[SeriesKeys::outcomeRate(SeriesReading::failureOutcome(s.labels, context.outcomeLabel), id)];
        for (const PromSample &p : s.samples)
            sum[msecsOf(p)] += p.value;
    });
    Series out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QList<SeriesPoint> &points = out[it.key()];
        for (auto p = it->cbegin(); p != it->cend(); ++p)
            points.append({ p.key(), p.value() });
    }
    return out;
}

BackfillSeries::Series BackfillSeries::observedShares(const PromQueryResult &requests, const Context &context)
{
    QHash<QString, QHash<qint64, double>> groupTotals; // group -> time -> requests/s
    for (const PromSeries &s : requests.series) {
        const QString group = context.groupOf.value(s.labels.value(context.joinLabel));
        for (const PromSample &p : s.samples) {
            if (std::isfinite(p.value))
                groupTotals[group][msecsOf(p)] += p.value;
        }
    }
    Series out;
    forEachDeploymentSeries(requests, context.joinLabel, [&](const QString &id, const PromSeries &s) {
        const QHash<qint64, double> &totals = groupTotals[context.groupOf.value(id)];
        QList<SeriesPoint> shares;
        shares.reserve(s.samples.size());
        for (const PromSample &p : s.samples)
            shares.append({ msecsOf(p), SeriesReading::observedShare(p.value, totals.value(msecsOf(p), kNoValue)) });
        out.insert(SeriesKeys::observedShare(id), shares);
    });
    return out;
}

// Per deployment and time step, the status whose cooldown total grew most names the reason from then on
// (CooldownReason, as the live refresh decides between two refreshes).
BackfillSeries::Series BackfillSeries::cooldownReasons(const PromQueryResult &totals, const Context &context)
{
    QHash<QString, QMap<qint64, CooldownReason>> steps;
    forEachDeploymentSeries(totals, context.joinLabel, [&](const QString &id, const PromSeries &s) {
        const QString status = s.labels.value(QStringLiteral("exception_status"));
        QMap<qint64, CooldownReason> &byTime = steps[id];
        for (qsizetype i = 1; i < s.samples.size(); ++i)
            byTime[msecsOf(s.samples.at(i))].offer(status, s.samples.at(i).value - s.samples.at(i - 1).value);
    });
    Series out;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        QList<SeriesPoint> points;
        for (auto step = it->cbegin(); step != it->cend(); ++step) {
            if (step->found())
                points.append({ step.key(), step->status().toDouble() });
        }
        if (!points.isEmpty())
            out.insert(SeriesKeys::cooldownReason(it.key()), points);
    }
    return out;
}

} // namespace RouteDeck
