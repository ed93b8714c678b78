// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooldownstrip.h"
#include "chartexport.h"
#include "seriescolors.h"
#include "viewformat.h"
#include "widgetsupport.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>

namespace RouteDeck {

namespace {
constexpr int kMargin = 6;
constexpr int kMaxLabelWidth = 340;
constexpr int kMaxStateWidth = 240;
constexpr qsizetype kLengthSlack = 4; // characters: a text this much shorter than the longest is narrower
constexpr double kMinIntervalWidth = 2.0; // a 1 s cooldown over 24 h must still show
} // namespace

CooldownStrip::CooldownStrip(QWidget *parent)
    : PaintedLiveView(parent)
    , m_title(tr("Cooldowns"))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoFillBackground(false);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setTimeRange(now - 15 * 60 * 1000, now);
}

void CooldownStrip::setTimeRange(qint64 fromMsecs, qint64 toMsecs)
{
    m_from = fromMsecs;
    m_to = std::max(toMsecs, fromMsecs + 1000);
    update();
}

void CooldownStrip::setRows(const QList<Row> &rows)
{
    const bool sizeChanged = rows.size() != m_rows.size();
    const auto labelsOf = [](const QList<Row> &list) {
        QStringList labels;
        labels.reserve(list.size());
        for (const Row &row : list)
            labels.append(row.label);
        return labels;
    };
    if (sizeChanged || labelsOf(rows) != labelsOf(m_rows))
        m_labelWidth = -1; // the same labels keep their width: measuring a thousand costs milliseconds
    m_rows = rows;
    m_stateWidth = -1;
    if (sizeChanged)
        updateGeometry();
    update();
}

int CooldownStrip::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int CooldownStrip::legendHeight() const
{
    // Asked for every row painted and every row looked up: laid out again only at another width.
    const int width = this->width() - 2 * kMargin;
    if (m_legendHeight.first != width)
        m_legendHeight = { width, WidgetSupport::legendHeight(fontMetrics(), legend(), width) + 10 };
    return m_legendHeight.second;
}

int CooldownStrip::axisHeight() const
{
    return fontMetrics().height() + 10;
}

int CooldownStrip::labelWidth() const
{
    if (m_labelWidth < 0) {
        int width = fontMetrics().horizontalAdvance(tr("Deployment"));
        for (const Row &row : m_rows)
            width = std::max(width, fontMetrics().horizontalAdvance(row.label));
        m_labelWidth = std::min(width, kMaxLabelWidth) + 2 * kMargin + 4;
    }
    return m_labelWidth;
}

int CooldownStrip::stateWidth() const
{
    if (m_stateWidth < 0) {
        // The widest text is one of the longest: only texts within a few characters of the longest are
        // measured (the texts change every refresh, and measuring a thousand takes milliseconds).
        qsizetype longest = 0;
        for (const Row &row : m_rows)
            longest = std::max(longest, row.currentText.size());
        int width = fontMetrics().horizontalAdvance(tr("healthy 59 min 59 s"));
        for (const Row &row : m_rows) {
            if (row.currentText.size() + kLengthSlack >= longest)
                width = std::max(width, fontMetrics().horizontalAdvance(row.currentText));
        }
        m_stateWidth = std::min(width, kMaxStateWidth) + 2 * kMargin + 4; // + rounding of text advances
    }
    return m_stateWidth;
}

TimeAxis CooldownStrip::stripAxis() const
{
    const double left = labelWidth();
    return TimeAxis { m_from, m_to, left, std::max(10.0, double(width() - left - stateWidth())) };
}

QRect CooldownStrip::rowRect(int row) const
{
    const TimeAxis axis = stripAxis();
    return QRect(int(axis.left), legendHeight() + row * rowHeight(), int(axis.width), rowHeight());
}

int CooldownStrip::rowIndexAt(int y) const
{
    return int(std::floor(double(y - legendHeight()) / rowHeight()));
}

int CooldownStrip::rowAt(int y) const
{
    const int row = rowIndexAt(y);
    return row >= 0 && row < m_rows.size() ? row : -1;
}

