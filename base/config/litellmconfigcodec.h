// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QByteArray>
#include <QHash>

namespace RouteDeck {

struct ConfigLoadResult
{
    RouterConfig config;
    Problems problems; // errors and warnings, each with file:line:column
    bool ok() const { return !hasErrors(problems); }
};

// Reads LiteLLM `config.yaml` files. Validation never throws: every problem comes back as a Problem.
class LiteLlmConfigCodec
{
public:
    static constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;

    static ConfigLoadResult parse(const QByteArray &text, const QString &fileName = QString());
    static ConfigLoadResult load(const QString &path);

    // Stable id for a deployment without model_info.id: "rd-" + the first 12 hex digits of
    // SHA-256 over model_name and litellm_params model, api_base, api_version, deployment_id and
    // region_name (never api_key or other secrets). Identical deployments get "-2", "-3", ... in file order.
    static QString derivedId(const QString &group, const QVariantMap &litellmParams);

    static QStringList knownRoutingStrategies();
};

} // namespace RouteDeck
