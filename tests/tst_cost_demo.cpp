// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's Cost page end to end: the local demo starts routedeck-sim and Prometheus, fast-forwards
// the past weeks with the simulator, imports them with promtool, and the Cost page shows a week by
// day with the top movers (flow_generation's prompt grew yesterday) and the month-end projection;
// `routedeckctl cost` against the same Prometheus prints the same totals.
// With ROUTEDECK_SCREENSHOT_DIR set, PNGs of the page (7 days by agent, 24 hours by hour, 30 days
// by model group) are written there.
#include "consolecontroller.h"
#include "costformat.h"
#include "costpage.h"
#include "costservice.h"
#include "costtablemodel.h"
#include "mainwindow.h"
#include "support/democonsole.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace RouteDeck;
using RouteDeck::Test::DemoConsole;

class TestCostDemo : public QObject
{
    Q_OBJECT

    static void screenshot(MainWindow &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ROUTEDECK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(500); // charts lay themselves out in the event loop
        QVERIFY(window.grab().save(QDir(dir).filePath(name), "PNG"));
    }

private Q_SLOTS:
    void costPageShowsTheHistory()
    {
        if (const QString missing = DemoConsole::missingProgram(DemoConsole::Promtool::Needed);
            !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QLocale::setDefault(QLocale::c());

        DemoConsole demo;
        auto &[window, controller, failures] = demo;
        demo.start(40);
        QTRY_VERIFY2_WITH_TIMEOUT(controller.demoEnvironment() && controller.costService(),
                                  qPrintable(demo.failureOr(QStringLiteral("the demo did not start"))),
                                  90000);
        QSignalSpy history(controller.demoEnvironment(), &DemoEnvironment::historyReady);
        connect(controller.demoEnvironment(), &DemoEnvironment::progress, this,
                [](const QString &message) { qInfo("demo: %s", qPrintable(message)); });
        QVERIFY(window.showPage(QStringLiteral("cost")));
        auto *page = qobject_cast<CostPage *>(window.operationsPage(QStringLiteral("cost")));
        QVERIFY(page);

        // Prometheus loads the imported blocks within a minute of their arrival; then the page fills.
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 180000);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasReport() && page->report().dayComparisonAvailable(), 60000);
        const CostReport &report = page->report();
        QVERIFY(report.hasData());
        QVERIFY(report.weekComparisonAvailable());
        QCOMPARE(report.bucketStarts().size(), 7);
        for (const CostFigures &day : report.total().buckets)
            QVERIFY2(day.spend > 0, "every day of the week has spend");
        QCOMPARE(page->breakdown(), CostBreakdown::Dimension);
        const QList<CostMover> movers = report.topIncreases(CostBreakdown::Dimension);
        QVERIFY(!movers.isEmpty());
        QCOMPARE(movers.first().key, QStringLiteral("flow_generation"));
        QVERIFY(report.projection().valid);
        QVERIFY(!report.projection().monthDataSince.isValid()); // the history reaches back to the 1st
        QVERIFY2(page->changesText().contains(QStringLiteral("Biggest increases")), qPrintable(page->changesText()));
        QVERIFY2(page->changesText().contains(QStringLiteral("Projection: At the last 24 hours' rate")), qPrintable(page->changesText()));
        qInfo("%s", qPrintable(page->headlineText()));
        qInfo("%s", qPrintable(page->changesText()));
        screenshot(window, QStringLiteral("cost-7d-by-agent.png"));

        // routedeckctl prints the same totals (the live load adds a little between the two reads).
        QProcess ctl;
        ctl.start(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"),
                  { QStringLiteral("cost"), QStringLiteral("--prometheus"), controller.demoEnvironment()->prometheusUrl().toString(),
                    QStringLiteral("--range"), QStringLiteral("7d"), QStringLiteral("--by"), QStringLiteral("metadata_agent"),
                    QStringLiteral("--json") });
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        const double printed = json.value(QStringLiteral("total")).toObject().value(QStringLiteral("spend")).toDouble();
        qInfo("7 days: page %.2f USD, routedeckctl %.2f USD", report.total().total.spend, printed);
        QVERIFY(std::abs(printed - report.total().total.spend) <= 0.001 * report.total().total.spend);

        // The last 24 hours by the hour, and 30 days by model group.
        QSignalSpy wanted(page, &CostPage::reportWanted);
        CostRequest day;
        day.preset = CostRangePreset::Last24Hours;
        day.bucket = CostBucket::Hour;
        day.dimension = QStringLiteral("metadata_agent");
        page->setRequest(day, CostBreakdown::Dimension);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasReport() && page->report().bucket() == CostBucket::Hour, 60000);
        QCOMPARE(page->report().bucketStarts().size(), 24);
        screenshot(window, QStringLiteral("cost-24h-by-hour.png"));
        CostRequest month;
        month.preset = CostRangePreset::Last30Days;
        month.bucket = CostBucket::Day;
        page->setRequest(month, CostBreakdown::Group);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasReport() && page->report().bucketStarts().size() == 30, 60000);
        QCOMPARE(page->tableModel()->rowCount(), 3); // the demo's three model groups
        screenshot(window, QStringLiteral("cost-30d-by-model.png"));
        QVERIFY(failures.isEmpty());
    }
};

QTEST_MAIN(TestCostDemo)
#include "tst_cost_demo.moc"
