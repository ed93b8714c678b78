// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costtypes.h"

#include <QString>

namespace RouteDeck {

class CostReport;

// How the cost views write money, token counts, changes and the projection, in one place so the
// page, its CSV and `routedeckctl cost` say the same thing. NaN is "no data", never "0".
class CostFormat
{
public:
    // $1,234 / $12.35 / $0.0420; other currencies as "12.35 EUR". NaN -> "no data".
    static QString money(double value, const QString &currency);
    // A money axis or bar label: "$1.2k", "$350", "$0.42".
    static QString shortMoney(double value, const QString &currency);
    static QString count(double value); // 1,234,567 (whole numbers); NaN -> "no data"
    static QString shortCount(double value); // 1.23 M, 845 k, 950
    static QString tokensPerCall(double value); // 1,512 tokens; NaN -> "no data"
    // Signed relative change: "+12.3 %", "−4.0 %"; +inf -> "new"; NaN -> "no data".
    static QString change(double ratio);
    static QString noData();
    static QString estimatedWord(); // "estimated"

    // One sentence each, for the page's panel and the command line.
    static QString projectionSentence(const CostProjection &projection, const QString &currency);
    static QString moverSentence(const CostMover &mover, const QString &currency);
    static QString rangeDescription(const CostReport &report); // "Mon 3 Nov 00:00 – Sun 9 Nov 14:05, daily"
};

} // namespace RouteDeck
