// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's /metrics: the text exposition format and LiteLLM's names, types, labels, buckets.
#include "litellmconfigcodec.h"
#include "litellmversion.h"
#include "litellmmetrics.h"
#include "metricsregistry.h"
#include "routerengine.h"
#include "simexpositioncheck.h"
#include "simulationparams.h"
#include "virtualclock.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace RouteDeck;
using RouteDeck::Test::checkExposition;

class TestSimMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallRegistryReadsAsExpected()
    {
        MetricsRegistry r;
        const auto c
            = r.addFamily("demo_requests", "Requests, by path", MetricsRegistry::Type::Counter, { "path" });
        const auto g = r.addFamily(
            "demo_state", "State\nwith a newline and a \\ backslash", MetricsRegistry::Type::Gauge, {});
        const auto h = r.addFamily(
            "demo_latency", "Latency (seconds)", MetricsRegistry::Type::Histogram, { "path" }, { 0.1, 1, 5 });
        r.add(c, { QStringLiteral("/a") });
        r.add(c, { QStringLiteral("/a") }, 2);
        r.add(c, { QStringLiteral("say \"hi\"\\n\nnow") });
        r.set(g, {}, 2);
        r.observe(h, { QStringLiteral("/a") }, 0.1); // le is inclusive
        r.observe(h, { QStringLiteral("/a") }, 0.5);
        r.observe(h, { QStringLiteral("/a") }, 7);
        // Kept as separate literals: moc would read a raw string's "# HELP" lines as directives.
        const QByteArray expected = "# HELP demo_requests_total Requests, by path\n"
                                    "# TYPE demo_requests_total counter\n"
                                    "demo_requests_total{path=\"/a\"} 3\n"
                                    "demo_requests_total{path=\"say \\\"hi\\\"\\\\n\\nnow\"} 1\n"
                                    "# HELP demo_state State\\nwith a newline and a \\\\ backslash\n"
                                    "# TYPE demo_state gauge\n"
                                    "demo_state 2\n"
                                    "# HELP demo_latency Latency (seconds)\n"
                                    "# TYPE demo_latency histogram\n"
                                    "demo_latency_bucket{path=\"/a\",le=\"0.1\"} 1\n"
                                    "demo_latency_bucket{path=\"/a\",le=\"1.0\"} 2\n"
                                    "demo_latency_bucket{path=\"/a\",le=\"5.0\"} 2\n"
                                    "demo_latency_bucket{path=\"/a\",le=\"+Inf\"} 3\n"
                                    "demo_latency_count{path=\"/a\"} 3\n"
                                    "demo_latency_sum{path=\"/a\"} 7.6\n";
        r.setExportCreated(false);
        QCOMPARE(QString::fromUtf8(r.render()), QString::fromUtf8(expected));
        QCOMPARE(checkExposition(r.render()), QString());

        // prometheus_client's _created gauges, each after its counter or histogram, with the series' labels.
        r.setExportCreated(true);
        const QByteArray text = r.render();
        QCOMPARE(checkExposition(text), QString());
        const qsizetype at = text.indexOf("# TYPE demo_requests_created gauge\n");
        QVERIFY(at > text.indexOf("demo_requests_total{path=\"say"));
        QVERIFY(at < text.indexOf("# TYPE demo_state gauge"));
        QVERIFY(text.indexOf("# TYPE demo_latency_created gauge\n") > text.indexOf("demo_latency_sum"));
        QVERIFY(!text.contains("demo_state_created"));
        const qsizetype line = text.indexOf("demo_requests_created{path=\"/a\"} ");
        QVERIFY(line > 0);
        const double created = text.mid(line + 33, text.indexOf(QByteArrayLiteral("\n"), line) - line - 33).toDouble();
        QVERIFY2(std::abs(created - QDateTime::currentSecsSinceEpoch()) < 600, text.mid(line, 60).constData());
    }

    void wrongLabelCountIsIgnored()
    {
        MetricsRegistry r;
        const auto c = r.addFamily("x", "x", MetricsRegistry::Type::Counter, { "a", "b" });
        r.add(c, { QStringLiteral("only one") });
        r.add(99, { QStringLiteral("no such family") });
        QCOMPARE(r.seriesCount(c), 0);
    }

    void seriesCap()
    {
        MetricsRegistry r;
        r.setMaxSeriesPerFamily(10);
        const auto c = r.addFamily("x", "x", MetricsRegistry::Type::Counter, { "a" });
        for (int i = 0; i < 50; ++i)
            r.add(c, { QString::number(i) });
        QCOMPARE(r.seriesCount(c), 10);
        QCOMPARE(r.droppedSeries(), 40);
    }

    void checkerCatchesBrokenExpositions_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no final newline")
            << QByteArray("# HELP a_total x\n# TYPE a_total counter\na_total 1") << QStringLiteral("newline");
        QTest::addRow("split family")
            << QByteArray("# HELP a_total x\n# TYPE a_total counter\na_total{x=\"1\"} 1\n"
                          "# HELP b y\n# TYPE b gauge\nb 1\na_total{x=\"2\"} 1\n")
            << QStringLiteral("outside its family");
        QTest::addRow("counter without _total")
            << QByteArray("# HELP a x\n# TYPE a counter\na 1\n") << QStringLiteral("does not end in _total");
        QTest::addRow("not cumulative")
            << QByteArray("# HELP h x\n# TYPE h histogram\nh_bucket{le=\"1.0\"} 3\nh_bucket{le=\"2.0\"} 2\n"
                          "h_bucket{le=\"+Inf\"} 3\nh_count 3\nh_sum 1\n")
            << QStringLiteral("not cumulative");
        QTest::addRow("count differs")
            << QByteArray("# HELP h x\n# TYPE h histogram\nh_bucket{le=\"+Inf\"} 3\nh_count 4\nh_sum 1\n")
            << QStringLiteral("differs from the +Inf bucket");
        QTest::addRow("bad escape") << QByteArray("# HELP g x\n# TYPE g gauge\ng{a=\"\\t\"} 1\n")
                                    << QStringLiteral("not a valid sample");
        QTest::addRow("two HELP") << QByteArray("# HELP g x\n# HELP g x\n# TYPE g gauge\ng 1\n")
                                  << QStringLiteral("second HELP");
    }

    void checkerCatchesBrokenExpositions()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const QString result = checkExposition(text);
        QVERIFY2(result.contains(problem), qPrintable(result));
    }

    void engineExpositionIsValid()
    {
        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        QVERIFY(demo.ok());
        const SimulationParamsResult params
            = SimulationParams::fromDocument(demo.config.document, demo.config);
        VirtualClock clock;
        RouterEngine engine(demo.config, params.params, &clock, 3);
        Fault storm;
        storm.target = QStringLiteral("azure-primary");
        storm.outcome = Outcome::RateLimit;
        storm.probability = 0.5;
        engine.faults().add(storm, 0);
        const QStringList agents = { QStringLiteral("intent_detection"),
            QStringLiteral("a \"quoted\" agent\\with\nnewline"), QString() };
        for (int i = 0; i < 3000; ++i) {
            CallRequest call;
            call.group = i % 7 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini");
            call.agent = agents.at(i % agents.size());
            engine.complete(call);
            clock.advance(0.1);
        }
        const QByteArray text = engine.renderMetrics();
        QCOMPARE(checkExposition(text), QString());
        QVERIFY(text.contains("metadata_agent=\"a \\\"quoted\\\" agent\\\\with\\nnewline\""));

        // LiteLLM's names and types.
        const QList<QPair<QByteArray, QByteArray>> families = {
            { "litellm_deployment_state", "gauge" },
            { "litellm_deployment_cooled_down_total", "counter" },
            { "litellm_deployment_total_requests_total", "counter" },
            { "litellm_deployment_success_responses_total", "counter" },
            { "litellm_deployment_failure_responses_total", "counter" },
            { "litellm_llm_api_latency_metric", "histogram" },
            { "litellm_request_total_latency_metric", "histogram" },
            { "litellm_llm_api_time_to_first_token_metric", "histogram" },
            { "litellm_deployment_latency_per_output_token", "histogram" },
            { "litellm_overhead_latency_metric", "histogram" },
            { "litellm_remaining_requests_metric", "gauge" },
            { "litellm_remaining_tokens_metric", "gauge" },
            { "litellm_input_tokens_metric_total", "counter" },
            { "litellm_output_tokens_metric_total", "counter" },
            { "litellm_total_tokens_metric_total", "counter" },
            { "litellm_spend_metric_total", "counter" },
            { "litellm_deployment_successful_fallbacks_total", "counter" },
            { "litellm_deployment_failed_fallbacks_total", "counter" },
            { "litellm_proxy_total_requests_metric_total", "counter" },
            { "litellm_proxy_failed_requests_metric_total", "counter" },
        };
        for (const auto &[name, type] : families)
            QVERIFY2(text.contains(QByteArray("# TYPE " + name + ' ' + type + '\n')), name.constData());

        // Labels the console joins on.
        QVERIFY(text.contains(
            "litellm_deployment_failure_responses_total{requested_model=\"gpt-4o-mini\",litellm_model_name="
            "\"gpt-4o-mini-ptu\",model_id=\"azure-primary\",api_base=\"https://"
            "primary.openai.azure.com\",api_provider=\"azure\","));
        QVERIFY(text.contains("exception_status=\"429\",exception_class=\"Azure.RateLimitError\",hashed_api_key="));
        // The cooldown callback's labels: the model without its provider, as on the request path
        // (cooldown_callbacks.py calls get_llm_provider), so state 2 lands on the request path's series.
        QVERIFY(text.contains("litellm_deployment_cooled_down_total{litellm_model_name=\"gpt-4o-mini-ptu\","
                              "model_id=\"azure-primary\",api_base=\"https://"
                              "primary.openai.azure.com\",api_provider=\"azure\",exception_status=\"429\","
                              "metadata_agent=\"None\"}"));

        // LiteLLM's latency buckets, in order, then +Inf.
        QList<QByteArray> bounds;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith("litellm_llm_api_latency_metric_bucket{")
                && line.contains("model_id=\"azure-secondary\"")
                && line.contains("hashed_api_key=\"None\"") && line.contains("metadata_agent=\"intent_detection\"")) {
                const qsizetype at = line.indexOf("le=\"") + 4;
                bounds.append(line.mid(at, line.indexOf('"', at) - at));
            }
        }
        // The 2026 default (PR 25527, litellm/types/integrations/prometheus.py LATENCY_BUCKETS).
        const QList<QByteArray> expected = { "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0",
            "2.0", "5.0", "10.0", "30.0", "60.0", "120.0", "300.0", "420.0", "600.0", "+Inf" };
        QCOMPARE(bounds, expected);
    }

    void labelSetsAreLiteLlms_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("list");
        QTest::addRow("newest") << LiteLlmVersion::newest().toString() << QStringLiteral("prometheus-families.txt");
        QTest::addRow("before 2026") << LiteLlmVersion::before2026().toString()
                                     << QStringLiteral("prometheus-families-pre2026.txt");
    }

    // Family by family, name, type and label names in order against the lists taken from LiteLLM's
    // prometheus.py (tests/data/litellm-real/). The demo config adds metadata_agent
    // (custom_prometheus_metadata_labels), which LiteLLM puts after a family's own labels and before
    // org_id/org_alias.
    void labelSetsAreLiteLlms()
    {
        QFETCH(QString, version);
        QFETCH(QString, list);
        QFile file(QStringLiteral(ROUTEDECK_SOURCE_DIR "/tests/data/litellm-real/") + list);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QByteArray, QPair<QByteArray, QList<QByteArray>>> litellm;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (line.startsWith('#') || fields.size() != 3)
                continue;
            QList<QByteArray> labels = fields.at(2).isEmpty() ? QList<QByteArray>() : fields.at(2).split(',');
            const qsizetype org = labels.indexOf("org_id");
            labels.insert(org >= 0 ? org : labels.size(), "metadata_agent");
            litellm.insert(fields.at(0), { fields.at(1), labels });
        }
        QVERIFY(litellm.size() > 40);

        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        QVERIFY(demo.ok());
        const SimulationParamsResult params = SimulationParams::fromDocument(demo.config.document, demo.config);
        VirtualClock clock;
        RouterEngine engine(demo.config, params.params, &clock, 5, *LiteLlmVersion::parse(version));
        Fault storm; // 429s: retries, cooldowns, and with every gpt-4o-mini deployment failing, fallbacks
        storm.target = QStringLiteral("azure");
        storm.outcome = Outcome::RateLimit;
        storm.probability = 0.7;
        engine.faults().add(storm, 0);
        Fault down = storm;
        down.id = QStringLiteral("down");
        down.target = QStringLiteral("openai-direct");
        down.probability = 1;
        engine.faults().add(down, 0);
        for (int i = 0; i < 2000; ++i) {
            CallRequest call;
            call.group = i % 5 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini");
            call.agent = QStringLiteral("intent_detection");
            call.inputTokens = 300;
            engine.complete(call);
            clock.advance(0.05);
        }
        CallRequest unknown;
        unknown.group = QStringLiteral("no-such-model");
        engine.complete(unknown);

        // name -> label names in order, from the first sample of each family.
        const QByteArray text = engine.renderMetrics();
        QMap<QByteArray, QByteArray> types;
        QMap<QByteArray, QList<QByteArray>> labels;
        QByteArray family;
        static const QRegularExpression label(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)=\"(?:[^\"\\\\]|\\\\.)*\""));
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith("# TYPE ")) {
                const QList<QByteArray> parts = line.split(' ');
                family = parts.at(2);
                types.insert(family, parts.at(3));
                continue;
            }
            if (line.isEmpty() || line.startsWith('#') || labels.contains(family))
                continue;
            QList<QByteArray> names;
            const QString labelText = QString::fromUtf8(line.mid(line.indexOf('{')));
            for (auto it = label.globalMatch(labelText); it.hasNext();) {
                const QByteArray name = it.next().captured(1).toUtf8();
                if (name != "le")
                    names.append(name);
            }
            labels.insert(family, names);
        }
        QStringList differences;
        int created = 0;
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            // prometheus_client's _created gauges: one per counter and histogram, with its labels.
            if (it.key().endsWith("_created")) {
                const QByteArray base = it.key().chopped(8);
                const QByteArray of = litellm.contains(base + "_total") ? base + "_total" : base;
                if (!litellm.contains(of) || it.value() != "gauge" || labels.value(it.key()) != labels.value(of))
                    differences.append(QStringLiteral("%1: not the _created gauge of a family").arg(QString::fromUtf8(it.key())));
                ++created;
                continue;
            }
            if (!litellm.contains(it.key())) {
                differences.append(QStringLiteral("%1: not a LiteLLM family").arg(QString::fromUtf8(it.key())));
                continue;
            }
            const auto &[type, expected] = litellm.value(it.key());
            if (type != it.value())
                differences.append(QStringLiteral("%1: type %2, LiteLLM's is %3")
                                       .arg(QString::fromUtf8(it.key()), QString::fromUtf8(it.value()), QString::fromUtf8(type)));
            if (!labels.contains(it.key()))
                differences.append(QStringLiteral("%1: no sample to read the labels from").arg(QString::fromUtf8(it.key())));
            else if (labels.value(it.key()) != expected)
                differences.append(QStringLiteral("%1: labels %2, LiteLLM's are %3")
                                       .arg(QString::fromUtf8(it.key()), QString::fromUtf8(labels.value(it.key()).join(',')),
                                           QString::fromUtf8(expected.join(','))));
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
        QCOMPARE(types.size() - created, 20); // every family the simulator exports was compared
        QCOMPARE(created, 17); // 12 counters, 5 histograms
    }

    void latencyBucketsBefore2026()
    {
        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        QVERIFY(demo.ok());
        const SimulationParamsResult params = SimulationParams::fromDocument(demo.config.document, demo.config);
        VirtualClock clock;
        RouterEngine engine(demo.config, params.params, &clock, 7);
        engine.metrics().setLatencyBuckets(LiteLlmVersion::before2026().defaultLatencyBuckets());
        for (int i = 0; i < 300; ++i) {
            CallRequest call;
            call.group = QStringLiteral("gpt-4o-mini");
            engine.complete(call);
            clock.advance(0.1);
        }
        QList<QByteArray> bounds;
        for (const QByteArray &line : engine.renderMetrics().split('\n')) {
            if (line.startsWith("litellm_llm_api_latency_metric_bucket{") && line.contains("model_id=\"azure-secondary\"")
                && line.contains("hashed_api_key=\"None\"")) {
                const qsizetype at = line.indexOf("le=\"") + 4;
                bounds.append(line.mid(at, line.indexOf('"', at) - at));
            }
        }
        const QList<QByteArray> expected = { "0.005", "0.00625", "0.0125", "0.025", "0.05", "0.1", "0.5",
            "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5", "6.0", "6.5", "7.0", "7.5",
            "8.0", "8.5", "9.0", "9.5", "10.0", "15.0", "20.0", "25.0", "30.0", "60.0", "120.0", "180.0",
            "240.0", "300.0", "+Inf" };
        QCOMPARE(bounds, expected);
    }

    void promtoolAccepts()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed");
        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        const SimulationParamsResult params
            = SimulationParams::fromDocument(demo.config.document, demo.config);
        VirtualClock clock;
        RouterEngine engine(demo.config, params.params, &clock, 3);
        for (int i = 0; i < 200; ++i) {
            engine.complete({ QStringLiteral("gpt-4o-mini"), QStringLiteral("flow_generation"), 0, QString(),
                QStringLiteral("/chat/completions"), QString() });
            clock.advance(0.5);
        }
        QProcess process;
        process.start(promtool, { QStringLiteral("check"), QStringLiteral("metrics") });
        QVERIFY(process.waitForStarted());
        process.write(engine.renderMetrics());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QString output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        // Lint remarks about LiteLLM's own naming are not ours to fix; a parse error would be.
        QVERIFY2(!output.contains(QStringLiteral("error while linting")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("parse")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestSimMetrics)
#include "tst_simmetrics.moc"
