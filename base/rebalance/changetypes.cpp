// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetypes.h"

#include "weightwriter.h"

#include <QCoreApplication>
#include <cmath>

namespace RouteDeck {

bool sameWeight(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return *a == *b || std::abs(*a - *b) <= 1e-9 * std::max(std::abs(*a), std::abs(*b));
}

bool sameWeights(const WeightMap &a, const WeightMap &b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()) || !sameWeight(it.value(), b.value(it.key())))
            return false;
    }
    return true;
}

QString formatWeight(const std::optional<double> &weight)
{
    if (!weight)
        return QCoreApplication::translate("WeightChange", "unset");
    return QString::fromLatin1(WeightWriter::formatWeight(*weight));
}

QString formatWeights(const WeightMap &weights)
{
    QStringList parts;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        parts.append(it.key() + QLatin1Char(' ') + formatWeight(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString describeWeightChanges(const WeightMap &before, const WeightMap &after)
{
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const std::optional<double> old = before.value(it.key());
        if (!sameWeight(old, it.value()))
            parts.append(
                QStringLiteral("%1 %2 → %3").arg(it.key(), formatWeight(old), formatWeight(it.value())));
    }
    return parts.join(QStringLiteral(", "));
}

QString pushTargetName(PushTargetKind kind)
{
    return kind == PushTargetKind::File ? QStringLiteral("file") : QStringLiteral("router");
}

std::optional<PushTargetKind> pushTargetFromName(const QString &name)
{
    if (name == QLatin1String("router"))
        return PushTargetKind::Router;
    if (name == QLatin1String("file"))
        return PushTargetKind::File;
    return std::nullopt;
}

QStringList WeightChange::changedIds() const
{
    QStringList changed;
    for (const QString &id : ids) {
        if (after.contains(id) && !sameWeight(before.value(id), after.value(id)))
            changed.append(id);
    }
    return changed;
}

WeightMap WeightChange::changedWeights() const
{
    WeightMap weights;
    for (const QString &id : changedIds())
        weights.insert(id, after.value(id));
    return weights;
}

QStringList WeightChange::removedIds() const
{
    QStringList removed;
    for (const QString &id : changedIds()) {
        if (!after.value(id))
            removed.append(id);
    }
    return removed;
}

WeightMap WeightChange::afterState() const
{
    WeightMap state = before;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        state.insert(it.key(), it.value());
    return state;
}

namespace {
struct ResultName
{
    PushOutcome::Result result;
    const char *name;
};
constexpr ResultName kResultNames[] = {
    { PushOutcome::Result::Applied, "applied" },
    { PushOutcome::Result::Conflict, "conflict" },
    { PushOutcome::Result::Failed, "failed" },
    { PushOutcome::Result::Reverted, "reverted" },
    { PushOutcome::Result::Partial, "partial" },
    { PushOutcome::Result::Refused, "refused" },
};
} // namespace

QString PushOutcome::resultName(Result result)
{
    for (const ResultName &r : kResultNames) {
        if (r.result == result)
            return QString::fromLatin1(r.name);
    }
    return {};
}

std::optional<PushOutcome::Result> PushOutcome::resultFromName(const QString &name)
{
    for (const ResultName &r : kResultNames) {
        if (name == QLatin1String(r.name))
            return r.result;
    }
    return std::nullopt;
}

bool AuditEntry::changedTarget() const
{
    return result == PushOutcome::resultName(PushOutcome::Result::Applied)
        || result == PushOutcome::resultName(PushOutcome::Result::Partial);
}

QString CommandRun::summary() const
{
    const QString seconds = QString::number(double(msecs) / 1000.0, 'f', 1);
    if (!started)
        return QCoreApplication::translate("CommandRun", "could not be started: %1").arg(output);
    if (timedOut)
        return QCoreApplication::translate("CommandRun", "timed out after %1 s and was killed").arg(seconds);
    return QCoreApplication::translate("CommandRun", "exited with %1 after %2 s").arg(exitCode).arg(seconds);
}

} // namespace RouteDeck
