// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooldowntimeline.h"
#include "snapshot.h"

#include <QColor>

class QPalette;

namespace RouteDeck {

// The colours of the live views, chosen to read on light and dark palettes alike. A deployment
// keeps its colour across the split bar and the charts of a page (by its index in the group).
class SeriesColors
{
public:
    static QColor series(int index); // categorical, no red: red means trouble
    static QColor outcome(Outcome outcome); // rate_limit (429) is the loudest
    static QColor reason(CooldownReasonKind kind);
    static QColor healthy();
    static QColor threshold();
    static QColor alertSpan(); // the shade of a span while an alert fired
    static QColor sourceState(int state); // int(SourceStatus::State)
    static QColor greyed(const QColor &color); // for stale data
    static bool isDark(const QPalette &palette);
};

} // namespace RouteDeck
