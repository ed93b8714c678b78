// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgetsupport.h"

#include <QWidget>

namespace RouteDeck {

// The weight editor's split bar: "Now" (the configured split, read-only) above "After" (the edited
// split) whose dividers can be dragged with the mouse, or moved with the arrow keys (Ctrl+arrow picks
// the divider). It only shows shares and says where the user wants a divider; the page turns that
// into weights (WeightPlan::moveDivider) and hands the new shares back.
class WeightSplitEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeightSplitEditor(QWidget *parent = nullptr);

    // `before` and `after` are shares in [0, 1] aligned with `names`; `movable` has one entry per
    // divider (between names i and i+1), false where a drag can change nothing.
    void setShares(const QStringList &names, const QList<double> &before, const QList<double> &after,
        const QList<bool> &movable = {});
    QStringList names() const { return m_names; }
    QList<double> afterShares() const { return m_after; }
    QList<double> dividers() const; // cumulative after-shares, one per divider

    QRect barRect(int bar) const; // 0: Now, 1: After
    int dividerX(int divider) const; // pixel of a divider on the After bar
    double shareAt(int x) const; // the bar position under pixel column x, in [0, 1]
    int focusedDivider() const { return m_focusDivider; }
    int draggedDivider() const { return m_dragDivider; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dividerDragged(int divider, double position);
    void dragFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int barHeight() const;
    int labelWidth() const;
    double tolerance() const; // grab distance as a share of the bar
    bool isMovable(int divider) const;
    void paintBar(QPainter &painter, int bar, const QList<double> &shares);
    QRect legendRect() const; // below the After bar, as tall as the legend's lines at this width
    WidgetSupport::Legend legend() const;

    QStringList m_names;
    QList<double> m_before;
    QList<double> m_after;
    QList<bool> m_movable;
    QList<double> m_pressDividers; // dividers as they were when the mouse went down
    double m_pressShare = 0;
    int m_pressX = 0;
    bool m_pressed = false;
    int m_dragDivider = -1;
    int m_focusDivider = 0;
};

} // namespace RouteDeck
