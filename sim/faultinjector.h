// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fault.h"
#include "simrandom.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace RouteDeck {

struct Deployment;

struct FaultParseResult
{
    Fault fault;
    QString error; // empty when the fault is valid
    bool ok() const { return error.isEmpty(); }
};

// What the active faults do to one attempt.
struct FaultEffect
{
    std::optional<Outcome> forcedOutcome;
    double extraLatencySeconds = 0;
};

// The faults of `/sim/faults` and of scenarios. Expired faults disappear on their own.
class FaultInjector
{
    Q_DECLARE_TR_FUNCTIONS(FaultInjector) // the context its messages have always been translated in

public:
    static constexpr int kMaxFaults = 1000;

    // Reads a fault from JSON/YAML values: target, kind, probability (default 1), extra_latency_ms,
    // duration_s, optional id. Kind "admin_error" fails admin updates of the target instead of calls.
    // `knownTargets` are deployment ids and provider names.
    static FaultParseResult parse(const QVariantMap &map, const QStringList &knownTargets);
    static QStringList kindNames();

    // Adds a fault starting at `now`, filling in its id and start; returns an error message
    // (duplicate id, too many faults) or an empty string.
    QString add(Fault &fault, double now);
    bool remove(const QString &id);
    void clear();
    QList<Fault> active(double now);

    // The first active admin_error fault on the deployment (by id or provider): its updates through
    // the admin API must fail. Rolls no dice: an admin fault always applies.
    std::optional<Fault> adminFault(const Deployment &deployment, double now);

    // Rolls each matching fault once, in the order they were added: deterministic for a seeded rng.
    FaultEffect effectFor(const Deployment &deployment, double now, SimRandom &rng);

private:
    void prune(double now);

    QList<Fault> m_faults;
    quint64 m_nextId = 1;
};

} // namespace RouteDeck
