// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "dataplane.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace RouteDeck {

class ConnectDialog;
class ConnectionTester;
class MainWindow;
class ProfilesDialog;

// The connection profiles and everything done to them from the GUI: Connect… (a profile filled in,
// tested and saved), Connection Profiles… (connect, edit, duplicate, delete), and saves of edited
// alert limits. profiles.yaml is edited in place, one save at a time, off the GUI thread. A master
// key typed in the Connect dialog stays in this object's memory for the session; it is written nowhere,
// unless the user asks for it to be kept in the desktop keyring (Keyring), which then follows the
// profile's renames, duplicates and deletion.
class ConnectionSetup : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionSetup(MainWindow *window, QObject *parent = nullptr);
    ~ConnectionSetup() override;

    // Where profiles are read and saved (ProfileStore::defaultPath() unless a test says otherwise).
    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    void setProfiles(const QList<ConnectionProfile> &profiles);
    const QList<ConnectionProfile> &profiles() const { return m_profiles; }

    void openConnectDialog(const QString &profileName); // empty: a new profile
    void openProfilesDialog(const QString &current);
    ConnectDialog *connectDialog() const; // while open

    // The data plane settings of a profile: secrets from its environment variables, or the key typed
    // for this session.
    DataPlane::Settings settingsFor(const ConnectionProfile &profile, Problems *problems) const;
    // The same, once a key kept in the desktop keyring is read (at once when it was read before or the
    // profile keeps none there). A keyring that fails gives settings without the key, and a problem.
    using SettingsReady = std::function<void(const DataPlane::Settings &settings, const Problems &problems)>;
    void resolveSettings(const ConnectionProfile &profile, const SettingsReady &ready);
    // Replaces the profile called `oldName` (or adds it) in memory now and in the file soon.
    void saveProfile(const QString &oldName, const ConnectionProfile &profile);
    void deleteProfile(const QString &name);
    void waitForSaves(); // tests: until the file holds every save

Q_SIGNALS:
    void profilesChanged(const QList<RouteDeck::ConnectionProfile> &profiles);
    void connectRequested(const QString &name);
    void profileRenamed(const QString &oldName, const QString &newName);
    void message(const QString &text);

private:
    void runTest(const ConnectionProfile &profile, const QString &sessionKey, const QString &storedUnder);
    void startTest(const ConnectionProfile &profile, const QString &key, const QString &keySource, const QString &keyProblem);
    void finishConnectDialog(int outcome, const QString &oldName);
    void updateKeyring(const QString &oldName, bool wasInKeyring, const ConnectionProfile &profile, const QString &typed,
                       const std::function<void()> &keyKnown);
    void rememberForSession(const QString &profileName, const QString &key);
    void reportKeyringFailure(const QString &error);
    QString keyIfAllowed(const ConnectionProfile &profile, const QString &key, Problems *problems) const;
    void duplicate(const QString &name);
    void saveInBackground(const std::function<QString(QString *note)> &save);
    QStringList namesExcept(const QString &name) const;

    MainWindow *m_window;
    QString m_path;
    QList<ConnectionProfile> m_profiles;
    QHash<QString, QString> m_sessionKeys; // profile name -> master key typed, or read from the keyring, this session
    QThreadPool m_saves; // one thread: saves land in the order they were made
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<ProfilesDialog> m_profilesDialog;
    ConnectionTester *m_tester;
};

} // namespace RouteDeck
