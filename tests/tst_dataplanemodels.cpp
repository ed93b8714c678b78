// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the data plane: catalog, router API decoding, snapshot join, series store, backoff,
// connection profiles.
#include "backfillseries.h"
#include "backoff.h"
#include "compactpoints.h"
#include "cooldowntimeline.h"
#include "connectionprofile.h"
#include "cooldowntablemodel.h"
#include "incidentsummary.h"
#include "litellmconfigcodec.h"
#include "liveverdict.h"
#include "querycatalog.h"
#include "routerapidecoder.h"
#include "serieskeys.h"
#include "seriesreading.h"
#include "seriesstore.h"
#include "sharemath.h"
#include "snapshotassembler.h"
#include "viewformat.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace RouteDeck;

namespace {
PromSeries series(std::initializer_list<std::pair<const char *, const char *>> labels, double value, double time = 1000)
{
    PromSeries s;
    for (const auto &[name, v] : labels)
        s.labels.insert(QString::fromLatin1(name), QString::fromLatin1(v));
    s.samples.append({ time, value });
    return s;
}

PromQueryResult vector(QList<PromSeries> list)
{
    PromQueryResult r;
    r.series = std::move(list);
    return r;
}

Deployment deployment(const char *id, const char *group, double weight)
{
    Deployment d;
    d.id = QString::fromLatin1(id);
    d.group = QString::fromLatin1(group);
    d.weight = weight;
    d.provider = QStringLiteral("azure");
    return d;
}

// Requests per second over 1, 5 and 15 minutes for two deployments weighted 8:2.
SnapshotAssembler::Input judgedInput(std::array<std::pair<double, double>, 3> rates)
{
    SnapshotAssembler::Input input;
    input.time = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    input.routerAvailable = true;
    input.routerDeployments = { deployment("a", "g", 8), deployment("b", "g", 2) };
    input.metricsAvailable = true;
    PromQueryResult requests;
    PromQueryResult failures;
    for (size_t w = 0; w < rates.size(); ++w) {
        const QByteArray window = QByteArray::number(LiveVerdict::kWindowsSeconds[w]);
        requests.series << series({ { "model_id", "a" }, { "routedeck_window", window.constData() } }, rates[w].first)
                        << series({ { "model_id", "b" }, { "routedeck_window", window.constData() } }, rates[w].second);
        failures.series << series({ { "model_id", "a" }, { "exception_status", "429" }, { "routedeck_window", window.constData() } },
            rates[w].first / 10);
    }
    input.metrics.insert(SeriesReading::judgedKey(QStringLiteral("requests")), requests);
    input.metrics.insert(SeriesReading::judgedKey(QStringLiteral("failures")), failures);
    return input;
}

// The seed setup with the primary cooling after a 429 storm.
SnapshotAssembler::Input stormInput()
{
    SnapshotAssembler::Input input;
    input.time = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    input.routerAvailable = true;
    input.routerDeployments = { deployment("primary", "mini", 8), deployment("secondary", "mini", 2),
                                deployment("openai", "mini", 1), deployment("big", "gpt-4o", 1) };
    input.metricsAvailable = true;
    input.metrics.insert(QStringLiteral("requests"),
                         vector({ series({ { "model_id", "primary" } }, 1), series({ { "model_id", "secondary" } }, 6),
                                  series({ { "model_id", "openai" } }, 3), series({ { "model_id", "ghost" } }, 0.5) }));
    input.metrics.insert(QStringLiteral("successes"),
                         vector({ series({ { "model_id", "secondary" } }, 6), series({ { "model_id", "openai" } }, 2.5) }));
    input.metrics.insert(QStringLiteral("failures"),
                         vector({ series({ { "model_id", "primary" }, { "exception_status", "429" }, { "exception_class", "RateLimitError" } }, 0.8),
                                  series({ { "model_id", "primary" }, { "exception_status", "500" }, { "exception_class", "APIError" } }, 0.2),
                                  series({ { "model_id", "openai" }, { "exception_status", "408" }, { "exception_class", "Timeout" } }, 0.4),
                                  series({ { "model_id", "openai" }, { "exception_status", "" }, { "exception_class", "Weird" } }, 0.1) }));
    input.metrics.insert(QStringLiteral("latency_p50"), vector({ series({ { "model_id", "secondary" } }, 0.4) }));
    input.metrics.insert(QStringLiteral("latency_p95"), vector({ series({ { "model_id", "secondary" } }, 1.5),
                                                                 series({ { "model_id", "openai" } }, 300) }));
    input.metrics.insert(QStringLiteral("latency_p99"), vector({ series({ { "model_id", "secondary" } }, kNoValue) }));
    input.metrics.insert(QStringLiteral("state"),
                         vector({ series({ { "model_id", "primary" } }, 2), series({ { "model_id", "secondary" } }, 0),
                                  series({ { "model_id", "openai" } }, 1) }));
    input.metrics.insert(QStringLiteral("cooldowns"),
                         vector({ series({ { "model_id", "primary" }, { "exception_status", "500" } }, 6),
                                  series({ { "model_id", "primary" }, { "exception_status", "429" } }, 4) }));
    input.previousCooldowns = vector({ series({ { "model_id", "primary" }, { "exception_status", "500" } }, 6),
                                       series({ { "model_id", "primary" }, { "exception_status", "429" } }, 3) });
    input.metrics.insert(QStringLiteral("fallbacks"), vector({ series({ { "requested_model", "mini" } }, 0.25) }));
    // The same rates over LiveVerdict's windows: 600 requests a minute, enough for a verdict.
    for (const QString &name : { QStringLiteral("requests"), QStringLiteral("failures") }) {
        PromQueryResult windows;
        for (int seconds : LiveVerdict::kWindowsSeconds) {
            for (PromSeries s : input.metrics.value(name).series) {
                s.labels.insert(SeriesReading::kWindowLabel, QString::number(seconds));
                windows.series.append(s);
            }
        }
        input.metrics.insert(SeriesReading::judgedKey(name), windows);
    }
    return input;
}
} // namespace

class TestDataPlaneModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogRendersEveryQuery()
    {
        const QueryCatalog catalog = QueryCatalog::builtIn();
        QVERIFY(catalog.isValid());
        QCOMPARE(catalog.joinLabel(), QStringLiteral("model_id"));
        QueryCatalog::Parameters p;
        p.windowSeconds = 60;
        p.quantile = 0.95;
        QCOMPARE(catalog.render(QStringLiteral("latency"), p),
                 QStringLiteral("histogram_quantile(0.95, sum by (le, model_id) (rate(litellm_llm_api_latency_metric_bucket{}[1m])))"));
        p.selector = QStringLiteral("requested_model=\"gpt-4o-mini\"");
        p.windowSeconds = 90;
        QCOMPARE(catalog.render(QStringLiteral("requests"), p),
                 QStringLiteral("sum by (model_id) (rate(litellm_deployment_total_requests_total{requested_model=\"gpt-4o-mini\"}[90s]))"));
        for (const QString &name : QueryCatalog::requiredQueries())
            QVERIFY2(!catalog.render(name, p).contains(QLatin1Char('$')), qPrintable(name));
        QCOMPARE(catalog.panels().size(), 3);
        QCOMPARE(QueryCatalog::duration(3600), QStringLiteral("1h"));
        QCOMPARE(QueryCatalog::duration(0.2), QStringLiteral("1s"));
    }

    void customCatalogNeedsEveryQuery()
    {
        Problems problems;
        const QueryCatalog catalog = QueryCatalog::parse("name: x\nqueries:\n  requests: up\n", QStringLiteral("c.yaml"), &problems);
        QVERIFY(!catalog.isValid());
        QCOMPARE(problems.first().toString(), QStringLiteral("c.yaml: error: query catalog has no 'successes' query"));
        problems.clear();
        QVERIFY(!QueryCatalog::parse("queries: [\n", QStringLiteral("c.yaml"), &problems).isValid());
        QVERIFY(problems.first().message.startsWith(QLatin1String("YAML syntax error")));
    }

    void routerModelInfo_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("count");
        QTest::addRow("v1") << QByteArray("{\"data\":[{\"model_name\":\"mini\",\"litellm_params\":{\"model\":\"azure/p\",\"weight\":8,\"api_base\":\"https://a\"},\"model_info\":{\"id\":\"primary\"}}]}")
                            << QString() << 1;
        QTest::addRow("v2 page") << QByteArray("{\"data\":[],\"total_count\":120,\"current_page\":2,\"total_pages\":3,\"size\":50}") << QString() << 0;
        QTest::addRow("html") << QByteArray("<html><title>Login</title></html>")
                              << QStringLiteral("http://r/model/info answered with an HTML page, not JSON: is this a LiteLLM proxy, or a login page in between?") << 0;
        QTest::addRow("truncated") << QByteArray("{\"data\":[{\"model_name\":") << QStringLiteral("http://r/model/info answered with invalid JSON at byte 23") << 0;
        QTest::addRow("no data") << QByteArray("{\"models\":[]}") << QStringLiteral("http://r/model/info answered JSON without a \"data\" list of models") << 0;
        QTest::addRow("no id") << QByteArray("{\"data\":[{\"model_name\":\"mini\",\"litellm_params\":{\"model\":\"x\"}}]}")
                               << QStringLiteral("http://r/model/info: model 1 ('mini') has no model_info.id") << 0;
        QTest::addRow("empty") << QByteArray() << QStringLiteral("http://r/model/info answered with an empty body") << 0;
    }

    void routerModelInfo()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(int, count);
        const auto page = RouterApiDecoder::decodeModelInfo(body, QStringLiteral("http://r/model/info"));
        QVERIFY2(page.error.startsWith(error), qPrintable(page.error));
        QCOMPARE(error.isEmpty(), page.ok());
        QCOMPARE(page.deployments.size(), count);
        if (count == 1) {
            const Deployment &d = page.deployments.first();
            QCOMPARE(d.id, QStringLiteral("primary"));
            QCOMPARE(d.provider, QStringLiteral("azure"));
            QCOMPARE(d.weight, std::optional<double>(8));
        }
        if (QByteArray(QTest::currentDataTag()) == "v2 page") {
            QCOMPARE(page.totalPages, 3);
            QCOMPARE(page.currentPage, 2);
            QCOMPARE(page.totalCount, 120);
        }
    }

    void routerSettings()
    {
        QString error;
        const RouterSettings wrapped = RouterApiDecoder::decodeRouterSettings(
            "{\"current_values\":{\"routing_strategy\":\"simple-shuffle\",\"num_retries\":3,\"cooldown_time\":30,\"fallbacks\":[{\"mini\":[\"big\"]}]}}",
            QStringLiteral("u"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(wrapped.effectiveNumRetries(), 3);
        QCOMPARE(wrapped.effectiveCooldown(), 30.0);
        QCOMPARE(wrapped.fallbacksFor(QStringLiteral("mini")), QStringList { QStringLiteral("big") });
        RouterApiDecoder::decodeRouterSettings("503 Service Unavailable", QStringLiteral("u"), &error);
        QVERIFY(error.startsWith(QLatin1String("u answered with invalid JSON")));
    }

    // A number no field can hold is a decode problem naming the model and the field: int(1e300) was undefined
    // behaviour, int(-5) an order LiteLLM never has.
    void routerOrderOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("order");
        QTest::addColumn<QString>("shown");
        QTest::addRow("1e300") << QByteArray("1e300") << QStringLiteral("1e+300");
        QTest::addRow("negative") << QByteArray("-5") << QStringLiteral("-5");
        QTest::addRow("past the bound") << QByteArray("2000000") << QStringLiteral("2000000");
        QTest::addRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5");
    }

    void routerOrderOutOfRange()
    {
        QFETCH(QByteArray, order);
        QFETCH(QString, shown);
        const QByteArray body = "{\"data\":[{\"model_name\":\"mini\",\"litellm_params\":{\"model\":\"azure/p\",\"order\":" + order
            + "},\"model_info\":{\"id\":\"primary\"}}]}";
        const auto page = RouterApiDecoder::decodeModelInfo(body, QStringLiteral("http://r/model/info"));
        // Never cast, and never a reason to drop the whole list (that would stop every push): left unset.
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.warnings, QStringList { QStringLiteral("http://r/model/info: model 1 ('mini'): litellm_params.order is %1; "
                                                             "it must be a whole number from 0 to 1000000; RouteDeck leaves it unset")
                                                  .arg(shown) });
        QCOMPARE(page.deployments.size(), 1);
        QVERIFY(!page.deployments.first().order);

        // The bound itself, and the answer's own spelling of a whole number, still decode.
        const auto fine = RouterApiDecoder::decodeModelInfo(
            "{\"data\":[{\"model_name\":\"mini\",\"litellm_params\":{\"model\":\"x\",\"order\":1000000},\"model_info\":{\"id\":\"a\"}},"
            "{\"model_name\":\"mini\",\"litellm_params\":{\"model\":\"x\",\"order\":2.0},\"model_info\":{\"id\":\"b\"}}]}",
            QStringLiteral("http://r/model/info"));
        QVERIFY2(fine.ok(), qPrintable(fine.error));
        QCOMPARE(fine.deployments.at(0).order, std::optional<int>(1000000));
        QCOMPARE(fine.deployments.at(1).order, std::optional<int>(2));
    }

    void routerSettingsCountsOutOfRange()
    {
        QString error;
        const RouterSettings huge = RouterApiDecoder::decodeRouterSettings(
            "{\"current_values\":{\"num_retries\":1e300,\"allowed_fails\":3}}", QStringLiteral("u"), &error);
        QCOMPARE(error, QStringLiteral("u: num_retries is 1e+300; it must be a whole number from 0 to 1000000"));
        QVERIFY(!huge.numRetries);
        RouterApiDecoder::decodeRouterSettings("{\"num_retries\":2,\"allowed_fails\":-5}", QStringLiteral("u"), &error);
        QCOMPARE(error, QStringLiteral("u: allowed_fails is -5; it must be a whole number from 0 to 1000000"));
        RouterApiDecoder::decodeRouterSettings("{\"allowed_fails\":1e300}", QStringLiteral("u"), &error);
        QCOMPARE(error, QStringLiteral("u: allowed_fails is 1e+300; it must be a whole number from 0 to 1000000"));
        const RouterSettings fine = RouterApiDecoder::decodeRouterSettings("{\"num_retries\":1000000,\"allowed_fails\":0}",
                                                                           QStringLiteral("u"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fine.numRetries, std::optional<int>(1000000));
        QCOMPARE(fine.allowedFails, std::optional<int>(0));
    }

    // The same bound for an order in a config file (this test links the config library; tst_configcodec
    // has the codec's other broken inputs).
    void configOrderOutOfRange()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(
            "model_list:\n  - model_name: a\n    litellm_params: {model: x, order: 10000000000}\n", QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        QVERIFY(!result.config.deployments.at(0).order);
        const auto problem = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                          [](const Problem &p) { return p.message.startsWith(QLatin1String("order ")); });
        QVERIFY(problem != result.problems.cend());
        QCOMPARE(problem->toString(), QStringLiteral("config.yaml:3:39: error: order of deployment #1 of 'a' (x) is "
                                                     "10000000000; it must be a whole number from 0 to 1000000"));
    }

    void coolingLastsTheCooldownTimeNotTheStateGauge()
    {
        // LiteLLM's state 2 outlives the cooldown (cooldown_handlers.py never resets it) and the catalog's
        // state query leaves it out; the cooldown counter's growth decides, for cooldown_time.
        SnapshotAssembler::Input input = stormInput();
        input.rateWindowSeconds = 4;
        input.metrics.insert(QStringLiteral("state"), vector({ series({ { "model_id", "primary" } }, 1) }));
        const Snapshot cooled = SnapshotAssembler::assemble(input);
        const DeploymentSnapshot *primary = cooled.deployment(QStringLiteral("primary"));
        QCOMPARE(primary->state, CooldownState::Cooling);
        QCOMPARE(primary->lastCooldownAt, input.time);
        QCOMPARE(primary->cooldownReason, QStringLiteral("429"));

        // 6 s later: no growth; 5 s cooldown + 2 s slack still cooling. 8 s later: healthy, as the router has it.
        SnapshotAssembler::Input later = stormInput();
        later.rateWindowSeconds = 4;
        later.previousCooldowns = later.metrics.value(QStringLiteral("cooldowns"));
        later.hasPreviousRefresh = true;
        later.previousReasons.insert(QStringLiteral("primary"), primary->cooldownReason);
        later.previousCooldownTimes.insert(QStringLiteral("primary"), primary->lastCooldownAt);
        later.metrics.insert(QStringLiteral("state"), vector({ series({ { "model_id", "primary" } }, 0) }));
        later.metrics.insert(QStringLiteral("requests"), vector({ series({ { "model_id", "primary" } }, 0),
                                                                  series({ { "model_id", "secondary" } }, 6) }));
        later.time = input.time.addSecs(6);
        QCOMPARE(SnapshotAssembler::assemble(later).deployment(QStringLiteral("primary"))->state, CooldownState::Cooling);
        later.time = input.time.addSecs(8);
        const Snapshot after = SnapshotAssembler::assemble(later);
        const DeploymentSnapshot *rested = after.deployment(QStringLiteral("primary"));
        QCOMPARE(rested->state, CooldownState::Healthy);
        QCOMPARE(rested->lastCooldownAt, input.time);
        QCOMPARE(ShareMath::formatPercent(rested->effectiveShare), QStringLiteral("72.7"));

        // What the Cooldowns page says of it: when, why, and that nothing newer is known.
        SeriesStore store;
        const QList<CooldownRow> rows = CooldownTableModel::rowsFor(after, store, QString());
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [](const CooldownRow &r) { return r.id == QLatin1String("primary"); });
        QVERIFY(row != rows.cend());
        QCOMPARE(CooldownTableModel::lastCooldownText(*row),
                 ViewFormat::clock(input.time.toMSecsSinceEpoch()) + QStringLiteral(" (429); no traffic since"));

        // A router with its own cooldown_time for the deployment: 30 s.
        later.routerDeployments[0].cooldownTime = 30;
        QCOMPARE(SnapshotAssembler::assemble(later).deployment(QStringLiteral("primary"))->state, CooldownState::Cooling);
    }

    void firstCooldownEverIsSeen()
    {
        // The previous refresh had no cooldown series at all; now the counter is born at 1.
        SnapshotAssembler::Input input = stormInput();
        input.previousCooldowns = PromQueryResult();
        input.hasPreviousRefresh = true;
        input.metrics.insert(QStringLiteral("state"), vector({ series({ { "model_id", "primary" } }, 1) }));
        input.metrics.insert(QStringLiteral("cooldowns"),
                             vector({ series({ { "model_id", "primary" }, { "exception_status", "429" } }, 1) }));
        const Snapshot assembled = SnapshotAssembler::assemble(input); // kept: deployment() points into it
        const DeploymentSnapshot *primary = assembled.deployment(QStringLiteral("primary"));
        QCOMPARE(primary->state, CooldownState::Cooling);
        QCOMPARE(primary->cooldownReason, QStringLiteral("429"));
    }

    void largestFiniteBucketComesFromTheData()
    {
        // LiteLLM's 2026 default ends at 300, 420, 600, +Inf (PR 25527): 300 s is a value, 600 s "at least".
        SnapshotAssembler::Input input = stormInput();
        QList<PromSeries> buckets;
        for (const char *le : { "0.5", "300", "420", "600", "+Inf" })
            buckets.append(series({ { "le", le } }, 3));
        input.metrics.insert(QStringLiteral("latency_buckets"), vector(buckets));
        input.metrics.insert(QStringLiteral("latency_p95"), vector({ series({ { "model_id", "secondary" } }, 300),
                                                                     series({ { "model_id", "openai" } }, 600) }));
        const Snapshot s = SnapshotAssembler::assemble(input);
        QCOMPARE(s.largestFiniteBucket, 600.0);
        QVERIFY(!s.deployment(QStringLiteral("secondary"))->p95.atLeast);
        QCOMPARE(s.deployment(QStringLiteral("openai"))->p95.toString(), QStringLiteral("≥ 600 s"));
        // No bucket data yet: the catalog's fallback.
        QCOMPARE(SnapshotAssembler::assemble(stormInput()).largestFiniteBucket, 300.0);
    }

    void snapshotJoinsSources()
    {
        const Snapshot s = SnapshotAssembler::assemble(stormInput());
        QCOMPARE(s.deployments.size(), 5);
        const DeploymentSnapshot *primary = s.deployment(QStringLiteral("primary"));
        QVERIFY(primary && primary->inRouter && primary->inMetrics);
        QCOMPARE(primary->state, CooldownState::Cooling);
        QCOMPARE(primary->cooldownReason, QStringLiteral("429"));
        QCOMPARE(ShareMath::formatPercent(primary->configuredShare), QStringLiteral("72.7"));
        QCOMPARE(primary->effectiveShare, 0.0);
        QCOMPARE(primary->observedShare, 0.1);
        QCOMPARE(primary->outcomeRate(Outcome::RateLimit), 0.8);
        QCOMPARE(primary->outcomeRate(Outcome::ApiError), 0.2);
        QVERIFY(std::isnan(primary->outcomeRate(Outcome::Success)));
        QCOMPARE(primary->errorRatio(), 1.0);
        QVERIFY(!primary->p95.hasValue());
        QCOMPARE(primary->p95.toString(), QStringLiteral("no traffic"));

        const DeploymentSnapshot *secondary = s.deployment(QStringLiteral("secondary"));
        QCOMPARE(ShareMath::formatPercent(secondary->effectiveShare), QStringLiteral("66.7"));
        QCOMPARE(secondary->state, CooldownState::Healthy);
        QCOMPARE(secondary->p95.toString(), QStringLiteral("1.50 s"));
        QCOMPARE(secondary->p50.toString(), QStringLiteral("400 ms"));
        QVERIFY(!secondary->p99.hasValue());

        const DeploymentSnapshot *openai = s.deployment(QStringLiteral("openai"));
        QCOMPARE(openai->state, CooldownState::Partial);
        QCOMPARE(openai->outcomeRate(Outcome::Timeout), 0.4);
        QCOMPARE(openai->outcomeRate(Outcome::Other), 0.1);
        QVERIFY(openai->p95.atLeast);
        QCOMPARE(openai->p95.toString(), QStringLiteral("≥ 300 s"));

        const DeploymentSnapshot *ghost = s.deployment(QStringLiteral("ghost"));
        QVERIFY(ghost && !ghost->inRouter && ghost->inMetrics);
        QCOMPARE(s.warnings, QStringList { QStringLiteral("deployment 'ghost' is in Prometheus but not in the router's model list (removed, or another router?)") });

        const DeploymentSnapshot *big = s.deployment(QStringLiteral("big"));
        QVERIFY(big->inRouter && !big->inMetrics);
        QVERIFY(std::isnan(big->observedShare)); // no traffic in the group: unknown, not 0

        const GroupSnapshot *mini = s.group(QStringLiteral("mini"));
        QCOMPARE(mini->requestsPerSecond, 10.0);
        QCOMPARE(mini->coolingCount, 1);
        QCOMPARE(mini->fallbacksPerSecond, 0.25);
        QCOMPARE(QString::number(mini->errorRatio, 'f', 4), QStringLiteral("0.1500")); // 1.5 of 10
        // primary: 10% observed, 0% effective; but it is cooling, so the window held another split than
        // the current one: no drift verdict (the cooldown has its own line).
        QVERIFY(mini->splitChanging);
        QVERIFY(std::isnan(mini->maxDriftPoints));
        QVERIFY(std::abs(s.deployment(QStringLiteral("primary"))->judgedDriftPoints() - 10.0) < 1e-9);
    }

    void cooldownReasonIsTheLatestGrowth()
    {
        SnapshotAssembler::Input input = stormInput();
        input.previousCooldowns = {};
        // First frame: the largest total names the reason.
        QCOMPARE(SnapshotAssembler::assemble(input).deployment(QStringLiteral("primary"))->cooldownReason, QStringLiteral("500"));
        // No growth since the previous frame: the previous reason stays.
        input.previousCooldowns = input.metrics.value(QStringLiteral("cooldowns"));
        input.previousReasons.insert(QStringLiteral("primary"), QStringLiteral("401"));
        QCOMPARE(SnapshotAssembler::assemble(input).deployment(QStringLiteral("primary"))->cooldownReason, QStringLiteral("401"));
    }

    // The data plane publishes a frame again when the router answers between two metrics frames, carrying
    // over what the earlier snapshot of that same frame knew (DataPlane::gatherPreviousFrame). On the first
    // frame that carried-over reason used to make the assembler believe there was an earlier frame, so every
    // cooldown total counted as growth from 0: a false "cooling" on the second assembly of the first frame.
    void firstFrameAssembledTwiceIsNotNewGrowth()
    {
        // Totals from long ago (500: 6, 429: 4), nothing within the rate window, a state gauge at 0.
        SnapshotAssembler::Input input = stormInput();
        input.rateWindowSeconds = 4;
        input.previousCooldowns = {};
        input.hasPreviousRefresh = false;
        input.metrics.insert(QStringLiteral("state"), vector({ series({ { "model_id", "primary" } }, 0) }));
        input.metrics.insert(QStringLiteral("recent_cooldowns"), vector({ series({ { "model_id", "primary" } }, 0) }));
        const Snapshot first = SnapshotAssembler::assemble(input);
        const DeploymentSnapshot *primary = first.deployment(QStringLiteral("primary"));
        QVERIFY(primary);
        QCOMPARE(primary->state, CooldownState::Healthy);
        QVERIFY2(!primary->lastCooldownAt.isValid(), qPrintable(primary->lastCooldownAt.toString(Qt::ISODate)));
        QCOMPARE(primary->cooldownReason, QStringLiteral("500")); // the largest total stands in for "latest"
        QCOMPARE(first.group(QStringLiteral("mini"))->coolingCount, 0);

        // The same frame again, with what the first snapshot carries over (as DataPlane hands it): still
        // the first frame (no earlier metrics to compare with), so no growth and no cooling.
        SnapshotAssembler::Input again = input;
        SnapshotAssembler::carryOver(first, again);
        QVERIFY(!again.previousReasons.isEmpty()); // what used to make it look like a later frame
        const Snapshot second = SnapshotAssembler::assemble(again);
        const DeploymentSnapshot *stillPrimary = second.deployment(QStringLiteral("primary"));
        QVERIFY(stillPrimary);
        QVERIFY2(stillPrimary->state == CooldownState::Healthy,
                 "the same first frame assembled twice counted the cooldown totals as new growth");
        QVERIFY2(!stillPrimary->lastCooldownAt.isValid(), qPrintable(stillPrimary->lastCooldownAt.toString(Qt::ISODate)));
        QCOMPARE(stillPrimary->cooldownReason, QStringLiteral("500")); // kept
        QCOMPARE(second.group(QStringLiteral("mini"))->coolingCount, 0);
        QCOMPARE(stillPrimary->effectiveShare, primary->effectiveShare);
        QVERIFY(stillPrimary->effectiveShare > 0); // still in rotation

        // And a third time, as the frame is published again and again until the next metrics frame.
        SnapshotAssembler::Input third = again;
        third.previousReasons.clear();
        for (const DeploymentSnapshot &d : second.deployments) {
            if (!d.cooldownReason.isEmpty())
                third.previousReasons.insert(d.id, d.cooldownReason);
        }
        QCOMPARE(SnapshotAssembler::assemble(third).deployment(QStringLiteral("primary"))->state, CooldownState::Healthy);

        // A recent cooldown on the first frame still counts (recent_cooldowns > 0), carried over or not.
        SnapshotAssembler::Input recent = again;
        recent.metrics.insert(QStringLiteral("recent_cooldowns"), vector({ series({ { "model_id", "primary" } }, 1) }));
        const Snapshot recentSnapshot = SnapshotAssembler::assemble(recent);
        const DeploymentSnapshot *cooled = recentSnapshot.deployment(QStringLiteral("primary"));
        QCOMPARE(cooled->state, CooldownState::Cooling);
        QCOMPARE(cooled->lastCooldownAt, input.time);
    }

    // Incident replay (DataPlane::setReplayTime) compares the moment's cooldown totals with the totals one
    // lookback before it: hasPreviousRefresh with no carried-over reasons. A total absent then counts
    // from 0, as a live refresh counts a series that appears; a total unchanged since then is no cooldown.
    void replayComparesWithTheTotalsBeforeTheMoment()
    {
        SnapshotAssembler::Input input = stormInput();
        input.rateWindowSeconds = 4;
        input.hasPreviousRefresh = true;
        input.metrics.insert(QStringLiteral("state"), vector({ series({ { "model_id", "primary" } }, 0) }));
        // One lookback before the moment only the 500 total existed; the 429 total was born since.
        input.previousCooldowns = vector({ series({ { "model_id", "primary" }, { "exception_status", "500" } }, 6) });
        const Snapshot s = SnapshotAssembler::assemble(input);
        const DeploymentSnapshot *primary = s.deployment(QStringLiteral("primary"));
        QVERIFY(primary);
        QCOMPARE(primary->state, CooldownState::Cooling);
        QCOMPARE(primary->cooldownReason, QStringLiteral("429")); // the one that grew, not the largest total
        QCOMPARE(primary->lastCooldownAt, input.time);
        QCOMPARE(primary->effectiveShare, 0.0);
        QCOMPARE(s.group(QStringLiteral("mini"))->coolingCount, 1);
        QVERIFY(!s.deployment(QStringLiteral("secondary"))->isCooling());

        // Nothing existed one lookback before: every total is growth from 0, and the largest growth is the reason.
        input.previousCooldowns = {};
        const Snapshot fromNothing = SnapshotAssembler::assemble(input);
        primary = fromNothing.deployment(QStringLiteral("primary"));
        QCOMPARE(primary->state, CooldownState::Cooling);
        QCOMPARE(primary->cooldownReason, QStringLiteral("500"));

        // The same totals one lookback before: no cooldown within it, so not cooling at the moment.
        input.previousCooldowns = input.metrics.value(QStringLiteral("cooldowns"));
        const Snapshot unchanged = SnapshotAssembler::assemble(input);
        const DeploymentSnapshot *rested = unchanged.deployment(QStringLiteral("primary"));
        QCOMPARE(rested->state, CooldownState::Healthy);
        QVERIFY(!rested->lastCooldownAt.isValid());
        QVERIFY2(rested->cooldownReason.isEmpty(), qPrintable(rested->cooldownReason)); // nothing carried over in replay
    }

    // A backfill reads range answers by the live refresh's rules (SeriesReading, CooldownReason): the
    // reason at a step is what the assembler says for a refresh at that step after one at the step before.
    void backfillReadsAsTheLiveRefresh()
    {
        const auto rangeSeries = [](std::initializer_list<std::pair<const char *, const char *>> labels,
                                    QList<double> values) {
            PromSeries s = series(labels, values.first(), 0);
            for (int i = 1; i < values.size(); ++i)
                s.samples.append({ double(10 * i), values.at(i) });
            return s;
        };
        // Cooldown totals at t = 0, 10, 20, 30 s: 429 grows at 10 s, 500 grows most at 20 s, nothing at 30 s.
        const PromQueryResult cooldowns = vector({ rangeSeries({ { "model_id", "primary" }, { "exception_status", "429" } }, { 0, 2, 3, 3 }),
                                                   rangeSeries({ { "model_id", "primary" }, { "exception_status", "500" } }, { 0, 0, 4, 4 }) });
        BackfillSeries::Context context;
        context.groupOf = { { QStringLiteral("primary"), QStringLiteral("mini") }, { QStringLiteral("secondary"), QStringLiteral("mini") } };
        const BackfillSeries::Series reasons = BackfillSeries::read(QStringLiteral("cooldowns"), cooldowns, context);
        QCOMPARE(reasons.value(SeriesKeys::cooldownReason(QStringLiteral("primary"))),
                 (QList<SeriesPoint> { { 10000, 429 }, { 20000, 500 } }));
        for (int step : { 1, 2 }) {
            SnapshotAssembler::Input input = stormInput();
            input.hasPreviousRefresh = true;
            input.previousCooldowns = vector({ series({ { "model_id", "primary" }, { "exception_status", "429" } }, cooldowns.series[0].samples[step - 1].value),
                                               series({ { "model_id", "primary" }, { "exception_status", "500" } }, cooldowns.series[1].samples[step - 1].value) });
            input.metrics.insert(QStringLiteral("cooldowns"),
                                 vector({ series({ { "model_id", "primary" }, { "exception_status", "429" } }, cooldowns.series[0].samples[step].value),
                                          series({ { "model_id", "primary" }, { "exception_status", "500" } }, cooldowns.series[1].samples[step].value) }));
            QCOMPARE(SnapshotAssembler::assemble(input).deployment(QStringLiteral("primary"))->cooldownReason,
                     QString::number(reasons.value(SeriesKeys::cooldownReason(QStringLiteral("primary"))).at(step - 1).value));
        }

        // Failures: a 429 and a RateLimitError class count for one outcome, summed per time.
        const PromQueryResult failures = vector({ rangeSeries({ { "model_id", "primary" }, { "exception_status", "429" } }, { 1, 2 }),
                                                  rangeSeries({ { "model_id", "primary" }, { "exception_class", "RateLimitError" } }, { 0.5, 0.5 }),
                                                  rangeSeries({ { "model_id", "primary" }, { "exception_status", "500" } }, { 0.25, 0 }) });
        const BackfillSeries::Series outcomes = BackfillSeries::read(QStringLiteral("failures"), failures, context);
        QCOMPARE(outcomes.value(SeriesKeys::outcomeRate(Outcome::RateLimit, QStringLiteral("primary"))),
                 (QList<SeriesPoint> { { 0, 1.5 }, { 10000, 2.5 } }));
        QCOMPARE(outcomes.value(SeriesKeys::outcomeRate(Outcome::ApiError, QStringLiteral("primary"))),
                 (QList<SeriesPoint> { { 0, 0.25 }, { 10000, 0 } }));

        // Observed shares: of the group's total per step; a group without traffic has none (NaN), not 0.
        const PromQueryResult requests = vector({ rangeSeries({ { "model_id", "primary" } }, { 3, 0 }),
                                                  rangeSeries({ { "model_id", "secondary" } }, { 1, 0 }) });
        const BackfillSeries::Series shares = BackfillSeries::observedShares(requests, context);
        const QList<SeriesPoint> primary = shares.value(SeriesKeys::observedShare(QStringLiteral("primary")));
        QCOMPARE(primary.size(), 2);
        QCOMPARE(primary.at(0).value, 0.75);
        QVERIFY(std::isnan(primary.at(1).value));
        QCOMPARE(SeriesReading::observedShare(3, 4), 0.75);
        QCOMPARE(SeriesReading::observedShare(kNoValue, 4), 0.0);
        QStringList latencyKeys = BackfillSeries::read(SeriesReading::latencyKey(95), requests, context).keys();
        latencyKeys.sort();
        QCOMPARE(latencyKeys, (QStringList { SeriesKeys::latency(95, QStringLiteral("primary")), SeriesKeys::latency(95, QStringLiteral("secondary")) }));
    }

    void snapshotWithoutMetricsKeepsRouterView()
    {
        SnapshotAssembler::Input input = stormInput();
        input.metricsAvailable = false;
        const Snapshot s = SnapshotAssembler::assemble(input);
        QCOMPARE(s.deployments.size(), 4);
        QCOMPARE(s.deployment(QStringLiteral("primary"))->effectiveShare, s.deployment(QStringLiteral("primary"))->configuredShare);
        QVERIFY(std::isnan(s.group(QStringLiteral("mini"))->requestsPerSecond));
    }

    void customOutcomeLabel()
    {
        SnapshotAssembler::Input input = stormInput();
        input.outcomeLabel = QStringLiteral("outcome");
        input.metrics.insert(QStringLiteral("failures"),
                             vector({ series({ { "model_id", "primary" }, { "outcome", "timeout" } }, 2),
                                      series({ { "model_id", "primary" }, { "outcome", "bogus" } }, 1) }));
        const Snapshot s = SnapshotAssembler::assemble(input);
        QCOMPARE(s.deployment(QStringLiteral("primary"))->outcomeRate(Outcome::Timeout), 2.0);
        QCOMPARE(s.deployment(QStringLiteral("primary"))->outcomeRate(Outcome::Other), 1.0);
    }

    void outcomeMapping_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("exceptionClass");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("429") << QStringLiteral("429") << QStringLiteral("RateLimitError") << QStringLiteral("rate_limit");
        QTest::addRow("408") << QStringLiteral("408") << QString() << QStringLiteral("timeout");
        QTest::addRow("timeout class") << QStringLiteral("500") << QStringLiteral("litellm.Timeout") << QStringLiteral("timeout");
        QTest::addRow("401") << QStringLiteral("401") << QStringLiteral("AuthenticationError") << QStringLiteral("api_error");
        QTest::addRow("503") << QStringLiteral("503") << QString() << QStringLiteral("api_error");
        QTest::addRow("none") << QString() << QStringLiteral("Exception") << QStringLiteral("other");
        QTest::addRow("garbage") << QStringLiteral("abc") << QString() << QStringLiteral("other");
    }

    void outcomeMapping()
    {
        QFETCH(QString, status);
        QFETCH(QString, exceptionClass);
        QFETCH(QString, outcome);
        QCOMPARE(outcomeName(outcomeForFailure(status, exceptionClass)), outcome);
    }

    void compactPointsRoundTrip()
    {
        // Steady steps, jitter, long gaps, time going back to equal steps, NaN, infinities, huge
        // and tiny values: all come back as they went in, the value rounded to float.
        const QList<SeriesPoint> in { { -5000, 1.5 },        { -4000, 1.5 },
                                      { -3000, 1.5 },        { -1997, 0.97 },
                                      { 2, 0.1 },            { 1002, kNoValue },
                                      { 2003, kNoValue },    { 9000000000LL, 3e30 },
                                      { 9000000001LL, -0.0 }, { 9000000002LL, std::numeric_limits<double>::infinity() },
                                      { 9000000003LL, 1e-30 }, { 9000100003LL, 42 } };
        const CompactPoints packed = CompactPoints::fromPoints(in);
        QCOMPARE(packed.size(), in.size());
        QCOMPARE(packed.firstMsecs(), -5000);
        QCOMPARE(packed.lastMsecs(), 9000100003LL);
        const QList<SeriesPoint> out = packed.points();
        QCOMPARE(out.size(), in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            QCOMPARE(out.at(i).msecs, in.at(i).msecs);
            const float expected = float(in.at(i).value);
            QVERIFY2(std::isnan(expected) ? std::isnan(out.at(i).value) : out.at(i).value == double(expected),
                     qPrintable(QStringLiteral("point %1: %2").arg(i).arg(out.at(i).value)));
        }
        // A steady series costs a byte a point (and a quarter more of room to grow).
        CompactPoints steady;
        for (int i = 0; i < 1000; ++i)
            steady.append(i * 1000, 0);
        QVERIFY2(steady.heapBytes() <= 1000 * 5 / 4 + 64 + 16, qPrintable(QString::number(steady.heapBytes())));
    }

    void compactPointsReadFromNearTheEnd()
    {
        // Uneven steps and moving values; points taken from the front twice, with appends between.
        CompactPoints packed;
        QList<SeriesPoint> kept;
        qint64 t = 1000;
        const auto add = [&](int n) {
            for (int i = 0; i < n; ++i) {
                t += (i % 7 == 0) ? 3500 : 1000 + (i % 3);
                const double value = CompactPointsFormat::asStored((i % 5) * 0.25 + i);
                packed.append(t, value);
                kept.append({ t, value });
            }
        };
        const auto check = [&](const char *when) {
            QCOMPARE(packed.size(), kept.size());
            QList<qint64> froms { std::numeric_limits<qint64>::min(), kept.first().msecs, kept.last().msecs,
                                  kept.last().msecs + 1, kept.last().msecs - 10000 };
            for (qsizetype i = 0; i < kept.size(); i += 13)
                froms << kept.at(i).msecs << kept.at(i).msecs + 1;
            for (const qint64 from : std::as_const(froms)) {
                QList<SeriesPoint> read;
                qsizetype visited = 0;
                packed.forEachFrom(from, [&](qint64 msecs, double value) {
                    ++visited;
                    if (msecs >= from)
                        read.append({ msecs, value });
                });
                QList<SeriesPoint> expected;
                std::copy_if(kept.cbegin(), kept.cend(), std::back_inserter(expected),
                             [from](const SeriesPoint &p) { return p.msecs >= from; });
                QVERIFY2(read == expected, qPrintable(QStringLiteral("%1, from %2").arg(QLatin1String(when)).arg(from)));
                QCOMPARE(visited, packed.countFrom(from));
            }
            // The last 10 s of the series are read from a checkpoint, not from its first point.
            QVERIFY2(packed.countFrom(kept.last().msecs - 10000) <= 2 * 32,
                     qPrintable(QStringLiteral("%1: %2 of %3 points").arg(QLatin1String(when))
                                    .arg(packed.countFrom(kept.last().msecs - 10000)).arg(packed.size())));
        };
        add(1000);
        check("appended");
        const qint64 cut = kept.at(400).msecs;
        QCOMPARE(packed.takeBefore(cut).size(), 400);
        kept.remove(0, 400);
        check("front taken");
        add(45);
        check("appended again");
        QCOMPARE(packed.takeBefore(kept.at(kept.size() - 3).msecs).size(), kept.size() - 3);
        kept.remove(0, kept.size() - 3);
        add(5);
        check("all but the newest taken");
    }

    void seriesStoreIsBounded()
    {
        SeriesStore::Retention retention;
        retention.maxSeries = 3;
        SeriesStore store(retention);
        for (int i = 0; i < 1000; ++i)
            store.append(QStringLiteral("a"), i * 1000, i);
        QCOMPARE(store.last(QStringLiteral("a"))->value, 999.0);
        store.append(QStringLiteral("b"), 0, 1);
        store.append(QStringLiteral("c"), 0, 1);
        store.append(QStringLiteral("d"), 0, 1); // over maxSeries: dropped
        QCOMPARE(store.seriesCount(), 3);
        QVERIFY(!store.contains(QStringLiteral("d")));
        // Garbled times from a hostile range answer are dropped, not bucketed past qint32 slots.
        store.merge(QStringLiteral("b"), { { -std::numeric_limits<qint64>::max(), 1 }, { 5, 2 },
                                           { std::numeric_limits<qint64>::max(), 3 } });
        store.append(QStringLiteral("b"), std::numeric_limits<qint64>::max() / 2, 4);
        QCOMPARE(store.range(QStringLiteral("b"), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()),
                 (QList<SeriesPoint> { { 0, 1 }, { 5, 2 } }));
    }

    void seriesStoreKeepsADayInTiers()
    {
        // 26 hours of 1 s refreshes: a rate of 1 with a spike and a gap, and a state that holds.
        SeriesStore store;
        constexpr qint64 kHour = 3600 * 1000;
        const qint64 end = 26 * kHour;
        const qint64 spikeAt = end - 3 * kHour + 7000;
        const qint64 gapFrom = end - 2 * kHour;
        for (qint64 t = 0; t <= end; t += 1000) {
            const double value = t == spikeAt ? 100.0 : (t >= gapFrom && t < gapFrom + 600 * 1000) ? kNoValue : 1.0;
            store.append(QStringLiteral("rps"), t, value);
            store.append(QStringLiteral("state"), t, 0);
        }
        const QString rps = QStringLiteral("rps");
        // The live range at full resolution.
        const QList<SeriesPoint> live = store.range(rps, end - 15 * 60 * 1000, end);
        QCOMPARE(live.size(), 15 * 60 + 1);
        for (qsizetype i = 1; i < live.size(); ++i)
            QCOMPARE(live.at(i).msecs - live.at(i - 1).msecs, 1000);
        // Older hours in buckets: three points a bucket, min/max/last, the spike and the gap kept.
        const QList<SeriesPoint> spike = store.range(rps, spikeAt - 10 * 60 * 1000, spikeAt + 10 * 60 * 1000);
        QVERIFY(spike.size() <= 3 * 20 + 3);
        QVERIFY(std::any_of(spike.cbegin(), spike.cend(), [](const SeriesPoint &p) { return p.value == 100.0; }));
        const QList<SeriesPoint> gap = store.range(rps, gapFrom - 60 * 1000, gapFrom + 11 * 60 * 1000);
        QVERIFY(std::any_of(gap.cbegin(), gap.cend(), [](const SeriesPoint &p) { return std::isnan(p.value); }));
        QVERIFY(std::any_of(gap.cbegin(), gap.cend(), [](const SeriesPoint &p) { return p.value == 1.0; }));
        // Beyond an hour 5-minute buckets, beyond six hours 15-minute ones.
        const QList<SeriesPoint> fiveMinutes = store.range(rps, end - 5 * kHour, end - 4 * kHour - 1);
        QCOMPARE(fiveMinutes.size(), 12 * 3);
        QCOMPARE(fiveMinutes.at(1).msecs - fiveMinutes.at(0).msecs, 100 * 1000);
        const QList<SeriesPoint> quarters = store.range(rps, end - 20 * kHour, end - 19 * kHour - 1);
        QCOMPARE(quarters.size(), 4 * 3);
        QCOMPARE(quarters.at(1).msecs - quarters.at(0).msecs, 300 * 1000);
        // A day back (to the start of a 15-minute bucket, as of the last fold) and no more; nothing out of order.
        QVERIFY(store.range(rps, 0, end - 24 * kHour - 20 * 60 * 1000).isEmpty());
        QVERIFY(!store.range(rps, end - 24 * kHour, end - 23 * kHour).isEmpty());
        const QList<SeriesPoint> all = store.range(rps, 0, end);
        QCOMPARE(all.size(), store.pointCount() / 2);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i).msecs > all.at(i - 1).msecs);
        // A day of both series in less than a few hours of plain points would take: the state's
        // buckets are one run, its raw points a byte each.
        QVERIFY2(store.approximateBytes() < 32 * 1024, qPrintable(QString::number(store.approximateBytes())));
        QCOMPARE(store.historyMsecs(), 24 * kHour);
    }

    void seriesStoreKeepsItsByteBudget()
    {
        // A short live range, so the history (not the raw points) is what outgrows the budget.
        SeriesStore::Retention retention;
        retention.rawMsecs = 60 * 1000;
        retention.tiers[0].untilMsecs = 10 * 60 * 1000;
        retention.maxBytes = 64 * 1024;
        SeriesStore store(retention);
        constexpr qint64 kHour = 3600 * 1000;
        for (qint64 t = 0; t <= 8 * kHour; t += 1000) {
            for (int k = 0; k < 40; ++k)
                store.append(QStringLiteral("s%1").arg(k), t, double((t / 1000 * 7919 + k) % 1000) / 10);
        }
        QVERIFY2(store.approximateBytes() <= retention.maxBytes, qPrintable(QString::number(store.approximateBytes())));
        QVERIFY(store.historyMsecs() < retention.tiers.back().untilMsecs); // the history gave way...
        QVERIFY(store.historyMsecs() > retention.rawMsecs); // ...by eighths, only as far as needed
        QCOMPARE(store.range(QStringLiteral("s3"), 8 * kHour - 60 * 1000, 8 * kHour).size(), 60 + 1);
        QVERIFY(store.range(QStringLiteral("s3"), 0, 8 * kHour - store.historyMsecs() - 20 * 60 * 1000).isEmpty());
        store.clear();
        QCOMPARE(store.approximateBytes(), 0);
        QCOMPARE(store.historyMsecs(), retention.tiers.back().untilMsecs);
    }

    void seriesStoreMergesBackfillIntoBuckets()
    {
        // Live points for the last 20 minutes, then a range answer for three hours before them.
        SeriesStore store;
        const QString key = QStringLiteral("k");
        const qint64 now = 10LL * 3600 * 1000;
        for (qint64 t = now - 20 * 60 * 1000; t <= now; t += 1000)
            store.append(key, t, 5);
        QList<SeriesPoint> backfill;
        for (qint64 t = now - 3 * 3600 * 1000; t < now - 20 * 60 * 1000; t += 15000)
            backfill.append({ t, t == now - 2 * 3600 * 1000 ? 9.0 : 2.0 });
        store.merge(key, backfill);
        const QList<SeriesPoint> points = store.range(key, now - 3 * 3600 * 1000, now);
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY(points.at(i).msecs > points.at(i - 1).msecs);
        QCOMPARE(points.constFirst().msecs, now - 3 * 3600 * 1000);
        QCOMPARE(points.constFirst().value, 2.0);
        QVERIFY(std::any_of(points.cbegin(), points.cend(), [](const SeriesPoint &p) { return p.value == 9.0; }));
        QCOMPARE(points.constLast(), (SeriesPoint { now, 5 }));
        QCOMPARE(store.last(key)->msecs, now);

        // A backfill into raw points not folded yet replaces them there, once.
        SeriesStore fresh;
        for (qint64 t = 0; t <= 1230 * 1000; t += 1000)
            fresh.append(key, t, 1);
        fresh.merge(key, { { 270000, 9 } });
        const QList<SeriesPoint> window = fresh.range(key, 240000, 299999);
        QCOMPARE(window.size(), 60);
        QCOMPARE(window.at(30), (SeriesPoint { 270000, 9 }));
    }

    void cooldownHoldsAcrossTheStoresTiers()
    {
        // Healthy for hours, cooling for the last two: the strip shows no Unknown where the history
        // thins out into buckets, and "cooling since" reaches back into them.
        SeriesStore store;
        const QString id = QStringLiteral("d");
        const qint64 now = 30LL * 3600 * 1000;
        const qint64 coolingFrom = now - 2 * 3600 * 1000;
        for (qint64 t = now - 10LL * 3600 * 1000; t <= now; t += 2000) {
            store.append(SeriesKeys::state(id), t, t >= coolingFrom ? 2 : 0);
            store.append(SeriesKeys::cooldownReason(id), t, t >= coolingFrom ? 429 : 0);
        }
        const QList<CooldownInterval> strip = CooldownTimeline::intervals(store, id, now - 8LL * 3600 * 1000, now);
        QVERIFY(std::none_of(strip.cbegin(), strip.cend(), [](const CooldownInterval &i) { return i.state == CooldownState::Unknown; }));
        QCOMPARE(strip.constLast().state, CooldownState::Cooling);
        const std::optional<qint64> since = CooldownTimeline::stateSinceAt(store, id, CooldownState::Cooling, now);
        QVERIFY(since);
        QVERIFY2(std::abs(*since - coolingFrom) <= 60 * 1000, qPrintable(QString::number(*since - coolingFrom)));
        // An outage in the live range is still a hole.
        SeriesStore live;
        for (qint64 t = 0; t <= 60000; t += 1000)
            live.append(SeriesKeys::state(id), t, 0);
        for (qint64 t = 300000; t <= 320000; t += 1000)
            live.append(SeriesKeys::state(id), t, 0);
        const QList<CooldownInterval> withHole = CooldownTimeline::intervals(live, id, 0, 320000);
        QVERIFY(std::any_of(withHole.cbegin(), withHole.cend(), [](const CooldownInterval &i) {
            return i.state == CooldownState::Unknown && i.from < 100000 && i.to >= 300000;
        }));
        // Live points after a flaky stretch hold as long as live points do, however sparse.
        SeriesStore flaky;
        for (qint64 t = 0; t <= 100000; t += 1000)
            flaky.append(SeriesKeys::state(id), t, 2);
        for (qint64 t : { 130000, 160000, 190000 })
            flaky.append(SeriesKeys::state(id), t, 2);
        const QList<CooldownInterval> sparse = CooldownTimeline::intervals(flaky, id, 0, 200000);
        QVERIFY(std::any_of(sparse.cbegin(), sparse.cend(), [](const CooldownInterval &i) {
            return i.state == CooldownState::Unknown && i.from == 163000 && i.to == 190000;
        }));
        QCOMPARE(CooldownTimeline::stateSinceAt(flaky, id, CooldownState::Cooling, 190000), 190000);
    }

    void stateRunTrackerAgreesWithAWholeReading()
    {
        // Refresh by refresh, within the live range: state changes, a hole longer than the hold, NaN
        // (unknown), a backfill that starts the run earlier, a replayed moment. The tracker, which reads
        // only the new points while it can, says what reading the whole history says.
        SeriesStore store;
        const QString id = QStringLiteral("d");
        const QString key = SeriesKeys::state(id);
        StateRunTracker tracker;
        const auto stateAt = [](qint64 second) -> double {
            if (second >= 100 && second < 160)
                return 2; // cooling
            if (second >= 300 && second < 305)
                return 1; // partial
            if (second >= 500 && second < 503)
                return kNoValue; // unknown
            return 0;
        };
        const qint64 base = 1'700'000'000'000;
        int compared = 0;
        int known = 0;
        for (qint64 second = 20; second <= 800; ++second) {
            if ((second >= 50 && second < 70) || (second >= 400 && second < 460))
                continue; // outages: no points, longer than the 3 s hold (the first read inferred 60 s)
            const qint64 t = base + second * 1000;
            store.append(key, t, stateAt(second));
            if (second == 700) {
                // A backfill before the first live point changes the history (SeriesStore::revision()).
                QList<SeriesPoint> before;
                for (qint64 s = 0; s < 20; ++s)
                    before.append({ base + s * 1000, 0 });
                store.merge(key, before);
            }
            const CooldownState state = CooldownTimeline::stateFromValue(stateAt(second));
            const qint64 at = second == 650 ? t - 200000 : t; // one replayed moment, then live again
            const CooldownState asked = second == 650 ? CooldownState::Healthy : state;
            const std::optional<qint64> expected = CooldownTimeline::stateSinceAt(store, id, asked, at);
            QCOMPARE(tracker.since(store, id, asked, at), expected);
            ++compared;
            known += expected ? 1 : 0;
        }
        QCOMPARE(compared, 701);
        QVERIFY(known > 680); // not a comparison of nothing
        QCOMPARE(tracker.since(store, id, CooldownState::Healthy, base + 800000), std::make_optional(base + 503000)); // after the unknown
    }

    void seriesStoreMergesBackfill()
    {
        SeriesStore store;
        store.append(QStringLiteral("k"), 5000, 5);
        store.append(QStringLiteral("k"), 6000, 6);
        store.merge(QStringLiteral("k"), { { 1000, 1 }, { 3000, 3 }, { 5000, 50 } });
        const QList<SeriesPoint> points = store.range(QStringLiteral("k"), 0, 10000);
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(0), (SeriesPoint { 1000, 1 }));
        QCOMPARE(points.at(1).msecs, 3000);
        QCOMPARE(points.at(2), (SeriesPoint { 5000, 50 }));
        QCOMPARE(points.at(3), (SeriesPoint { 6000, 6 }));
        store.append(QStringLiteral("k"), 2000, 2); // out of order live point goes in its place
        QCOMPARE(store.range(QStringLiteral("k"), 1500, 2500), (QList<SeriesPoint> { { 2000, 2 } }));
    }

    void downsampleKeepsSpikesAndGaps()
    {
        QList<SeriesPoint> points;
        for (int i = 0; i < 10000; ++i)
            points.append({ i, i == 4321 ? 100.0 : (i >= 7000 && i < 7100 ? kNoValue : 1.0) });
        const QList<QPointF> out = SeriesStore::downsample(points, 0, 9999, 100);
        QVERIFY(out.size() <= 400);
        QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QPointF &p) { return p.y() == 100.0; }));
        QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QPointF &p) { return std::isnan(p.y()); }));
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i).x() >= out.at(i - 1).x());
        QCOMPARE(SeriesStore::downsample(points.mid(0, 10), 0, 9, 100).size(), 10); // few points: as they are
    }

    void backoffGrowsWithJitter()
    {
        Backoff backoff { 1000, 30000, 0.2 };
        QCOMPARE(backoff.delayMs(0, 0.9), 1000);
        QCOMPARE(backoff.delayMs(1, 0.5), 1000);
        QCOMPARE(backoff.delayMs(2, 0.5), 2000);
        QCOMPARE(backoff.delayMs(3, 0.5), 4000);
        QCOMPARE(backoff.delayMs(20, 0.5), 30000);
        QCOMPARE(backoff.delayMs(3, 0.0), 3200);
        QCOMPARE(backoff.delayMs(3, 1.0), 4800);
    }

    void profilesRoundTrip()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("prod \"eu\"");
        p.routerUrl = QStringLiteral("https://router.example:4000");
        p.routerKeyEnv = QStringLiteral("LITELLM_MASTER_KEY");
        p.prometheusUrl = QStringLiteral("https://mimir.example");
        p.prometheusPathPrefix = QStringLiteral("/prometheus");
        p.prometheusAuth = ConnectionProfile::PromAuth::Bearer;
        p.prometheusSecretEnv = QStringLiteral("MIMIR_TOKEN");
        p.headers = { { QStringLiteral("X-Scope-OrgID"), QStringLiteral("tenant-1") } };
        p.readOnly = true;
        p.scrapeIntervalSeconds = 30;
        p.configFile = QStringLiteral("/etc/litellm/config.yaml");
        p.afterWrite = QStringLiteral("kubectl rollout restart deploy/litellm && echo \"done: $ROUTEDECK_GROUP\"");
        p.afterWriteTimeoutSeconds = 300;
        p.applyTimeoutSeconds = 600;
        Problems problems;
        const QList<ConnectionProfile> back = ConnectionProfiles::parse(ConnectionProfiles::serialize({ p }), QStringLiteral("p.yaml"), &problems);
        QCOMPARE(problems.size(), 0);
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first() == p);

        const QList<ConnectionProfile> bad = ConnectionProfiles::parse(
            "profiles:\n  - name: a\n    router_key_env: sk-1234-secret\n    prometheus_url: not a url\n  - name: a\n",
            QStringLiteral("p.yaml"), &problems);
        QCOMPARE(bad.size(), 1);
        QStringList messages;
        for (const Problem &problem : std::as_const(problems))
            messages.append(problem.message);
        QCOMPARE(messages, (QStringList {
                               // Issue 15: the pasted secret is named by its field, never shown.
                               QStringLiteral("profile 'a': router_key_env does not hold an environment variable name (it looks like a "
                                              "secret itself; it is not shown, and not used). Put the secret in an environment "
                                              "variable and give that variable's name, like LITELLM_MASTER_KEY"),
                               QStringLiteral("profile 'a': 'not a url' is not a URL like http://127.0.0.1:9090"),
                               QStringLiteral("profile name 'a' is used twice") }));
    }
    // LiveVerdict: the binomial test and the window rule, on numbers checked by hand.
    void verdictStatistics()
    {
        // 100 of 200 where half is expected: exactly as expected.
        QCOMPARE(LiveVerdict::shareTestPValue(100, 200, 0.5), 1.0);
        // 130 of 200 where half is expected: z = (30 - 0.5) / 7.07 = 4.17, p = 3.0e-5.
        QVERIFY(std::abs(LiveVerdict::shareTestPValue(130, 200, 0.5) - 3.0e-5) < 0.3e-5);
        // The demo's flapping line: +25 pp of 15 requests at an expected 18 % is chance (p = 0.02).
        QVERIFY(LiveVerdict::shareTestPValue(6.5, 15, 0.18) > LiveVerdict::kFlagPValue);
        // A share of 0 or 1 has no spread: any request off it is significant.
        QCOMPARE(LiveVerdict::shareTestPValue(3, 200, 0.0), 0.0);
        QCOMPARE(LiveVerdict::shareTestPValue(200, 200, 1.0), 1.0);
        QVERIFY(std::isnan(LiveVerdict::shareTestPValue(0, 0, 0.5)));

        QCOMPARE(LiveVerdict::shortestSufficientWindow({ 50, 250, 900 }), 1);
        QCOMPARE(LiveVerdict::shortestSufficientWindow({ 200, 900, 2700 }), 0);
        QCOMPARE(LiveVerdict::shortestSufficientWindow({ 10, 40, 120 }), -1);
        QCOMPARE(LiveVerdict::shortestSufficientWindow({ kNoValue, kNoValue, kNoValue }), -1);

        // Hysteresis: flagged below 0.001, cleared only above 0.01.
        QVERIFY(LiveVerdict::driftFlagged(0.0005, false));
        QVERIFY(!LiveVerdict::driftFlagged(0.005, false));
        QVERIFY(LiveVerdict::driftFlagged(0.005, true));
        QVERIFY(!LiveVerdict::driftFlagged(0.02, true));
        QVERIFY(!LiveVerdict::driftFlagged(kNoValue, true));

        // No series at all (Prometheus not asked yet, or down) is not "not enough traffic".
        QCOMPARE(LiveVerdict::evidence(GroupSnapshot()), QStringLiteral("no request data yet for a verdict"));
    }

    void verdictWindowAndDrift()
    {
        // 90 requests in 1 min, 300 in 5 min: judged over 5 min; a 80/20 split is as expected.
        Snapshot s = SnapshotAssembler::assemble(judgedInput({ { { 1.0, 0.5 }, { 0.8, 0.2 }, { 0.8, 0.2 } } }));
        const GroupSnapshot *g = s.group(QStringLiteral("g"));
        QCOMPARE(g->judgedWindowSeconds, 300.0);
        QCOMPARE(g->judgedRequests, 300.0);
        QVERIFY(std::abs(g->judgedErrorRatio - 0.08) < 1e-9); // 24 failures of 300
        const DeploymentSnapshot *a = s.deployment(QStringLiteral("a"));
        QCOMPARE(a->judgedRequests, 240.0);
        QVERIFY(!a->driftFlagged);
        QVERIFY(std::isnan(a->driftPoints()));
        QVERIFY(std::abs(a->judgedDriftPoints()) < 1e-9);
        QCOMPARE(LiveVerdict::evidence(*g), QStringLiteral("over 300 requests in 5 min"));

        // 50/50 where 80/20 is expected, over 300 requests: flagged, -30 pp, and the evidence says so.
        s = SnapshotAssembler::assemble(judgedInput({ { { 0.5, 0.5 }, { 0.5, 0.5 }, { 0.5, 0.5 } } }));
        a = s.deployment(QStringLiteral("a"));
        QVERIFY(a->driftFlagged);
        QVERIFY(std::abs(a->driftPoints() + 30) < 1e-9);
        QVERIFY(std::abs(s.group(QStringLiteral("g"))->maxDriftPoints - 30) < 1e-9);
        QCOMPARE(LiveVerdict::driftEvidence(*a, *s.group(QStringLiteral("g"))),
            ViewFormat::points(-30) + QStringLiteral(" over 300 requests in 5 min (p < 0.0001)"));

        // 56 of 200 for b where 20 % is expected: z = 2.74, p = 0.006, between the flag and the clear
        // level, so flagged only when it was flagged before.
        SnapshotAssembler::Input borderline = judgedInput({ { { 144 / 60.0, 56 / 60.0 }, { 1, 1 }, { 1, 1 } } });
        QVERIFY(!SnapshotAssembler::assemble(borderline).deployment(QStringLiteral("b"))->driftFlagged);
        borderline.previouslyFlagged.insert(QStringLiteral("b"));
        QVERIFY(SnapshotAssembler::assemble(borderline).deployment(QStringLiteral("b"))->driftFlagged);
    }

    void noDriftVerdictWhileTheSplitChanges()
    {
        // 50/50 where 80/20 is expected, but the weights changed 30 s ago: the 5-minute window held the
        // old split too.
        SnapshotAssembler::Input input = judgedInput({ { { 0.5, 0.5 }, { 0.5, 0.5 }, { 0.5, 0.5 } } });
        input.splitChangedAt.insert(QStringLiteral("g"), input.time.addSecs(-30));
        Snapshot s = SnapshotAssembler::assemble(input);
        QVERIFY(s.group(QStringLiteral("g"))->splitChanging);
        QVERIFY(!s.deployment(QStringLiteral("a"))->driftFlagged);
        QVERIFY2(LiveVerdict::driftEvidence(*s.deployment(QStringLiteral("a")), *s.group(QStringLiteral("g")))
                     .endsWith(QStringLiteral("no drift verdict, the split changed in that window (a cooldown or new weights)")),
            qPrintable(LiveVerdict::driftEvidence(*s.deployment(QStringLiteral("a")), *s.group(QStringLiteral("g")))));
        // Changed before the window began: judged again.
        input.splitChangedAt.insert(QStringLiteral("g"), input.time.addSecs(-400));
        s = SnapshotAssembler::assemble(input);
        QVERIFY(!s.group(QStringLiteral("g"))->splitChanging);
        QVERIFY(s.deployment(QStringLiteral("a"))->driftFlagged);
    }

    void notEnoughTrafficIsAStateOfItsOwn()
    {
        // 15 requests a minute, 75 in 5 minutes, 120 in 15: no verdict, whatever the split says.
        const Snapshot s = SnapshotAssembler::assemble(judgedInput({ { { 0.0, 0.25 }, { 0.1, 0.15 }, { 0.1, 0.0333 } } }));
        const GroupSnapshot *g = s.group(QStringLiteral("g"));
        QVERIFY(!g->hasVerdict());
        QVERIFY(!s.deployment(QStringLiteral("a"))->driftFlagged);
        QVERIFY(std::isnan(g->maxDriftPoints));
        const QStringList lines = IncidentSummary::texts(IncidentSummary::lines(s, SeriesStore(), ViewThresholds()));
        QVERIFY2(lines.contains(QStringLiteral("g: not enough traffic for a verdict: 120 requests in 15 min, a verdict needs 200")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(!lines.contains(QStringLiteral("Nothing is wrong")), qPrintable(lines.join(QLatin1Char('\n'))));

        // Before the first data: waiting, never "Nothing is wrong".
        const QStringList waiting = IncidentSummary::texts(IncidentSummary::lines(Snapshot(), SeriesStore(), ViewThresholds()));
        QVERIFY2(waiting.contains(QStringLiteral("Waiting for the first data from the router and Prometheus")),
            qPrintable(waiting.join(QLatin1Char('\n'))));
        QVERIFY(!waiting.contains(QStringLiteral("Nothing is wrong")));
    }
};

QTEST_GUILESS_MAIN(TestDataPlaneModels)
#include "tst_dataplanemodels.moc"
