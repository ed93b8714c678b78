// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsetup.h"

#include "connectdialog.h"
#include "connectiontester.h"
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
    connect(dialog, &ConnectDialog::testRequested, this, &ConnectionSetup::runTest);
    const QString oldName = profile.name;
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
        settings.router.masterKey = typed;
    return settings;
}

void ConnectionSetup::runTest(const ConnectionProfile &profile, const QString &sessionKey)
{
    Problems problems;
    // The dialog's profile has no key variable when a key is typed: nothing else is read for it.
    DataPlane::Settings settings = ProfileStore::settingsFor(profile, &problems);
    if (!sessionKey.isEmpty())
        settings.router.masterKey = sessionKey;
    QString keySource;
    if (!sessionKey.isEmpty())
        keySource = tr("the key you typed");
    else if (!profile.routerKeyEnv.isEmpty())
        keySource = settings.router.masterKey.isEmpty() ? QString() : tr("the key in %1").arg(profile.routerKeyEnv);
    QStringList notes;
    for (const Problem &problem : std::as_const(problems))
        notes.append(problem.message);
    if (m_connectDialog && !notes.isEmpty())
        m_connectDialog->messageLabel()->setText(notes.join(QLatin1Char('\n')));
    m_tester->start(settings, keySource);
}

void ConnectionSetup::finishConnectDialog(int outcome, const QString &oldName)
{
    ConnectDialog *dialog = m_connectDialog;
    if (!dialog || (outcome != ConnectDialog::Saved && outcome != ConnectDialog::SavedAndConnect))
        return;
    const ConnectionProfile profile = dialog->profile();
    m_sessionKeys.remove(oldName);
    if (!dialog->sessionKey().isEmpty())
        m_sessionKeys.insert(profile.name, dialog->sessionKey());
    saveProfile(oldName, profile);
    if (outcome == ConnectDialog::SavedAndConnect)
        Q_EMIT connectRequested(profile.name);
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
