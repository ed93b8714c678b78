// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QString>

namespace RouteDeck {

// Names of the series the data plane keeps in the SeriesStore. One place, so the writer (the
// data plane) and the readers (charts, pages, exports) cannot drift apart.
namespace SeriesKeys {

inline QString requestsPerSecond(const QString &id) { return QStringLiteral("rps/") + id; }
inline QString observedShare(const QString &id) { return QStringLiteral("share.observed/") + id; }
inline QString effectiveShare(const QString &id) { return QStringLiteral("share.effective/") + id; }
inline QString configuredShare(const QString &id) { return QStringLiteral("share.configured/") + id; }
// Latency quantiles in seconds; quantile is 50, 95 or 99. A value equal to the snapshot's
// largestFiniteBucket means "at least".
inline QString latency(int quantile, const QString &id) { return QStringLiteral("p%1/").arg(quantile) + id; }
inline QString outcomeRate(Outcome outcome, const QString &id) { return QStringLiteral("outcome.") + outcomeName(outcome) + QLatin1Char('/') + id; }
// 0 healthy, 1 partial, 2 cooling (litellm_deployment_state); no point while unknown.
inline QString state(const QString &id) { return QStringLiteral("state/") + id; }
// The numeric exception_status of the latest cooldown (429, 401, 500...), 0 when unknown.
inline QString cooldownReason(const QString &id) { return QStringLiteral("cooldown.reason/") + id; }
inline QString groupRequestsPerSecond(const QString &group) { return QStringLiteral("group.rps/") + group; }
inline QString groupErrorRatio(const QString &group) { return QStringLiteral("group.error/") + group; }
inline QString groupFallbacksPerSecond(const QString &group) { return QStringLiteral("group.fallbacks/") + group; }
// Catalog panel `index` (Service health page), one series per label set of its answer.
inline QString panelPrefix(int index) { return QStringLiteral("panel/%1/").arg(index); }
inline QString panel(int index, const QString &labels) { return panelPrefix(index) + labels; }

} // namespace SeriesKeys
} // namespace RouteDeck