std::pair<int, int> CooldownStrip::rowsWithin(int top, int bottom) const
{
    return { std::max(0, rowIndexAt(top)), rowIndexAt(bottom) };
}

QSize CooldownStrip::sizeHint() const
{
    return QSize(720, legendHeight() + int(m_rows.size()) * rowHeight() + axisHeight());
}

QSize CooldownStrip::minimumSizeHint() const
{
    // Every row's height: in a scroll area (widgetResizable) the strip scrolls instead of squeezing rows
    // out of sight below its bottom.
    return QSize(labelWidth() + stateWidth() + 120, sizeHint().height());
}

QColor CooldownStrip::intervalColor(const CooldownInterval &interval) const
{
    QColor color;
    switch (interval.state) {
    case CooldownState::Cooling:
    case CooldownState::Partial:
        color = SeriesColors::reason(CooldownTimeline::reasonKind(interval.reasonCode));
        break;
    case CooldownState::Healthy:
        color = SeriesColors::healthy();
        break;
    case CooldownState::Unknown:
        return QColor();
    }
    return isStale() ? SeriesColors::greyed(color) : color;
}

QString CooldownStrip::toolTipAt(const QPoint &pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0)
        return QString();
    const Row &r = m_rows.at(row);
    const TimeAxis axis = stripAxis();
    if (pos.x() < axis.left || pos.x() > axis.right())
        return r.label + QLatin1Char('\n') + r.currentText;
    const qint64 t = axis.timeForX(pos.x());
    // Hit the interval under the cursor, or a narrow one drawn wider than it is.
    const qint64 slack = axis.timeForX(axis.left + kMinIntervalWidth) - axis.from;
    for (const CooldownInterval &i : r.intervals) {
        if (t < i.from - slack || t > i.to + slack)
            continue;
        const QString span = tr("%1 – %2 (%3)").arg(ViewFormat::clock(i.from), ViewFormat::clock(i.to),
                                                   ViewFormat::duration(i.length()));
        switch (i.state) {
        case CooldownState::Cooling:
            return tr("%1 cooling, %2\n%3").arg(r.id, CooldownTimeline::reasonKindName(CooldownTimeline::reasonKind(i.reasonCode)), span);
        case CooldownState::Partial:
            return tr("%1 partial outage, %2\n%3").arg(r.id, CooldownTimeline::reasonText(i.reasonCode), span);
        case CooldownState::Healthy:
            if (t >= i.from && t <= i.to)
                return tr("%1 healthy\n%2").arg(r.id, span);
            continue;
        case CooldownState::Unknown:
            if (t >= i.from && t <= i.to)
                return tr("%1: no data\n%2").arg(r.id, span);
            continue;
        }
    }
    return QString();
}

void CooldownStrip::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    const TimeAxis axis = stripAxis();
    paintLegend(painter);
    // Only the rows in the exposed area: a thousand deployments scroll, they are not all painted.
    const int first = std::max(0, (event->rect().top() - legendHeight()) / rowHeight());
    const int last = std::min(int(m_rows.size()) - 1, (event->rect().bottom() - legendHeight()) / rowHeight());
    for (int row = first; row <= last; ++row)
        paintRow(painter, row, axis);
    paintAxis(painter, axis);
}

WidgetSupport::Legend CooldownStrip::legend() const
{
    WidgetSupport::Legend items {
        { SeriesColors::reason(CooldownReasonKind::RateLimit), CooldownTimeline::reasonKindName(CooldownReasonKind::RateLimit) },
        { SeriesColors::reason(CooldownReasonKind::Auth), CooldownTimeline::reasonKindName(CooldownReasonKind::Auth) },
        { SeriesColors::reason(CooldownReasonKind::ServerError), CooldownTimeline::reasonKindName(CooldownReasonKind::ServerError) },
        { SeriesColors::reason(CooldownReasonKind::FailureRate), CooldownTimeline::reasonKindName(CooldownReasonKind::FailureRate) },
        { SeriesColors::reason(CooldownReasonKind::Unknown), CooldownTimeline::reasonKindName(CooldownReasonKind::Unknown) },
        { SeriesColors::healthy(), tr("healthy (thin) · partial outage (half height)") },
    };
    if (isStale()) {
        for (auto &item : items)
            item.first = SeriesColors::greyed(item.first);
    }
    return items;
}

