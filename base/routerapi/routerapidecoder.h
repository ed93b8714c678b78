// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QByteArray>

namespace RouteDeck {

// Decodes the LiteLLM admin API's JSON answers. Pure functions: the RouterClient does the HTTP.
class RouterApiDecoder
{
public:
    struct ModelInfoPage
    {
        QList<Deployment> deployments;
        int currentPage = 1;
        int totalPages = 1; // 1 for the unpaged /model/info
        int totalCount = -1;
        QString error; // empty when the body was understood
        QStringList warnings; // values left out (e.g. an order that is no whole number), each naming where
        bool ok() const { return error.isEmpty(); }
    };

    // /model/info, /v1/model/info or /v2/model/info. `where` names the URL in messages.
    static ModelInfoPage decodeModelInfo(const QByteArray &body, const QString &where);
    // /router/settings: either the settings map itself or LiteLLM's {current_values: {...}}.
    static RouterSettings decodeRouterSettings(const QByteArray &body, const QString &where, QString *error);
    // One model_list-like entry (model_name, litellm_params, model_info) to a Deployment. A value no
    // field can hold (order 1e300, -5 or 1.5) is left unset and *problem names the field and the value;
    // empty when there is none.
    static Deployment deploymentFromValues(const QVariantMap &entry, int index, QString *problem = nullptr);
};

} // namespace RouteDeck
