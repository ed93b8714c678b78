// SPDX-License-Identifier: GPL-3.0-or-later
// A master key typed in the Connect dialog and kept in the desktop keyring on request (issue 14): it is
// stored there and in no file, read again by the next console and by routedeckctl, moved with a rename,
// removed with the profile, and a keyring that cannot be reached is named without a hang. Runs under
// tests/support/with-keyring (a D-Bus session and GNOME Keyring of its own in a temporary home) against a
// real routedeck-sim on a free loopback port.
#include "connectdialog.h"
#include "connectionsetup.h"
#include "consolecontroller.h"
#include "dataplanelivechecks.h"
#include "keyring.h"
#include "mainwindow.h"
#include "profilesdialog.h"
#include "profilestore.h"
#include "support/prometheusprocess.h"
#include "support/toolrun.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

using namespace RouteDeck;
using namespace RouteDeck::Test;

namespace {

const QString kKey = QString::fromLatin1(SimProcess::kDemoMasterKey);

struct KeyringRead
{
    bool done = false;
    QString key;
    QString error;
};

// What the keyring holds for `profile` now (the read is asynchronous; this waits for it).
KeyringRead readKey(const QString &profile)
{
    QObject context;
    KeyringRead read;
    Keyring::readRouterKey(profile, &context, [&read](const QString &key, const QString &error) {
        read = { true, key, error };
    });
    if (!QTest::qWaitFor([&read] { return read.done; }, 10000))
        read.error = QStringLiteral("no answer from the keyring within 10 s");
    return read;
}

// The keyring answered, and holds nothing for `profile` (not merely failed to answer).
bool holdsNoKey(const QString &profile)
{
    const KeyringRead read = readKey(profile);
    return read.key.isEmpty() && read.error.contains(QLatin1String("holds no master key"));
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

Test::ToolRun routedeckctlStatus(const QString &profile, const QStringList &unset)
{
    Test::ToolEnvironment environment;
    environment.unset = unset + QStringList { QStringLiteral("LITELLM_MASTER_KEY") };
    return Test::runTool(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"),
                         { QStringLiteral("status"), QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                           QStringLiteral("--timeout"), QStringLiteral("5") },
                         environment, 60000);
}

QJsonObject routerOf(const Test::ToolRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("router")).toObject();
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_profilesPath;
    QString m_nothing; // a Prometheus URL where nothing listens: these tests are about the router's key

    // A console as a new start has it: the profiles file read, nothing typed yet.
    struct Console
    {
        MainWindow window;
        ConsoleController controller { &window };
    };
    void load(Console &console) const
    {
        console.controller.setup()->setPath(m_profilesPath);
        Problems problems;
        console.controller.setProfiles(ProfileStore::load(m_profilesPath, &problems));
        QVERIFY(problems.isEmpty());
    }
    static bool routerLive(const Console &console)
    {
        return console.window.isLive() && console.window.lastSnapshot().router.state == SourceStatus::State::Live;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never the user's own keyring or profiles: with-keyring makes a temporary home.
        QVERIFY2(QDir::homePath().contains(QLatin1String("routedeck-keyring.")),
                 "run under tests/support/with-keyring (ctest does)");
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(Live::writeConfig(m_dir.path())), qPrintable(m_sim.errorString()));
        m_profilesPath = ProfileStore::defaultPath(); // the one routedeckctl --profile reads too
        QVERIFY(m_profilesPath.startsWith(QDir::homePath()));
        m_nothing = QStringLiteral("http://127.0.0.1:%1").arg(ScrapingServerProcess::freePort());
    }

