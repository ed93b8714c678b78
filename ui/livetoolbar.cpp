// SPDX-License-Identifier: GPL-3.0-or-later
#include "livetoolbar.h"

#include "statusbadge.h"

#include <QComboBox>
#include <QDateTime>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>

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
    addWidget(m_routerBadge);
    addWidget(m_prometheusBadge);
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

void LiveToolBar::selectRange(int index)
{
    if (index < 0 || index >= kCustomRangeIndex)
        return;
    m_range->setCurrentIndex(index);
    Q_EMIT rangeChanged(rangeSeconds());
}

bool LiveToolBar::showMoment(const QDateTime &moment)
{
    const qint64 needed = moment.secsTo(QDateTime::currentDateTimeUtc()) + 5 * 60;
    const QList<QPair<QString, qint64>> presets = rangePresets();
    for (int i = 0; i < presets.size() && i < kCustomRangeIndex; ++i) {
        if (presets.at(i).second >= needed) {
            selectRange(i);
            return true;
        }
    }
    selectRange(int(std::min<qsizetype>(presets.size(), kCustomRangeIndex)) - 1);
    return false;
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
