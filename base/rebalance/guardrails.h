// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weightplan.h"

namespace RouteDeck {

struct GuardrailSettings
{
    double maxShiftPoints = 20; // a deployment's configured share moving more than this is risky
    // The change puts back the weights of an audit entry (a rollback): a large shift alone does not
    // make it risky, since it returns to a split that was live; other warnings still do.
    bool restoresAuditedState = false;
};

struct GuardrailMessage
{
    enum class Level
    {
        Refusal,
        Warning,
        Note
    };
    enum class Kind
    {
        InvalidWeight,
        AllZero,
        RpmLimit,
        TpmLimit,
        CoolingTarget,
        UnhealthyTarget,
        LargeShift,
        NotChecked
    };

    Level level = Level::Warning;
    Kind kind = Kind::LargeShift;
    QString deploymentId; // empty for the whole group
    QString text;
    friend bool operator==(const GuardrailMessage &, const GuardrailMessage &) = default;
};

struct GuardrailReport
{
    QList<GuardrailMessage> messages;

    bool refused() const; // any refusal: the change cannot be pushed
    bool risky() const; // any warning that needs the group name typed to confirm
    QStringList texts(GuardrailMessage::Level level) const;
    bool has(GuardrailMessage::Kind kind, const QString &deploymentId = QString()) const;
};

// What may go wrong with a weight change, judged at the current traffic: refusals (negative, not a
// number, all weights zero) and warnings (rpm/tpm limit exceeded at current traffic, weight moving to a
// cooling or unhealthy deployment, a share moving more than the configured number of points).
class Guardrails
{
public:
    static GuardrailReport check(const WeightPlan &plan, const PlanTraffic &traffic,
        const GuardrailSettings &settings = GuardrailSettings());
    // A risky push is confirmed by typing the group's name, exactly (surrounding spaces ignored).
    static bool confirms(const QString &typed, const QString &group);
};

} // namespace RouteDeck
