// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustypes.h"
#include "snapshot.h"

#include <QHash>
#include <QSet>

namespace RouteDeck {

// Joins what the router says is configured with what Prometheus says is happening, on the catalog's
// join label (model_id). Pure: the data plane hands it decoded answers and gets a Snapshot back.
class SnapshotAssembler
{
public:
    struct Input
    {
        QDateTime time;
        bool routerAvailable = false;
        QList<Deployment> routerDeployments;
        bool metricsAvailable = false;
        // Keyed by catalog query name; latency answers as SeriesReading::latencyKey(50, 95, 99).
        QHash<QString, PromQueryResult> metrics;
        QString joinLabel = QStringLiteral("model_id");
        QString outcomeLabel; // when set and present on `failures` series, used instead of exception_status
        double largestFiniteBucket = 300;
        double rateWindowSeconds = 0;
        // The previous refresh's `cooldowns` totals and reasons: a cooldown's reason is the
        // exception_status whose total grew since then; without growth the previous reason stays.
        PromQueryResult previousCooldowns;
        bool hasPreviousRefresh = false; // previousCooldowns is an earlier answer (possibly with no series)
        QHash<QString, QString> previousReasons;
        // When each deployment was last seen cooled down (the previous refresh's lastCooldownAt).
        QHash<QString, QDateTime> previousCooldownTimes;
        // Deployments whose drift was flagged at the previous snapshot (LiveVerdict's hysteresis).
        QSet<QString> previouslyFlagged;
        // By group: when its weights last changed. A window reaching back before that, or before a
        // cooldown of one of its deployments, held another split: no drift verdict over it.
        QHash<QString, QDateTime> splitChangedAt;
        // The router's cooldown_time for deployments without their own (LiteLLM's default 5 s).
        double defaultCooldownSeconds = RouterSettings::kDefaultCooldownSeconds;
    };

    static Snapshot assemble(const Input &input);
    // What a snapshot hands the next assembly: reasons, last cooldown times and drift flags.
    static void carryOver(const Snapshot &previous, Input &input);
};

} // namespace RouteDeck
