// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharebardelegate.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace RouteDeck {

ShareBarDelegate::ShareBarDelegate(int shareRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shareRole(shareRole)
{
}

int ShareBarDelegate::barWidth(double share, int width)
{
    if (!std::isfinite(share) || width <= 0)
        return 0;
    return int(std::lround(std::clamp(share, 0.0, 1.0) * width));
}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect bar = opt.rect.adjusted(3, 4, -3, -4);
    const int width = barWidth(index.data(m_shareRole).toDouble(), bar.width());
    painter->save();
    QColor fill = opt.palette.color(QPalette::Highlight);
    fill.setAlpha(opt.state & QStyle::State_Selected ? 140 : 90);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRect(bar.topLeft(), QSize(width, bar.height())), 2, 2);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100.0 %")) * 3));
    return size;
}

} // namespace RouteDeck
