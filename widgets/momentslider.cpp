// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentslider.h"

#include "viewformat.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

#include <limits>

namespace RouteDeck {

namespace {
constexpr int kMarkHitPixels = 4;
} // namespace

MomentSlider::MomentSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
    , m_from(QDateTime::currentDateTimeUtc().addSecs(-15 * 60))
{
    setObjectName(QStringLiteral("momentSlider"));
    setAccessibleName(tr("Replayed moment"));
    setTracking(false); // valueChanged() only once the handle is let go
    setRange(0, 15 * 60);
    setValue(maximum());
    setSingleStep(1);
    setPageStep(60);
    setMinimumWidth(160);
    connect(this, &QSlider::valueChanged, this, [this] { Q_EMIT momentChosen(moment()); });
    connect(this, &QSlider::sliderMoved, this, [this](int position) { Q_EMIT momentPreviewed(m_from.addSecs(position)); });
}

void MomentSlider::setSpan(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    const QDateTime kept = moment();
    const QSignalBlocker blocker(this);
    m_from = from.toUTC().addMSecs(-(from.toMSecsSinceEpoch() % 1000)); // whole seconds, as the moments are
    // One step per second; a span longer than an int of seconds (68 years) is not one RouteDeck asks for.
    setRange(0, int(std::min<qint64>(from.secsTo(to), std::numeric_limits<int>::max())));
    setPageStep(std::max(1, maximum() / 20));
    setValue(int(std::clamp<qint64>(m_from.secsTo(kept), 0, maximum())));
    update();
}

void MomentSlider::setMoment(const QDateTime &moment)
{
    if (!moment.isValid())
        return;
    const QSignalBlocker blocker(this);
    setSliderPosition(int(std::clamp<qint64>(m_from.secsTo(moment), 0, maximum())));
    setValue(sliderPosition());
}

void MomentSlider::setMarks(const QList<Mark> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    std::sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.msecs < b.msecs; });
    update();
}

const MomentSlider::Mark *MomentSlider::neighbourMark(int direction) const
{
    const qint64 now = moment().toMSecsSinceEpoch();
    const Mark *best = nullptr;
    for (const Mark &mark : m_marks) {
        const qint64 apart = (mark.msecs - now) * (direction < 0 ? -1 : 1);
        if (apart <= 1000)
            continue;
        if (!best || std::abs(mark.msecs - now) < std::abs(best->msecs - now))
            best = &mark;
    }
    return best;
}

int MomentSlider::xForMoment(const QDateTime &moment) const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = std::max(1, groove.width() - handle.width());
    const qint64 seconds = std::clamp<qint64>(m_from.secsTo(moment), 0, maximum());
    return groove.left() + handle.width() / 2
        + QStyle::sliderPositionFromValue(minimum(), maximum(), int(seconds), span, option.upsideDown);
}

QColor MomentSlider::markColor(MarkKind kind) const
{
    // The alert colour of the charts' shaded spans, the push colour of their markers.
    return kind == MarkKind::Alert ? QColor(214, 69, 65) : QColor(52, 120, 200);
}

void MomentSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_marks.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int top = 1;
    const int bottom = height() - 2;
    const qint64 first = m_from.toMSecsSinceEpoch();
    const qint64 last = spanEnd().toMSecsSinceEpoch();
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.msecs < first || mark.msecs > last)
            continue;
        const int x = xForMoment(QDateTime::fromMSecsSinceEpoch(mark.msecs, Qt::UTC));
        painter.setPen(QPen(markColor(mark.kind), 2));
        painter.drawLine(x, top + 3, x, bottom);
        // A small triangle on top tells a mark from the handle's edge.
        painter.setBrush(markColor(mark.kind));
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(QPolygon({ QPoint(x - 3, top), QPoint(x + 3, top), QPoint(x, top + 4) }));
    }
}

bool MomentSlider::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = markTooltipAt(help->pos().x());
        if (text.isEmpty())
            QToolTip::showText(help->globalPos(), ViewFormat::moment(moment()), this);
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QSlider::event(event);
}

QString MomentSlider::markTooltipAt(int x) const
{
    QStringList lines;
    for (const Mark &mark : m_marks) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(mark.msecs, Qt::UTC);
        if (at < m_from || at > spanEnd() || std::abs(xForMoment(at) - x) > kMarkHitPixels)
            continue;
        lines.append(tr("%1 at %2").arg(mark.label, ViewFormat::moment(at)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace RouteDeck
