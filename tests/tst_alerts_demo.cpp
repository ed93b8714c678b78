// SPDX-License-Identifier: GPL-3.0-or-later
// The console's alerts on the whole local demo (real routedeck-sim, real Prometheus loading the exported
// rules), with a real webhook receiver on 127.0.0.1:
//  - the incident scenario (azure-429-storm: a 429 storm, then a slow deployment) fires exactly one
//    rate_limit and one p95_latency alert, both resolve, the webhook sees each fire and resolve once,
//    and Prometheus fires the same latency alert as the console, within an evaluation interval;
//  - ten minutes of healthy demo traffic fire nothing and show no drift.
// It prints what it measured: fault to notification, console against Prometheus, false alarms.
#include "alertservice.h"
#include "alertspage.h"
#include "cannedhttpserver.h"
#include "democonsole.h"
#include "demoenvironment.h"
#include "cooldownspage.h"
#include "cooldowntablemodel.h"
#include "livetoolbar.h"
#include "overviewpage.h"
#include "prometheusclient.h"
#include "statusbadge.h"
#include "toolrun.h"
#include "trafficpage.h"
#include "traffictablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QRegularExpression>
#include <QLabel>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RouteDeck;
using namespace RouteDeck::Test;

namespace {

constexpr double kRps = 40;

struct Fired
{
    AlertTransition transition;
    qint64 elapsedMs; // since the demo was started
};

// Every transition the console's AlertService reports, with when it came.
class TransitionLog : public QObject
{
public:
    TransitionLog(AlertService *service, const QElapsedTimer &clock)
    {
        connect(service, &AlertService::transitioned, this, [this, &clock](const AlertTransition &t) {
            entries.append({ t, clock.elapsed() });
            qInfo("%6.1f s  %s %s on %s: %s", clock.elapsed() / 1000.0,
                  t.kind == AlertTransition::Kind::Fired ? "FIRED   " : "RESOLVED", qPrintable(alertRuleId(t.alert.rule)),
                  qPrintable(t.alert.group), qPrintable(t.alert.evidence));
        });
    }
    int count(AlertTransition::Kind kind, AlertRule rule = AlertRule(-1)) const
    {
        return int(std::count_if(entries.cbegin(), entries.cend(), [&](const Fired &f) {
            return f.transition.kind == kind && (int(rule) < 0 || f.transition.alert.rule == rule);
        }));
    }
    const Fired *first(AlertTransition::Kind kind, AlertRule rule) const
    {
        for (const Fired &f : entries) {
            if (f.transition.kind == kind && f.transition.alert.rule == rule)
                return &f;
        }
        return nullptr;
    }
    QList<Fired> entries;
};

// The demo Prometheus' own alert for a rule, polled once a second: when it was first seen firing and the
// activeAt it reported.
class ServerSideWatch : public QObject
{
public:
    ServerSideWatch(const QUrl &prometheus, const QString &alertName)
        : m_alertName(alertName)
    {
        PromEndpointConfig endpoint;
        endpoint.baseUrl = prometheus;
        m_client.setConfig(endpoint);
        connect(&m_client, &PrometheusClient::rulesFetched, this, [this](quint64, const PromRules &rules) {
            for (const PromRule &rule : rules.rules) {
                for (const PromAlert &alert : rule.alerts) {
                    if (rule.name == m_alertName && alert.state == QLatin1String("firing") && !firingSeen.isValid()) {
                        firingSeen = QDateTime::currentDateTimeUtc();
                        activeAt = alert.activeAt;
                    }
                }
            }
        });
        connect(&m_timer, &QTimer::timeout, this, [this] { m_client.fetchRules(); });
        m_timer.start(1000);
    }
    QDateTime firingSeen;
    QDateTime activeAt;

private:
    QString m_alertName;
    PrometheusClient m_client;
    QTimer m_timer;
};

void useOneSecondRefresh(MainWindow &window)
{
    QComboBox *interval = window.liveToolBar()->findChild<QComboBox *>(QStringLiteral("refreshInterval"));
    QVERIFY(interval);
    interval->setCurrentIndex(interval->findData(1000));
    Q_EMIT interval->activated(interval->currentIndex());
}

} // namespace

class TestAlertsDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = DemoConsole::missingProgram(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_receiver.listen());
        m_receiver.setResponse(CannedResponse::text("ok", 200));
        // The demo profile names this variable; the path is what Slack would keep secret.
        qputenv("ROUTEDECK_DEMO_WEBHOOK_URL", (m_receiver.baseUrl().toString() + QStringLiteral("/services/T0/B0/secret")).toUtf8());
    }

    void incidentFiresOnceEachAndResolves()
    {
        qputenv("ROUTEDECK_ALERT_LOG", m_dir.filePath(QStringLiteral("incident.jsonl")).toLocal8Bit());
        const qsizetype webhookBefore = m_receiver.requests().size();
        DemoConsole demo;
        auto &[window, controller, failures] = demo;
        QElapsedTimer clock;
        clock.start();
        TransitionLog log(controller.alerts(), clock);
        demo.start(kRps, QStringLiteral("azure-429-storm"));
        QTRY_VERIFY2_WITH_TIMEOUT(window.isLive(), qPrintable(demo.failureOr(QStringLiteral("no live data yet"))), 90000);
        useOneSecondRefresh(window);
        // The latency alert is computed alike by both (the rate-limit one's cooling half is console-only).
        ServerSideWatch prometheus(controller.demoEnvironment()->prometheusUrl(), QStringLiteral("RouteDeckP95Latency"));

        // The storm starts 60 s into the scenario and lasts 90 s; the slow deployment from 150 s for 120 s.
        QTRY_VERIFY2_WITH_TIMEOUT(log.count(AlertTransition::Kind::Resolved, AlertRule::RateLimit) >= 1
                                      && log.count(AlertTransition::Kind::Resolved, AlertRule::Latency) >= 1,
                                  qPrintable(demo.failureOr(QStringLiteral("both alerts did not fire and resolve"))), 600000);
        QTest::qWait(20000); // nothing else comes after

        QCOMPARE(log.count(AlertTransition::Kind::Fired, AlertRule::RateLimit), 1);
        QCOMPARE(log.count(AlertTransition::Kind::Fired, AlertRule::Latency), 1);
        QCOMPARE(log.count(AlertTransition::Kind::Fired), 2);
        QCOMPARE(log.count(AlertTransition::Kind::Resolved), 2);
        const Fired *storm = log.first(AlertTransition::Kind::Fired, AlertRule::RateLimit);
        const Fired *slow = log.first(AlertTransition::Kind::Fired, AlertRule::Latency);
        QCOMPARE(storm->transition.alert.group, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(slow->transition.alert.group, QStringLiteral("gpt-4o-mini"));
        QVERIFY(slow->transition.alert.deployments.contains(QStringLiteral("openai-direct")));
        // The scenario's clock starts with the simulator, shortly after demo.start(): an upper bound.
        qInfo("RESULT alert_fault_to_notification_rate_limit %.1f s (storm at 60 s, for: 30 s)", storm->elapsedMs / 1000.0 - 60);
        qInfo("RESULT alert_fault_to_notification_latency %.1f s (slow from 150 s, for: 60 s)", slow->elapsedMs / 1000.0 - 150);

        // The webhook: a fire and a resolve for each, nothing more.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requests().size() - webhookBefore, qsizetype(4), 30000);
        QStringList texts;
        for (qsizetype i = webhookBefore; i < m_receiver.requests().size(); ++i)
            texts << QJsonDocument::fromJson(m_receiver.requests().at(i).body).object().value(QStringLiteral("text")).toString();
        QCOMPARE(texts.filter(QStringLiteral("[FIRING] gpt-4o-mini")).size(), 2);
        QCOMPARE(texts.filter(QStringLiteral("[RESOLVED] gpt-4o-mini")).size(), 2);

        // Prometheus, on the exported rules, fired the same alert; its activeAt and the console's within
        // an evaluation interval (1 s) and a console refresh (1 s).
        QVERIFY2(prometheus.firingSeen.isValid(), "the demo's Prometheus never fired RouteDeckP95Latency");
        const qint64 apartMs = std::abs(prometheus.activeAt.msecsTo(slow->transition.alert.activeAt));
        qInfo("RESULT alert_console_vs_prometheus_active_at %lld ms", apartMs);
        QVERIFY2(apartMs <= 2000, qPrintable(QStringLiteral("console %1, Prometheus %2")
                                                 .arg(slow->transition.alert.activeAt.toString(Qt::ISODateWithMs),
                                                      prometheus.activeAt.toString(Qt::ISODateWithMs))));

        // The Alerts page shows both in the history, and the history file has them after a restart.
        controller.alerts()->waitForHistoryWrites();
        QCOMPARE(window.alertsPage()->historyModel()->rowCount(), 2);
        QFile file(m_dir.filePath(QStringLiteral("incident.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const AlertHistory history = AlertHistoryCodec::decode(file.readAll(), file.fileName());
        QCOMPARE(history.alerts.size(), 2);
        QVERIFY(history.stillFiring().isEmpty());
        QVERIFY(history.problems.isEmpty());

        replayTheStormStart(demo, storm->transition.alert.firedAt);
    }

    // Healthy traffic (the demo without a scenario, its load spike included) for ten minutes.
    void healthyDemoFiresNothing()
    {
        qputenv("ROUTEDECK_ALERT_LOG", m_dir.filePath(QStringLiteral("healthy.jsonl")).toLocal8Bit());
        const qsizetype webhookBefore = m_receiver.requests().size();
        DemoConsole demo;
        auto &[window, controller, failures] = demo;
        QElapsedTimer clock;
        clock.start();
        TransitionLog log(controller.alerts(), clock);
        int pendingEpisodes = 0;
        int driftSnapshots = 0;
        int snapshots = 0;
        QSet<QString> pendingSeen;
        connect(&controller, &ConsoleController::snapshotShown, this, [&] {
            ++snapshots;
            for (const Alert &a : controller.alerts()->activeAlerts()) {
                if (!pendingSeen.contains(a.id)) {
                    pendingSeen.insert(a.id);
                    ++pendingEpisodes;
                    qInfo("%6.1f s  pending %s on %s: %s", clock.elapsed() / 1000.0, qPrintable(alertRuleId(a.rule)),
                          qPrintable(a.group), qPrintable(a.evidence));
                }
            }
            for (const GroupSnapshot &g : window.lastSnapshot().groups) {
                if (std::isfinite(g.maxDriftPoints) && g.maxDriftPoints >= window.thresholds().of(g.name).driftPoints)
                    ++driftSnapshots;
            }
        });
        demo.start(kRps);
        QTRY_VERIFY2_WITH_TIMEOUT(window.isLive(), qPrintable(demo.failureOr(QStringLiteral("no live data yet"))), 90000);
        useOneSecondRefresh(window);
        QTest::qWait(10 * 60 * 1000);

        qInfo("RESULT alert_false_alarms_10min %d", log.count(AlertTransition::Kind::Fired));
        qInfo("RESULT alert_pending_episodes_10min %d", pendingEpisodes);
        qInfo("RESULT drift_lines_10min %d of %d snapshots", driftSnapshots, snapshots);
        QVERIFY2(snapshots > 300, qPrintable(QString::number(snapshots)));
        QCOMPARE(log.count(AlertTransition::Kind::Fired), 0);
        QCOMPARE(driftSnapshots, 0);
        QCOMPARE(m_receiver.requests().size() - webhookBefore, qsizetype(0));
        QVERIFY(window.alertsPage()->summaryLabel()->text().startsWith(QStringLiteral("No console alert")));
    }

private:
    // Incident replay, once the incident is over: back to the rate-limit alert's start through the
    // replay slider's marks (Jump to: { twice from now, past the latency alert). azure-primary is
    // healthy now and was cooling then: Overview, Traffic and Cooldowns say so, the badge says replay,
    // no alert fires or resolves, and `routedeckctl status --at` prints the same state for it.
    void replayTheStormStart(DemoConsole &demo, const QDateTime &stormAlertStart)
    {
        auto &[window, controller, failures] = demo;
        const auto primary = [&window] { return window.lastSnapshot().deployment(QStringLiteral("azure-primary")); };
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastSnapshot().isReplay() && primary() && !primary()->isCooling(), 60000);
        const qsizetype transitionsBefore = controller.alerts()->history().alerts.size();

        LiveToolBar *toolbar = window.liveToolBar();
        toolbar->setReplayMoment(QDateTime::currentDateTimeUtc().addSecs(-1));
        QCOMPARE(toolbar->momentSlider()->marks().size(), 2); // the two alerts' starts (no push in this run)
        toolbar->jumpToMark(-1);
        toolbar->jumpToMark(-1);
        const QDateTime moment = toolbar->replayMoment();
        QCOMPARE(moment.toSecsSinceEpoch(), stormAlertStart.toSecsSinceEpoch());

        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().isReplay() && window.lastSnapshot().time == moment, 20000);
        QVERIFY2(primary() && primary()->isCooling(), "azure-primary cooling at the storm's alert start");
        QCOMPARE(primary()->cooldownReason, QStringLiteral("429"));
        QVERIFY(window.liveToolBar()->prometheusBadge()->text().contains(QLatin1String("replay")));
        const auto rowWith = [](const QAbstractItemModel *model, const QString &id) {
            for (int row = 0; row < model->rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < model->columnCount(); ++column)
                    cells << model->index(row, column).data().toString();
                if (cells.contains(id))
                    return cells.join(QLatin1Char(' '));
            }
            return QString();
        };
        QVERIFY(window.showPage(QStringLiteral("overview")));
        auto *overview = qobject_cast<OverviewPage *>(window.operationsPage(QStringLiteral("overview")));
        QTRY_VERIFY_WITH_TIMEOUT(overview->incidentTexts().join(u'\n').contains(QLatin1String("azure-primary cooling")), 10000);
        QVERIFY2(overview->bannerText().startsWith(QLatin1String("Replay of")), qPrintable(overview->bannerText()));
        saveScreenshot(window, QStringLiteral("replay-overview.png"));
        QVERIFY(window.showPage(QStringLiteral("traffic")));
        auto *traffic = qobject_cast<TrafficPage *>(window.operationsPage(QStringLiteral("traffic")));
        QTRY_VERIFY2_WITH_TIMEOUT(rowWith(traffic->trafficModel(), QStringLiteral("azure-primary")).contains(QLatin1String("cooling")),
                                  qPrintable(rowWith(traffic->trafficModel(), QStringLiteral("azure-primary"))), 10000);
        saveScreenshot(window, QStringLiteral("replay-traffic.png"));
        QVERIFY(window.showPage(QStringLiteral("cooldowns")));
        auto *cooldowns = qobject_cast<CooldownsPage *>(window.operationsPage(QStringLiteral("cooldowns")));
        QTRY_VERIFY2_WITH_TIMEOUT(rowWith(cooldowns->cooldownModel(), QStringLiteral("azure-primary")).contains(QLatin1String("cooling")),
                                  qPrintable(rowWith(cooldowns->cooldownModel(), QStringLiteral("azure-primary"))), 10000);
        saveScreenshot(window, QStringLiteral("replay-cooldowns.png"));

        // routedeckctl agrees: the same moment, the same state and reason.
        Test::ToolEnvironment environment;
        environment.set.insert(QStringLiteral("LITELLM_MASTER_KEY"), controller.demoEnvironment()->masterKey());
        const Test::ToolRun run = Test::runTool(
            QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"),
            { QStringLiteral("status"), QStringLiteral("--router"), controller.demoEnvironment()->routerUrl().toString(),
              QStringLiteral("--prometheus"), controller.demoEnvironment()->prometheusUrl().toString(),
              QStringLiteral("--scrape-interval"), QString::number(controller.demoEnvironment()->scrapeIntervalSeconds()),
              QStringLiteral("--group"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--at"), moment.toString(Qt::ISODate) },
            environment, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        qInfo("%s", qPrintable(run.out));
        for (const DeploymentSnapshot &d : window.lastSnapshot().deployments) {
            if (d.group != QLatin1String("gpt-4o-mini"))
                continue;
            const QString state = d.isCooling() ? QStringLiteral("cooling (%1)").arg(d.cooldownReason) : cooldownStateName(d.state);
            QVERIFY2(QRegularExpression(QStringLiteral("^gpt-4o-mini\\s+%1\\s+%2\\s").arg(d.id, QRegularExpression::escape(state)),
                                        QRegularExpression::MultilineOption)
                         .match(run.out)
                         .hasMatch(),
                     qPrintable(d.id + QStringLiteral(" is ") + state + QStringLiteral(" in the console:\n") + run.out));
        }

        // Back to live: healthy again, and the replay fired or resolved nothing.
        toolbar->liveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastSnapshot().isReplay() && primary() && !primary()->isCooling(), 20000);
        QCOMPARE(controller.alerts()->history().alerts.size(), transitionsBefore);
        QVERIFY(controller.alerts()->activeAlerts().isEmpty());
    }

    static void saveScreenshot(MainWindow &window, const QString &name)
    {
        const QString directory = qEnvironmentVariable("ROUTEDECK_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QTest::qWait(300); // let the charts paint
        window.grab().save(QDir(directory).filePath(name));
    }

    QTemporaryDir m_dir;
    CannedHttpServer m_receiver;
};

// Each function runs the demo for 7 to 11 minutes, past QtTest's default 5-minute watchdog.
int main(int argc, char *argv[])
{
    qputenv("QTEST_FUNCTION_TIMEOUT", "1200000");
    QApplication app(argc, argv);
    TestAlertsDemo test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_alerts_demo.moc"
