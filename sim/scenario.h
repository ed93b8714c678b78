// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fault.h"
#include "routertypes.h"

#include <QList>
#include <QString>

namespace RouteDeck {

struct ScenarioParseResult;

// A scripted incident: timed steps that add, remove or clear faults.
//
// name: Azure 429 storm
// steps:
//   - at_s: 60
//     add: { id: azure-storm, target: azure-primary, kind: rate_limit, probability: 0.9, duration_s: 90 }
//   - at_s: 150
//     add: { target: openai, kind: latency, extra_latency_ms: 2500, duration_s: 120 }
//   - at_s: 300
//     remove: azure-storm
//   - at_s: 320
//     clear: true
struct Scenario
{
    struct Step
    {
        enum class Action
        {
            Add,
            Remove,
            Clear
        };
        double atSeconds = 0;
        Action action = Action::Add;
        Fault fault; // Add
        QString faultId; // Remove
        QString describe() const;
    };

    QString name;
    QString description;
    QList<Step> steps; // sorted by time

    static ScenarioParseResult parse(
        const QByteArray &text, const QStringList &knownTargets, const QString &fileName = QString());
    static ScenarioParseResult load(const QString &path, const QStringList &knownTargets);
};

struct ScenarioParseResult
{
    Scenario scenario;
    Problems problems;
    bool ok() const { return !hasErrors(problems); }
};

} // namespace RouteDeck
