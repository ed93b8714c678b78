// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"

#include <QObject>

class QTimer;

namespace RouteDeck {

// One push at a time per target among one user's RouteDeck processes on this computer (the console,
// routedeckctl):
// an exclusive flock() on a lock file named after the target, held from the first read of the target to
// the push's outcome. The router's admin API has no compare-and-set, so two processes that interleave
// their re-reads and PATCHes could each verify their own change and lose the other's; with the lock they
// take turns, and the second finds the first's weights in its re-read (a conflict, not a loss).
// Other computers, and other users of this one, cannot take this lock; for them the per-write re-reads
// are the check (PushService). `location` is normalised by the caller (PushService::lockLocation).
//
// The lock is tried without blocking, every few milliseconds, from the event loop: the GUI never waits
// in flock(). The file says who holds it, for the message of whoever waits too long.
class PushLock : public QObject
{
    Q_OBJECT

public:
    // `directory` empty: defaultDirectory(), /run/user/<uid>/routedeck or else /tmp/routedeck-<uid>.
    PushLock(const QString &directory, PushTargetKind target, const QString &location, QObject *parent = nullptr);
    ~PushLock() override; // releases it

    QString path() const { return m_path; }
    bool isHeld() const { return m_fd >= 0 && m_held; }

    // Tries until it holds the lock (acquired()) or `timeoutMs` passes (failed(why)). `holder` goes into the
    // file: "routedeck pid 4711, profile prod".
    void acquire(int timeoutMs, const QString &holder);
    void release();
    // A second handle on the held lock (-1 when not held), for work that must finish under it on another
    // thread: the lock lasts until release() and every such handle are closed (flock follows the open file).
    int duplicateHandle() const;

    static QString defaultDirectory();
    static QString fileNameFor(PushTargetKind target, const QString &location);

Q_SIGNALS:
    void waiting(const QString &holder); // once, when the first try finds the lock taken
    void acquired();
    void failed(const QString &reason);

private:
    bool tryOnce();
    QString currentHolder() const;

    QString m_path;
    QString m_holder;
    int m_fd = -1;
    bool m_held = false;
    bool m_toldWaiting = false;
    qint64 m_deadline = 0; // QDateTime ms since epoch
    QTimer *m_retry;
};

} // namespace RouteDeck
