// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include <QSet>

namespace RouteDeck {

namespace {

QSet<QString> resolvedIds(const QList<AuditEntry> &entries)
{
    QSet<QString> resolved;
    for (const AuditEntry &e : entries) {
        if (!e.resolves.isEmpty())
            resolved.insert(e.resolves);
    }
    return resolved;
}

// `weights` over the deployments of `ids` only: one added or removed since the intent does not make a push
// look partial.
WeightMap restricted(const WeightMap &weights, const WeightMap &ids)
{
    WeightMap part;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (ids.contains(it.key()))
            part.insert(it.key(), it.value());
    }
    return part;
}



} // namespace

QList<AuditEntry> AuditTrail::cutOffIntents(const QList<AuditEntry> &entries, PushTargetKind kind, const QString &location,
                                            const StillPushing &stillPushing)
{
    const QSet<QString> resolved = resolvedIds(entries);
    QList<AuditEntry> cutOff;
    for (const AuditEntry &e : entries) {
        if (e.isIntent() && e.target == kind && e.location == location && !resolved.contains(e.id) && !stillPushing(e))
            cutOff.append(e);
    }
    return cutOff;
}

AuditEntry AuditTrail::reconciled(const AuditEntry &intent, const WeightMap &current, const QDateTime &now)
{
    AuditEntry entry = intent;
    entry.id.clear(); // the writer gives it one
    entry.time = now.toUTC();
    entry.resolves = intent.id;
    entry.host.clear();
    entry.pid = 0;
    entry.resulting = current;
    const WeightMap known = restricted(current, intent.after); // the deployments both know
    const WeightMap wanted = restricted(intent.after, known);
    const WeightMap old = restricted(intent.before, known);
    const QString when = intent.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    const QString cutOff = tr("The push of %1 started at %2 by %3 was cut off before it ended (the process stopped); "
                              "the target was read again at %4:")
                               .arg(intent.group, when, intent.user.isEmpty() ? tr("an unknown user") : intent.user,
                                    entry.time.toString(QStringLiteral("HH:mm:ss 'UTC'")));
    // Weights compare exactly: unset is not 0. LiteLLM's simple_shuffle() uses weights only when the group's
    // first deployment has one (litellm/router_strategy/simple_shuffle.py), so a weight reverted from unset
    // to 0 is a different state.
    if (current.isEmpty()) {
        entry.result = PushOutcome::resultName(PushOutcome::Result::Partial);
        entry.error = cutOff + QLatin1Char(' ') + tr("the group has no deployments there any more.");
    } else if (sameWeights(known, wanted)) {
        entry.result = PushOutcome::resultName(PushOutcome::Result::Applied);
        entry.error = cutOff + QLatin1Char(' ') + tr("every new weight is in place (%1).").arg(formatWeights(known));
    } else if (sameWeights(known, old)) {
        entry.result = PushOutcome::resultName(PushOutcome::Result::Failed);
        entry.error = cutOff + QLatin1Char(' ') + tr("none of it is in place; the weights are as before (%1).").arg(formatWeights(known));
    } else {
        entry.result = PushOutcome::resultName(PushOutcome::Result::Partial);
        entry.error = cutOff + QLatin1Char(' ')
            + tr("a mixed state, neither the old weights nor the new ones: %1. Set them by hand or push again.")
                  .arg(describeWeightChanges(intent.before, known));
    }
    return entry;
}

QList<AuditEntry> AuditTrail::withoutResolvedIntents(const QList<AuditEntry> &entries)
{
    const QSet<QString> resolved = resolvedIds(entries);
    QList<AuditEntry> shown;
    shown.reserve(entries.size());
    for (const AuditEntry &e : entries) {
        if (!e.isIntent() || !resolved.contains(e.id))
            shown.append(e);
    }
    return shown;
}

} // namespace RouteDeck