    void storeReadAndForget()
    {
        QObject context;
        QString stored = QStringLiteral("pending");
        Keyring::storeRouterKey(QStringLiteral("plain"), QStringLiteral("sk-plain-1"), &context,
                                [&stored](const QString &error) { stored = error; });
        QTRY_VERIFY_WITH_TIMEOUT(stored != QLatin1String("pending"), 10000);
        QVERIFY2(stored.isEmpty(), qPrintable(stored));
        QCOMPARE(readKey(QStringLiteral("plain")).key, QStringLiteral("sk-plain-1"));

        QString forgotten = QStringLiteral("pending");
        Keyring::forgetRouterKey(QStringLiteral("plain"), &context, [&forgotten](const QString &error) { forgotten = error; });
        QTRY_VERIFY_WITH_TIMEOUT(forgotten != QLatin1String("pending"), 10000);
        QVERIFY2(forgotten.isEmpty(), qPrintable(forgotten));
        const KeyringRead gone = readKey(QStringLiteral("plain"));
        QVERIFY(gone.key.isEmpty());
        QVERIFY2(gone.error.contains(QLatin1String("holds no master key for profile 'plain'")), qPrintable(gone.error));

        // Forgetting what is not there is not an error: deleting a profile twice is quiet.
        forgotten = QStringLiteral("pending");
        Keyring::forgetRouterKey(QStringLiteral("plain"), &context, [&forgotten](const QString &error) { forgotten = error; });
        QTRY_VERIFY_WITH_TIMEOUT(forgotten != QLatin1String("pending"), 10000);
        QVERIFY2(forgotten.isEmpty(), qPrintable(forgotten));
    }

    void typedKeyIsRememberedForTheNextStart()
    {
        {
            Console first;
            load(first);
            first.controller.setup()->openConnectDialog(QString());
            ConnectDialog *dialog = first.controller.setup()->connectDialog();
            QVERIFY(dialog);
            dialog->nameEdit()->setText(QStringLiteral("kept"));
            dialog->routerUrlEdit()->setText(m_sim.baseUrl().toString());
            dialog->prometheusUrlEdit()->setText(m_nothing);
            dialog->keyTypedButton()->setChecked(true);
            QVERIFY(dialog->rememberKeyCheck()->isEnabled());
            dialog->sessionKeyEdit()->setText(kKey);
            dialog->rememberKeyCheck()->setChecked(true);
            QVERIFY2(dialog->formError().isEmpty(), qPrintable(dialog->formError()));
            QPushButton *saveAndConnect = button(dialog, ConnectDialog::tr("Save and &Connect"));
            QVERIFY(saveAndConnect);
            saveAndConnect->click();
            QTRY_VERIFY_WITH_TIMEOUT(routerLive(first), 20000);
            first.controller.setup()->waitForSaves();
            QTRY_COMPARE_WITH_TIMEOUT(readKey(QStringLiteral("kept")).key, kKey, 10000);
        }
        QFile saved(m_profilesPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(text.contains("    router_key_keyring: true\n"), text.constData());
        QVERIFY(!text.contains("router_key_env"));

        // The key is in no file in plain text: not the profiles, not QSettings, not the keyring's own file
        // (GNOME Keyring encrypts it with the login password).
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++looked;
            QVERIFY2(!file.read(16 * 1024 * 1024).contains(SimProcess::kDemoMasterKey), qPrintable(file.fileName()));
        }
        QVERIFY(looked >= 2); // at least the profiles and the keyring

        // A new start: nothing typed, the key comes from the keyring.
        Console second;
        load(second);
        QVERIFY(second.controller.connectProfile(QStringLiteral("kept")));
        QTRY_VERIFY_WITH_TIMEOUT(routerLive(second), 20000);

        // routedeckctl --profile reads it too.
        const Test::ToolRun ctl = routedeckctlStatus(QStringLiteral("kept"), {});
        QVERIFY2(!ctl.err.contains(QLatin1String("keyring")), qPrintable(ctl.err));
        QCOMPARE(routerOf(ctl).value(QStringLiteral("state")).toString(), QStringLiteral("live"));
    }

