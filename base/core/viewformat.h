// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace RouteDeck {

// How the live views write numbers, times and lists, in one place so tables, charts and the
// incident summary say the same thing the same way. NaN is "no value" everywhere.
class ViewFormat
{
public:
    static QString seconds(double value); // 0.85 -> "850 ms", 4.23 -> "4.2 s", NaN -> "no traffic"
    static QString percent(double ratio, int decimals = 1); // 0.1234 -> "12.3 %"
    static QString wholePercent(double ratio); // in sentences: 0.1234 -> "12%", 0.004 -> "0.4%"
    static QString rate(double perSecond); // "12.3/s", "0.05/s"
    static QString count(double value); // a whole number with group separators: "1,240"
    static QString points(double percentagePoints); // signed: "+17.0 pp", "-2.5 pp"
    static QString duration(qint64 msecs); // "45 s", "5 min", "3 min 12 s", "2 h 05 min", "3 d 4 h"
    static QString clock(qint64 msecs); // local "HH:mm:ss"
    static QString clock(const QDateTime &time);
    // A moment a person may look back to: local "HH:mm:ss" when it is today, else "yyyy-MM-dd HH:mm:ss".
    static QString moment(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());
    static QString joinNames(const QStringList &names); // "a", "a and b", "a, b and c"

    // Behind a table cell past its threshold; translucent, so it reads on light and dark palettes.
    static QColor highlightBackground() { return QColor(220, 53, 69, 72); }

    // Equality for polled numbers: NaN equals NaN, so an unchanged "no traffic" is not a change.
    static bool same(double a, double b) { return a == b || (a != a && b != b); }
};

} // namespace RouteDeck
