// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the real `prometheus` binary scrapes the real routedeck-sim every second; the
// deployment state and a latency quantile come back over the Prometheus HTTP API.
#include "prometheusprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <cmath>

using namespace RouteDeck;

namespace {
const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");
} // namespace

class TestSimPrometheus : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    QByteArray post(
        const QUrl &url, const QByteArray &body, const QByteArray &contentType, const QByteArray &auth = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + auth);
        QNetworkReply *reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        reply->deleteLater();
        return reply->readAll();
    }

    // Instant query; the result vector as (model_id -> value).
    QHash<QString, double> query(const QUrl &prometheus, const QString &promql)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("query"), promql);
        const QByteArray body = post(prometheus.resolved(QUrl(QStringLiteral("/api/v1/query"))),
            form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
        QHash<QString, double> values;
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        if (root.value(QStringLiteral("status")).toString() != QLatin1String("success"))
            return values;
        for (const QJsonValue &item :
            root.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray()) {
            const QJsonObject series = item.toObject();
            const QString id = series.value(QStringLiteral("metric"))
                                   .toObject()
                                   .value(QStringLiteral("model_id"))
                                   .toString();
            values.insert(id, series.value(QStringLiteral("value")).toArray().at(1).toString().toDouble());
        }
        return values;
    }

private Q_SLOTS:
    void scrapedByRealPrometheus()
    {
        if (!Test::PrometheusProcess::isAvailable())
            QSKIP("prometheus is not installed");

        QProcess sim;
        sim.start(QStringLiteral(ROUTEDECK_BINARY_DIR "/sim/routedeck-sim"),
            { QStringLiteral("--config"), kDemoConfig, QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--rps"), QStringLiteral("30"), QStringLiteral("--instant") });
        QVERIFY2(sim.waitForStarted(), qPrintable(sim.errorString()));
        QByteArray out;
        quint16 port = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                out += sim.readAllStandardOutput();
                const QRegularExpressionMatch m
                    = QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"))
                          .match(QString::fromUtf8(out));
                port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
                return port != 0;
            }(),
            15000);

        Test::PrometheusProcess prometheus;
        QVERIFY2(prometheus.start({ QStringLiteral("127.0.0.1:%1").arg(port) }, 1),
            qPrintable(prometheus.errorString()));
        QVERIFY2(prometheus.waitUntilReady(), qPrintable(prometheus.errorString()));
        const QUrl api = prometheus.baseUrl();

        // Every deployment of the demo config reports its state, healthy at first.
        QHash<QString, double> states;
        QTRY_VERIFY_WITH_TIMEOUT(
            (states = query(api, QStringLiteral("litellm_deployment_state"))).size() == 7, 30000);
        for (const QString &id : { QStringLiteral("azure-primary"), QStringLiteral("azure-secondary"),
                 QStringLiteral("openai-direct"), QStringLiteral("gpt-4o-azure"),
                 QStringLiteral("gpt-4o-openai"), QStringLiteral("embeddings-azure"),
                 QStringLiteral("embeddings-openai") })
            QVERIFY2(states.contains(id), qPrintable(id));

        // The configured 8/2/1 split, as a dashboard would compute it from the request counters.
        const QString totals = QStringLiteral(
            "sum by (model_id) (litellm_deployment_total_requests_total{requested_model=\"gpt-4o-mini\"})");
        QHash<QString, double> counts;
        const auto total = [&] {
            double sum = 0;
            for (double v : std::as_const(counts))
                sum += v;
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT((counts = query(api, totals), total() >= 300), 30000);
        const double primary = counts.value(QStringLiteral("azure-primary")) / total();
        const double secondary = counts.value(QStringLiteral("azure-secondary")) / total();
        const double direct = counts.value(QStringLiteral("openai-direct")) / total();
        qInfo("split seen by Prometheus over %.0f calls: %.1f%% / %.1f%% / %.1f%%", total(), primary * 100,
            secondary * 100, direct * 100);
        QVERIFY(std::abs(primary - 8.0 / 11) < 0.08);
        QVERIFY(std::abs(secondary - 2.0 / 11) < 0.08);
        QVERIFY(std::abs(direct - 1.0 / 11) < 0.08);

        // p95 latency per deployment from LiteLLM's buckets.
        const QString p95 = QStringLiteral("histogram_quantile(0.95, sum by (le, model_id) "
                                           "(rate(litellm_llm_api_latency_metric_bucket[10s])))");
        QHash<QString, double> quantiles;
        QTRY_VERIFY_WITH_TIMEOUT((quantiles = query(api, p95)).contains(QStringLiteral("azure-primary"))
                && std::isfinite(quantiles.value(QStringLiteral("azure-primary")))
                && quantiles.contains(QStringLiteral("azure-secondary")),
            30000);
        // Simulated p99 2.2 s and median 0.65 s: the p95 lies between, within bucket resolution.
        QVERIFY2(quantiles.value(QStringLiteral("azure-primary")) > 0.5
                && quantiles.value(QStringLiteral("azure-primary")) < 4.0,
            qPrintable(QString::number(quantiles.value(QStringLiteral("azure-primary")))));

        // A 429 storm on the primary: Prometheus sees it cooled down (state 2) and the cooldown counter move.
        const QByteArray fault = post(QUrl(QStringLiteral("http://127.0.0.1:%1/sim/faults").arg(port)),
            R"({"target":"azure-primary","kind":"rate_limit","duration_s":120})", "application/json",
            "sk-routedeck-demo");
        QVERIFY2(fault.contains("\"id\""), fault.constData());
        QTRY_COMPARE_WITH_TIMEOUT(
            query(api, QStringLiteral("max by (model_id) (litellm_deployment_state{model_id=\"azure-primary\"})"))
                .value(QStringLiteral("azure-primary")),
            2.0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            query(api, QStringLiteral("sum by (model_id) (litellm_deployment_cooled_down_total)"))
                    .value(QStringLiteral("azure-primary"))
                >= 1.0,
            30000);
        QCOMPARE(query(api, QStringLiteral("litellm_deployment_state{model_id=\"azure-secondary\"}"))
                     .value(QStringLiteral("azure-secondary")),
            0.0);

        prometheus.stop();
        sim.terminate();
        if (!sim.waitForFinished(5000)) {
            sim.kill();
            sim.waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimPrometheus)
#include "tst_simprometheus.moc"
