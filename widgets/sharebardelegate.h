// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace RouteDeck {

// Draws a share in [0, 1] (read from `shareRole`) as a horizontal bar behind the cell's text.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ShareBarDelegate(int shareRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Bar width for a share in a cell of `width` pixels: clamped, NaN draws nothing.
    static int barWidth(double share, int width);

private:
    int m_shareRole;
};

} // namespace RouteDeck
