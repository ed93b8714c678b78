// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbadge.h"
#include "seriescolors.h"
#include "viewformat.h"

#include <QPainter>

namespace RouteDeck {

StatusBadge::StatusBadge(const QString &sourceName, QWidget *parent)
    : QWidget(parent)
    , m_sourceName(sourceName)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setStatus(SourceStatus());
}

void StatusBadge::setStatus(const SourceStatus &status)
{
    m_status = status;
    setToolTip(detailText());
    setAccessibleName(text());
    updateGeometry();
    update();
}

QString StatusBadge::text() const
{
    switch (m_status.state) {
    case SourceStatus::State::Unknown:
        return tr("%1: connecting…").arg(m_sourceName);
    case SourceStatus::State::Live:
        if (m_status.isReplay())
            return tr("%1: replay of %2").arg(m_sourceName, ViewFormat::moment(m_status.replayAt));
        return tr("%1: live").arg(m_sourceName);
    case SourceStatus::State::Stale:
        return tr("%1: stale since %2").arg(m_sourceName, ViewFormat::clock(m_status.failingSince));
    case SourceStatus::State::Unreachable:
        return tr("%1: unreachable: %2").arg(m_sourceName, m_status.error);
    }
    return m_sourceName;
}

QString StatusBadge::detailText() const
{
    QStringList lines { m_sourceName + QStringLiteral(": ") + m_status.summary() };
    if (m_status.lastGood.isValid())
        lines.append(tr("Last good data: %1").arg(m_status.lastGood.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (m_status.failingSince.isValid())
        lines.append(tr("Failing since: %1").arg(m_status.failingSince.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (!m_status.error.isEmpty() && m_status.state != SourceStatus::State::Live)
        lines.append(tr("Error: %1").arg(m_status.error));
    if (!m_status.detail.isEmpty())
        lines.append(m_status.detail);
    return lines.join(QLatin1Char('\n'));
}

QColor StatusBadge::dotColor() const
{
    if (m_status.state == SourceStatus::State::Live && m_status.isReplay())
        return QColor(52, 120, 200); // the replay banner's blue: answering, but not about now
    return SeriesColors::sourceState(int(m_status.state));
}

QSize StatusBadge::sizeHint() const
{
    const int h = fontMetrics().height();
    return QSize(std::min(420, h + 10 + fontMetrics().horizontalAdvance(text())), h + 6);
}

QSize StatusBadge::minimumSizeHint() const
{
    const int h = fontMetrics().height();
    return QSize(h + 10 + fontMetrics().horizontalAdvance(m_sourceName), h + 6);
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int h = fontMetrics().height();
    const double dot = h * 0.6;
    const QRectF dotRect(3, (height() - dot) / 2, dot, dot);
    painter.setPen(QPen(dotColor().darker(130), 1));
    painter.setBrush(dotColor());
    painter.drawEllipse(dotRect);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect textRect(int(dotRect.right()) + 6, 0, width() - int(dotRect.right()) - 6, height());
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, fontMetrics().elidedText(text(), Qt::ElideRight, textRect.width()));
}

} // namespace RouteDeck
