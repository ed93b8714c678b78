// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpage.h"
#include "deploymenttablemodel.h"
#include "livetoolbar.h"
#include "mainwindow.h"
#include "momentslider.h"
#include "operationspage.h"
#include "problemsdock.h"
#include "statusbadge.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace RouteDeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheExample()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::configLoadFinished);
        window.openConfig(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/examples/config.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(window.configPage()->deploymentModel()->rowCount(), 5);
        QVERIFY(window.configPage()->isVisible());
        QCOMPARE(window.configPage()->table()->model()->rowCount(), 5);
        QVERIFY(window.windowTitle().startsWith(QLatin1String("config.yaml")));
    }

    void brokenFileKeepsWhatWasShown()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::configLoadFinished);
        window.openConfig(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/examples/config.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        window.openConfig(QStringLiteral(ROUTEDECK_TEST_DATA "/configs/broken.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(window.configPage()->deploymentModel()->rowCount(), 5);
        QVERIFY(window.currentFile().endsWith(QLatin1String("examples/config.yaml")));
        QCOMPARE(window.problemsDock()->problemCount(), 1);
        QVERIFY(window.problemsDock()->isVisible());
    }

    // Connected with no file opened, the Config page lists the router's deployments; a file opened
    // then takes the page, and the router's later lists leave it alone.
    void configPageShowsTheRouterUntilAFileIsOpened()
    {
        MainWindow window;
        ConfigPage *page = window.configPage();
        QVERIFY(page->summary().startsWith(QLatin1String("No config to show")));
        const QString router = QStringLiteral("router http://127.0.0.1:4000");
        page->setRouterDeployments({}, router);
        QCOMPARE(page->summary(), QStringLiteral("Waiting for router http://127.0.0.1:4000 to list its deployments…"));
        Deployment primary;
        primary.group = QStringLiteral("gpt-4o-mini");
        primary.id = QStringLiteral("azure-primary");
        primary.weight = 8;
        Deployment direct = primary;
        direct.id = QStringLiteral("openai-direct");
        direct.weight = 1;
        page->setRouterDeployments({ primary, direct }, router);
        QCOMPARE(page->deploymentModel()->rowCount(), 2);
        QCOMPARE(page->summary(), QStringLiteral("2 deployment(s) · 1 model group(s) · as router http://127.0.0.1:4000 lists them"));

        QSignalSpy finished(&window, &MainWindow::configLoadFinished);
        window.openConfig(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/examples/config.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(page->showsFile());
        page->setRouterDeployments({ primary }, router);
        QCOMPARE(page->deploymentModel()->rowCount(), 5);
        QVERIFY2(page->summary().contains(QLatin1String("strategy")), qPrintable(page->summary()));
    }

    void newestLoadWins()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::configLoadFinished);
        window.openConfig(QStringLiteral(ROUTEDECK_TEST_DATA "/configs/oldstyle.yaml"));
        window.openConfig(QStringLiteral(ROUTEDECK_TEST_DATA "/configs/flow.yaml"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        // The older request is dropped whenever it finishes: the first and only answer is the newest file.
        QVERIFY(finished.first().at(0).toString().endsWith(QLatin1String("flow.yaml")));
        QCOMPARE(window.configPage()->deploymentModel()->rowCount(), 3);
    }

    // Incident replay's controls, as the keyboard drives them: [ from Live starts a replay one refresh
    // back, ] past now goes live again, { and } jump between the marks, Live leaves the replay.
    void replayControls()
    {
        MainWindow window;
        SeriesStore store;
        window.setLive(QStringLiteral("test"), &store); // the live toolbar shows (and its keys work) from here
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        LiveToolBar *bar = window.liveToolBar();
        QSignalSpy moments(&window, &MainWindow::replayMomentChanged);
        QVERIFY(!bar->isReplaying());
        QVERIFY(bar->liveAction()->isChecked());
        QTRY_VERIFY(!bar->momentSlider()->isVisible());
        const qint64 step = bar->refreshIntervalMs();

        const QDateTime before = QDateTime::currentDateTimeUtc();
        QTest::keyClick(&window, Qt::Key_BracketLeft);
        QVERIFY(bar->isReplaying());
        QCOMPARE(moments.size(), 1);
        QTRY_VERIFY(bar->momentSlider()->isVisible()); // the toolbar lays out its shown widgets on the next pass
        QVERIFY(bar->replayAction()->isChecked());
        QVERIFY(bar->replayAction()->text().startsWith(QLatin1String("At ")));
        const qint64 back = bar->replayMoment().msecsTo(before);
        QVERIFY2(back >= step - 1000 && back <= step + 1000, qPrintable(QString::number(back)));
        QCOMPARE(moments.last().first().toDateTime(), bar->replayMoment());

        const QDateTime first = bar->replayMoment();
        QTest::keyClick(&window, Qt::Key_BracketLeft);
        QCOMPARE(first.msecsTo(bar->replayMoment()), -step);
        QTest::keyClick(&window, Qt::Key_BracketRight);
        QCOMPARE(bar->replayMoment(), first);
        QTest::keyClick(&window, Qt::Key_BracketRight);
        QTest::keyClick(&window, Qt::Key_BracketRight);
        QVERIFY2(!bar->isReplaying(), "stepping past now goes live again");
        QVERIFY(!moments.last().first().toDateTime().isValid());
        QTRY_VERIFY(!bar->momentSlider()->isVisible());

        // Marks: an alert's start and a push, drawn where they are on the slider, reached by { and }.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime alert = now.addSecs(-600).addMSecs(-now.time().msec());
        const QDateTime push = now.addSecs(-300).addMSecs(-now.time().msec());
        window.setAlertSpans({ { alert.toMSecsSinceEpoch(), 0, QStringLiteral("rate limits (429): gpt-4o-mini") } });
        window.setPushMarkers({ { push.toMSecsSinceEpoch(), QStringLiteral("weights pushed: gpt-4o-mini") } });
        QCOMPARE(bar->momentSlider()->marks().size(), 2);
        bar->setReplayMoment(now.addSecs(-60));
        QTRY_VERIFY(bar->findChild<QToolButton *>(QStringLiteral("jumpButton"))->isVisible()); // { and } live on it
        QVERIFY(bar->momentSlider()->xForMoment(alert) < bar->momentSlider()->xForMoment(push));
        QTest::keyClick(&window, Qt::Key_BraceLeft);
        QCOMPARE(bar->replayMoment(), push);
        QTest::keyClick(&window, Qt::Key_BraceLeft);
        QCOMPARE(bar->replayMoment(), alert);
        QTest::keyClick(&window, Qt::Key_BraceLeft);
        QCOMPARE(bar->replayMoment(), alert); // nothing further back
        QTest::keyClick(&window, Qt::Key_BraceRight);
        QCOMPARE(bar->replayMoment(), push);

        // The slider chooses a moment when the keyboard moves it (and when a drag ends).
        bar->momentSlider()->setFocus();
        const QDateTime onSlider = bar->replayMoment();
        QTest::keyClick(bar->momentSlider(), Qt::Key_Left);
        QCOMPARE(onSlider.secsTo(bar->replayMoment()), -1);

        bar->liveAction()->trigger();
        QVERIFY(!bar->isReplaying());
        QVERIFY(!window.replayMoment().isValid());
    }

    // In replay the pages show the range centred on the moment (as far as now), a marker at the moment,
    // a banner saying it is a replay, and the status bar names the moment.
    void replayCentresThePages()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        SeriesStore store;
        window.setLive(QStringLiteral("test"), &store);
        const qint64 range = window.liveToolBar()->rangeSeconds() * 1000;
        auto [from, to] = window.visibleTimeRange();
        QVERIFY(std::abs(to - QDateTime::currentMSecsSinceEpoch()) < 2000);
        QCOMPARE(to - from, range);

        const QDateTime moment = QDateTime::currentDateTimeUtc().addSecs(-3600);
        window.liveToolBar()->setReplayMoment(moment);
        const QDateTime shown = window.replayMoment();
        std::tie(from, to) = window.visibleTimeRange();
        QCOMPARE(to - from, range);
        QCOMPARE((from + to) / 2, shown.toMSecsSinceEpoch());
        // A moment closer to now than half the range: the range ends now.
        window.liveToolBar()->setReplayMoment(QDateTime::currentDateTimeUtc().addSecs(-30));
        std::tie(from, to) = window.visibleTimeRange();
        QVERIFY(std::abs(to - QDateTime::currentMSecsSinceEpoch()) < 2000);

        window.liveToolBar()->setReplayMoment(moment);
        Snapshot snapshot;
        snapshot.time = shown;
        snapshot.router.state = SourceStatus::State::Live;
        snapshot.prometheus.state = SourceStatus::State::Live;
        snapshot.prometheus.replayAt = shown;
        window.showSnapshot(snapshot);
        QVERIFY(window.showPage(QStringLiteral("overview")));
        OperationsPage *overview = window.operationsPage(QStringLiteral("overview"));
        QTRY_VERIFY(overview->isBannerVisible());
        QVERIFY2(overview->bannerText().startsWith(QLatin1String("Replay of")), qPrintable(overview->bannerText()));
        QVERIFY(window.liveToolBar()->prometheusBadge()->text().contains(QLatin1String("replay")));
        QVERIFY(window.statusBar()->findChild<QLabel *>() != nullptr);
        bool statusSaysReplay = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            statusSaysReplay = statusSaysReplay || label->text().startsWith(QLatin1String("Replay of"));
        QVERIFY(statusSaysReplay);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
