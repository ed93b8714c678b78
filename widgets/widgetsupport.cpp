// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetsupport.h"

#include <QFontMetrics>
#include <QHash>
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

QIcon WidgetSupport::dot(const QColor &color, int size)
{
    static QHash<std::pair<QRgb, int>, QIcon> painted;
    const std::pair<QRgb, int> key { color.rgba(), size };
    if (const auto it = painted.constFind(key); it != painted.cend())
        return *it;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    painter.end();
    return *painted.insert(key, QIcon(pixmap));
}

} // namespace RouteDeck
