// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetsupport.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QWidget>

namespace RouteDeck {

void WidgetSupport::paintLegend(QPainter &painter, const QFontMetrics &metrics, const QPoint &topLeft,
                                const QList<std::pair<QColor, QString>> &items, const QColor &textColor)
{
    const int h = metrics.height();
    int x = topLeft.x();
    const int y = topLeft.y();
    for (const auto &[color, text] : items) {
        painter.fillRect(QRect(x, y + h / 4, h / 2 + 4, h / 2), color);
        x += h / 2 + 8;
        painter.setPen(textColor);
        const int w = metrics.horizontalAdvance(text);
        painter.drawText(QRect(x, y, w, h), Qt::AlignVCenter, text);
        x += w + 14;
    }
}

bool WidgetSupport::handleToolTip(QWidget *widget, QEvent *event,
                                  const std::function<QString(const QPoint &)> &textAt)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = textAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, widget);
    return true;
}

} // namespace RouteDeck
