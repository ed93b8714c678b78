// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QHash>
#include <QSet>

namespace RouteDeck {

// LiteLLM simple-shuffle traffic shares. The one place that knows weight precedence, order tiers
// and renormalisation; the simulator, the views and the editor all call it.
//
// The rule is LiteLLM's `simple_shuffle` (litellm/router_strategy/simple_shuffle.py, read at BerriAI/litellm
// commit 1116dd59): the FIRST healthy deployment of the traffic tier decides the field. If its
// litellm_params has `weight` (0 included), every deployment is weighted by `weight`, a missing one
// counting 0; else the same with `rpm`, else `tpm`; else the pick is uniform.
// Where this differs from RouteDeck's rule before 2026-12 ("the first of weight, rpm, tpm that is positive
// on ANY deployment"), each covered by tst_sharemath:
//  1. a group whose first deployment has no weight ignores the others' weights (LiteLLM issue 33329);
//  2. `weight: 0` on the first deployment still selects weights;
//  3. rpm/tpm at a deployment's top level (old configs) never count: simple_shuffle reads litellm_params only
//     (they still count as rate limits, see Deployment::rpmLimit);
//  4. when the chosen field is 0 on every deployment, LiteLLM's weighted pick raises for every request
//     (random.choices: total of weights must be greater than zero): the group takes no traffic, it does
//     not fall back to rpm, tpm or an even split;
//  5. when the first deployment cools down, the next healthy one decides, so the field can change too.
class ShareMath
{
public:
    enum class WeightSource { Weight, Rpm, Tpm, Uniform };

    // Deployments that receive traffic: those of the lowest `order` among the candidates; when no
    // candidate has an order, all of them. (LiteLLM drops deployments without order when any has one.)
    static QList<Deployment> trafficTier(const QList<Deployment> &candidates);

    // The field simple_shuffle weights by: decided by the first candidate (candidates in model_list order).
    static WeightSource weightSource(const QList<Deployment> &candidates);
    static double rawWeight(const Deployment &deployment, WeightSource source);
    // True when the weighted pick cannot choose: the field weightSource() picks is 0 on every candidate.
    static bool weightedPickFails(const QList<Deployment> &candidates);
    // What that means, in the words every caller shows (codec, guardrails, routedeckctl).
    static QString weightedPickFailure(const QString &group, WeightSource source);

    // Shares in [0, 1] keyed by deployment id over a whole group; deployments outside the traffic
    // tier get 0. The shares of a group sum to 1 unless the group is empty or its pick fails.
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
