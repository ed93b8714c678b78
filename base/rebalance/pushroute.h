// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "routertypes.h"

namespace RouteDeck {

// Where one weight change goes, decided before anything is proposed. The profile's target, except that
// a router push of deployments the router keeps in its config file goes to the profile's config file
// (LiteLLM answers 400 "Cannot edit config-based model" to a PATCH of those, so the API path would fail
// halfway). Without a config file to write, such a change cannot be pushed and `error` says what to do.
// The GUI's review, `routedeckctl set-weight --router` and the push service all ask this one rule.
struct PushRoute
{
    PushTargetKind target = PushTargetKind::Router;
    QStringList configFileModels; // changed deployments the router keeps in its config file
    QString note; // why the target is not the profile's, for the review; empty when it is
    QString error; // why the change cannot be pushed at all; empty when it can

    bool ok() const { return error.isEmpty(); }

    static PushRoute choose(const WeightChange &change, PushTargetKind profileTarget, const QString &configFile,
        const QList<Deployment> &routerDeployments);

    // LiteLLM's admin API cannot remove a weight (PATCH /model/{id}/update drops a null weight: `weight` is
    // not in NULL_CLEARABLE_LITELLM_PARAMS, litellm/proxy/management_endpoints/model_management_endpoints.py),
    // so only a file target can give `ids` back their "no weight". Empty for a file target, else why not.
    static QString removalUnsupported(PushTargetKind target, const QStringList &ids);
};

} // namespace RouteDeck
