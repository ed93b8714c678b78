// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshscheduler.h"

#include <algorithm>

namespace RouteDeck {

RefreshScheduler::RefreshScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::begin);
    m_backoff.baseMs = m_intervalMs;
}

void RefreshScheduler::setInterval(int ms)
{
    m_intervalMs = std::clamp(ms, kMinIntervalMs, kMaxIntervalMs);
    m_backoff.baseMs = m_intervalMs;
    m_backoff.maxMs = std::max(m_intervalMs, 60000);
    if (m_running && !m_paused && !m_inFlight)
        scheduleNext();
}

void RefreshScheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else if (m_running && !m_inFlight)
        begin();
}

void RefreshScheduler::start()
{
    m_running = true;
    if (!m_paused)
        begin();
}

void RefreshScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_inFlight = false;
}

void RefreshScheduler::refreshNow()
{
    begin();
}

void RefreshScheduler::begin()
{
    m_timer.stop();
    const quint64 superseded = m_inFlight ? m_generation : 0;
    m_inFlight = true;
    ++m_generation;
    Q_EMIT refreshRequested(m_generation, superseded);
}

int RefreshScheduler::nextDelayMs() const
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto random = m_random;
    return m_backoff.delayMs(m_failures, unit(random));
}

void RefreshScheduler::scheduleNext()
{
    if (!m_running || m_paused)
        return;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    m_timer.start(m_failures == 0 ? m_intervalMs : m_backoff.delayMs(m_failures, unit(m_random)));
}

void RefreshScheduler::finish(quint64 generation, bool ok, const QString &error, const QString &detail)
{
    if (!isCurrent(generation))
        return;
    m_inFlight = false;
    const SourceStatus before = m_status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ok) {
        m_failures = 0;
        m_status.state = SourceStatus::State::Live;
        m_status.lastGood = now;
        m_status.failingSince = QDateTime();
        m_status.error.clear();
    } else {
        ++m_failures;
        if (m_failures == 1)
            m_status.failingSince = now;
        m_status.state = m_status.lastGood.isValid() ? SourceStatus::State::Stale : SourceStatus::State::Unreachable;
        m_status.error = error;
    }
    if (!detail.isEmpty())
        m_status.detail = detail;
    if (!(before == m_status))
        Q_EMIT statusChanged(m_status);
    scheduleNext();
}

} // namespace RouteDeck
