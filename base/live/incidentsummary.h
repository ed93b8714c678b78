// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seriesstore.h"
#include "snapshot.h"
#include "viewthresholds.h"

namespace RouteDeck {

struct IncidentLine
{
    enum class Severity { Critical, Error, Warning, Ok, Notice }; // display order: "Nothing is wrong" before notes

    Severity severity = Severity::Notice;
    QString group; // empty for lines about a data source
    QString deploymentId;
    QString text;
    friend bool operator==(const IncidentLine &, const IncidentLine &) = default;
};

// "What is wrong now" in plain words, worst first, e.g.
//   gpt-4o-mini: azure-primary cooling since 12:03:10 (429), traffic moved to azure-secondary and openai-direct
//   gpt-4o: p95 4.2 s over the 3.5 s threshold on gpt-4o-azure
// and a single "Nothing is wrong" line when nothing is.
class IncidentSummary
{
public:
    // The store answers "since when" (state/<id> history); it is read, not kept.
    static QList<IncidentLine> lines(const Snapshot &snapshot, const SeriesStore &store,
                                     const ViewThresholds &thresholds = ViewThresholds());
    static QStringList texts(const QList<IncidentLine> &lines);

private:
    static void addSourceLines(const Snapshot &snapshot, QList<IncidentLine> &out);
    static void addGroupLines(const GroupSnapshot &group,
                              const QList<const DeploymentSnapshot *> &members, const SeriesStore &store,
                              const QDateTime &at, const ViewThresholds &thresholds, QList<IncidentLine> &out);
};

} // namespace RouteDeck
