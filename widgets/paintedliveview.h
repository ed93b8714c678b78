// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staleaware.h"

#include <QWidget>

namespace RouteDeck {

// Base of the custom-painted live views (SplitBar, CooldownStrip): keeps the stale look and repaints
// when it changes, and answers a tooltip request with toolTipAt() under the cursor.
class PaintedLiveView : public QWidget, public StaleAware
{
    Q_OBJECT

public:
    explicit PaintedLiveView(QWidget *parent = nullptr);

    void setStale(bool stale) override;
    bool isStale() const override { return m_stale; }
    // The tooltip at a point of the view; empty: none there.
    virtual QString toolTipAt(const QPoint &pos) const = 0;

protected:
    bool event(QEvent *event) override;

private:
    bool m_stale = false;
};

} // namespace RouteDeck
