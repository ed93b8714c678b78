// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace RouteDeck {

// A unified diff ("--- a", "+++ b", "@@ -l,n +l,n @@" hunks) of two texts, line based.
// Returns an empty string when the texts are equal.
class UnifiedDiff
{
public:
    static QString diff(const QString &before, const QString &after, const QString &beforeName,
                        const QString &afterName, int context = 3);
};

} // namespace RouteDeck
