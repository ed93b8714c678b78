// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of a weight change as it travels from the editor through review and push to the audit
// log and back (rollback). The editor (models), the push service (app), the review dialog and the
// Changes page (ui) and routedeckctl all use them.

#include "routertypes.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace RouteDeck {

// Weights compare equal when they are within a relative 1e-9: they went through JSON or YAML text.
bool sameWeight(const std::optional<double> &a, const std::optional<double> &b);
// The same deployments, each with the same weight.
bool sameWeights(const WeightMap &a, const WeightMap &b);
// 8 -> "8", 5.5 -> "5.5", nullopt -> "unset"
QString formatWeight(const std::optional<double> &weight);
// "azure-primary 8, azure-secondary 2, openai-direct unset"
QString formatWeights(const WeightMap &weights);
// "azure-primary 8 → 5.5, azure-secondary 2 → 4.5" for the ids whose weight differs
QString describeWeightChanges(const WeightMap &before, const WeightMap &after);

// Where pushes of a profile go.
enum class PushTargetKind
{
    Router,
    File
};
QString pushTargetName(PushTargetKind kind); // "router", "file"
std::optional<PushTargetKind> pushTargetFromName(const QString &name);

// The profile's after_write command as one push ran it.
struct CommandRun
{
    QString command;
    bool started = false;
    bool timedOut = false; // killed at the timeout
    int exitCode = -1;
    QString output; // stdout and stderr together, the last kMaxOutput characters
    qint64 msecs = 0;

    static constexpr qsizetype kMaxOutput = 8192;
    bool ok() const { return started && !timedOut && exitCode == 0; }
    QString summary() const; // "exited with 0 after 1.2 s", "timed out after 120 s and was killed", ...
    friend bool operator==(const CommandRun &, const CommandRun &) = default;
};

// One reviewed change of one group's weights.
struct WeightChange
{
    QString group;
    QStringList ids; // every deployment of the group, in config order: the order of the calls
    WeightMap before; // every deployment of the group as the edit started from it (the base)
    WeightMap after; // the new weights (nullopt: remove the weight); deployments not in here stay as they are
    QString rollbackOf; // the audit entry this change undoes, if it is a rollback

    QStringList changedIds() const; // in `ids` order, where `after` differs from `before`
    WeightMap changedWeights() const; // `after` for the changed ids only
    QStringList removedIds() const; // the changed ids whose weight the change removes
    bool isEmpty() const { return changedIds().isEmpty(); }
    WeightMap afterState() const; // `before` with `after` laid over it
    friend bool operator==(const WeightChange &, const WeightChange &) = default;
};

// One admin API call of a push, or of its revert.
struct PushStep
{
    QString deploymentId;
    std::optional<double> from;
    double to = 0;
    bool revert = false;
    bool ok = false;
    int httpStatus = 0;
    QString error;
    friend bool operator==(const PushStep &, const PushStep &) = default;
};

struct PushOutcome
{
    enum class Result
    {
        Applied, // every change is in place (and verified when `verified`)
        Conflict, // the weights changed since the edit started: nothing was applied
        Failed, // nothing was applied (unreachable, first call failed, file unwritable, ...)
        Reverted, // a call failed; the ones already applied were undone
        Partial, // a call failed and undoing the applied ones failed too: a mixed state
        Refused, // read-only profile, guardrail refusal, or a push already in progress
    };

    Result result = Result::Failed;
    QString message; // what happened and what state the target is in now, for a person
    QList<PushStep> steps;
    WeightMap base; // what the edit started from
    WeightMap theirs; // what the target had when re-read just before applying
    WeightMap yours; // what the edit wanted
    WeightMap resulting; // as re-read after the push; empty when it could not be re-read
    bool verified = false; // `resulting` was re-read and matches what the calls' answers say
    QStringList verifyProblems;
    // File pushes: the after_write command, and whether the router then reported the new weights
    // (nullopt: not watched, e.g. no after_write or no router).
    std::optional<CommandRun> afterWrite;
    std::optional<bool> routerApplied;
    QDateTime time; // when the push started (UTC)
    QString auditId;
    QString auditError; // the audit log could not be written: why
    QStringList reconciled; // pushes cut off earlier and ended just before this one (AuditTrail)

    bool changedTarget() const { return result == Result::Applied || result == Result::Partial; }
    static QString resultName(Result result); // "applied", "conflict", ...
    static std::optional<Result> resultFromName(const QString &name);
};

// One line of the audit log: who changed what, where, when, and how it ended.
// A push writes two: before its first write an intent (result "pending", with the process that pushes),
// and when it ends its outcome, which names the intent in `resolves`. An intent nobody resolved is a push
// that was cut off (kill -9, a crash, power): AuditTrail finds it and the next push or start records what
// the target really holds.
struct AuditEntry
{
    static constexpr const char *kPendingResult = "pending";

    QString id; // unique
    QDateTime time; // UTC, milliseconds
    QString profile;
    QString user; // OS user
    QString tool; // "routedeck" or "routedeckctl"
    PushTargetKind target = PushTargetKind::Router;
    QString location; // router URL without credentials, or the config file's path
    QString group;
    WeightMap before;
    WeightMap after; // what the change wanted, the whole group
    QString result; // PushOutcome::resultName()
    QString error;
    WeightMap resulting; // as re-read after the push
    QString rollbackOf;
    std::optional<CommandRun> afterWrite;
    std::optional<bool> routerApplied;
    QString resolves; // the intent this entry ends
    QString host; // intents: the machine and process that push
    qint64 pid = 0;

    bool isIntent() const { return result == QLatin1String(kPendingResult); }
    bool changedTarget() const; // applied or partial: something to roll back
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::WeightChange)
Q_DECLARE_METATYPE(RouteDeck::PushStep)
Q_DECLARE_METATYPE(RouteDeck::PushOutcome)
Q_DECLARE_METATYPE(RouteDeck::AuditEntry)
