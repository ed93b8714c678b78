// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "momentslider.h"
#include "snapshot.h"

#include <QToolBar>

class QActionGroup;
class QComboBox;
class QToolButton;

namespace RouteDeck {

class StatusBadge;

// The live console's controls: connection profile, time range, refresh interval, pause and refresh,
// Live or At a past moment (incident replay), and a freshness badge per data source.
//
// Replay: "At" shows a slider over the time range with alert starts and pushes marked on it; `[` and `]`
// step one refresh interval back and forth (from Live, `[` starts a replay one step back; stepping past
// now goes live again), `{` and `}` jump to the previous and next mark, and Jump to lists them all.
class LiveToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit LiveToolBar(QWidget *parent = nullptr);

    void setProfiles(const QStringList &names, const QString &current);
    void setStatuses(const SourceStatus &router, const SourceStatus &prometheus);
    void setPaused(bool paused);

    qint64 rangeSeconds() const;
    int refreshIntervalMs() const;
    // One of the offered intervals (1 s to 5 min); false, and nothing changes, for any other.
    bool setRefreshIntervalMs(int ms);
    QList<int> refreshIntervalsMs() const;
    bool isPaused() const;
    QAction *refreshAction() const { return m_refresh; }
    QAction *pauseAction() const { return m_pause; }
    StatusBadge *routerBadge() const { return m_routerBadge; }
    StatusBadge *prometheusBadge() const { return m_prometheusBadge; }
    // Selects a preset range by its index (Ctrl+Alt+1..5 in the window).
    void selectRange(int index);
    static QList<QPair<QString, qint64>> rangePresets();

    // Incident replay. An invalid moment is Live; replayMomentChanged() says every change.
    void setReplayMoment(const QDateTime &moment);
    QDateTime replayMoment() const { return m_replayMoment; }
    bool isReplaying() const { return m_replayMoment.isValid(); }
    void stepReplay(int direction); // one refresh interval back (< 0) or forward (> 0)
    void jumpToMark(int direction); // the previous (< 0) or next (> 0) mark
    void setReplayMarks(const QList<MomentSlider::Mark> &marks);
    MomentSlider *momentSlider() const { return m_slider; }
    QAction *liveAction() const { return m_liveAction; }
    QAction *replayAction() const { return m_replayAction; }
    QString momentText() const; // "At 03:06:27", or empty when live

Q_SIGNALS:
    void profileChosen(const QString &name);
    void rangeChanged(qint64 seconds);
    void refreshIntervalChanged(int ms);
    void pauseToggled(bool paused);
    void refreshRequested();
    void replayMomentChanged(const QDateTime &moment);

private:
    void chooseCustomRange();
    void createReplayControls();
    void updateReplaySpan();
    void showReplayState();
    void fillJumpMenu();

    QComboBox *m_profiles;
    QComboBox *m_range;
    QComboBox *m_interval;
    QAction *m_pause;
    QAction *m_refresh;
    StatusBadge *m_routerBadge;
    StatusBadge *m_prometheusBadge;
    qint64 m_customSeconds = 0;

    QActionGroup *m_timeMode = nullptr;
    QAction *m_liveAction = nullptr;
    QAction *m_replayAction = nullptr;
    MomentSlider *m_slider = nullptr;
    QToolButton *m_jumpButton = nullptr;
    QList<QAction *> m_replayOnly; // shown in At mode only
    QDateTime m_replayMoment;
};

} // namespace RouteDeck
