// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsetup.h"

#include "connectdialog.h"
#include "connectiontester.h"
#include "keyring.h"
#include "mainwindow.h"
#include "profilesdialog.h"
#include "profilestore.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>

namespace RouteDeck {

ConnectionSetup::ConnectionSetup(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(ProfileStore::defaultPath())
    , m_tester(new ConnectionTester(this))
{
    m_saves.setMaxThreadCount(1);
    connect(m_tester, &ConnectionTester::checkUpdated, this, [this](const ConnectionCheck &check) {
        if (m_connectDialog)
            m_connectDialog->showCheck(check);
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool allPassed, double scrapeInterval) {
        if (m_connectDialog)
            m_connectDialog->showTestFinished(allPassed, scrapeInterval);
    });
}

ConnectionSetup::~ConnectionSetup()
{
    m_saves.waitForDone(); // a save in progress finishes: the file is never left half-written
}

void ConnectionSetup::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_profiles = profiles;
    QStringList names;
    for (const ConnectionProfile &p : profiles)
        names.append(p.name);
    if (m_profilesDialog)
        m_profilesDialog->setProfiles(names, m_profilesDialog->selectedName());
    Q_EMIT profilesChanged(m_profiles);
}

QStringList ConnectionSetup::namesExcept(const QString &name) const
{
    QStringList names;
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name != name)
            names.append(p.name);
    }
    return names;
}

void ConnectionSetup::openConnectDialog(const QString &profileName)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    ConnectionProfile profile;
    if (const ConnectionProfile *existing = ConnectionProfiles::find(m_profiles, profileName))
        profile = *existing;
    else
        profile.prometheusUrl = QString(); // a new profile starts empty: no guessed URLs
    auto *dialog = new ConnectDialog(profile, namesExcept(profile.name), m_window);
    dialog->setSessionKey(m_sessionKeys.value(profile.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal); // the Profiles dialog too waits for it
    m_connectDialog = dialog;
    const QString oldName = profile.name;
    connect(dialog, &ConnectDialog::testRequested, this,
            [this, oldName](const ConnectionProfile &tested, const QString &sessionKey) { runTest(tested, sessionKey, oldName); });
    connect(dialog, &QDialog::finished, this, [this, oldName](int outcome) {
        m_tester->cancel();
        finishConnectDialog(outcome, oldName);
    });
    dialog->open();
}

ConnectDialog *ConnectionSetup::connectDialog() const
{
    return m_connectDialog;
}

void ConnectionSetup::openProfilesDialog(const QString &current)
{
    if (!m_profilesDialog) {
        auto *dialog = new ProfilesDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_profilesDialog = dialog;
        connect(dialog, &ProfilesDialog::newRequested, this, [this] { openConnectDialog(QString()); });
        connect(dialog, &ProfilesDialog::editRequested, this, &ConnectionSetup::openConnectDialog);
        connect(dialog, &ProfilesDialog::duplicateRequested, this, &ConnectionSetup::duplicate);
        connect(dialog, &ProfilesDialog::deleteRequested, this, &ConnectionSetup::deleteProfile);
        connect(dialog, &ProfilesDialog::connectRequested, this, &ConnectionSetup::connectRequested);
    }
    QStringList names;
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        names.append(p.name);
    m_profilesDialog->setProfiles(names, current);
    m_profilesDialog->show();
    m_profilesDialog->raise();
}

DataPlane::Settings ConnectionSetup::settingsFor(const ConnectionProfile &profile, Problems *problems) const
{
    ConnectionProfile withoutTypedKey = profile;
    const QString typed = m_sessionKeys.value(profile.name);
    if (!typed.isEmpty())
        withoutTypedKey.routerKeyEnv.clear(); // no warning about a variable the profile does not use
    DataPlane::Settings settings = ProfileStore::settingsFor(withoutTypedKey, problems);
    if (!typed.isEmpty())
        settings.router.masterKey = keyIfAllowed(profile, typed, problems);
    return settings;
}

// `key` when it may go to the profile's router (ConnectionProfiles::mayReceiveRouterKey), else nothing
// and the problem that says why (once: a keyring profile has it from ProfileStore already).
QString ConnectionSetup::keyIfAllowed(const ConnectionProfile &profile, const QString &key, Problems *problems) const
{
    if (ConnectionProfiles::mayReceiveRouterKey(profile))
        return key;
    if (problems && !profile.routerKeyInKeyring) {
        ConnectionProfile sending = profile;
        sending.routerKeyInKeyring = true; // the typed key is sent like a stored one
        problems->append(ConnectionProfiles::insecureProblems(sending, { m_path, 0, 0 }));
    }
    return {};
}