void CooldownStrip::paintLegend(QPainter &painter)
{
    const QRect area(kMargin, 5, width() - 2 * kMargin, legendHeight() - 10);
    WidgetSupport::paintLegend(painter, fontMetrics(), area, legend(), palette().color(QPalette::Text));
}

void CooldownStrip::paintRow(QPainter &painter, int row, const TimeAxis &axis)
{
    const Row &r = m_rows.at(row);
    const QRect strip = rowRect(row);
    const QColor text = palette().color(QPalette::Text);
    if (row % 2 == 1)
        painter.fillRect(QRect(0, strip.top(), width(), strip.height()), palette().color(QPalette::AlternateBase));

    painter.setPen(text);
    const QRect label(kMargin, strip.top(), labelWidth() - 2 * kMargin, strip.height());
    painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(r.label, Qt::ElideMiddle, label.width()));

    const int inner = strip.height() - 6;
    for (const CooldownInterval &i : r.intervals) {
        const QColor color = intervalColor(i);
        if (!color.isValid())
            continue;
        const auto span = axis.span(i.from, i.to, i.state == CooldownState::Healthy ? 0 : kMinIntervalWidth);
        if (!span)
            continue;
        const double x0 = span->first;
        const double w = span->second - span->first;
        if (i.state == CooldownState::Healthy) {
            QColor thin = color;
            thin.setAlpha(150);
            painter.fillRect(QRectF(x0, strip.center().y() - 1, w, 3), thin);
        } else if (i.state == CooldownState::Partial) {
            painter.fillRect(QRectF(x0, strip.top() + 3 + inner / 4.0, w, inner / 2.0), color);
        } else {
            painter.fillRect(QRectF(x0, strip.top() + 3, w, inner), color);
        }
    }

    QColor stateColor = text;
    if (r.current == CooldownState::Cooling)
        stateColor = SeriesColors::threshold();
    painter.setPen(isStale() ? SeriesColors::greyed(stateColor) : stateColor);
    const QRect state(int(axis.right()) + kMargin, strip.top(), stateWidth() - 2 * kMargin, strip.height());
    painter.drawText(state, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(r.currentText, Qt::ElideRight, state.width()));
}

void CooldownStrip::paintAxis(QPainter &painter, const TimeAxis &axis)
{
    const int top = legendHeight() + int(m_rows.size()) * rowHeight();
    QColor line = palette().color(QPalette::Text);
    line.setAlpha(110);
    painter.setPen(line);
    painter.drawLine(QPointF(axis.left, top), QPointF(axis.right(), top));
    const QString format = TimeAxis::labelFormat(axis.to - axis.from);
    const int labelWidth = fontMetrics().horizontalAdvance(QDateTime::currentDateTime().toString(format)) + 16;
    QColor grid = line;
    grid.setAlpha(35);
    for (qint64 t : axis.ticks(labelWidth)) {
        const double x = axis.xForTime(t);
        painter.setPen(grid);
        painter.drawLine(QPointF(x, legendHeight()), QPointF(x, top));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(x - labelWidth / 2.0, top + 2, labelWidth, axisHeight() - 2), Qt::AlignHCenter | Qt::AlignTop,
                         QDateTime::fromMSecsSinceEpoch(t).toString(format));
    }
}

void CooldownStrip::resizeEvent(QResizeEvent *event)
{
    PaintedLiveView::resizeEvent(event);
    const int before = m_legendHeight.second;
    if (legendHeight() != before)
        updateGeometry(); // the legend wraps into more or fewer lines
}

void CooldownStrip::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    ChartExport::populateMenu(&menu, this, m_title, m_queryText);
    menu.exec(event->globalPos());
}

bool CooldownStrip::saveImage(const QString &path, QString *error)
{
    Q_EMIT aboutToDrawAllRows();
    return ChartExport::savePng(this, path, error);
}

} // namespace RouteDeck
