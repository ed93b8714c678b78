// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitbar.h"
#include "seriescolors.h"
#include "viewformat.h"
#include "widgetsupport.h"

#include <QPainter>
#include <QResizeEvent>

#include <cmath>

namespace RouteDeck {

namespace {
constexpr int kGap = 6;

bool hasAny(const QList<double> &shares)
{
    return std::any_of(shares.cbegin(), shares.cend(), [](double s) { return std::isfinite(s); });
}
} // namespace

SplitBar::SplitBar(QWidget *parent)
    : PaintedLiveView(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SplitBar::setData(const QStringList &names, const QList<Bar> &bars)
{
    const bool resize = names != m_names || bars.size() != m_bars.size(); // other names may wrap the legend otherwise
    m_names = names;
    m_bars = bars;
    if (resize)
        updateGeometry();
    update();
}

QList<std::pair<int, int>> SplitBar::segmentExtents(const QList<double> &shares, int width)
{
    double total = 0;
    for (double s : shares)
        total += std::isfinite(s) && s > 0 ? s : 0.0;
    const double scale = total > 1 ? 1 / total : 1.0;
    QList<std::pair<int, int>> extents;
    extents.reserve(shares.size());
    double cumulative = 0;
    int previousEnd = 0;
    for (double s : shares) {
        const double share = std::isfinite(s) && s > 0 ? s * scale : 0.0;
        cumulative += share;
        // Rounding the cumulative edge, not each width, keeps segments adjacent and the total exact.
        const int end = std::clamp(int(std::lround(cumulative * width)), previousEnd, std::max(0, width));
        extents.append({ previousEnd, end - previousEnd });
        previousEnd = end;
    }
    return extents;
}

QString SplitBar::segmentText(const QString &name, double share, int pixelWidth) const
{
    return segmentText(fontMetrics(), name, share, pixelWidth);
}

QString SplitBar::segmentText(const QFontMetrics &metrics, const QString &name, double share, int pixelWidth)
{
    const QString percent = ViewFormat::percent(share);
    const QString full = name + QLatin1Char(' ') + percent;
    if (metrics.horizontalAdvance(full) + 8 <= pixelWidth)
        return full;
    if (metrics.horizontalAdvance(percent) + 6 <= pixelWidth)
        return percent;
    return QString();
}

int SplitBar::barHeight() const
{
    return fontMetrics().height() + 10;
}

int SplitBar::labelWidth() const
{
    int width = 0;
    for (const Bar &bar : m_bars)
        width = std::max(width, fontMetrics().horizontalAdvance(bar.label));
    return width + 12;
}

QRect SplitBar::barRect(int bar) const
{
    const int left = labelWidth();
    return QRect(left, bar * (barHeight() + kGap), std::max(10, width() - left - 2), barHeight());
}

QSize SplitBar::sizeHint() const
{
    return QSize(600, legendRect().bottom() + 1 + 6);
}

QSize SplitBar::minimumSizeHint() const
{
    return QSize(labelWidth() + 120, sizeHint().height());
}

QString SplitBar::toolTipAt(const QPoint &pos) const
{
    for (int b = 0; b < m_bars.size(); ++b) {
        const QRect rect = barRect(b);
        if (!rect.contains(pos))
            continue;
        const QList<std::pair<int, int>> extents = segmentExtents(m_bars.at(b).shares, rect.width());
        for (qsizetype i = 0; i < extents.size() && i < m_names.size(); ++i) {
            const int x = pos.x() - rect.left();
            if (x >= extents.at(i).first && x < extents.at(i).first + extents.at(i).second)
                return tr("%1: %2 of traffic (%3)").arg(m_names.at(i), ViewFormat::percent(m_bars.at(b).shares.at(i)),
                                                        m_bars.at(b).label.toLower());
        }
    }
    return QString();
}

void SplitBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    for (int b = 0; b < m_bars.size(); ++b) {
        const Bar &bar = m_bars.at(b);
        const QRect rect = barRect(b);
        painter.setPen(text);
        painter.drawText(QRect(0, rect.top(), labelWidth() - 8, rect.height()), Qt::AlignVCenter | Qt::AlignRight, bar.label);
        QColor trough = text;
        trough.setAlpha(25);
        painter.fillRect(rect, trough);
        if (!hasAny(bar.shares)) {
            painter.setPen(text);
            painter.drawText(rect, Qt::AlignCenter, tr("no traffic"));
            continue;
        }
        const QList<std::pair<int, int>> extents = segmentExtents(bar.shares, rect.width());
        for (qsizetype i = 0; i < extents.size(); ++i) {
            const auto [x, w] = extents.at(i);
            if (w <= 0)
                continue;
            const QColor color = colorOf(i);
            const QRect segment(rect.left() + x, rect.top(), w, rect.height());
            painter.fillRect(segment, color);
            painter.setPen(palette().color(QPalette::Base));
            if (x > 0)
                painter.drawLine(segment.topLeft(), segment.bottomLeft());
            // Dark text on these mid-tone colours reads on light and dark palettes alike.
            painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            const QString label = segmentText(i < m_names.size() ? m_names.at(i) : QString(), bar.shares.at(i), w);
            painter.drawText(segment.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    }

    WidgetSupport::paintLegend(painter, fontMetrics(), legendRect(), legend(), text);
}

void SplitBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the legend may wrap into more or fewer lines
}

QColor SplitBar::colorOf(qsizetype deployment) const
{
    const QColor color = SeriesColors::series(int(deployment));
    return isStale() ? SeriesColors::greyed(color) : color;
}

WidgetSupport::Legend SplitBar::legend() const
{
    WidgetSupport::Legend items;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        items.append({ colorOf(i), m_names.at(i) });
    return items;
}

QRect SplitBar::legendRect() const
{
    const int left = labelWidth();
    const int width = std::max(10, this->width() - left - 2);
    return QRect(left, int(m_bars.size()) * (barHeight() + kGap) + 2, width,
                 WidgetSupport::legendHeight(fontMetrics(), legend(), width));
}

} // namespace RouteDeck
