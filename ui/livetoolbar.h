// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QToolBar>

class QComboBox;

namespace RouteDeck {

class StatusBadge;

// The live console's controls: connection profile, time range, refresh interval, pause and refresh,
// and a freshness badge per data source.
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
    bool isPaused() const;
    QAction *refreshAction() const { return m_refresh; }
    QAction *pauseAction() const { return m_pause; }
    StatusBadge *routerBadge() const { return m_routerBadge; }
    StatusBadge *prometheusBadge() const { return m_prometheusBadge; }
    // Selects a preset range by its index (Ctrl+Alt+1..5 in the window).
    void selectRange(int index);
    // Selects the shortest preset range that shows `moment` with 5 minutes before it (a notification's
    // link: routedeck --at T); false when even the longest does not reach back that far.
    bool showMoment(const QDateTime &moment);
    static QList<QPair<QString, qint64>> rangePresets();

Q_SIGNALS:
    void profileChosen(const QString &name);
    void rangeChanged(qint64 seconds);
    void refreshIntervalChanged(int ms);
    void pauseToggled(bool paused);
    void refreshRequested();

private:
    void chooseCustomRange();

    QComboBox *m_profiles;
    QComboBox *m_range;
    QComboBox *m_interval;
    QAction *m_pause;
    QAction *m_refresh;
    StatusBadge *m_routerBadge;
    StatusBadge *m_prometheusBadge;
    qint64 m_customSeconds = 0;
};

} // namespace RouteDeck
