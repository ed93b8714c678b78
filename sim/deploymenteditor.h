// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QVariantMap>

namespace RouteDeck {

struct DeploymentEditResult
{
    Deployment deployment;
    QString error; // empty on success; names the field and the value
    bool ok() const { return error.isEmpty(); }
};

// Applies admin API bodies (`/model/new`, `/model/{id}/update`) to deployments, with the checks a
// person can act on. Typed fields (weight, rpm, order, ...) are re-read only from the keys a body
// touches, so values the config codec derived stay as it derived them.
class DeploymentEditor
{
public:
    static constexpr int kMaxTextLength = 512;

    // Partial update: `body` may hold model_name, litellm_params and model_info; litellm_params and
    // model_info are merged key by key, a null value removes the key.
    static DeploymentEditResult update(const Deployment &current, const QVariantMap &body);
    // A new deployment from {model_name, litellm_params: {model, ...}, model_info: {id?}}; `existingIds`
    // guards against duplicates and makes derived ids unique.
    static DeploymentEditResult create(const QVariantMap &body, const QStringList &existingIds);

    static QString providerOf(const QVariantMap &litellmParams);
    static QString validateId(const QVariant &id);
};

} // namespace RouteDeck
