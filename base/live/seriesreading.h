// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustypes.h"
#include "snapshot.h"

#include <QString>

namespace RouteDeck {

// How the catalog's answers are read, the same for a refresh (instant queries, SnapshotAssembler) and for
// a backfill (range queries, BackfillSeries): each rule once.
class SeriesReading
{
public:
    // The latency quantiles the console asks for, in percent, and the result key of each.
    static constexpr int kLatencyPercents[] = { 50, 95, 99 };
    static QString latencyKey(int percent); // "latency_p95"
    // A live query over all of LiveVerdict's windows at once ("requests@windows"): one answer whose
    // series carry the window's length in seconds in kWindowLabel.
    static QString judgedKey(const QString &name);
    static inline const QString kWindowLabel = QStringLiteral("routedeck_window");

    // The outcome a `failures` series counts for: the catalog's outcome_label where the series carries
    // it, else LiteLLM's exception_status and exception_class (outcomeForFailure).
    static Outcome failureOutcome(const PromLabels &labels, const QString &outcomeLabel);

    // A deployment's share of its group's requests/s: NaN when the group has no traffic (unknown, not 0);
    // 0 for a deployment without a value in a group that has traffic.
    static double observedShare(double requestsPerSecond, double groupRequestsPerSecond);
};

// Which exception_status cooled a deployment down over one step: of the statuses whose cooldown total
// grew, the one that grew most. Offer every status's growth over the step, then ask.
class CooldownReason
{
public:
    void offer(const QString &status, double growth);
    bool found() const { return m_growth > 0; }
    QString status() const { return m_status; } // empty when nothing grew
    double growth() const { return m_growth; }

private:
    QString m_status;
    double m_growth = 0;
};

} // namespace RouteDeck
