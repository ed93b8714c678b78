// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharemath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace RouteDeck {

QList<Deployment> ShareMath::trafficTier(const QList<Deployment> &candidates)
{
    std::optional<int> lowest;
    for (const Deployment &d : candidates) {
        if (d.order && (!lowest || *d.order < *lowest))
            lowest = d.order;
    }
    if (!lowest)
        return candidates;
    QList<Deployment> tier;
    for (const Deployment &d : candidates) {
        if (d.order == lowest)
            tier.append(d);
    }
    return tier;
}

ShareMath::WeightSource ShareMath::weightSource(const QList<Deployment> &candidates)
{
    if (candidates.isEmpty())
        return WeightSource::Uniform;
    const Deployment &first = candidates.first();
    if (first.weight)
        return WeightSource::Weight;
    if (first.rpm)
        return WeightSource::Rpm;
    if (first.tpm)
        return WeightSource::Tpm;
    return WeightSource::Uniform;
}

double ShareMath::rawWeight(const Deployment &deployment, WeightSource source)
{
    std::optional<double> value;
    switch (source) {
    case WeightSource::Weight:
        value = deployment.weight;
        break;
    case WeightSource::Rpm:
        value = deployment.rpm;
        break;
    case WeightSource::Tpm:
        value = deployment.tpm;
        break;
    case WeightSource::Uniform:
        return 1.0;
    }
    const double v = value.value_or(0.0);
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

bool ShareMath::weightedPickFails(const QList<Deployment> &candidates)
{
    const WeightSource source = weightSource(candidates);
    return !candidates.isEmpty() && std::all_of(candidates.cbegin(), candidates.cend(), [source](const Deployment &d) {
        return rawWeight(d, source) == 0;
    });
}

QString ShareMath::weightedPickFailure(const QString &group, WeightSource source)
{
    return QCoreApplication::translate("ShareMath",
                                       "every deployment of '%1' has %2 0, so LiteLLM's weighted pick fails every "
                                       "request of the group: it does not fall back to another field or to an "
                                       "even split")
        .arg(group, sourceName(source));
}

QHash<QString, double> ShareMath::configuredShares(const QList<Deployment> &group)
{
    return effectiveShares(group, {});
}

QHash<QString, double> ShareMath::effectiveShares(const QList<Deployment> &group, const QSet<QString> &unavailable)
{
    QHash<QString, double> shares;
    QList<Deployment> candidates;
    for (const Deployment &d : group) {
        shares.insert(d.id, 0.0);
        if (!unavailable.contains(d.id))
            candidates.append(d);
    }
    const QList<Deployment> tier = trafficTier(candidates);
    const WeightSource source = weightSource(tier);
    QList<double> weights;
    weights.reserve(tier.size());
    for (const Deployment &d : tier)
        weights.append(rawWeight(d, source));
    const QList<double> normalised = normalise(weights);
    for (qsizetype i = 0; i < tier.size(); ++i)
        shares[tier.at(i).id] = normalised.at(i);
    return shares;
}

QList<double> ShareMath::normalise(const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += std::isfinite(w) && w > 0 ? w : 0.0;
    QList<double> shares;
    shares.reserve(weights.size());
    for (double w : weights)
        shares.append(total > 0 && std::isfinite(w) && w > 0 ? w / total : 0.0);
    return shares;
}

QString ShareMath::sourceName(WeightSource source)
{
    switch (source) {
    case WeightSource::Weight:
        return QStringLiteral("weight");
    case WeightSource::Rpm:
        return QStringLiteral("rpm");
    case WeightSource::Tpm:
        return QStringLiteral("tpm");
    case WeightSource::Uniform:
        return QCoreApplication::translate("ShareMath", "uniform");
    }
    return {};
}

QString ShareMath::formatPercent(double share, int decimals)
{
    if (!std::isfinite(share))
        return QStringLiteral("-");
    return QString::number(share * 100.0, 'f', decimals);
}

} // namespace RouteDeck
