// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustypes.h"
#include "seriesstore.h"

#include <QHash>

namespace RouteDeck {

// Range answers (the data plane's backfill of a chart's range) turned into the series the SeriesStore
// keeps, by the rules a live refresh uses (SeriesReading): what a chart drew live is what it draws after
// a restart. Pure: answers in, store keys and points out.
class BackfillSeries
{
public:
    struct Context
    {
        QString joinLabel = QStringLiteral("model_id");
        QString outcomeLabel;
        QHash<QString, QString> groupOf; // deployment id -> model group, from the router's list
    };
    using Series = QHash<QString, QList<SeriesPoint>>; // SeriesKeys key -> points, time-ordered

    // One catalog query's answer: "requests", "successes", "failures" (summed per outcome), "state",
    // "cooldowns" (the reason of each cooldown) or a latency key (SeriesReading::latencyKey).
    static Series read(const QString &name, const PromQueryResult &result, const Context &context);
    // Observed shares from a `requests` answer: per time step, each deployment over its group's total.
    // Needs the router's list (context.groupOf).
    static Series observedShares(const PromQueryResult &requests, const Context &context);

private:
    static Series cooldownReasons(const PromQueryResult &totals, const Context &context);
    static Series failuresByOutcome(const PromQueryResult &failures, const Context &context);
};

} // namespace RouteDeck
