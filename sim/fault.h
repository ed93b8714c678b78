// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtypes.h"

#include <QString>
#include <QVariantMap>
#include <limits>

namespace RouteDeck {

// An injected incident: every attempt on a matching deployment fails with `outcome` with the given
// probability and/or gets slower, until the fault expires or is deleted. An AdminError fault leaves
// calls alone and instead makes the admin API's updates of a matching deployment fail with HTTP 500,
// so that clients' handling of a push that fails half-way can be tested.
struct Fault
{
    enum class Kind
    {
        Failure,
        Latency,
        AdminError
    };

    QString id;
    QString target; // a deployment id or a provider name ("azure")
    Kind kind = Kind::Failure;
    Outcome outcome = Outcome::RateLimit; // for Kind::Failure
    double probability = 1.0;
    double extraLatencySeconds = 0;
    double durationSeconds = std::numeric_limits<double>::infinity();
    double startedAt = 0; // simulation seconds, set when added

    double expiresAt() const { return startedAt + durationSeconds; }
    bool isActive(double now) const { return now >= startedAt && now < expiresAt(); }
    QString kindName() const; // "latency", "admin_error" or the outcome name ("rate_limit")
    QVariantMap toVariant(double now) const;
};

} // namespace RouteDeck
