// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "litellmversion.h"
#include "prometheustypes.h"

#include <QUrl>

namespace RouteDeck {

// Why Prometheus has no LiteLLM series while the router answers: the scrape target at the router's host
// and port is down (Prometheus' own error, and what to do about the usual cause: since LiteLLM 1.84
// /metrics answers 401 without the master key), or no target scrapes the router at all. The router's
// LiteLLM release, when known, decides which of the two settings behind a 401 to name.
class ScrapeDiagnosis
{
public:
    // Empty when there is nothing to tell: a target at the router is up (the series are missing for
    // another reason: a router without traffic exports none), or nothing is known yet.
    static QString explain(const QList<PromTarget> &targets, const QUrl &routerUrl,
        const std::optional<LiteLlmVersion> &routerVersion = std::nullopt);
    // Nothing is known yet: the list is empty (a server that is just starting) or the router's target
    // has not been scraped yet. Worth asking again soon.
    static bool undecided(const QList<PromTarget> &targets, const QUrl &routerUrl);
    // The target that scrapes the router (same host, loopback names alike, and port), if any.
    static std::optional<PromTarget> routerTarget(const QList<PromTarget> &targets, const QUrl &routerUrl);
};

} // namespace RouteDeck
