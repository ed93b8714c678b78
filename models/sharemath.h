// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QHash>
#include <QSet>

namespace RouteDeck {

// LiteLLM simple-shuffle traffic shares. The one place that knows weight precedence, order tiers
// and renormalisation; the simulator, the views and the editor all call it.
class ShareMath
{
public:
    enum class WeightSource { Weight, Rpm, Tpm, Uniform };

    // Deployments that receive traffic: those of the lowest `order` among the candidates; when no
    // candidate has an order, all of them. (LiteLLM drops deployments without order when any has one.)
    static QList<Deployment> trafficTier(const QList<Deployment> &candidates);

    // The first of weight, rpm, tpm that is positive on any candidate; Uniform when none is.
    static WeightSource weightSource(const QList<Deployment> &candidates);
    static double rawWeight(const Deployment &deployment, WeightSource source);

    // Shares in [0, 1] keyed by deployment id over a whole group; deployments outside the traffic
    // tier get 0. The shares of a group sum to 1 unless the group is empty.
    static QHash<QString, double> configuredShares(const QList<Deployment> &group);
    // The same over the deployments not in `unavailable` (cooling): what the router does right now.
    // Empty hash values (all 0) when every deployment is unavailable.
    static QHash<QString, double> effectiveShares(const QList<Deployment> &group,
                                                  const QSet<QString> &unavailable);

    // Shares for explicit weights (editor previews): normalised, all-zero gives all 0.
    static QList<double> normalise(const QList<double> &weights);

    static QString sourceName(WeightSource source);
    // 0.72727 -> "72.7"
    static QString formatPercent(double share, int decimals = 1);
};

} // namespace RouteDeck