void ConnectionSetup::resolveSettings(const ConnectionProfile &profile, const SettingsReady &ready)
{
    if (!profile.routerKeyInKeyring || m_sessionKeys.contains(profile.name)) {
        Problems problems;
        const DataPlane::Settings settings = settingsFor(profile, &problems);
        ready(settings, problems);
        return;
    }
    Keyring::readRouterKey(profile.name, this, [this, profile, ready](const QString &key, const QString &error) {
        rememberForSession(profile.name, key);
        Problems problems;
        if (!error.isEmpty())
            problems.append(Problem::error({ m_path, 0, 0 }, tr("Connected without the master key: %1. Edit the profile to type "
                                                                "the key again.")
                                                                 .arg(error)));
        const DataPlane::Settings settings = settingsFor(profile, &problems);
        ready(settings, problems);
    });
}

void ConnectionSetup::runTest(const ConnectionProfile &profile, const QString &sessionKey, const QString &storedUnder)
{
    if (!sessionKey.isEmpty()) {
        startTest(profile, sessionKey, tr("the key you typed"), QString());
        return;
    }
    if (!profile.routerKeyInKeyring) {
        startTest(profile, QString(), QString(), QString());
        return;
    }
    // The field was left empty: the key kept in the keyring (under the name the profile had) stays.
    const QString source = tr("the key in the desktop keyring");
    if (m_sessionKeys.contains(storedUnder)) {
        startTest(profile, m_sessionKeys.value(storedUnder), source, QString());
        return;
    }
    const QPointer<ConnectDialog> dialog = m_connectDialog;
    Keyring::readRouterKey(storedUnder, this, [this, dialog, profile, source](const QString &key, const QString &error) {
        if (dialog && dialog == m_connectDialog) // not a later dialog's test
            startTest(profile, key, key.isEmpty() ? QString() : source, error);
    });
}

void ConnectionSetup::startTest(const ConnectionProfile &profile, const QString &key, const QString &keySource, const QString &keyProblem)
{
    Problems problems;
    // The dialog's profile has no key variable when a key is typed: nothing else is read for it.
    DataPlane::Settings settings = ProfileStore::settingsFor(profile, &problems);
    QString source = keySource;
    if (!key.isEmpty())
        settings.router.masterKey = keyIfAllowed(profile, key, &problems);
    else if (!profile.routerKeyEnv.isEmpty() && !settings.router.masterKey.isEmpty())
        source = tr("the key in %1").arg(profile.routerKeyEnv);
    QStringList notes;
    if (!keyProblem.isEmpty())
        notes.append(keyProblem);
    for (const Problem &problem : std::as_const(problems))
        notes.append(problem.message);
    if (m_connectDialog && !notes.isEmpty())
        m_connectDialog->messageLabel()->setText(notes.join(QLatin1Char('\n')));
    m_tester->start(settings, source);
}

void ConnectionSetup::finishConnectDialog(int outcome, const QString &oldName)
{
    ConnectDialog *dialog = m_connectDialog;
    if (!dialog || (outcome != ConnectDialog::Saved && outcome != ConnectDialog::SavedAndConnect))
        return;
    const ConnectionProfile profile = dialog->profile();
    const ConnectionProfile *before = ConnectionProfiles::find(m_profiles, oldName);
    const bool wasInKeyring = before && before->routerKeyInKeyring;
    const QString typed = dialog->sessionKey();
    // A key kept in the keyring and read this session goes along with a rename.
    const QString key = typed.isEmpty() && profile.routerKeyInKeyring ? m_sessionKeys.value(oldName) : typed;
    m_sessionKeys.remove(oldName);
    if (!key.isEmpty())
        m_sessionKeys.insert(profile.name, key);
    saveProfile(oldName, profile);
    const QString name = profile.name;
    updateKeyring(oldName, wasInKeyring, profile, typed, [this, outcome, name] {
        if (outcome == ConnectDialog::SavedAndConnect)
            Q_EMIT connectRequested(name);
    });
}

