// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace RouteDeck {

// Router master keys kept in the desktop keyring (the Secret Service of GNOME Keyring or KeePassXC,
// KWallet, ...), through QtKeychain: one entry per connection profile, under the profile's name. The
// key is never written anywhere else: no plain-text fallback. Jobs run asynchronously over D-Bus;
// `done` is called on `context`'s thread, and not at all once `context` is gone.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::Keyring)

public:
    using ReadDone = std::function<void(const QString &key, const QString &error)>;
    using Done = std::function<void(const QString &error)>; // empty: it worked

    static void readRouterKey(const QString &profile, QObject *context, const ReadDone &done);
    static void storeRouterKey(const QString &profile, const QString &key, QObject *context, const Done &done);
    // Forgetting a key that is not there is not an error.
    static void forgetRouterKey(const QString &profile, QObject *context, const Done &done);
    // Moves the entry of `from` to `to` (a renamed or duplicated profile); `keepOld` leaves `from` too.
    static void copyRouterKey(const QString &from, const QString &to, bool keepOld, QObject *context, const Done &done);

    // For command-line tools: waits for the read in a local event loop, at most `timeoutMs`.
    static QString readRouterKeyNow(const QString &profile, QString *error, int timeoutMs = 15000);
};

} // namespace RouteDeck