    void unreachableKeyringIsNamedNotWaitedFor()
    {
        // No session bus and no display: QtKeychain cannot reach any keyring.
        QElapsedTimer clock;
        clock.start();
        const Test::ToolRun ctl = routedeckctlStatus(QStringLiteral("kept"), { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                                                               QStringLiteral("DISPLAY"),
                                                                               QStringLiteral("WAYLAND_DISPLAY") });
        qInfo("routedeckctl status without a keyring ended in %lld ms", clock.elapsed());
        QVERIFY2(ctl.err.contains(QLatin1String("profile 'kept' keeps its master key in the desktop keyring, which could "
                                                "not be read")),
                 qPrintable(ctl.err));
        const QJsonObject router = routerOf(ctl);
        QVERIFY2(router.value(QStringLiteral("state")).toString() != QLatin1String("live"), qPrintable(ctl.out));
        QVERIFY2(router.value(QStringLiteral("error")).toString().contains(QLatin1String("RouteDeck sent no master key")),
                 qPrintable(ctl.out));
        // Within the status timeout of 5 s, not routedeckctl's 15 s wait for a keyring that does not answer.
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY2(!ctl.err.contains(QLatin1String("did not answer")), qPrintable(ctl.err));
    }

    void renameAndConnectCarriesTheKey()
    {
        // A new start (nothing read from the keyring yet): rename, keep the key field empty, Save and Connect.
        Console console;
        load(console);
        console.controller.setup()->openConnectDialog(QStringLiteral("kept"));
        ConnectDialog *dialog = console.controller.setup()->connectDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->keyTypedButton()->isChecked());
        QVERIFY(dialog->rememberKeyCheck()->isChecked());
        QVERIFY(dialog->sessionKeyEdit()->text().isEmpty());
        QVERIFY2(dialog->sessionKeyEdit()->placeholderText().contains(QLatin1String("kept in the desktop keyring")),
                 qPrintable(dialog->sessionKeyEdit()->placeholderText()));
        QVERIFY2(dialog->formError().isEmpty(), qPrintable(dialog->formError()));
        dialog->nameEdit()->setText(QStringLiteral("renamed"));
        QPushButton *saveAndConnect = button(dialog, ConnectDialog::tr("Save and &Connect"));
        QVERIFY(saveAndConnect);
        saveAndConnect->click();
        QTRY_VERIFY_WITH_TIMEOUT(routerLive(console), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(readKey(QStringLiteral("renamed")).key, kKey, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(holdsNoKey(QStringLiteral("kept")), 10000);
        console.controller.setup()->waitForSaves();
    }

    void testConnectionUsesTheStoredKey()
    {
        Console console;
        load(console);
        console.controller.setup()->openConnectDialog(QStringLiteral("renamed"));
        ConnectDialog *dialog = console.controller.setup()->connectDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->sessionKeyEdit()->text().isEmpty());
        dialog->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testButton()->isEnabled()
                                     && dialog->checkList()->topLevelItemCount() == ConnectionCheck::kStepCount,
                                 30000);
        const QTreeWidgetItem *keyCheck = dialog->checkList()->topLevelItem(int(ConnectionCheck::Step::KeyAccepted));
        QCOMPARE(ConnectionCheck::State(keyCheck->data(0, Qt::UserRole).toInt()), ConnectionCheck::State::Passed);
        QVERIFY2(keyCheck->toolTip(1).contains(QLatin1String("the key in the desktop keyring")), qPrintable(keyCheck->toolTip(1)));
        dialog->reject();
    }

    void duplicateCopiesAndAnEnvironmentVariableRemoves()
    {
        Console console;
        load(console);
        console.controller.setup()->openProfilesDialog(QStringLiteral("renamed"));
        auto *profiles = console.window.findChild<ProfilesDialog *>();
        QVERIFY(profiles);
        Q_EMIT profiles->duplicateRequested(QStringLiteral("renamed")); // opens the copy in the Connect dialog
        ConnectDialog *dialog = console.controller.setup()->connectDialog();
        QVERIFY(dialog);
        const QString copy = dialog->nameEdit()->text();
        QVERIFY(copy.startsWith(QLatin1String("renamed (copy")));
        QTRY_COMPARE_WITH_TIMEOUT(readKey(copy).key, kKey, 10000);
        QCOMPARE(readKey(QStringLiteral("renamed")).key, kKey); // the original keeps its own

        // The copy takes its key from an environment variable instead: its keyring entry goes.
        dialog->keyFromEnvButton()->setChecked(true);
        QVERIFY(!dialog->rememberKeyCheck()->isEnabled());
        dialog->keyEnvEdit()->setText(QStringLiteral("LITELLM_MASTER_KEY"));
        QVERIFY(!dialog->profile().routerKeyInKeyring);
        QPushButton *save = button(dialog, ConnectDialog::tr("&Save"));
        QVERIFY(save);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(holdsNoKey(copy), 10000);
        QCOMPARE(readKey(QStringLiteral("renamed")).key, kKey);
        console.controller.setup()->waitForSaves();
        Problems problems;
        const QList<ConnectionProfile> saved = ProfileStore::load(m_profilesPath, &problems);
        const ConnectionProfile *savedCopy = ConnectionProfiles::find(saved, copy);
        QVERIFY(savedCopy);
        QVERIFY(!savedCopy->routerKeyInKeyring);
        QCOMPARE(savedCopy->routerKeyEnv, QStringLiteral("LITELLM_MASTER_KEY"));
        console.controller.setup()->deleteProfile(copy);
        console.controller.setup()->waitForSaves();
    }

    void typedKeyIsNotSentOverPlainHttpToAnotherComputer()
    {
        Console console;
        load(console);
        console.controller.setup()->openConnectDialog(QString());
        ConnectDialog *dialog = console.controller.setup()->connectDialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("remote-http"));
        dialog->routerUrlEdit()->setText(QStringLiteral("http://10.0.0.7:4000"));
        dialog->prometheusUrlEdit()->setText(m_nothing);
        dialog->keyTypedButton()->setChecked(true);
        dialog->sessionKeyEdit()->setText(kKey);
        QPushButton *save = button(dialog, ConnectDialog::tr("&Save"));
        QVERIFY(save);
        save->click();
        console.controller.setup()->waitForSaves();
        const ConnectionProfile *profile = ConnectionProfiles::find(console.controller.setup()->profiles(), QStringLiteral("remote-http"));
        QVERIFY(profile);
        Problems problems;
        const DataPlane::Settings settings = console.controller.setup()->settingsFor(*profile, &problems);
        QVERIFY(settings.router.masterKey.isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(QLatin1String("plain http:// to 10.0.0.7")), qPrintable(problems.first().message));
        QVERIFY(!problems.first().message.contains(kKey));
        console.controller.setup()->deleteProfile(QStringLiteral("remote-http"));
        console.controller.setup()->waitForSaves();
    }

    void allowedInsecureProfileIsShownWhileConnected()
    {
        Console console;
        load(console);
        ConnectionProfile p;
        p.name = QStringLiteral("lab");
        p.routerUrl = QStringLiteral("http://10.0.0.7:4000");
        p.routerKeyEnv = QStringLiteral("LAB_KEY");
        p.prometheusUrl = m_nothing;
        p.allowInsecure = true;
        console.controller.setup()->saveProfile(QString(), p);
        QVERIFY(console.controller.connectProfile(QStringLiteral("lab")));
        QTRY_VERIFY_WITH_TIMEOUT(!console.window.insecureNote().isEmpty(), 5000);
        QVERIFY2(console.window.insecureNote().contains(QLatin1String("plain http:// to 10.0.0.7")), qPrintable(console.window.insecureNote()));
        console.controller.setup()->deleteProfile(QStringLiteral("lab"));
        console.controller.setup()->waitForSaves();
    }

    void deleteRemovesTheKey()
    {
        Console console;
        load(console);
        console.controller.setup()->deleteProfile(QStringLiteral("renamed"));
        QTRY_VERIFY_WITH_TIMEOUT(holdsNoKey(QStringLiteral("renamed")), 10000);
        console.controller.setup()->waitForSaves();
        Problems problems;
        QVERIFY(ProfileStore::load(m_profilesPath, &problems).isEmpty());
    }
};

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"
