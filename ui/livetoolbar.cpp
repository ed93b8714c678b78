// SPDX-License-Identifier: GPL-3.0-or-later
#include "livetoolbar.h"

#include "statusbadge.h"

#include "viewformat.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDateTime>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace RouteDeck {

namespace {
constexpr int kCustomRangeIndex = 5;
} // namespace

QList<QPair<QString, qint64>> LiveToolBar::rangePresets()
{
    return { { tr("Live 15 min"), 15 * 60 },
             { tr("1 hour"), 3600 },
             { tr("6 hours"), 6 * 3600 },
             { tr("24 hours"), 24 * 3600 },
             { tr("7 days"), 7 * 24 * 3600 } };
}

LiveToolBar::LiveToolBar(QWidget *parent)
    : QToolBar(tr("Live"), parent)
    , m_profiles(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_routerBadge(new StatusBadge(tr("Router"), this))
    , m_prometheusBadge(new StatusBadge(tr("Prometheus"), this))
{
    setObjectName(QStringLiteral("liveToolBar"));
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Connection profile"));
    m_profiles->setToolTip(tr("Connection profile"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) { Q_EMIT profileChosen(m_profiles->itemText(index)); });

    m_range->setObjectName(QStringLiteral("timeRange"));
    m_range->setAccessibleName(tr("Time range"));
    for (const auto &[label, seconds] : rangePresets())
        m_range->addItem(label, seconds);
    m_range->addItem(tr("Custom…"), qint64(0));
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        if (index == kCustomRangeIndex)
            chooseCustomRange();
        else
            Q_EMIT rangeChanged(rangeSeconds());
    });

    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setAccessibleName(tr("Refresh interval"));
    for (const int seconds : { 1, 2, 5, 10, 30, 60, 300 })
        m_interval->addItem(seconds < 60 ? tr("every %1 s").arg(seconds) : tr("every %1 min").arg(seconds / 60), seconds * 1000);
    m_interval->setCurrentIndex(1); // 2 s: live enough for an incident, light on Prometheus
    connect(m_interval, &QComboBox::activated, this, [this] { Q_EMIT refreshIntervalChanged(refreshIntervalMs()); });

    addWidget(m_profiles);
    addSeparator();
    addWidget(m_range);
    addWidget(m_interval);
    m_pause = addAction(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    m_pause->setToolTip(tr("Pause live refresh (Space)"));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        Q_EMIT pauseToggled(paused);
    });
    m_refresh = addAction(QIcon(QStringLiteral(":/routedeck/icons/reload.svg")), tr("Refresh now"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Refresh now (F5)"));
    connect(m_refresh, &QAction::triggered, this, &LiveToolBar::refreshRequested);
    addSeparator();
    createReplayControls();
    connect(this, &LiveToolBar::rangeChanged, this, &LiveToolBar::updateReplaySpan);
    addSeparator();
    addWidget(m_routerBadge);
    addWidget(m_prometheusBadge);
}

void LiveToolBar::createReplayControls()
{
    m_timeMode = new QActionGroup(this);
    m_liveAction = addAction(tr("Live"));
    m_liveAction->setObjectName(QStringLiteral("liveAction"));
    m_liveAction->setCheckable(true);
    m_liveAction->setChecked(true);
    m_liveAction->setToolTip(tr("Show the state now, refreshed live"));
    m_replayAction = addAction(tr("At…"));
    m_replayAction->setObjectName(QStringLiteral("replayAction"));
    m_replayAction->setCheckable(true);
    m_replayAction->setToolTip(tr("Incident replay: every live page shows the state at a past moment of the time range "
                                  "([ and ] step one refresh, { and } jump to alerts and pushes)"));
    m_timeMode->addAction(m_liveAction);
    m_timeMode->addAction(m_replayAction);
    connect(m_liveAction, &QAction::triggered, this, [this] { setReplayMoment({}); });
    connect(m_replayAction, &QAction::triggered, this, [this] {
        if (!isReplaying())
            setReplayMoment(QDateTime::currentDateTimeUtc().addMSecs(-refreshIntervalMs()));
    });

    // The step keys work from Live too: a step back starts a replay one refresh ago.
    QAction *back = addAction(QStringLiteral("◀"));
    back->setObjectName(QStringLiteral("stepBackAction"));
    back->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    back->setToolTip(tr("One refresh back ([)"));
    connect(back, &QAction::triggered, this, [this] { stepReplay(-1); });
    m_slider = new MomentSlider(this);
    m_slider->setFixedWidth(220);
    connect(m_slider, &MomentSlider::momentChosen, this, &LiveToolBar::setReplayMoment);
    connect(m_slider, &MomentSlider::momentPreviewed, this,
            [this](const QDateTime &moment) { m_replayAction->setText(tr("At %1").arg(ViewFormat::moment(moment))); });
    m_replayOnly.append(addWidget(m_slider));
    QAction *forward = addAction(QStringLiteral("▶"));
    forward->setObjectName(QStringLiteral("stepForwardAction"));
    forward->setShortcut(QKeySequence(Qt::Key_BracketRight));
    forward->setToolTip(tr("One refresh forward (]); past now, live again"));
    connect(forward, &QAction::triggered, this, [this] { stepReplay(1); });
    m_replayOnly.append(forward);

    m_jumpButton = new QToolButton(this);
    m_jumpButton->setObjectName(QStringLiteral("jumpButton"));
    m_jumpButton->setText(tr("Jump to"));
    m_jumpButton->setToolTip(tr("Jump to an alert's start or a weight push of the time range ({ and })"));
    m_jumpButton->setPopupMode(QToolButton::InstantPopup);
    auto *previousMark = new QAction(tr("Previous Alert or Push"), m_jumpButton);
    previousMark->setObjectName(QStringLiteral("previousMarkAction"));
    previousMark->setShortcut(QKeySequence(Qt::Key_BraceLeft));
    connect(previousMark, &QAction::triggered, this, [this] { jumpToMark(-1); });
    auto *nextMark = new QAction(tr("Next Alert or Push"), m_jumpButton);
    nextMark->setObjectName(QStringLiteral("nextMarkAction"));
    nextMark->setShortcut(QKeySequence(Qt::Key_BraceRight));
    connect(nextMark, &QAction::triggered, this, [this] { jumpToMark(1); });
    // On the button (which has a menu, so they draw nowhere) their keys work while it is shown: in replay.
    m_jumpButton->addActions({ previousMark, nextMark });
    auto *jumpMenu = new QMenu(m_jumpButton);
    jumpMenu->addActions({ previousMark, nextMark });
    connect(jumpMenu, &QMenu::aboutToShow, this, &LiveToolBar::fillJumpMenu);
    m_jumpButton->setMenu(jumpMenu);
    m_replayOnly.append(addWidget(m_jumpButton));
    showReplayState();
}

void LiveToolBar::fillJumpMenu()
{
    QMenu *menu = m_jumpButton->menu();
    const QList<QAction *> keep = menu->actions().mid(0, 2); // previous and next mark
    for (QAction *action : menu->actions()) {
        if (keep.contains(action))
            continue;
        menu->removeAction(action);
        action->deleteLater();
    }
    const QList<MomentSlider::Mark> &marks = m_slider->marks();
    const QDateTime from = m_slider->spanStart();
    bool any = false;
    for (auto it = marks.crbegin(); it != marks.crend(); ++it) { // newest first
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(it->msecs, Qt::UTC);
        if (at < from)
            continue;
        if (!any)
            menu->addSeparator();
        any = true;
        const QString kind = it->kind == MomentSlider::MarkKind::Alert ? tr("Alert") : tr("Push");
        QAction *jump = menu->addAction(tr("%1  %2: %3").arg(ViewFormat::moment(at), kind, it->label));
        connect(jump, &QAction::triggered, this, [this, at] { setReplayMoment(at); });
    }
    if (!any)
        menu->addAction(tr("No alert or push in this time range"))->setEnabled(false);
}

void LiveToolBar::setReplayMoment(const QDateTime &moment)
{
    QDateTime wanted = moment.isValid() ? moment.toUTC() : QDateTime();
    if (wanted.isValid() && wanted >= QDateTime::currentDateTimeUtc())
        wanted = {}; // stepped past now: live again
    if (wanted.isValid())
        wanted = wanted.addMSecs(-(wanted.toMSecsSinceEpoch() % 1000)); // the slider's and the queries' second
    const bool changed = wanted != m_replayMoment;
    m_replayMoment = wanted;
    updateReplaySpan();
    showReplayState();
    if (changed)
        Q_EMIT replayMomentChanged(m_replayMoment);
}

void LiveToolBar::stepReplay(int direction)
{
    const qint64 step = qint64(refreshIntervalMs()) * (direction < 0 ? -1 : 1);
    const QDateTime from = isReplaying() ? m_replayMoment : QDateTime::currentDateTimeUtc();
    if (!isReplaying() && direction > 0)
        return; // live is as far forward as it goes
    setReplayMoment(from.addMSecs(step));
}

void LiveToolBar::jumpToMark(int direction)
{
    if (!isReplaying())
        return;
    if (const MomentSlider::Mark *mark = m_slider->neighbourMark(direction))
        setReplayMoment(QDateTime::fromMSecsSinceEpoch(mark->msecs, Qt::UTC));
}

void LiveToolBar::setReplayMarks(const QList<MomentSlider::Mark> &marks)
{
    m_slider->setMarks(marks);
}

QString LiveToolBar::momentText() const
{
    return isReplaying() ? tr("At %1").arg(ViewFormat::moment(m_replayMoment)) : QString();
}

// The slider spans the chosen time range up to now; a moment further back widens it to that moment.
void LiveToolBar::updateReplaySpan()
{
    if (m_slider->isSliderDown())
        return; // never move the span under a handle being dragged
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from = now.addSecs(-std::max<qint64>(rangeSeconds(), 60));
    if (m_replayMoment.isValid() && m_replayMoment < from)
        from = m_replayMoment;
    m_slider->setSpan(from, now);
    if (m_replayMoment.isValid())
        m_slider->setMoment(m_replayMoment);
}

void LiveToolBar::showReplayState()
{
    const bool replaying = isReplaying();
    m_liveAction->setChecked(!replaying);
    m_replayAction->setChecked(replaying);
    m_replayAction->setText(replaying ? momentText() : tr("At…"));
    for (QAction *action : std::as_const(m_replayOnly))
        action->setVisible(replaying);
}

void LiveToolBar::setProfiles(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentText(current);
    m_profiles->setVisible(!names.isEmpty());
}

void LiveToolBar::setStatuses(const SourceStatus &router, const SourceStatus &prometheus)
{
    updateReplaySpan(); // the span ends now: it moves with every refresh
    m_routerBadge->setStatus(router);
    m_prometheusBadge->setStatus(prometheus);
}

void LiveToolBar::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

bool LiveToolBar::isPaused() const
{
    return m_pause->isChecked();
}

qint64 LiveToolBar::rangeSeconds() const
{
    return m_range->currentIndex() == kCustomRangeIndex ? m_customSeconds : m_range->currentData().toLongLong();
}

int LiveToolBar::refreshIntervalMs() const
{
    return m_interval->currentData().toInt();
}

QList<int> LiveToolBar::refreshIntervalsMs() const
{
    QList<int> intervals;
    for (int i = 0; i < m_interval->count(); ++i)
        intervals.append(m_interval->itemData(i).toInt());
    return intervals;
}

bool LiveToolBar::setRefreshIntervalMs(int ms)
{
    const int index = m_interval->findData(ms);
    if (index < 0)
        return false;
    if (index != m_interval->currentIndex()) {
        m_interval->setCurrentIndex(index);
        Q_EMIT refreshIntervalChanged(ms);
    }
    return true;
}

void LiveToolBar::selectRange(int index)
{
    if (index < 0 || index >= kCustomRangeIndex)
        return;
    m_range->setCurrentIndex(index);
    Q_EMIT rangeChanged(rangeSeconds());
}

void LiveToolBar::chooseCustomRange()
{
    bool ok = false;
    const int hours = QInputDialog::getInt(this, tr("Custom Time Range"), tr("Show the last N hours:"),
                                           m_customSeconds > 0 ? int(m_customSeconds / 3600) : 3, 1, 24 * 30, 1, &ok);
    if (!ok) {
        m_range->setCurrentIndex(0);
        Q_EMIT rangeChanged(rangeSeconds());
        return;
    }
    m_customSeconds = qint64(hours) * 3600;
    m_range->setItemText(kCustomRangeIndex, tr("Last %n hour(s)", nullptr, hours));
    Q_EMIT rangeChanged(rangeSeconds());
}

} // namespace RouteDeck
