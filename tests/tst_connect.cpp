// SPDX-License-Identifier: GPL-3.0-or-later
// A new user connects RouteDeck to a router and a Prometheus started by hand, through the Connect dialog
// only: a wrong key and a wrong Prometheus URL are named with what to fix, a pasted key is refused
// without being echoed, and the saved profile keeps the file's comments. Real routedeck-sim, real
// Prometheus, on free loopback ports.
#include "connectdialog.h"
#include "connectionsetup.h"
#include "consolecontroller.h"
#include "dataplanelivechecks.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "support/prometheusprocess.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace RouteDeck;
using namespace RouteDeck::Test;

namespace {
ConnectionCheck::State stateOf(const ConnectDialog *dialog, ConnectionCheck::Step step)
{
    const QTreeWidgetItem *item = dialog->checkList()->topLevelItem(int(step));
    return item ? ConnectionCheck::State(item->data(0, Qt::UserRole).toInt()) : ConnectionCheck::State::Running;
}

// The result and how-to-fix lines of one check.
QString textOf(const ConnectDialog *dialog, ConnectionCheck::Step step)
{
    const QTreeWidgetItem *item = dialog->checkList()->topLevelItem(int(step));
    if (!item)
        return {};
    return item->toolTip(1); // the result, and how to fix it when it failed
}

bool testDone(const ConnectDialog *dialog)
{
    return dialog->testButton()->isEnabled() && dialog->checkList()->topLevelItemCount() == ConnectionCheck::kStepCount;
}

// ROUTEDECK_SCREENSHOTS=DIR keeps pictures of the dialog, to look at as a user would.
void saveScreenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("ROUTEDECK_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name), "PNG");
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectThroughTheDialog()
    {
        if (!PrometheusProcess::isAvailable())
            QSKIP("prometheus is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SimProcess sim;
        QVERIFY2(sim.start(Live::writeConfig(dir.path())), qPrintable(sim.errorString()));
        PrometheusProcess prometheus;
        QVERIFY2(prometheus.start({ sim.target() }, Live::kScrapeSeconds), qPrintable(prometheus.errorString()));
        QVERIFY2(prometheus.waitUntilReady(), qPrintable(prometheus.errorString()));

        // The user's profiles file: a comment and another profile, which must stay as they are.
        const QString profilesPath = dir.filePath(QStringLiteral("config/RouteDeck/profiles.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(profilesPath).absolutePath()));
        const QByteArray before = "# Mine. Do not reorder.\nprofiles:\n  - name: other   # staging\n"
                                  "    router_url: http://127.0.0.1:1\n    prometheus_url: http://127.0.0.1:2\n";
        {
            QFile file(profilesPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before);
        }
        MainWindow window;
        ConsoleController controller(&window);
        controller.setup()->setPath(profilesPath);
        Problems problems;
        controller.setProfiles(ProfileStore::load(profilesPath, &problems));
        QVERIFY(problems.isEmpty());
        window.show();

        // Welcome screen -> Connect…
        QElapsedTimer clock;
        clock.start();
        auto *connectButton = window.findChild<QPushButton *>(QStringLiteral("connectButton"));
        QVERIFY(connectButton);
        connectButton->click();
        ConnectDialog *dialog = controller.setup()->connectDialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("by-hand"));
        dialog->routerUrlEdit()->setText(sim.baseUrl().toString());
        const QByteArray keyVariable = "ROUTEDECK_TEST_CONNECT_KEY";

        // A key pasted where the variable's name goes is refused, and shown nowhere.
        dialog->keyEnvEdit()->setText(QStringLiteral("sk-pasted secret-123"));
        Q_EMIT dialog->keyEnvEdit()->editingFinished();
        QVERIFY(dialog->keyEnvEdit()->text().isEmpty());
        QVERIFY(!dialog->messageLabel()->text().contains(QLatin1String("secret-123")));
        QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("not the name of an environment variable")),
                 qPrintable(dialog->messageLabel()->text()));

        // 1. A wrong key and a Prometheus URL where nothing listens.
        qputenv(keyVariable.constData(), "sk-wrong");
        dialog->keyEnvEdit()->setText(QString::fromLatin1(keyVariable));
        const quint16 nothing = ScrapingServerProcess::freePort();
        dialog->prometheusUrlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(nothing));
        dialog->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(testDone(dialog), 30000);
        QCOMPARE(stateOf(dialog, ConnectionCheck::Step::RouterReachable), ConnectionCheck::State::Passed);
        QCOMPARE(stateOf(dialog, ConnectionCheck::Step::KeyAccepted), ConnectionCheck::State::Failed);
        QVERIFY2(textOf(dialog, ConnectionCheck::Step::KeyAccepted).contains(QStringLiteral("The router refused the key in %1 (HTTP 401)")
                                                                                .arg(QString::fromLatin1(keyVariable))),
                 qPrintable(textOf(dialog, ConnectionCheck::Step::KeyAccepted)));
        QVERIFY(!textOf(dialog, ConnectionCheck::Step::KeyAccepted).contains(QLatin1String("sk-wrong")));
        QCOMPARE(stateOf(dialog, ConnectionCheck::Step::PrometheusReady), ConnectionCheck::State::Failed);
        QVERIFY2(textOf(dialog, ConnectionCheck::Step::PrometheusReady)
                     .contains(QStringLiteral("Nothing answers at http://127.0.0.1:%1. Check the URL and port.").arg(nothing)),
                 qPrintable(textOf(dialog, ConnectionCheck::Step::PrometheusReady)));
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("Some checks failed")));
        QVERIFY(dialog->fixesLabel()->text().contains(QLatin1String("Check the URL and port.")));
        saveScreenshot(dialog, "connect-failed.png");

        // 2. Fixed: every check passes, and the scrape interval is read from Prometheus' targets.
        qputenv(keyVariable.constData(), SimProcess::kDemoMasterKey);
        dialog->prometheusUrlEdit()->setText(prometheus.baseUrl().toString());
        QTRY_VERIFY_WITH_TIMEOUT(!prometheus.baseUrl().isEmpty(), 1000);
        // LiteLLM series appear once Prometheus has scraped the router a few times.
        QElapsedTimer testClock;
        for (int attempt = 0; attempt < 20; ++attempt) {
            testClock.start();
            dialog->testButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(testDone(dialog), 30000);
            if (stateOf(dialog, ConnectionCheck::Step::Series) == ConnectionCheck::State::Passed)
                break;
            QTest::qWait(1000);
        }
        for (int step = 0; step < ConnectionCheck::kStepCount; ++step) {
            const auto s = ConnectionCheck::Step(step);
            if (s == ConnectionCheck::Step::Version)
                continue; // the simulator may not tell a LiteLLM version
            QVERIFY2(stateOf(dialog, s) == ConnectionCheck::State::Passed,
                     qPrintable(ConnectDialog::stepTitle(s) + QStringLiteral(": ") + textOf(dialog, s)));
        }
        QVERIFY2(textOf(dialog, ConnectionCheck::Step::Deployments).contains(QLatin1String("lists 3 deployments in 1 groups")),
                 qPrintable(textOf(dialog, ConnectionCheck::Step::Deployments)));
        QCOMPARE(dialog->profile().scrapeIntervalSeconds, double(Live::kScrapeSeconds));
        saveScreenshot(dialog, "connect-passed.png");
        qInfo("Test Connection took %lld ms; dialog opened to all checks passed: %lld ms", testClock.elapsed(),
              clock.elapsed());

        // 3. Save and connect: live data, and the file keeps what was there.
        QPushButton *saveAndConnect = button(dialog, ConnectDialog::tr("Save and &Connect"));
        QVERIFY(saveAndConnect);
        saveAndConnect->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.isLive() && window.lastSnapshot().router.state == SourceStatus::State::Live
                                     && window.lastSnapshot().prometheus.state == SourceStatus::State::Live,
                                 20000);
        controller.setup()->waitForSaves();
        QFile saved(profilesPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray after = saved.readAll();
        QVERIFY2(after.startsWith(before), after.constData());
        QVERIFY(!after.contains(SimProcess::kDemoMasterKey));
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(after, profilesPath, &problems);
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(1).name, QStringLiteral("by-hand"));
        QCOMPARE(profiles.at(1).routerKeyEnv, QString::fromLatin1(keyVariable));
        QCOMPARE(profiles.at(1).prometheusUrl, prometheus.baseUrl().toString());
        qunsetenv(keyVariable.constData());
    }
};

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"
