// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooldowntimeline.h"
#include "paintedliveview.h"
#include "timeaxis.h"
#include "widgetsupport.h"

namespace RouteDeck {

// One row per deployment over a time range: cooling intervals coloured by reason (429, auth,
// 5xx, failure rate, unknown), partial outages as half-height bars, healthy as a thin green line,
// no data left blank; on the right the current state and time in state. Pixel <-> time math is
// TimeAxis's.
class CooldownStrip : public PaintedLiveView
{
    Q_OBJECT

public:
    struct Row
    {
        QString id;
        QString label; // shown on the left, e.g. "gpt-4o-mini / azure-primary"
        QList<CooldownInterval> intervals;
        CooldownState current = CooldownState::Unknown;
        QString currentText; // "cooling 1 min 50 s (429)"
    };

    explicit CooldownStrip(QWidget *parent = nullptr);

    void setTimeRange(qint64 fromMsecs, qint64 toMsecs) override;
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    void setQueryText(const QString &promql) { m_queryText = promql; }
    QString queryText() const { return m_queryText; }
    void setTitle(const QString &title) { m_title = title; }
    bool saveImage(const QString &path, QString *error = nullptr);

    // Geometry, exposed for tests and tooltips.
    TimeAxis stripAxis() const;
    int rowAt(int y) const; // -1 outside the rows
    // The rows that would reach into [top, bottom] (y), first and last, whether set yet or not: rows
    // not set count as further down.
    std::pair<int, int> rowsWithin(int top, int bottom) const;
    QRect rowRect(int row) const; // the strip part of a row
    QString toolTipAt(const QPoint &pos) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Export PNG is about to draw every row: the owner fills in the intervals it left out (rows off
    // screen), synchronously.
    void aboutToDrawAllRows();

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int rowIndexAt(int y) const; // floor((y - legend) / row height), not clamped to the rows
    int rowHeight() const;
    int legendHeight() const;
    int axisHeight() const;
    int labelWidth() const;
    int stateWidth() const;
    WidgetSupport::Legend legend() const;
    void paintLegend(QPainter &painter);
    void paintAxis(QPainter &painter, const TimeAxis &axis);
    void paintRow(QPainter &painter, int row, const TimeAxis &axis);
    QColor intervalColor(const CooldownInterval &interval) const;

    QList<Row> m_rows;
    qint64 m_from = 0;
    qint64 m_to = 1;
    QString m_queryText;
    QString m_title;
    mutable int m_labelWidth = -1; // cached from the rows' labels
    mutable int m_stateWidth = -1;
    mutable std::pair<int, int> m_legendHeight { -1, 0 }; // cached: the width it was laid out at, its height
};

} // namespace RouteDeck
