// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paintedliveview.h"
#include "widgetsupport.h"

namespace RouteDeck {

// Read-only horizontal stacked bars of traffic shares, one bar per view of the split
// (configured, effective, observed), segments labelled with the deployment and its percentage,
// a legend below. A deployment has the same colour in every bar.
class SplitBar : public PaintedLiveView
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label; // "Configured"
        QList<double> shares; // in [0, 1], aligned with the names; all NaN: "no traffic"
    };

    explicit SplitBar(QWidget *parent = nullptr);

    void setData(const QStringList &names, const QList<Bar> &bars);
    QStringList names() const { return m_names; }
    const QList<Bar> &bars() const { return m_bars; }

    // Pixel extents (x offset, width) of the segments in a bar `width` wide: shares of the whole
    // width, rounded so that adjacent segments meet; NaN and negative shares take no space, and
    // a total over 1 is scaled down.
    static QList<std::pair<int, int>> segmentExtents(const QList<double> &shares, int width);
    // Text of a segment of a given pixel width: "azure-primary 72.7 %", "72.7 %" or nothing.
    QString segmentText(const QString &name, double share, int pixelWidth) const;
    static QString segmentText(const QFontMetrics &metrics, const QString &name, double share, int pixelWidth);
    QString toolTipAt(const QPoint &pos) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int barHeight() const;
    int labelWidth() const;
    QRect barRect(int bar) const;
    QColor colorOf(qsizetype deployment) const; // greyed while stale
    WidgetSupport::Legend legend() const;
    QRect legendRect() const; // below the bars, as tall as the legend's lines at this width

    QStringList m_names;
    QList<Bar> m_bars;
};

} // namespace RouteDeck
