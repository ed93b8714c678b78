// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace RouteDeck {

// The item delegate of the console's tables: QStyledItemDelegate, except that a QColor decoration (a
// health swatch) is drawn from one shared icon per colour and size (WidgetSupport::swatch). Qt's
// delegate makes a new icon for it at every paint, and each went into Qt's pixmap cache: the overview
// table, painted every second, grew the console by about 10 MB an hour until that cache was full.
class ColorDecorationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace RouteDeck
