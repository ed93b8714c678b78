// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpage.h"
#include "deploymenttablemodel.h"
#include "mainwindow.h"
#include "problemsdock.h"

#include <QSignalSpy>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
