// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace RouteDeck {

// `routedeckctl set-weight --router URL GROUP ID=W ... [--yes [--confirm GROUP]]`: the console's push,
// from the command line. It re-reads the group's weights, applies the same guardrails (with
// --prometheus also at the current traffic), prints the before/after split and the exact API calls,
// and pushes only with --yes through the same PushService, with the same audit log. A risky change
// also needs --confirm GROUP, the command line's typed confirmation.
// Exit codes: 0 dry run or applied, 1 refused / conflict / failed, 2 usage or router unreachable.
class RouterSetWeightCommand
{
public:
    RouterSetWeightCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // the arguments after "set-weight"

private:
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace RouteDeck
