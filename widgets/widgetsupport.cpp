// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetsupport.h"

#include <QFontMetrics>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QWidget>

namespace RouteDeck {

namespace {
enum class IconShape { Dot, Square };

struct IconKey
{
    IconShape shape;
    QRgb rgba;
    int width;
    int height;
    bool operator==(const IconKey &) const = default;
};

size_t qHash(const IconKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.shape), key.rgba, key.width, key.height);
}

// The icon for this shape, colour and size: painted by `paint` on a transparent pixmap the first time.
QIcon sharedIcon(IconShape shape, const QColor &color, const QSize &size, const std::function<void(QPainter &)> &paint)
{
    static QHash<IconKey, QIcon> painted;
    const IconKey key { shape, color.rgba(), size.width(), size.height() };
    if (const auto it = painted.constFind(key); it != painted.cend())
        return *it;
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(painter);
    painter.end();
    return *painted.insert(key, QIcon(pixmap));
}
} // namespace

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
    return sharedIcon(IconShape::Dot, color, QSize(size, size), [&color, size](QPainter &painter) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(130), 1));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    });
}

QIcon WidgetSupport::swatch(const QColor &color, const QSize &size)
{
    return sharedIcon(IconShape::Square, color, size,
                      [&color, size](QPainter &painter) { painter.fillRect(QRect(QPoint(), size), color); });
}

} // namespace RouteDeck
