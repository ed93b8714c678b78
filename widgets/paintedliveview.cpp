// SPDX-License-Identifier: GPL-3.0-or-later
#include "paintedliveview.h"
#include "widgetsupport.h"

namespace RouteDeck {

PaintedLiveView::PaintedLiveView(QWidget *parent)
    : QWidget(parent)
{
}

void PaintedLiveView::setStale(bool stale)
{
    m_stale = stale;
    update();
}

bool PaintedLiveView::event(QEvent *event)
{
    if (WidgetSupport::handleToolTip(this, event, [this](const QPoint &pos) { return toolTipAt(pos); }))
        return true;
    return QWidget::event(event);
}

} // namespace RouteDeck
