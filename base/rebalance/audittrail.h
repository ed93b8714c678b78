// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"

#include <QCoreApplication>

#include <functional>

namespace RouteDeck {

// The rules that tie a push's intent to its end (AuditEntry): which intents were cut off, and what to
// record for one once the target's weights are read again.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::AuditTrail)

public:
    // Whether the push of an intent is still going on somewhere (its process is alive); AuditTrail does
    // not know about processes, the app does.
    using StillPushing = std::function<bool(const AuditEntry &intent)>;

    // Intents for (kind, location) that no entry resolves and whose push is not going on: each was cut off
    // before its outcome was written. Oldest first.
    static QList<AuditEntry> cutOffIntents(const QList<AuditEntry> &entries, PushTargetKind kind, const QString &location,
                                           const StillPushing &stillPushing);
    // The entry that ends `intent`, from `current` (the target's weights of the intent's group, re-read
    // `now`): applied when they are the intent's new weights, failed when they are the old ones, partial
    // otherwise. The message says the push was cut off and what the target holds.
    static AuditEntry reconciled(const AuditEntry &intent, const WeightMap &current, const QDateTime &now);
    // The entries without the intents that were resolved: one line per push, as a person reads a log.
    static QList<AuditEntry> withoutResolvedIntents(const QList<AuditEntry> &entries);
};

} // namespace RouteDeck
