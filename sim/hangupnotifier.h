// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace RouteDeck {

// Turns SIGHUP into a Qt signal on the event loop (the self-pipe pattern: the handler only writes a
// byte). routedeck-sim reloads its config on it, as `systemctl reload` or `kill -HUP` would ask a daemon.
// One per process.
class HangupNotifier : public QObject
{
    Q_OBJECT

public:
    explicit HangupNotifier(QObject *parent = nullptr);
    ~HangupNotifier() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void hangup();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace RouteDeck
