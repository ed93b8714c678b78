// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staleaware.h"

#include <QObject>

class QAbstractItemView;
class QWidget;

namespace RouteDeck {

// The stale look of a table or list: while stale its text takes the disabled text colour of the
// palette of `paletteSource`, else that palette as it is. A child of the view; `paletteSource` (the
// page the view is on) outlives it.
class ItemViewStaleLook : public QObject, public StaleAware
{
    Q_OBJECT

public:
    ItemViewStaleLook(QAbstractItemView *view, const QWidget *paletteSource);

    void setStale(bool stale) override;
    bool isStale() const override { return m_stale; }

private:
    QAbstractItemView *m_view;
    const QWidget *m_paletteSource;
    bool m_stale = false;
};

} // namespace RouteDeck
