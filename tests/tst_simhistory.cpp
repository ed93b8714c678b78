// SPDX-License-Identifier: GPL-3.0-or-later
// routedeck-sim's fast-forwarded history (--history-days): seeded and byte-for-byte repeatable,
// well-formed OpenMetrics on a fixed grid, scaled to the configured load, shaped by the `past`
// changes, without litellm_spend_metric when asked; bad settings name the key.
#include "historywriter.h"
#include "litellmconfigcodec.h"
#include "simoptions.h"
#include "simulationparams.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace RouteDeck;

namespace {

const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");

struct Loaded
{
    RouterConfig config;
    SimulationParams params;
};

Loaded demo()
{
    const ConfigLoadResult loaded = LiteLlmConfigCodec::load(kDemoConfig);
    return { loaded.config, SimulationParams::fromDocument(loaded.config.document, loaded.config).params };
}

// name{labels} -> (time -> value)
QHash<QString, QMap<qint64, double>> parse(const QByteArray &text)
{
    QHash<QString, QMap<qint64, double>> series;
    static const QRegularExpression line(QStringLiteral("^([a-z_]+\\{.*\\}) (\\S+) (\\d+)$"));
    for (const QByteArray &raw : text.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (m.hasMatch())
            series[m.captured(1)].insert(m.captured(3).toLongLong(), m.captured(2).toDouble());
    }
    return series;
}

double sumAt(const QHash<QString, QMap<qint64, double>> &series, const QString &prefix, const QString &contains, qint64 t)
{
    double sum = 0;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (it.key().startsWith(prefix) && it.key().contains(contains))
            sum += it->value(t);
    }
    return sum;
}

} // namespace

class TestSimHistory : public QObject
{
    Q_OBJECT

    // 2026-03-15 12:00 local: the demo's `past` changes cut at local midnights before it.
    const QDateTime m_end = QDateTime(QDate(2026, 3, 15), QTime(12, 0));

    QByteArray write(const HistoryWriter::Options &options, HistoryWriter::Summary *summary = nullptr)
    {
        const Loaded d = demo();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QString error = HistoryWriter::write(d.config, d.params, options, &buffer, summary);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return buffer.data();
    }

