// SPDX-License-Identifier: GPL-3.0-or-later
// `routedeckctl alerts` end to end, as a runbook runs it: the real routedeckctl against the real
// routedeck-sim scraped every second by the real `prometheus`, with a profile's alert policy.
#include "support/prometheusprocess.h"
#include "support/simprocess.h"
#include "support/toolrun.h"
#include "dataplanelivechecks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RouteDeck;
using namespace RouteDeck::Test;

namespace {

const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");

QString promtool()
{
    const QString beside = QFileInfo(PrometheusProcess::executable()).absolutePath() + QStringLiteral("/promtool");
    return QFileInfo(beside).isExecutable() ? beside : QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

} // namespace

class TestCtlAlerts : public QObject
{
    Q_OBJECT

    SimProcess m_sim;
    PrometheusProcess m_prometheus;
    QTemporaryDir m_config; // XDG_CONFIG_HOME of the runs: RouteDeck/profiles.yaml

    ToolRun routedeckctl(const QStringList &arguments)
    {
        ToolEnvironment environment;
        environment.set.insert(QStringLiteral("LITELLM_MASTER_KEY"), QString::fromLatin1(SimProcess::kDemoMasterKey));
        environment.set.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return runTool(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"),
                       QStringList { QStringLiteral("alerts"), QStringLiteral("--profile"), QStringLiteral("t") } + arguments,
                       environment, 90000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PrometheusProcess::isAvailable())
            QSKIP("prometheus is not installed (Debian package 'prometheus', or set ROUTEDECK_PROMETHEUS)");
        QVERIFY2(m_sim.start(kDemoConfig, { QStringLiteral("--rps"), QStringLiteral("60"), QStringLiteral("--seed"),
                                            QStringLiteral("5"), QStringLiteral("--instant") }),
                 qPrintable(m_sim.errorString()));
        QVERIFY2(m_prometheus.start({ m_sim.target() }, 1), qPrintable(m_prometheus.errorString()));
        QVERIFY2(m_prometheus.waitUntilReady(), qPrintable(m_prometheus.errorString()));
        // The demo's limits; an error_rate `for:` of 15 s so the test need not wait two minutes.
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("RouteDeck"))));
        QFile profiles(m_config.filePath(QStringLiteral("RouteDeck/profiles.yaml")));
        QVERIFY(profiles.open(QIODevice::WriteOnly));
        profiles.write(QStringLiteral(R"(profiles:
  - name: t
    router_url: %1
    router_key_env: LITELLM_MASTER_KEY
    prometheus_url: %2
    scrape_interval: 1
    alerts:
      keep_firing_for: 0
      for: { error_rate: 15 }
      groups:
        gpt-4o-mini: { p95_latency: 4.5 }
        gpt-4o: { p95_latency: 7 }
        text-embedding-3-small: { p95_latency: 1.5 }
)")
                           .arg(m_sim.baseUrl().toString(), m_prometheus.baseUrl().toString())
                           .toUtf8());
        profiles.close();
        // Enough calls for a verdict on every group over a minute (200; the embeddings get 5.7/s, half on
        // embeddings-azure).
        const QString totals = QStringLiteral("sum by (model_id) (litellm_deployment_total_requests_total)");
        QTRY_VERIFY_WITH_TIMEOUT(Live::backendValue(m_prometheus.baseUrl(), totals, QStringLiteral("embeddings-azure")).value_or(0) >= 130, 120000);
    }

    void healthyRouterExitsZero()
    {
        const ToolRun run = routedeckctl({});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("No alert firing or pending (3 model group(s)")), qPrintable(run.out));
        const ToolRun json = routedeckctl({ QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("firing")).toInt(-1), 0);
        QCOMPARE(root.value(QStringLiteral("alerts")).toArray().size(), 0);
    }

    void exportedRulesPassPromtool()
    {
        const QString tool = promtool();
        if (tool.isEmpty())
            QSKIP("promtool is not installed (it comes with the prometheus package)");
        const QString path = m_config.filePath(QStringLiteral("rules.yml"));
        const ToolRun run = routedeckctl({ QStringLiteral("--export-rules"), path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("12 rule(s) for 3 model group(s)")), qPrintable(run.out));
        const ToolRun check = runTool(tool, { QStringLiteral("check"), QStringLiteral("rules"), path });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.contains(QStringLiteral("SUCCESS: 12 rules found")), qPrintable(check.out));
    }

    // 30 % of azure-primary's calls fail with a 500 (under LiteLLM's 50 % cooldown line, so it stays in
    // rotation): error_rate fires as soon as Prometheus' history holds `for:` (15 s) of it, in a run that
    // does not wait for it (the for: is judged from range queries).
    void errorsFireAfterFor()
    {
        QElapsedTimer since;
        since.start();
        QVERIFY(!m_sim.addFault(R"({"target":"azure-primary","kind":"server_error","probability":0.3})").isEmpty());
        ToolRun run = routedeckctl({ QStringLiteral("--json") });
        while (run.exitCode != 3 && since.elapsed() < 90000) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err)); // pending, or not yet in the window
            QTest::qWait(1000);
            run = routedeckctl({ QStringLiteral("--json") });
        }
        QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("firing")).toInt(), 1);
        const QJsonObject alert = root.value(QStringLiteral("alerts")).toArray().first().toObject();
        QCOMPARE(alert.value(QStringLiteral("rule")).toString(), QStringLiteral("error_rate"));
        QCOMPARE(alert.value(QStringLiteral("group")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(alert.value(QStringLiteral("state")).toString(), QStringLiteral("firing"));
        const QDateTime active = QDateTime::fromString(alert.value(QStringLiteral("activeAt")).toString(), Qt::ISODateWithMs);
        const QDateTime fired = QDateTime::fromString(alert.value(QStringLiteral("firedAt")).toString(), Qt::ISODateWithMs);
        QVERIFY2(active.msecsTo(fired) >= 15000, qPrintable(run.out));
        QVERIFY2(alert.value(QStringLiteral("value")).toDouble() > 0.05, qPrintable(run.out));
        qInfo("RESULT ctl_alerts_fault_to_firing %.1f s (for: 15 s)", since.elapsed() / 1000.0);
        const ToolRun text = routedeckctl({});
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains(QStringLiteral("firing")) && text.out.contains(QStringLiteral("error_rate")), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestCtlAlerts)
#include "tst_ctlalerts.moc"
