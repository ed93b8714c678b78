// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the real routedeck-sim fast-forwards eight days of the demo router (seeded, known
// prices), promtool imports them into a real Prometheus, and CostService / `routedeckctl cost`
// read them back. Totals and per-agent splits must match the simulator's own counters within 1%;
// the same run without a spend metric must be estimated from the price table to the same numbers;
// an empty range says "no data". A live run (Prometheus scraping the simulator every second) covers
// the scrape path and the estimate there.
#include "costformat.h"
#include "costservice.h"
#include "litellmconfigcodec.h"
#include "support/prometheusprocess.h"
#include "support/simprocess.h"
#include "support/toolrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace RouteDeck;

namespace {

const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");
const QString kSim = QStringLiteral(ROUTEDECK_BINARY_DIR "/sim/routedeck-sim");
const QString kCtl = QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl");
constexpr int kHistoryDays = 8;

// What the simulator's counters say at the end of its history: per family, per label value.
struct Expected
{
    // family ("litellm_spend_metric") -> label value of `by` -> sum of the series' last values
    QHash<QString, QHash<QString, double>> by;
    QHash<QString, double> total;
};

Expected readOpenMetrics(const QString &path, const QString &label)
{
    QFile file(path);
    Expected expected;
    if (!file.open(QIODevice::ReadOnly))
        return expected;
    static const QRegularExpression line(QStringLiteral("^([a-z_]+)_total\\{(.*)\\} (\\S+) (\\d+)$"));
    const QRegularExpression labelValue(label + QStringLiteral("=\"([^\"]*)\""));
    QHash<QString, double> last; // family + labels -> last value
    QHash<QString, QPair<QString, QString>> keys;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            continue;
        const QString series = m.captured(1) + QLatin1Char('{') + m.captured(2);
        last.insert(series, m.captured(3).toDouble());
        keys.insert(series, { m.captured(1), labelValue.match(m.captured(2)).captured(1) });
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const auto [family, value] = keys.value(it.key());
        expected.by[family][value] += it.value();
        expected.total[family] += it.value();
    }
    return expected;
}

bool within(double actual, double expected, double tolerance)
{
    return std::isfinite(actual) && std::abs(actual - expected) <= tolerance * std::abs(expected);
}

QString runTool(const QString &program, const QStringList &arguments, int *exitCode, QString *errors = nullptr)
{
    const Test::ToolRun run = Test::runTool(program, arguments);
    *exitCode = run.exitCode;
    if (errors)
        *errors = run.err;
    return run.out;
}

} // namespace

class TestCostLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::PrometheusProcess m_prometheus;
    QDateTime m_start; // first sample of the history
    QDateTime m_end; // last sample
    Expected m_withSpend;
    Expected m_withSpendByGroup; // spend has no requested_model (as in LiteLLM): by model_id, summed per group
    Expected m_withSpendByTeam;
    Expected m_noSpend;
    QString m_promtool;

    // Fetches a report through CostService and waits for it.
    std::optional<CostReport> fetch(const CostRequest &request, const QString &selector, QString *failure = nullptr)
    {
        CostService::Settings settings;
        settings.prometheus.baseUrl = m_prometheus.baseUrl();
        settings.selector = selector;
        settings.timeZone = QTimeZone::utc();
        CostService service(settings);
        QSignalSpy ready(&service, &CostService::reportReady);
        QSignalSpy failed(&service, &CostService::fetchFailed);
        const quint64 id = service.fetch(request);
        if (!QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, 60000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            if (failure)
                *failure = failed.first().at(1).toString();
            return std::nullopt;
        }
        if (ready.first().at(0).toULongLong() != id)
            return std::nullopt;
        return ready.first().at(1).value<CostReport>();
    }

    CostRequest historyRange(const QString &dimension = QStringLiteral("metadata_agent")) const
    {
        CostRequest request;
        request.preset = CostRangePreset::Custom;
        request.from = m_start;
        request.to = m_end;
        request.bucket = CostBucket::Day;
        request.dimension = dimension;
        return request;
    }

    bool writeHistory(const QString &job, const QString &config, const QStringList &extra, const QString &path, QString *log)
    {
        int code = 0;
        runTool(kSim,
                QStringList { QStringLiteral("--config"), config, QStringLiteral("--history-days"), QString::number(kHistoryDays),
                              QStringLiteral("--history-end"), QString::number(m_end.toSecsSinceEpoch()), QStringLiteral("--seed"),
                              QStringLiteral("7"), QStringLiteral("--rps"), QStringLiteral("10"), QStringLiteral("--history-out"), path,
                              QStringLiteral("--history-label"), QStringLiteral("job=") + job }
                    + extra,
                &code, log);
        return code == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!Test::PrometheusProcess::isAvailable())
            QSKIP("prometheus is not installed");
        m_promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (m_promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus)");
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale::c());

        // The history ends on the last whole hour: hourly increase() windows then hold samples at
        // both ends and add up exactly.
        const qint64 hour = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
        m_end = QDateTime::fromSecsSinceEpoch(hour, QTimeZone::utc());
        m_start = m_end.addDays(-kHistoryDays);
        QString log;
        const QString withSpend = m_dir.filePath(QStringLiteral("with-spend.om"));
        const QString noSpend = m_dir.filePath(QStringLiteral("no-spend.om"));
        // The "withspend" router also labels its metrics with a metadata field the catalog does not know
        // (litellm_settings.custom_prometheus_metadata_labels): the cost "by" list must find it in the data.
        QFile demoConfig(kDemoConfig);
        QVERIFY(demoConfig.open(QIODevice::ReadOnly));
        QByteArray tenantConfig = demoConfig.readAll();
        QVERIFY(tenantConfig.contains(R"(custom_prometheus_metadata_labels: ["metadata.agent"])"));
        tenantConfig.replace(R"(custom_prometheus_metadata_labels: ["metadata.agent"])",
            R"(custom_prometheus_metadata_labels: ["metadata.agent", "metadata.tenant"])");
        const QString withTenant = m_dir.filePath(QStringLiteral("with-tenant.yaml"));
        QFile tenantFile(withTenant);
        QVERIFY(tenantFile.open(QIODevice::WriteOnly) && tenantFile.write(tenantConfig) == tenantConfig.size());
        tenantFile.close();
        QVERIFY2(writeHistory(QStringLiteral("withspend"), withTenant, {}, withSpend, &log), qPrintable(log));
        qInfo("%s", qPrintable(log.trimmed()));
        QVERIFY2(writeHistory(QStringLiteral("nospend"), kDemoConfig, { QStringLiteral("--no-spend-metric") }, noSpend, &log), qPrintable(log));
        m_withSpend = readOpenMetrics(withSpend, QStringLiteral("metadata_agent"));
        const Expected byDeployment = readOpenMetrics(withSpend, QStringLiteral("model_id"));
        const ConfigLoadResult demo = LiteLlmConfigCodec::load(kDemoConfig);
        QVERIFY(demo.ok());
        for (auto family = byDeployment.by.cbegin(); family != byDeployment.by.cend(); ++family) {
            for (auto id = family.value().cbegin(); id != family.value().cend(); ++id) {
                const Deployment *d = demo.config.findDeployment(id.key());
                m_withSpendByGroup.by[family.key()][d ? d->group : id.key()] += id.value();
            }
        }
        m_withSpendByTeam = readOpenMetrics(withSpend, QStringLiteral("team"));
        m_noSpend = readOpenMetrics(noSpend, QStringLiteral("metadata_agent"));
        QVERIFY(m_withSpend.total.value(QStringLiteral("litellm_spend_metric")) > 0);
        QVERIFY(!m_noSpend.total.contains(QStringLiteral("litellm_spend_metric")));

        // Prometheus imports the blocks at start: start once for the data directory, stop, add, restart.
        m_prometheus.setExtraArguments({ QStringLiteral("--storage.tsdb.retention.time=60d") });
        QVERIFY2(m_prometheus.start({}, 1), qPrintable(m_prometheus.errorString()));
        QVERIFY2(m_prometheus.waitUntilReady(), qPrintable(m_prometheus.errorString()));
        m_prometheus.stop();
        for (const QString &file : { withSpend, noSpend }) {
            int code = 0;
            QString errors;
            runTool(m_promtool,
                    { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                      QStringLiteral("--quiet"), QStringLiteral("--max-block-duration=10000h"), file, m_prometheus.dataDirectory() },
                    &code, &errors);
            QVERIFY2(code == 0, qPrintable(errors));
        }
        QVERIFY2(m_prometheus.restart(), qPrintable(m_prometheus.errorString()));
        QVERIFY2(m_prometheus.waitUntilReady(), qPrintable(m_prometheus.errorString()));
    }

    void totalsAndAgentSplitsMatchTheSimulator()
    {
        QString failure;
        const std::optional<CostReport> report = fetch(historyRange(), QStringLiteral("job=\"withspend\""), &failure);
        QVERIFY2(report, qPrintable(failure));
        QVERIFY(report->hasData());
        QVERIFY(!report->spendEstimated());
        const CostFigures &total = report->total().total;
        const double spend = m_withSpend.total.value(QStringLiteral("litellm_spend_metric"));
        qInfo("spend: simulator %.4f, Prometheus via CostReport %.4f (%+.4f %%)", spend, total.spend,
              (total.spend / spend - 1) * 100);
        QVERIFY2(within(total.spend, spend, 0.01), qPrintable(QString::number(total.spend)));
        QVERIFY(within(total.inputTokens, m_withSpend.total.value(QStringLiteral("litellm_input_tokens_metric")), 0.01));
        QVERIFY(within(total.outputTokens, m_withSpend.total.value(QStringLiteral("litellm_output_tokens_metric")), 0.01));
        QVERIFY(within(total.requests, m_withSpend.total.value(QStringLiteral("litellm_deployment_total_requests")), 0.01));
        QVERIFY(within(total.successes, m_withSpend.total.value(QStringLiteral("litellm_deployment_success_responses")), 0.01));

        const QList<CostItem> &agents = report->items(CostBreakdown::Dimension);
        QCOMPARE(agents.size(), 3);
        for (const CostItem &agent : agents) {
            const double expectedSpend = m_withSpend.by.value(QStringLiteral("litellm_spend_metric")).value(agent.key);
            const double expectedInput = m_withSpend.by.value(QStringLiteral("litellm_input_tokens_metric")).value(agent.key);
            qInfo("%-18s spend %10.2f expected %10.2f; share %.2f %%", qPrintable(agent.key), agent.total.spend, expectedSpend,
                  agent.total.spend / total.spend * 100);
            QVERIFY2(within(agent.total.spend, expectedSpend, 0.01), qPrintable(agent.key));
            QVERIFY2(within(agent.total.inputTokens, expectedInput, 0.01), qPrintable(agent.key));
        }
        for (const CostItem &group : report->items(CostBreakdown::Group))
            QVERIFY2(within(group.total.spend, m_withSpendByGroup.by.value(QStringLiteral("litellm_spend_metric")).value(group.key), 0.01),
                     qPrintable(group.key));

        // The demo's story is in the data: flow_generation's prompt grew yesterday (650 -> 1,400 tokens).
        const CostItem *flow = nullptr;
        for (const CostItem &agent : agents) {
            if (agent.key == QLatin1String("flow_generation"))
                flow = &agent;
        }
        QVERIFY(flow);
        QVERIFY(report->dayComparisonAvailable());
        const double before = flow->previousDay.averageInputTokens();
        const double after = flow->lastDay.averageInputTokens();
        qInfo("flow_generation input tokens per call: %.0f the day before, %.0f yesterday", before, after);
        QVERIFY(within(before, 650, 0.02));
        QVERIFY(within(after, 1400, 0.02));
        QCOMPARE(report->topIncreases(CostBreakdown::Dimension).first().key, QStringLiteral("flow_generation"));
    }

    void teamsComeFromTheAgents()
    {
        const std::optional<CostReport> report = fetch(historyRange(QStringLiteral("team")), QStringLiteral("job=\"withspend\""));
        QVERIFY(report);
        QStringList teams;
        for (const CostItem &team : report->items(CostBreakdown::Dimension)) {
            teams.append(team.key);
            QVERIFY2(within(team.total.spend, m_withSpendByTeam.by.value(QStringLiteral("litellm_spend_metric")).value(team.key), 0.01),
                     qPrintable(team.key));
        }
        teams.sort();
        QCOMPARE(teams, (QStringList { QStringLiteral("builder"), QStringLiteral("search"), QStringLiteral("support") }));
    }

    void missingSpendMetricFallsBackToTheEstimate()
    {
        // The same seeded run without litellm_spend_metric: the price table (the built-in one has the
        // demo's prices) must give the simulator's own spend back.
        QString failure;
        const std::optional<CostReport> report = fetch(historyRange(), QStringLiteral("job=\"nospend\""), &failure);
        QVERIFY2(report, qPrintable(failure));
        QVERIFY(report->hasData());
        QVERIFY(report->spendMetricMissing());
        QVERIFY(report->spendEstimated());
        QVERIFY(report->notes().first().contains(QStringLiteral("estimated")));
        const double spend = m_withSpend.total.value(QStringLiteral("litellm_spend_metric"));
        qInfo("estimated spend %.4f against the simulator's %.4f (%+.4f %%)", report->total().total.spend, spend,
              (report->total().total.spend / spend - 1) * 100);
        QVERIFY(within(report->total().total.spend, spend, 0.01));
        for (const CostItem &agent : report->items(CostBreakdown::Dimension)) {
            QVERIFY(agent.total.spendEstimated);
            QVERIFY2(within(agent.total.spend, m_withSpend.by.value(QStringLiteral("litellm_spend_metric")).value(agent.key), 0.01),
                     qPrintable(agent.key));
        }
        // The command line says so too.
        int code = 0;
        const QString text = runTool(kCtl,
                                     { QStringLiteral("cost"), QStringLiteral("--prometheus"), m_prometheus.baseUrl().toString(),
                                       QStringLiteral("--selector"), QStringLiteral("job=\"nospend\""), QStringLiteral("--range"),
                                       m_start.toString(Qt::ISODate) + QStringLiteral("..") + m_end.toString(Qt::ISODate),
                                       QStringLiteral("--by"), QStringLiteral("metadata_agent"), QStringLiteral("--utc") },
                                     &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QStringLiteral("Spend (estimated): ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SPEND (ESTIMATED)")), qPrintable(text));
    }

    void commandLinePrintsTheSameTotals()
    {
        const std::optional<CostReport> report = fetch(historyRange(), QStringLiteral("job=\"withspend\""));
        QVERIFY(report);
        int code = 0;
        const QStringList common { QStringLiteral("cost"), QStringLiteral("--prometheus"), m_prometheus.baseUrl().toString(),
                                   QStringLiteral("--selector"), QStringLiteral("job=\"withspend\""), QStringLiteral("--range"),
                                   m_start.toString(Qt::ISODate) + QStringLiteral("..") + m_end.toString(Qt::ISODate),
                                   QStringLiteral("--by"), QStringLiteral("metadata_agent"), QStringLiteral("--utc") };
        const QJsonObject json = QJsonDocument::fromJson(runTool(kCtl, common + QStringList { QStringLiteral("--json") }, &code).toUtf8()).object();
        QCOMPARE(code, 0);
        QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("metadata_agent"));
        QCOMPARE(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("spend")).toDouble(), report->total().total.spend);
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        for (const QJsonValue &item : items) {
            const QString key = item.toObject().value(QStringLiteral("key")).toString();
            for (const CostItem &agent : report->items(CostBreakdown::Dimension)) {
                if (agent.key == key)
                    QCOMPARE(item.toObject().value(QStringLiteral("spend")).toDouble(), agent.total.spend);
            }
        }
        const QString text = runTool(kCtl, common, &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QStringLiteral("Spend: ") + CostFormat::money(report->total().total.spend, QStringLiteral("USD"))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("largest increase: flow_generation")), qPrintable(text));
        const QString csv = runTool(kCtl, common + QStringList { QStringLiteral("--csv") }, &code);
        QCOMPARE(csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4); // header and three agents
        QVERIFY(csv.startsWith(QStringLiteral("Agent,Spend (USD),")));
    }

    void emptyRangeSaysNoData()
    {
        CostRequest request = historyRange();
        request.from = m_start.addDays(-40);
        request.to = m_start.addDays(-38);
        const std::optional<CostReport> report = fetch(request, QStringLiteral("job=\"withspend\""));
        QVERIFY(report);
        QVERIFY(!report->hasData());
        QVERIFY(std::isnan(report->total().total.spend));
        int code = 0;
        const QStringList arguments { QStringLiteral("cost"), QStringLiteral("--prometheus"), m_prometheus.baseUrl().toString(),
                                      QStringLiteral("--range"),
                                      request.from.toString(Qt::ISODate) + QStringLiteral("..") + request.to.toString(Qt::ISODate),
                                      QStringLiteral("--utc") };
        const QString text = runTool(kCtl, arguments, &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QStringLiteral("No data for this range.")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("$0.00")), qPrintable(text));
        const QJsonObject json
            = QJsonDocument::fromJson(runTool(kCtl, arguments + QStringList { QStringLiteral("--json") }, &code).toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("hasData")).toBool(true), false);
        QVERIFY(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("spend")).isNull());
    }

    void pricesPerProfile()
    {
        // A profile's own file when it names one, else prices/<profile>.yaml beside the profiles; the
        // built-in table until that file exists.
        QCOMPARE(CostService::priceTablePath(QStringLiteral("prod"), QStringLiteral("/etc/p.yaml")), QStringLiteral("/etc/p.yaml"));
        const QString own = CostService::priceTablePath(QStringLiteral("Local demo/../x"), QString());
        QVERIFY2(own.endsWith(QStringLiteral("/prices/Local_demo_.._x.yaml")), qPrintable(own));
        Problems problems;
        QCOMPARE(CostService::loadPrices(m_dir.filePath(QStringLiteral("none.yaml")), &problems), PriceTable::builtIn());
        PriceTable edited;
        edited.setPrice(QStringLiteral("gpt-4o"), { 1, 2 });
        const QString path = m_dir.filePath(QStringLiteral("prices/prod.yaml"));
        QCOMPARE(edited.save(path), QString());
        QCOMPARE(CostService::loadPrices(path, &problems), edited);
        QVERIFY(problems.isEmpty());
    }

    void catalogWithoutCostQueriesSaysSo()
    {
        QByteArray text = "name: old\nqueries:\n";
        for (const QString &name : QueryCatalog::requiredQueries())
            text += "  " + name.toUtf8() + ": up\n";
        CostService::Settings settings;
        settings.prometheus.baseUrl = m_prometheus.baseUrl();
        settings.catalog = QueryCatalog::parse(text, QStringLiteral("old.yaml"), nullptr);
        CostService service(settings);
        QSignalSpy failed(&service, &CostService::fetchFailed);
        service.fetch(historyRange());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(failed.first().at(1).toString().startsWith(QStringLiteral("The query catalog 'old' has no cost queries")));
    }

    void dimensionsComeFromTheData()
    {
        // The catalog offers a label the data lacks ("feature"): Prometheus' label names drop it and
        // keep what the token series carry; the demo's metadata_agent is among them.
        QFile builtIn(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/queries/litellm.yaml"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QByteArray text = builtIn.readAll();
        QVERIFY(text.contains("cost_dimensions: [metadata_agent, team, api_key_alias]"));
        text.replace("cost_dimensions: [metadata_agent, team, api_key_alias]", "cost_dimensions: [feature, team, api_key_alias]");
        CostService::Settings settings;
        settings.prometheus.baseUrl = m_prometheus.baseUrl();
        settings.catalog = QueryCatalog::parse(text, QStringLiteral("custom.yaml"), nullptr);
        CostService service(settings);
        QSignalSpy found(&service, &CostService::dimensionsFound);
        QSignalSpy failed(&service, &CostService::fetchFailed);
        CostRequest byAgent = historyRange(QStringLiteral("metadata_agent"));
        service.fetch(byAgent);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000); // before discovery: not a dimension of the catalog
        service.discoverDimensions();
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().first().toStringList(),
            (QStringList { QStringLiteral("team"), QStringLiteral("api_key_alias"), QStringLiteral("metadata_agent"),
                QStringLiteral("metadata_tenant") }));
        QSignalSpy ready(&service, &CostService::reportReady);
        service.fetch(byAgent);
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.first().at(1).value<CostReport>().items(CostBreakdown::Dimension).size(), 3);
    }

    // routedeckctl takes the same labels: one the catalog does not list but the data carries is a "by",
    // one neither has is refused with the list of what there is.
    void commandLineTakesDimensionsFromTheData()
    {
        const QStringList common { QStringLiteral("cost"), QStringLiteral("--prometheus"), m_prometheus.baseUrl().toString(),
                                   QStringLiteral("--selector"), QStringLiteral("job=\"withspend\""), QStringLiteral("--range"),
                                   m_start.toString(Qt::ISODate) + QStringLiteral("..") + m_end.toString(Qt::ISODate),
                                   QStringLiteral("--utc"), QStringLiteral("--json"), QStringLiteral("--by") };
        int code = 0;
        QString errors;
        const QJsonObject json
            = QJsonDocument::fromJson(runTool(kCtl, common + QStringList { QStringLiteral("metadata_tenant") }, &code, &errors).toUtf8())
                  .object();
        QVERIFY2(code == 0, qPrintable(errors));
        QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("metadata_tenant"));
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1); // no request carried metadata.tenant: LiteLLM writes "None"
        QCOMPARE(items.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("None"));
        QCOMPARE(items.first().toObject().value(QStringLiteral("spend")).toDouble(),
            json.value(QStringLiteral("total")).toObject().value(QStringLiteral("spend")).toDouble());

        runTool(kCtl, common + QStringList { QStringLiteral("metadata_nosuch") }, &code, &errors);
        QCOMPARE(code, 2);
        QVERIFY2(errors.contains(QStringLiteral("--by takes model, deployment, provider or a label of the token series "
                                                "(metadata_agent, team, api_key_alias, metadata_tenant); got 'metadata_nosuch'")),
            qPrintable(errors));
        runTool(kCtl, common + QStringList { QStringLiteral("not-a-label") }, &code, &errors);
        QCOMPARE(code, 2);
        QVERIFY2(errors.contains(QStringLiteral("got 'not-a-label'")), qPrintable(errors));
    }

    void unreachablePrometheusIsAnError()
    {
        int code = 0;
        QString errors;
        runTool(kCtl,
                { QStringLiteral("cost"), QStringLiteral("--prometheus"),
                  QStringLiteral("http://127.0.0.1:%1").arg(Test::PrometheusProcess::freePort()), QStringLiteral("--timeout"),
                  QStringLiteral("20") },
                &code, &errors);
        QCOMPARE(code, 2);
        QVERIFY2(errors.contains(QStringLiteral("cost query")), qPrintable(errors));
    }

    void liveScrapeWithoutSpendMetric()
    {
        // A live simulator without spend tracking, scraped every second: the current hour's estimate
        // follows the token counters (increase() extrapolates up to a scrape interval at the ends of a
        // young series, a few percent of 50 seconds of data: hence 10%).
        Test::SimProcess sim;
        QVERIFY2(sim.start(kDemoConfig, { QStringLiteral("--rps"), QStringLiteral("40"), QStringLiteral("--instant"),
                                          QStringLiteral("--no-spend-metric"), QStringLiteral("--seed"), QStringLiteral("3") }),
                 qPrintable(sim.errorString()));
        Test::PrometheusProcess prometheus;
        prometheus.setJobName(QStringLiteral("live"));
        QVERIFY2(prometheus.start({ sim.target() }, 1), qPrintable(prometheus.errorString()));
        QVERIFY2(prometheus.waitUntilReady(), qPrintable(prometheus.errorString()));

        CostService::Settings settings;
        settings.prometheus.baseUrl = prometheus.baseUrl();
        settings.timeZone = QTimeZone::utc();
        CostService service(settings);
        QSignalSpy ready(&service, &CostService::reportReady);
        CostRequest request;
        request.preset = CostRangePreset::Last24Hours;
        request.bucket = CostBucket::Hour;
        std::optional<CostReport> report;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                ready.clear();
                service.fetch(request);
                if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, 20000))
                    return false;
                report = ready.first().at(1).value<CostReport>();
                return report->hasData() && report->total().total.requests > 2000;
            }(),
            120000);
        QVERIFY(report->spendMetricMissing());
        QCOMPARE(report->bucketStarts().size(), 24);
        // Expected: what the token counters gained since Prometheus first saw them, priced by group
        // (increase() cannot know what a counter held at its first scrape).
        QNetworkAccessManager network;
        const auto instant = [&](const QString &query) {
            QUrl url = prometheus.baseUrl();
            url.setPath(QStringLiteral("/api/v1/query"));
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("query"), query);
            q.addQueryItem(QStringLiteral("time"), QString::number(report->to().toSecsSinceEpoch()));
            url.setQuery(q);
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
            reply->deleteLater();
            QHash<QString, double> values;
            const QJsonArray result = QJsonDocument::fromJson(reply->readAll())
                                          .object()
                                          .value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("result"))
                                          .toArray();
            for (const QJsonValue &r : result)
                values.insert(r.toObject().value(QStringLiteral("metric")).toObject().value(QStringLiteral("requested_model")).toString(),
                              r.toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble());
            return values;
        };
        const auto gained = [&](const QString &metric) {
            return instant(QStringLiteral("sum by (requested_model) (%1) - sum by (requested_model) (min_over_time(%1[1h]))").arg(metric));
        };
        const QHash<QString, double> input = gained(QStringLiteral("litellm_input_tokens_metric_total"));
        const QHash<QString, double> output = gained(QStringLiteral("litellm_output_tokens_metric_total"));
        const PriceTable prices = PriceTable::builtIn();
        double expected = 0;
        for (auto it = input.cbegin(); it != input.cend(); ++it)
            expected += prices.prices().value(it.key()).costOf(it.value(), output.value(it.key()));
        qInfo("live estimate %.4f USD, counters priced %.4f USD", report->total().total.spend, expected);
        QVERIFY(expected > 0);
        QVERIFY(within(report->total().total.spend, expected, 0.10));
    }
};

QTEST_GUILESS_MAIN(TestCostLive)
#include "tst_cost_live.moc"