    HistoryWriter::Options options(double days = 3) const
    {
        HistoryWriter::Options o;
        o.days = days;
        o.end = m_end;
        o.rps = 20;
        o.seed = 7;
        o.extraLabels = { { QStringLiteral("job"), QStringLiteral("routedeck-sim") },
                          { QStringLiteral("instance"), QStringLiteral("127.0.0.1:4000") } };
        return o;
    }

private Q_SLOTS:
    void seededAndWellFormed()
    {
        HistoryWriter::Summary summary;
        const QByteArray first = write(options(), &summary);
        QCOMPARE(write(options()), first); // the same seed and end: the same bytes
        QVERIFY(first.startsWith("# HELP litellm_input_tokens_metric "));
        QVERIFY(first.endsWith("# EOF\n"));
        QVERIFY(first.contains("# TYPE litellm_spend_metric counter\n"));
        QVERIFY(first.contains(",job=\"routedeck-sim\",instance=\"127.0.0.1:4000\"} "));

        // 3 days of 30-minute steps: 145 samples per series on a grid of whole half hours, each
        // series starting at 0 and never decreasing.
        const auto series = parse(first);
        QCOMPARE(summary.steps, 144);
        QCOMPARE(summary.series, series.size());
        QCOMPARE(summary.samples, 145 * series.size());
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            QCOMPARE(it->size(), 145);
            QCOMPARE(it->first(), 0.0);
            double previous = 0;
            for (auto point = it->cbegin(); point != it->cend(); ++point) {
                QCOMPARE(point.key() % 1800, 0);
                QVERIFY2(point.value() >= previous, qPrintable(it.key()));
                previous = point.value();
            }
        }
        // The configured load: 20 calls/s for 3 days, within the sampling's noise.
        const qint64 end = m_end.toSecsSinceEpoch();
        const double requests = sumAt(series, QStringLiteral("litellm_proxy_total_requests_metric_total{"), QString(), end);
        qInfo("%.0f requests represented by %lld simulated calls (each counted %.0f times)", requests,
              summary.simulatedCalls, summary.scale);
        QVERIFY(std::abs(requests / (20.0 * 3 * 86400) - 1) < 0.03);
        QCOMPARE(summary.scale, 20.0 * 1800 / 150);
        // Every successful call pays: the counters' spend is the simulator's.
        QVERIFY(std::abs(sumAt(series, QStringLiteral("litellm_spend_metric_total{"), QString(), end) / summary.spend - 1) < 1e-9);
    }

    void pastChangesShapeTheHistory()
    {
        // Demo: until yesterday (14 March 00:00) flow_generation sent 650 input tokens, since then 1,400.
        const auto series = parse(write(options()));
        const qint64 cut = QDateTime(QDate(2026, 3, 14), QTime(0, 0)).toSecsSinceEpoch();
        const qint64 start = m_end.toSecsSinceEpoch() - 3 * 86400;
        const qint64 end = m_end.toSecsSinceEpoch();
        const QString flow = QStringLiteral("metadata_agent=\"flow_generation\"");
        const auto perCall = [&](qint64 from, qint64 to) {
            const double input = sumAt(series, QStringLiteral("litellm_input_tokens_metric_total{"), flow, to)
                - sumAt(series, QStringLiteral("litellm_input_tokens_metric_total{"), flow, from);
            const double calls = sumAt(series, QStringLiteral("litellm_deployment_success_responses_total{"), flow, to)
                - sumAt(series, QStringLiteral("litellm_deployment_success_responses_total{"), flow, from);
            return input / calls;
        };
        QCOMPARE(perCall(start, cut), 650.0);
        QCOMPARE(perCall(cut, end), 1400.0);
        // Teams come from the agents.
        QVERIFY(sumAt(series, QStringLiteral("litellm_spend_metric_total{"), QStringLiteral("team=\"builder\""), end) > 0);
        QCOMPARE(sumAt(series, QStringLiteral("litellm_spend_metric_total{"), QStringLiteral("team=\"None\""), end), 0.0);
    }

    void withoutSpendMetric()
    {
        HistoryWriter::Options o = options(1);
        o.exportSpend = false;
        HistoryWriter::Summary summary;
        const QByteArray text = write(o, &summary);
        QVERIFY(!text.contains("litellm_spend_metric"));
        QVERIFY(text.contains("litellm_input_tokens_metric_total{"));
        QVERIFY(summary.spend > 0); // the simulator still knows what it cost
    }

    void needsALoad()
    {
        const Loaded d = demo();
        HistoryWriter::Options o = options(1);
        o.rps = 0;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(HistoryWriter::write(d.config, d.params, o, &buffer).contains(QStringLiteral("simulation.load.rps")));
    }

    void badSettingsNameTheKey_data()
    {
        QTest::addColumn<QString>("history");
        QTest::addColumn<QString>("problem");
        QTest::addRow("step") << "{ step_s: 10 }" << "simulation.history.step_s must be a number from 60 to 86400, got 10";
        QTest::addRow("swing") << "{ daily_swing: 2 }" << "simulation.history.daily_swing must be a number from 0 to 0.95, got 2";
        QTest::addRow("past not a list") << "{ past: 3 }" << "simulation.history.past must be a list";
        QTest::addRow("no cut") << "{ past: [ { agent: a, input_tokens: 5 } ] }"
                                << "simulation.history.past[0].until_days_ago must be a number";
        QTest::addRow("typo") << "{ stepp: 60 }" << "warning: simulation.history.stepp is not known";
        QTest::addRow("bad multiplier") << "{ past: [ { until_days_ago: 1, group: g, load_multiplier: -1 } ] }"
                                        << "simulation.history.past[0].load_multiplier must be a number from 0 to 1000";
    }

    void badSettingsNameTheKey()
    {
        QFETCH(QString, history);
        QFETCH(QString, problem);
        const QByteArray yaml = "model_list:\n  - model_name: g\n    litellm_params: { model: openai/gpt-4o }\n"
                                "simulation:\n  history: "
            + history.toUtf8() + "\n";
        const ConfigLoadResult loaded = LiteLlmConfigCodec::parse(yaml, QStringLiteral("config.yaml"));
        QVERIFY(loaded.ok());
        const SimulationParamsResult params = SimulationParams::fromDocument(loaded.config.document, loaded.config);
        QStringList messages;
        for (const Problem &p : params.problems)
            messages.append(p.toString());
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(problem), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QStringList base { QStringLiteral("routedeck-sim"), QStringLiteral("--config"), QStringLiteral("c.yaml") };
        QTest::addRow("ok") << base + QStringList { QStringLiteral("--history-days"), QStringLiteral("7"), QStringLiteral("--history-out"),
                                                    QStringLiteral("h.om"), QStringLiteral("--history-label"), QStringLiteral("job=x") }
                            << QString();
        QTest::addRow("no out") << base + QStringList { QStringLiteral("--history-days"), QStringLiteral("7") }
                                << "--history-days needs --history-out FILE";
        QTest::addRow("too long") << base + QStringList { QStringLiteral("--history-days"), QStringLiteral("900"), QStringLiteral("--history-out"), QStringLiteral("-") }
                                  << "--history-days must be a number of days from 0 to 400, got '900'";
        QTest::addRow("bad label") << base + QStringList { QStringLiteral("--history-label"), QStringLiteral("__name__=x") }
                                   << "--history-label must be NAME=VALUE with a Prometheus label name, got '__name__=x'";
        QTest::addRow("bad end") << base + QStringList { QStringLiteral("--history-end"), QStringLiteral("yesterday") }
                                 << "--history-end must be Unix seconds, got 'yesterday'";
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const SimOptionsResult result = SimOptions::parse(arguments);
        QCOMPARE(result.error.left(error.size()), error);
        if (error.isEmpty()) {
            QCOMPARE(result.options.historyDays, 7.0);
            QCOMPARE(result.options.historyLabels.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimHistory)
#include "tst_simhistory.moc"
