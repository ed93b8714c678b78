// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "snapshot.h"

#include <QObject>
#include <QTimer>

#include <random>

namespace RouteDeck {

// When one data source refreshes. Never two refreshes in flight: a new one (timer or "refresh now")
// supersedes the one still running, whose answer is then ignored. While the source fails, retries back
// off exponentially with jitter; the last good time and the failure are kept as a SourceStatus.
class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinIntervalMs = 1000;
    static constexpr int kMaxIntervalMs = 5 * 60 * 1000;

    explicit RefreshScheduler(QObject *parent = nullptr);

    void setInterval(int ms); // clamped to [1 s, 5 min]
    int interval() const { return m_intervalMs; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void start(); // first refresh at once
    void stop();
    void refreshNow();

    // The source reports how refresh `generation` ended; stale generations are ignored.
    void finish(quint64 generation, bool ok, const QString &error = QString(), const QString &detail = QString());
    bool isCurrent(quint64 generation) const { return m_inFlight && generation == m_generation; }
    bool inFlight() const { return m_inFlight; }
    int consecutiveFailures() const { return m_failures; }
    const SourceStatus &status() const { return m_status; }
    int nextDelayMs() const;

Q_SIGNALS:
    // Start refresh `generation`; if `superseded` is non-zero, that older refresh is to be abandoned.
    void refreshRequested(quint64 generation, quint64 superseded);
    void statusChanged(const RouteDeck::SourceStatus &status);

private:
    void begin();
    void scheduleNext();

    QTimer m_timer;
    Backoff m_backoff;
    std::mt19937 m_random { std::random_device {}() };
    int m_intervalMs = 5000;
    int m_failures = 0;
    bool m_paused = false;
    bool m_running = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    SourceStatus m_status;
};

} // namespace RouteDeck