// The keyring follows the saved profile: a newly typed key is stored, a renamed profile's key moves, and a
// profile that no longer keeps its key there has it removed. `keyKnown` runs once this session has the
// key in memory (at once, unless a moved key must be read first), so that a connection need not wait for
// the keyring's writes, nor read a new name before the key is stored under it.
void ConnectionSetup::updateKeyring(const QString &oldName, bool wasInKeyring, const ConnectionProfile &profile, const QString &typed,
                                    const std::function<void()> &keyKnown)
{
    const bool renamed = !oldName.isEmpty() && oldName != profile.name;
    const Keyring::Done report = [this](const QString &error) { reportKeyringFailure(error); };
    const Keyring::Done forgetOld = [this, oldName, report](const QString &error) {
        if (error.isEmpty())
            Keyring::forgetRouterKey(oldName, this, report);
        else
            reportKeyringFailure(error);
    };
    if (profile.routerKeyInKeyring && !typed.isEmpty()) {
        Keyring::storeRouterKey(profile.name, typed, this, renamed && wasInKeyring ? forgetOld : report);
    } else if (profile.routerKeyInKeyring && renamed && wasInKeyring) {
        const QString name = profile.name;
        const auto move = [this, name, forgetOld](const QString &key) { Keyring::storeRouterKey(name, key, this, forgetOld); };
        if (m_sessionKeys.contains(name)) {
            move(m_sessionKeys.value(name));
        } else {
            Keyring::readRouterKey(oldName, this, [this, name, move, keyKnown](const QString &key, const QString &error) {
                rememberForSession(name, key);
                if (error.isEmpty())
                    move(key);
                else
                    reportKeyringFailure(error);
                keyKnown();
            });
            return;
        }
    } else if (!profile.routerKeyInKeyring && wasInKeyring) {
        Keyring::forgetRouterKey(oldName, this, report);
    }
    keyKnown();
}

void ConnectionSetup::rememberForSession(const QString &profileName, const QString &key)
{
    // Only while the profile still keeps its key in the keyring: it may have been renamed, deleted or
    // given an environment variable while the keyring answered.
    const ConnectionProfile *profile = ConnectionProfiles::find(m_profiles, profileName);
    if (!key.isEmpty() && profile && profile->routerKeyInKeyring && !m_sessionKeys.contains(profileName))
        m_sessionKeys.insert(profileName, key);
}

void ConnectionSetup::reportKeyringFailure(const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT message(tr("The desktop keyring was not updated: %1. A key typed now is kept until RouteDeck quits.").arg(error));
}

void ConnectionSetup::duplicate(const QString &name)
{
    const ConnectionProfile *original = ConnectionProfiles::find(m_profiles, name);
    if (!original)
        return;
    ConnectionProfile copy = *original;
    int n = 2;
    do
        copy.name = tr("%1 (copy %2)").arg(name).arg(n++);
    while (ConnectionProfiles::find(m_profiles, copy.name));
    if (m_sessionKeys.contains(name))
        m_sessionKeys.insert(copy.name, m_sessionKeys.value(name));
    if (copy.routerKeyInKeyring)
        Keyring::copyRouterKey(name, copy.name, true, this, [this](const QString &error) { reportKeyringFailure(error); });
    saveProfile(QString(), copy);
    openConnectDialog(copy.name);
}

void ConnectionSetup::saveProfile(const QString &oldName, const ConnectionProfile &profile)
{
    QList<ConnectionProfile> profiles = m_profiles;
    auto it = std::find_if(profiles.begin(), profiles.end(), [&oldName](const ConnectionProfile &p) {
        return !oldName.isEmpty() && p.name == oldName;
    });
    if (it != profiles.end())
        *it = profile;
    else
        profiles.append(profile);
    setProfiles(profiles);
    if (!oldName.isEmpty() && oldName != profile.name)
        Q_EMIT profileRenamed(oldName, profile.name);
    const QString path = m_path;
    saveInBackground([path, oldName, profile](QString *note) { return ProfileStore::saveProfile(path, oldName, profile, note); });
}

void ConnectionSetup::deleteProfile(const QString &name)
{
    const ConnectionProfile *deleted = ConnectionProfiles::find(m_profiles, name);
    if (deleted && deleted->routerKeyInKeyring)
        Keyring::forgetRouterKey(name, this, [this](const QString &error) { reportKeyringFailure(error); });
    QList<ConnectionProfile> profiles = m_profiles;
    profiles.removeIf([&name](const ConnectionProfile &p) { return p.name == name; });
    m_sessionKeys.remove(name);
    setProfiles(profiles);
    const QString path = m_path;
    saveInBackground([path, name](QString *) { return ProfileStore::removeProfile(path, name); });
}

void ConnectionSetup::saveInBackground(const std::function<QString(QString *note)> &save)
{
    struct Outcome
    {
        QString error;
        QString note;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty())
            Q_EMIT message(tr("The profile applies to this session; it could not be saved: %1").arg(outcome.error));
        else if (!outcome.note.isEmpty())
            Q_EMIT message(outcome.note);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_saves, [save] {
        Outcome outcome;
        outcome.error = save(&outcome.note);
        return outcome;
    }));
}

void ConnectionSetup::waitForSaves()
{
    m_saves.waitForDone();
}

} // namespace RouteDeck
