// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetsupport.h"

#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QTableView>
#include <QToolTip>
#include <QWidget>

#include <algorithm>

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

// Where each legend item goes in lines no wider than `width`: its swatch's left and its line, and the
// text's width (elided where one item is wider than a line).
struct LegendSlot
{
    int x;
    int line;
    int textWidth;
};

constexpr int kLegendLineGap = 4;

// From an item's left to its text: the swatch and the gap after it.
int swatchAdvance(const QFontMetrics &metrics)
{
    return metrics.height() / 2 + 8;
}

QList<LegendSlot> layOutLegend(const QFontMetrics &metrics, const WidgetSupport::Legend &items, int width)
{
    const int swatch = swatchAdvance(metrics);
    const int spacing = 14; // after an item's text
    QList<LegendSlot> slots;
    slots.reserve(items.size());
    int x = 0;
    int line = 0;
    for (const auto &item : items) {
        const int textWidth = std::min(metrics.horizontalAdvance(item.second), std::max(0, width - swatch));
        if (x > 0 && x + swatch + textWidth > width) {
            x = 0;
            ++line;
        }
        slots.append({ x, line, textWidth });
        x += swatch + textWidth + spacing;
    }
    return slots;
}
} // namespace

int WidgetSupport::legendHeight(const QFontMetrics &metrics, const Legend &items, int width)
{
    const QList<LegendSlot> slots = layOutLegend(metrics, items, width);
    const int lines = slots.isEmpty() ? 1 : slots.constLast().line + 1;
    return lines * metrics.height() + (lines - 1) * kLegendLineGap;
}

void WidgetSupport::paintLegend(QPainter &painter, const QFontMetrics &metrics, const QRect &area, const Legend &items,
                                const QColor &textColor)
{
    const int h = metrics.height();
    const QList<LegendSlot> slots = layOutLegend(metrics, items, area.width());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const LegendSlot &slot = slots.at(i);
        const int x = area.left() + slot.x;
        const int y = area.top() + slot.line * (h + kLegendLineGap);
        painter.fillRect(QRect(x, y + h / 4, h / 2 + 4, h / 2), items.at(i).first);
        painter.setPen(textColor);
        const QString &full = items.at(i).second;
        const QString text = metrics.horizontalAdvance(full) > slot.textWidth ? metrics.elidedText(full, Qt::ElideRight, slot.textWidth)
                                                                              : full;
        painter.drawText(QRect(x + swatchAdvance(metrics), y, slot.textWidth, h), Qt::AlignVCenter, text);
    }
}

void WidgetSupport::fitColumnsToContents(QTableView *table)
{
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    if (header->stretchLastSection()) {
        header->setStretchLastSection(false);
        header->setStretchLastSection(true);
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
