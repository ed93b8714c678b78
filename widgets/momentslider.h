// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSlider>

namespace RouteDeck {

// A horizontal slider over a span of time, to one second, for incident replay: the handle is the
// moment shown. Marks (alert starts, weight pushes) are drawn on the groove, their label in a tooltip.
// momentChosen() comes when the user lets go of the handle, clicks the groove or uses the keyboard,
// never for every pixel of a drag (each moment costs a round of queries); momentPreviewed() follows the
// drag, for a label.
class MomentSlider : public QSlider
{
    Q_OBJECT

public:
    enum class MarkKind { Alert, Push };
    struct Mark
    {
        qint64 msecs = 0;
        MarkKind kind = MarkKind::Alert;
        QString label; // "rate limits (429): gpt-4o-mini"
        bool operator==(const Mark &) const = default;
    };

    explicit MomentSlider(QWidget *parent = nullptr);

    // The span the handle moves over; the moment is kept, clamped into it.
    void setSpan(const QDateTime &from, const QDateTime &to);
    QDateTime spanStart() const { return m_from; }
    QDateTime spanEnd() const { return m_from.addSecs(maximum()); }
    // Moves the handle without momentChosen().
    void setMoment(const QDateTime &moment);
    QDateTime moment() const { return m_from.addSecs(value()); }
    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    // The mark nearest before (direction < 0) or after (> 0) the moment, more than a second away.
    const Mark *neighbourMark(int direction) const;
    // The x of a moment on the groove, for tests and tooltips.
    int xForMoment(const QDateTime &moment) const;
    QColor markColor(MarkKind kind) const;

Q_SIGNALS:
    void momentChosen(const QDateTime &moment);
    void momentPreviewed(const QDateTime &moment);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString markTooltipAt(int x) const;

    QDateTime m_from;
    QList<Mark> m_marks;
};

} // namespace RouteDeck
