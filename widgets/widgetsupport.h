// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QEvent;
class QFontMetrics;
class QPainter;
class QPoint;
class QRect;
class QTableView;
class QWidget;

namespace RouteDeck {

// What the custom-painted widgets (split bar, cooldown strip, weight editor) share: the legend of
// colour swatches and the tooltip that follows the cursor; and the round dot that marks a colour in a list.
class WidgetSupport
{
public:
    // A legend: colour swatches, each followed by its text, in lines no wider than the width given. An
    // item is never split across lines; one wider than a whole line has its text elided.
    using Legend = QList<std::pair<QColor, QString>>;
    // The height of the legend's lines at `width` pixels: one line's height, more where it wraps.
    static int legendHeight(const QFontMetrics &metrics, const Legend &items, int width);
    // Paints the legend's lines from `area`'s top left, wrapping at its width.
    static void paintLegend(QPainter &painter, const QFontMetrics &metrics, const QRect &area, const Legend &items,
                            const QColor &textColor);
    // Sizes a table's columns to their contents; a last column set to stretch then stretches over the
    // width left again (resizeColumnsToContents() sizes it to its contents too, leaving a blank strip).
    static void fitColumnsToContents(QTableView *table);
    // For event(): answers a QEvent::ToolTip with textAt(position), hiding the tooltip where that
    // is empty. False for every other event.
    static bool handleToolTip(QWidget *widget, QEvent *event,
                              const std::function<QString(const QPoint &)> &textAt);
    // Icons painted once per colour, shape and size and shared after that (GUI thread only). Qt's icon
    // engine files the pixmap of every new icon it paints in Qt's pixmap cache: lists and tables that
    // made a new one at every refresh or paint filled that cache with copies of the same few icons, the
    // console's steady memory growth.
    // A dot of `color`, `size` pixels square.
    static QIcon dot(const QColor &color, int size);
    // A square of `color` filling `size`, as Qt's item delegates draw a QColor decoration.
    static QIcon swatch(const QColor &color, const QSize &size);
};

} // namespace RouteDeck
