// SPDX-License-Identifier: GPL-3.0-or-later
// The whole console as an on-call engineer meets it: the local demo (real routedeck-sim and real
// Prometheus as child processes), the controller and the main window, offscreen.
#include "configpage.h"
#include "consolecontroller.h"
#include "cooldownspage.h"
#include "cooldowntablemodel.h"
#include "deploymenttablemodel.h"
#include "groupoverviewmodel.h"
#include "livetoolbar.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "servicehealthpage.h"
#include "statusbadge.h"
#include "support/democonsole.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace RouteDeck;
using RouteDeck::Test::DemoConsole;

namespace {
const DeploymentSnapshot *deployment(const MainWindow &window, const char *id)
{
    return window.lastSnapshot().deployment(QString::fromLatin1(id));
}
} // namespace

class TestConsoleLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incidentAppearsAndStaleStateIsHonest()
    {
        if (const QString missing = DemoConsole::missingProgram(); !missing.isEmpty())
            QSKIP(qPrintable(missing));

        DemoConsole demo;
        auto &[window, controller, failures] = demo;
        demo.start(60);

        // 1. Pages populate with live data.
        QTRY_VERIFY2_WITH_TIMEOUT(window.lastSnapshot().prometheus.state == SourceStatus::State::Live
                                      && window.lastSnapshot().router.state == SourceStatus::State::Live
                                      && deployment(window, "azure-primary")
                                      && deployment(window, "azure-primary")->requestsPerSecond > 0,
                                  qPrintable(demo.failureOr(QStringLiteral("no live data yet"))), 90000);
        QVERIFY(window.isLive());
        auto *overview = qobject_cast<OverviewPage *>(window.operationsPage(QStringLiteral("overview")));
        QVERIFY(overview);
        QTRY_COMPARE_WITH_TIMEOUT(overview->groupModel()->rowCount(), 3, 10000);
        QCOMPARE(window.liveToolBar()->prometheusBadge()->text(), QStringLiteral("Prometheus: live"));

        // Service health: the catalog's panels, drawn where the endpoint exports them.
        QVERIFY(window.showPage(QStringLiteral("health")));
        auto *health = qobject_cast<ServiceHealthPage *>(window.operationsPage(QStringLiteral("health")));
        QVERIFY(health);
        QCOMPARE(health->panelCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(health->panelHasData(0), 20000); // proxy requests/s
        QVERIFY(!health->chart(0)->queryText().contains(QLatin1Char('$')));
        // The router's overhead is milliseconds (LiteLLM's histogram is in seconds): an axis of whole
        // milliseconds, not one of 0.002 s steps.
        QTRY_VERIFY_WITH_TIMEOUT(health->panelHasData(2), 20000);
        QVERIFY2(health->chart(2)->valueRange().second >= 1.0,
                 qPrintable(QString::number(health->chart(2)->valueRange().second)));

        // Config: with no file opened, the connected router's deployments.
        ConfigPage *config = window.configPage();
        QVERIFY(!config->showsFile());
        QTRY_COMPARE_WITH_TIMEOUT(config->deploymentModel()->rowCount(), 7, 10000);
        QVERIFY2(config->summary().startsWith(QStringLiteral("7 deployment(s) · 3 model group(s) · as router http://127.0.0.1:")),
                 qPrintable(config->summary()));

        // 2. A 429 storm on the primary shows on Overview and Cooldowns.
        QNetworkAccessManager network;
        QNetworkRequest request(controller.demoEnvironment()->routerUrl().resolved(QUrl(QStringLiteral("/sim/faults"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + controller.demoEnvironment()->masterKey().toUtf8());
        QNetworkReply *reply = network.post(request, QJsonDocument(QJsonObject {
                                                                        { QStringLiteral("target"), QStringLiteral("azure-primary") },
                                                                        { QStringLiteral("kind"), QStringLiteral("rate_limit") },
                                                                        { QStringLiteral("probability"), 1.0 },
                                                                        { QStringLiteral("duration_s"), 300 },
                                                                    })
                                                             .toJson());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100, 2);
        reply->deleteLater();

        QTRY_VERIFY_WITH_TIMEOUT(deployment(window, "azure-primary")->isCooling(), 60000);
        QCOMPARE(deployment(window, "azure-primary")->cooldownReason, QStringLiteral("429"));
        QVERIFY(window.showPage(QStringLiteral("overview")));
        QTRY_VERIFY_WITH_TIMEOUT(overview->incidentTexts().join(u'\n').contains(QLatin1String("azure-primary cooling")), 10000);
        QVERIFY(window.showPage(QStringLiteral("cooldowns")));
        auto *cooldowns = qobject_cast<CooldownsPage *>(window.operationsPage(QStringLiteral("cooldowns")));
        QVERIFY(cooldowns);
        bool coolingRow = false;
        for (int row = 0; row < cooldowns->cooldownModel()->rowCount(); ++row) {
            const QString text = cooldowns->cooldownModel()->index(row, 0).data().toString() + QLatin1Char(' ')
                + cooldowns->cooldownModel()->index(row, 1).data().toString() + QLatin1Char(' ')
                + cooldowns->cooldownModel()->index(row, 2).data().toString();
            coolingRow = coolingRow || (text.contains(QLatin1String("azure-primary")) && text.contains(QLatin1String("cooling")));
        }
        QVERIFY2(coolingRow, "the Cooldowns table shows azure-primary cooling");

        // 3. Prometheus goes away: the last good data stays, greyed, with since-when and why.
        const double lastGoodRps = deployment(window, "azure-secondary")->requestsPerSecond;
        controller.demoEnvironment()->stopPrometheus();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().prometheus.state == SourceStatus::State::Stale, 30000);
        QVERIFY(window.lastSnapshot().prometheus.lastGood.isValid());
        QVERIFY(window.lastSnapshot().prometheus.error.contains(QLatin1String("refused")));
        QCOMPARE(deployment(window, "azure-secondary")->requestsPerSecond, lastGoodRps);
        QVERIFY(window.showPage(QStringLiteral("overview")));
        QTRY_VERIFY_WITH_TIMEOUT(overview->isBannerVisible(), 10000);
        QVERIFY2(overview->bannerText().contains(QLatin1String("Prometheus")), qPrintable(overview->bannerText()));
        QVERIFY(window.liveToolBar()->prometheusBadge()->text().contains(QLatin1String("stale")));
        QCOMPARE(window.lastSnapshot().router.state, SourceStatus::State::Live); // the other source is unaffected

        // 4. It comes back without the user doing anything.
        controller.demoEnvironment()->restartPrometheus();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().prometheus.state == SourceStatus::State::Live, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isBannerVisible(), 10000);
        QVERIFY(failures.isEmpty());
    }
};

QTEST_MAIN(TestConsoleLive)
#include "tst_console_live.moc"
