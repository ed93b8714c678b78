// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemviewstalelook.h"

#include <QAbstractItemView>

namespace RouteDeck {

ItemViewStaleLook::ItemViewStaleLook(QAbstractItemView *view, const QWidget *paletteSource)
    : QObject(view)
    , m_view(view)
    , m_paletteSource(paletteSource)
{
}

void ItemViewStaleLook::setStale(bool stale)
{
    m_stale = stale;
    QPalette p = m_paletteSource->palette();
    if (stale)
        p.setColor(QPalette::Text, p.color(QPalette::Disabled, QPalette::Text));
    m_view->setPalette(p);
}

} // namespace RouteDeck
