// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of the router's admin API as RouteDeck uses it (LiteLLM proxy or routedeck-sim).
// The RouterClient (app) produces them; the data plane, the push service and routedeckctl read them.

#include "fetchfailure.h"
#include "routertypes.h"

#include <QUrl>

namespace RouteDeck {

struct RouterEndpointConfig
{
    QUrl baseUrl; // http://127.0.0.1:4000
    QString masterKey; // Bearer token; read from an environment variable by the profile, never printed
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QByteArray caCertificates; // PEM, trusted besides the system's (a private CA); empty: the system's
    int inactivityTimeoutMs = 10000;
    int deadlineMs = 20000;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int pageSize = 100; // /v2/model/info page size

    QString validate() const; // empty when usable, else why not
};

// The common part of every admin API answer: errors are values that say what failed and where.
struct RouterReply
{
    bool ok = false;
    int httpStatus = 0;
    FetchFailure failure = FetchFailure::None; // the same transport classification as Prometheus
    QString errorString;
    QUrl url;
    qint64 elapsedMs = 0;
};

struct RouterDeploymentsReply : RouterReply
{
    QList<Deployment> deployments;
    int pagesFetched = 0;
    bool legacyEndpoint = false; // /v2/model/info was missing; /model/info answered
};

struct RouterSettingsReply : RouterReply
{
    RouterSettings settings;
};

struct RouterHealthReply : RouterReply
{
    bool alive = false; // /health/liveliness
    bool ready = false; // /health/readiness
    QString version; // litellm_version when given
};

struct RouterUpdateReply : RouterReply
{
    QString deploymentId;
    double weight = 0;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::RouterDeploymentsReply)
Q_DECLARE_METATYPE(RouteDeck::RouterSettingsReply)
Q_DECLARE_METATYPE(RouteDeck::RouterHealthReply)
Q_DECLARE_METATYPE(RouteDeck::RouterUpdateReply)
