// SPDX-License-Identifier: GPL-3.0-or-later
// `routedeckctl status` end to end, as a runbook runs it: the real routedeckctl executable against
// the real routedeck-sim (demo config) scraped by the real `prometheus`.
#include "dataplanelivechecks.h"
#include "litellmversion.h"
#include "support/prometheusprocess.h"
#include "support/simprocess.h"
#include "support/toolrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace RouteDeck;
using namespace RouteDeck::Test;

namespace {

using Run = Test::ToolRun;

Run routedeckctl(const QStringList &arguments)
{
    Test::ToolEnvironment environment;
    environment.set.insert(QStringLiteral("LITELLM_MASTER_KEY"), QString::fromLatin1(SimProcess::kDemoMasterKey));
    return Test::runTool(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"), QStringList { QStringLiteral("status") } + arguments,
                         environment, 60000);
}

const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");

} // namespace

class TestCtlStatus : public QObject
{
    Q_OBJECT

    SimProcess m_sim;
    PrometheusProcess m_prometheus;

    QStringList sources() const
    {
        return { QStringLiteral("--router"), m_sim.baseUrl().toString(), QStringLiteral("--prometheus"),
                 m_prometheus.baseUrl().toString() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PrometheusProcess::isAvailable())
            QSKIP("prometheus is not installed (Debian package 'prometheus', or set ROUTEDECK_PROMETHEUS)");
        // 100 calls/s keep every demo provider under its own request limit (no 429s of its own).
        QVERIFY2(m_sim.start(kDemoConfig, { QStringLiteral("--rps"), QStringLiteral("100"), QStringLiteral("--seed"),
                                            QStringLiteral("3"), QStringLiteral("--instant") }),
                 qPrintable(m_sim.errorString()));
        QVERIFY2(m_prometheus.start({ m_sim.target() }, 1), qPrintable(m_prometheus.errorString()));
        QVERIFY2(m_prometheus.waitUntilReady(), qPrintable(m_prometheus.errorString()));
        // Let Prometheus collect enough calls for the split to mean something: 700 on gpt-4o-mini
        // put the observed shares within a few points of 8/2/1 (status' rate window is a minute).
        const QString totals = QStringLiteral("sum by (model_id) (litellm_deployment_total_requests_total)");
        const auto calls = [this, &totals] {
            double sum = 0;
            for (const QString &id : { QStringLiteral("azure-primary"), QStringLiteral("azure-secondary"), QStringLiteral("openai-direct") })
                sum += Live::backendValue(m_prometheus.baseUrl(), totals, id).value_or(0);
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(calls() >= 700, 60000);
    }

    void printsTheLiveSplit()
    {
        const Run run = routedeckctl(sources());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        // The router's release from /health/readiness/details (LiteLLM 1.84+ keeps it there, behind the key).
        QVERIFY2(QRegularExpression(QStringLiteral("^Router\\s+%1\\s+live \\(LiteLLM %2\\)$")
                                        .arg(QRegularExpression::escape(m_sim.baseUrl().toString()),
                                             QRegularExpression::escape(LiteLlmVersion::newest().toString())),
                                    QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^Prometheus\\s+\\S+\\s+live( \\(version \\S+\\))?$"), QRegularExpression::MultilineOption).match(run.out).hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^GROUP\\s+DEPLOYMENT\\s+STATE\\s+CONF %\\s+EFF %\\s+OBS %\\s+REQ/S\\s+P50\\s+P95\\s+P99"),
                                    QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        const QStringList ids = { QStringLiteral("azure-primary"), QStringLiteral("azure-secondary"), QStringLiteral("openai-direct") };
        const QStringList configured = { QStringLiteral("72.7"), QStringLiteral("18.2"), QStringLiteral("9.1") };
        for (int i = 0; i < 3; ++i) {
            // GROUP DEPLOYMENT STATE CONF% EFF% OBS% REQ/S P50 P95 P99 (latency as "812 ms" or "1.21 s")
            const QRegularExpression row(
                QStringLiteral("^gpt-4o-mini\\s+%1\\s+healthy\\s+%2\\s+%2\\s+(\\d+\\.\\d)\\s+(\\d+\\.\\d+)"
                               "\\s+(\\d+(?:\\.\\d+)? m?s)\\s+(\\d+(?:\\.\\d+)? m?s)\\s+(\\d+(?:\\.\\d+)? m?s)\\s")
                    .arg(ids.at(i), QRegularExpression::escape(configured.at(i))),
                QRegularExpression::MultilineOption);
            const QRegularExpressionMatch match = row.match(run.out);
            QVERIFY2(match.hasMatch(), qPrintable(ids.at(i) + QStringLiteral(" row missing or wrong:\n") + run.out));
            qInfo("%s", qPrintable(match.captured(0).simplified()));
            // gpt-4o-mini gets 8 calls in 10.5: the observed split is near 8/2/1.
            QVERIFY2(std::abs(match.captured(1).toDouble() - configured.at(i).toDouble()) < 10, qPrintable(match.captured(0)));
            QVERIFY2(match.captured(2).toDouble() > 0, qPrintable(match.captured(0)));
        }
        QVERIFY2(run.out.contains(QLatin1String("gpt-4o-mini: ")) && run.out.contains(QLatin1String("0 of 3 cooling")),
                 qPrintable(run.out));
    }

    void groupFilter()
    {
        const Run run = routedeckctl(sources() + QStringList { QStringLiteral("--group"), QStringLiteral("gpt-4o") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("gpt-4o-azure")));
        QVERIFY(run.out.contains(QLatin1String("gpt-4o-openai")));
        QVERIFY(!run.out.contains(QLatin1String("azure-primary")));
        QVERIFY(!run.out.contains(QLatin1String("embeddings")));
    }

    void json()
    {
        const Run run = routedeckctl(sources() + QStringList { QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + run.out));
        QCOMPARE(root.value(QStringLiteral("router")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(root.value(QStringLiteral("router")).toObject().value(QStringLiteral("url")).toString(), m_sim.baseUrl().toString());
        QCOMPARE(root.value(QStringLiteral("prometheus")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(root.value(QStringLiteral("router")).toObject().value(QStringLiteral("detail")).toString(),
            QStringLiteral("LiteLLM %1").arg(LiteLlmVersion::newest().toString()));
        QVERIFY(QDateTime::fromString(root.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
        // with latency_buckets, recent_cooldowns, and the three verdict-window queries (LiveVerdict)
        QCOMPARE(root.value(QStringLiteral("queriesPerRefresh")).toInt(), 15);
        const QJsonArray deployments = root.value(QStringLiteral("deployments")).toArray();
        QCOMPARE(deployments.size(), 7);
        QCOMPARE(root.value(QStringLiteral("groups")).toArray().size(), 3);
        const QHash<QString, double> configured = { { QStringLiteral("azure-primary"), 8.0 / 11 },
                                                    { QStringLiteral("azure-secondary"), 2.0 / 11 },
                                                    { QStringLiteral("openai-direct"), 1.0 / 11 } };
        int seen = 0;
        for (const QJsonValue &value : deployments) {
            const QJsonObject d = value.toObject();
            const QString id = d.value(QStringLiteral("id")).toString();
            QVERIFY(d.value(QStringLiteral("inRouter")).toBool());
            QVERIFY2(d.value(QStringLiteral("inMetrics")).toBool(), qPrintable(id));
            QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("healthy"));
            QVERIFY2(d.value(QStringLiteral("requestsPerSecond")).toDouble() > 0, qPrintable(id));
            QVERIFY(d.value(QStringLiteral("observedShare")).isDouble());
            for (const char *q : { "p50", "p95", "p99" }) {
                const QJsonObject quantile = d.value(QLatin1String(q)).toObject();
                QVERIFY2(quantile.value(QStringLiteral("seconds")).toDouble() > 0, qPrintable(id + QLatin1Char(' ') + QLatin1String(q)));
                QVERIFY(quantile.contains(QStringLiteral("atLeast")));
            }
            const QJsonObject outcomes = d.value(QStringLiteral("outcomes")).toObject();
            QCOMPARE(outcomes.keys(), QStringList({ QStringLiteral("api_error"), QStringLiteral("other"), QStringLiteral("rate_limit"),
                                                    QStringLiteral("success"), QStringLiteral("timeout") }));
            QVERIFY(outcomes.value(QStringLiteral("success")).toDouble() > 0);
            if (!configured.contains(id))
                continue;
            ++seen;
            QCOMPARE(d.value(QStringLiteral("group")).toString(), QStringLiteral("gpt-4o-mini"));
            QVERIFY(std::abs(d.value(QStringLiteral("configuredShare")).toDouble() - configured.value(id)) < 1e-9);
            QVERIFY(std::abs(d.value(QStringLiteral("effectiveShare")).toDouble() - configured.value(id)) < 1e-9);
            QVERIFY(d.value(QStringLiteral("weight")).isDouble());
        }
        QCOMPARE(seen, 3);
    }

    void unreachablePrometheusExitsTwo()
    {
        const quint16 closed = PrometheusProcess::freePort();
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed);
        const Run run = routedeckctl({ QStringLiteral("--router"), m_sim.baseUrl().toString(), QStringLiteral("--prometheus"), url,
                                       QStringLiteral("--timeout"), QStringLiteral("10") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("^Prometheus\\s+%1\\s+unreachable: .*refused the connection")
                                        .arg(QRegularExpression::escape(url)),
                                    QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out + run.err));
        QVERIFY2(QRegularExpression(QStringLiteral("^Router\\s+\\S+\\s+live \\(LiteLLM \\S+\\)$"), QRegularExpression::MultilineOption).match(run.out).hasMatch(),
                 qPrintable(run.out));
        // The router's list is still printed: configured shares need no metrics.
        QVERIFY2(QRegularExpression(QStringLiteral("^gpt-4o-mini\\s+azure-primary\\s+\\S+\\s+72\\.7"), QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));

        const Run json = routedeckctl({ QStringLiteral("--router"), m_sim.baseUrl().toString(), QStringLiteral("--prometheus"), url,
                                        QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 2);
        const QJsonObject prometheus = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("prometheus")).toObject();
        QCOMPARE(prometheus.value(QStringLiteral("state")).toString(), QStringLiteral("unreachable"));
        QVERIFY2(prometheus.value(QStringLiteral("error")).toString().contains(QLatin1String("refused the connection")), qPrintable(json.out));
    }

    void unreachableRouterExitsTwo()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(PrometheusProcess::freePort());
        const Run run = routedeckctl({ QStringLiteral("--router"), url, QStringLiteral("--prometheus"), m_prometheus.baseUrl().toString() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("^Router\\s+%1\\s+unreachable: .*refused the connection").arg(QRegularExpression::escape(url)),
                                    QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out + run.err));
    }

    // Incident replay from the command line, against what really happened: a 429 fault on azure-primary
    // that has ended. `status --at` a moment during it shows azure-primary cooling for 429, while
    // `status` now shows it healthy. Last: the fault changes what the tests above expect.
    void replaysAMomentOfAnEndedFault()
    {
        const QStringList oneSecondScrape { QStringLiteral("--scrape-interval"), QStringLiteral("1") };
        const QString cooled = QStringLiteral("sum by (model_id) (litellm_deployment_cooled_down_total)");
        const QString primary = QStringLiteral("azure-primary");
        const double cooldownsBefore = Live::backendValue(m_prometheus.baseUrl(), cooled, primary).value_or(0);
        QVERIFY2(!m_sim.addFault(QByteArrayLiteral("{\"target\": \"azure-primary\", \"kind\": \"rate_limit\", "
                                                   "\"probability\": 1.0, \"duration_s\": 15}"))
                      .isEmpty(),
                 qPrintable(m_sim.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(Live::backendValue(m_prometheus.baseUrl(), cooled, primary).value_or(0) > cooldownsBefore, 30000);
        const QDateTime during = QDateTime::currentDateTimeUtc(); // Prometheus holds the cooldown's scrape by now

        // Now: the fault is over, azure-primary is back in rotation (cooldown_time 30 s after its last cooldown).
        const auto stateNow = [&] {
            const Run run = routedeckctl(sources() + oneSecondScrape + QStringList { QStringLiteral("--json") });
            const QJsonArray deployments = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("deployments")).toArray();
            for (const QJsonValue &d : deployments) {
                if (d.toObject().value(QStringLiteral("id")).toString() == primary)
                    return d.toObject().value(QStringLiteral("state")).toString();
            }
            return QString();
        };
        QElapsedTimer sinceFault;
        sinceFault.start();
        QTRY_COMPARE_WITH_TIMEOUT(stateNow(), QStringLiteral("healthy"), 150000);
        qInfo("azure-primary healthy again %.0f s after its first cooldown", sinceFault.elapsed() / 1000.0);

        // Then: as the table of that moment.
        const QString at = during.toString(Qt::ISODateWithMs);
        const Run run = routedeckctl(sources() + oneSecondScrape + QStringList { QStringLiteral("--at"), at });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Replay of %1:").arg(during.toString(Qt::ISODate))), qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^Prometheus\\s+\\S+\\s+replay of %1").arg(QRegularExpression::escape(during.toString(Qt::ISODate))),
                                    QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^gpt-4o-mini\\s+azure-primary\\s+cooling \\(429\\)\\s+72\\.7\\s+0\\.0\\s"),
                                    QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^gpt-4o-mini\\s+azure-secondary\\s+healthy\\s"), QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));

        // And as JSON: the moment, marked as a replay.
        const Run json = routedeckctl(sources() + oneSecondScrape + QStringList { QStringLiteral("--at"), at, QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.out + json.err));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(QDateTime::fromString(root.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs), during);
        QCOMPARE(QDateTime::fromString(root.value(QStringLiteral("prometheus")).toObject().value(QStringLiteral("replayAt")).toString(),
                                       Qt::ISODateWithMs),
                 during);
        bool seen = false;
        for (const QJsonValue &value : root.value(QStringLiteral("deployments")).toArray()) {
            const QJsonObject d = value.toObject();
            if (d.value(QStringLiteral("id")).toString() != primary)
                continue;
            seen = true;
            QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("cooling"));
            QCOMPARE(d.value(QStringLiteral("cooldownReason")).toString(), QStringLiteral("429"));
        }
        QVERIFY(seen);

        // A moment that is not one is refused, saying how to write one.
        const Run wrong = routedeckctl(sources() + QStringList { QStringLiteral("--at"), QStringLiteral("yesterday") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("'yesterday' is not a time")), qPrintable(wrong.err));
    }

    void cleanupTestCase()
    {
        m_prometheus.stop();
        m_sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestCtlStatus)
#include "tst_ctlstatus.moc"
