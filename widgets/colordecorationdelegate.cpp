// SPDX-License-Identifier: GPL-3.0-or-later
#include "colordecorationdelegate.h"

#include "widgetsupport.h"

namespace RouteDeck {

void ColorDecorationDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->features.testFlag(QStyleOptionViewItem::HasDecoration))
        return;
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() == QMetaType::QColor)
        option->icon = WidgetSupport::swatch(decoration.value<QColor>(), option->decorationSize);
}

} // namespace RouteDeck
