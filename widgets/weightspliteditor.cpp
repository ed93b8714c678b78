// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightspliteditor.h"

#include "seriescolors.h"
#include "splitbar.h"
#include "viewformat.h"
#include "weightplan.h"
#include "widgetsupport.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>
#include <cmath>

namespace RouteDeck {

namespace {
constexpr int kGap = 8;
constexpr int kGrabPixels = 6;
constexpr double kKeyStep = 0.01; // one percentage point per arrow key press
} // namespace

WeightSplitEditor::WeightSplitEditor(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Traffic split editor"));
    setToolTip(tr("Drag a divider to move traffic between its neighbours; arrow keys move the selected "
                  "divider by 1 pp (Shift: 5 pp), Ctrl+arrow selects another divider."));
}

void WeightSplitEditor::setShares(const QStringList &names, const QList<double> &before,
    const QList<double> &after, const QList<bool> &movable)
{
    const bool resize = names != m_names; // other names may wrap the legend otherwise
    m_names = names;
    m_before = before;
    m_after = after;
    m_movable = movable;
    m_focusDivider = std::clamp(m_focusDivider, 0, std::max(0, int(names.size()) - 2));
    if (resize)
        updateGeometry();
    update();
}

QList<double> WeightSplitEditor::dividers() const
{
    QList<double> positions;
    double cumulative = 0;
    for (qsizetype i = 0; i + 1 < m_after.size(); ++i) {
        cumulative += std::isfinite(m_after.at(i)) && m_after.at(i) > 0 ? m_after.at(i) : 0.0;
        positions.append(cumulative);
    }
    return positions;
}

bool WeightSplitEditor::isMovable(int divider) const
{
    return divider >= 0 && divider < dividers().size()
        && (divider >= m_movable.size() || m_movable.at(divider));
}

int WeightSplitEditor::barHeight() const
{
    return fontMetrics().height() + 14;
}

int WeightSplitEditor::labelWidth() const
{
    return std::max(fontMetrics().horizontalAdvance(tr("Now")), fontMetrics().horizontalAdvance(tr("After")))
        + 14;
}

QRect WeightSplitEditor::barRect(int bar) const
{
    const int left = labelWidth();
    return QRect(left, 4 + bar * (barHeight() + kGap), std::max(10, width() - left - 8), barHeight());
}

int WeightSplitEditor::dividerX(int divider) const
{
    const QList<double> positions = dividers();
    if (divider < 0 || divider >= positions.size())
        return -1;
    const QRect rect = barRect(1);
    return rect.left() + int(std::lround(positions.at(divider) * rect.width()));
}

double WeightSplitEditor::shareAt(int x) const
{
    const QRect rect = barRect(1);
    return std::clamp(double(x - rect.left()) / rect.width(), 0.0, 1.0);
}

double WeightSplitEditor::tolerance() const
{
    return double(kGrabPixels) / std::max(1, barRect(1).width());
}

QSize WeightSplitEditor::sizeHint() const
{
    return QSize(600, legendRect().bottom() + 1 + 5);
}

QSize WeightSplitEditor::minimumSizeHint() const
{
    return QSize(labelWidth() + 160, sizeHint().height());
}

void WeightSplitEditor::paintBar(QPainter &painter, int bar, const QList<double> &shares)
{
    const QRect rect = barRect(bar);
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    painter.drawText(QRect(0, rect.top(), labelWidth() - 8, rect.height()), Qt::AlignVCenter | Qt::AlignRight,
        bar == 0 ? tr("Now") : tr("After"));
    QColor trough = text;
    trough.setAlpha(25);
    painter.fillRect(rect, trough);
    const QList<std::pair<int, int>> extents = SplitBar::segmentExtents(shares, rect.width());
    for (qsizetype i = 0; i < extents.size(); ++i) {
        const auto [x, w] = extents.at(i);
        if (w <= 0)
            continue;
        QColor color = SeriesColors::series(int(i));
        if (bar == 0)
            color.setAlpha(150); // "now" is the reference, "after" is what the eye should follow
        const QRect segment(rect.left() + x, rect.top(), w, rect.height());
        painter.fillRect(segment, color);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        const QString name = i < m_names.size() ? m_names.at(i) : QString();
        const QString label = SplitBar::segmentText(fontMetrics(), name, shares.at(i), w);
        painter.drawText(segment.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
    }
}

void WeightSplitEditor::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintBar(painter, 0, m_before);
    paintBar(painter, 1, m_after);

    // Divider handles on the After bar: a line across it and a grip above and below.
    const QRect rect = barRect(1);
    const QColor handle = palette().color(QPalette::WindowText);
    const QColor base = palette().color(QPalette::Base);
    for (int k = 0; k < dividers().size(); ++k) {
        const int x = dividerX(k);
        const bool active = k == m_dragDivider || (hasFocus() && k == m_focusDivider);
        painter.setPen(QPen(base, 3));
        painter.drawLine(x, rect.top(), x, rect.bottom());
        painter.setPen(QPen(isMovable(k) ? handle : QColor(128, 128, 128), active ? 2 : 1));
        painter.drawLine(x, rect.top() - 3, x, rect.bottom() + 3);
        if (isMovable(k)) {
            const QRect grip(x - 4, rect.bottom() + 1, 9, 5);
            painter.fillRect(grip, active ? palette().color(QPalette::Highlight) : handle);
        }
    }

    WidgetSupport::paintLegend(painter, fontMetrics(), legendRect(), legend(), handle);
}

QRect WeightSplitEditor::legendRect() const
{
    const QRect after = barRect(1);
    return QRect(after.left(), after.bottom() + 8, after.width(),
                 WidgetSupport::legendHeight(fontMetrics(), legend(), after.width()));
}

WidgetSupport::Legend WeightSplitEditor::legend() const
{
    WidgetSupport::Legend items;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        items.append({ SeriesColors::series(int(i)), m_names.at(i) });
    return items;
}

void WeightSplitEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the legend may wrap into more or fewer lines
}

void WeightSplitEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton
        || !barRect(1).adjusted(0, -4, 0, 8).contains(event->position().toPoint())) {
        QWidget::mousePressEvent(event);
        return;
    }
    const double share = shareAt(event->position().toPoint().x());
    if (WeightPlan::pickDivider(dividers(), share, tolerance()) < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_pressDividers = dividers();
    m_pressShare = share;
    m_pressX = event->position().toPoint().x();
    m_dragDivider = -1;
    event->accept();
}

void WeightSplitEditor::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (!m_pressed) {
        const bool near = barRect(1).adjusted(0, -4, 0, 8).contains(event->position().toPoint())
            && isMovable(WeightPlan::pickDivider(dividers(), shareAt(x), tolerance()));
        setCursor(near ? Qt::SplitHCursor : Qt::ArrowCursor);
        return;
    }
    if (m_dragDivider < 0) {
        // Dividers on one spot (a drained deployment between them) resolve by the drag direction.
        if (x == m_pressX)
            return;
        m_dragDivider
            = WeightPlan::pickDivider(m_pressDividers, m_pressShare, tolerance(), x > m_pressX ? 1 : -1);
        if (!isMovable(m_dragDivider)) {
            m_pressed = false;
            m_dragDivider = -1;
            return;
        }
        m_focusDivider = m_dragDivider;
    }
    Q_EMIT dividerDragged(m_dragDivider, shareAt(x));
    event->accept();
}

void WeightSplitEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool dragged = m_dragDivider >= 0;
    m_pressed = false;
    m_dragDivider = -1;
    update();
    if (dragged)
        Q_EMIT dragFinished();
    event->accept();
}

void WeightSplitEditor::keyPressEvent(QKeyEvent *event)
{
    const int count = int(dividers().size());
    const bool left = event->key() == Qt::Key_Left;
    const bool right = event->key() == Qt::Key_Right;
    if (count == 0 || (!left && !right)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        m_focusDivider = std::clamp(m_focusDivider + (right ? 1 : -1), 0, count - 1);
        update();
        return;
    }
    if (!isMovable(m_focusDivider))
        return;
    const double step = (event->modifiers() & Qt::ShiftModifier ? 5 : 1) * kKeyStep;
    Q_EMIT dividerDragged(m_focusDivider, dividers().at(m_focusDivider) + (right ? step : -step));
    Q_EMIT dragFinished();
}

bool WeightSplitEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int bar = 0; bar < 2; ++bar) {
            const QRect rect = barRect(bar);
            if (!rect.contains(help->pos()))
                continue;
            const QList<double> &shares = bar == 0 ? m_before : m_after;
            const QList<std::pair<int, int>> extents = SplitBar::segmentExtents(shares, rect.width());
            const int x = help->pos().x() - rect.left();
            for (qsizetype i = 0; i < extents.size() && i < m_names.size(); ++i) {
                if (x >= extents.at(i).first && x < extents.at(i).first + extents.at(i).second) {
                    QToolTip::showText(help->globalPos(),
                        tr("%1: %2 now, %3 after")
                            .arg(m_names.at(i), ViewFormat::percent(m_before.value(i)),
                                ViewFormat::percent(m_after.value(i))),
                        this);
                    return true;
                }
            }
        }
    }
    return QWidget::event(event);
}

} // namespace RouteDeck
