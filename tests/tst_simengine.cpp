// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated router's semantics on a virtual clock: simple-shuffle split, retries, cooldown
// rules, fallbacks, weight changes, determinism, load and scenarios.
#include "faultinjector.h"
#include "litellmconfigcodec.h"
#include "loadgenerator.h"
#include "routerengine.h"
#include "scenariorunner.h"
#include "simrandom.h"
#include "simulationparams.h"
#include "virtualclock.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace RouteDeck;

namespace {
const QByteArray kConfig = R"(model_list:
  - model_name: mini
    litellm_params: { model: azure/mini-ptu, api_base: https://primary.example, api_key: sk-secret-1, weight: 8 }
    model_info: { id: primary }
  - model_name: mini
    litellm_params: { model: azure/mini, api_base: https://secondary.example, api_key: sk-secret-2, weight: 2 }
    model_info: { id: secondary }
  - model_name: mini
    litellm_params: { model: openai/mini, weight: 1 }
    model_info: { id: direct }
  - model_name: big
    litellm_params: { model: azure/big, weight: 3 }
    model_info: { id: big-azure }
  - model_name: big
    litellm_params: { model: openai/big, weight: 1 }
    model_info: { id: big-openai }
  - model_name: solo
    litellm_params: { model: openai/solo }
    model_info: { id: solo-1 }
router_settings:
  num_retries: 3
  cooldown_time: 30
  fallbacks:
    - mini: [big]
)";

struct Sim
{
    VirtualClock clock;
    std::unique_ptr<RouterEngine> engine;
    QString error;

    explicit Sim(const QByteArray &yaml = kConfig, quint64 seed = 42)
    {
        const ConfigLoadResult loaded = LiteLlmConfigCodec::parse(yaml, QStringLiteral("test.yaml"));
        SimulationParamsResult params = SimulationParams::fromDocument(loaded.config.document, loaded.config);
        for (const Problem &p : loaded.problems + params.problems) {
            if (p.isError())
                error += p.toString() + QLatin1Char('\n');
        }
        engine = std::make_unique<RouterEngine>(loaded.config, params.params, &clock, seed);
    }

    CallResult call(const QString &group = QStringLiteral("mini"), const QString &agent = QString())
    {
        CallRequest request;
        request.group = group;
        request.agent = agent;
        return engine->complete(request);
    }

    void fault(const QString &target, Outcome outcome, double probability = 1.0)
    {
        Fault f;
        f.target = target;
        f.outcome = outcome;
        f.probability = probability;
        engine->faults().add(f, clock.now());
    }

    double state(const QString &id) const
    {
        const Deployment *d = engine->config().findDeployment(id);
        const auto &m = engine->metrics();
        return m.registry().value(m.families().deploymentState, LiteLlmMetrics::deploymentLabels(*d));
    }

    // The state series LiteLLM's cooldown callback writes (api_base "" where it is unset).
    double cooldownState(const QString &id) const
    {
        const Deployment *d = engine->config().findDeployment(id);
        const auto &m = engine->metrics();
        return m.registry().value(m.families().deploymentState, LiteLlmMetrics::cooldownLabels(*d));
    }

    double cooledDown(const QString &id, int status) const
    {
        const Deployment *d = engine->config().findDeployment(id);
        const auto &m = engine->metrics();
        return m.registry().value(m.families().cooledDown,
            LiteLlmMetrics::cooldownLabels(*d) + QStringList { QString::number(status) });
    }

    // Calls until the first attempt lands on `id` (the shuffle decides), advancing no time.
    CallResult callUntilFirst(const QString &id)
    {
        for (int i = 0; i < 1000; ++i) {
            CallResult r = call();
            if (!r.attempts.isEmpty() && r.attempts.first().deploymentId == id)
                return r;
        }
        return {};
    }
};

QHash<QString, int> split(Sim &sim, int calls, const QString &group = QStringLiteral("mini"))
{
    QHash<QString, int> counts;
    for (int i = 0; i < calls; ++i) {
        const CallResult r = sim.call(group);
        if (r.ok)
            ++counts[r.deploymentId];
        sim.clock.advance(0.01);
    }
    return counts;
}
} // namespace

class TestSimEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configLoads()
    {
        Sim sim;
        QVERIFY2(sim.error.isEmpty(), qPrintable(sim.error));
        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        QVERIFY(demo.ok());
        const SimulationParamsResult params
            = SimulationParams::fromDocument(demo.config.document, demo.config);
        QStringList problems;
        for (const Problem &p : params.problems)
            problems.append(p.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(params.params.forDeployment(QStringLiteral("azure-primary")).providerRpm, 6000.0);
        QCOMPARE(params.params.forDeployment(QStringLiteral("gpt-4o-azure")).outputTokens, 350);
        // Defaults are merged under per-deployment values.
        QCOMPARE(params.params.forDeployment(QStringLiteral("azure-primary")).outputTokens, 220);
        QCOMPARE(params.params.load.groups.size(), 3);
        QCOMPARE(demo.config.masterKey, QStringLiteral("sk-routedeck-demo"));
    }

    void simulationParamsErrors_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("expected");
        QTest::addRow("p99 below median")
            << QByteArray("defaults: { latency_median_ms: 900, latency_p99_ms: 100 }")
            << QStringLiteral("simulation.defaults.latency_p99_ms (100 ms) must not be below");
        QTest::addRow("string number") << QByteArray("defaults: { output_tokens: \"200\" }")
                                       << QStringLiteral("simulation.defaults.output_tokens must be");
        QTest::addRow("probability > 1")
            << QByteArray("deployments: { primary: { failure_rates: { rate_limit: 1.5 } } }")
            << QStringLiteral(
                   "simulation.deployments.primary.failure_rates.rate_limit must be between 0 and 1");
        QTest::addRow("unknown outcome") << QByteArray("defaults: { failure_rates: { gremlins: 0.1 } }")
                                         << QStringLiteral("unknown outcome");
        QTest::addRow("rates above 1")
            << QByteArray("defaults: { failure_rates: { rate_limit: 0.6, timeout: 0.6 } }")
            << QStringLiteral("add up to 1.2");
        QTest::addRow("not a map") << QByteArray("[1, 2]") << QStringLiteral("simulation must be a map");
        QTest::addRow("negative rps")
            << QByteArray("load: { rps: -3 }") << QStringLiteral("simulation.load.rps must be between 0");
    }

    void simulationParamsErrors()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, expected);
        const ConfigLoadResult loaded = LiteLlmConfigCodec::parse(
            kConfig + "simulation:\n  " + section + '\n', QStringLiteral("bad.yaml"));
        QVERIFY(loaded.ok());
        const SimulationParamsResult params
            = SimulationParams::fromDocument(loaded.config.document, loaded.config);
        QVERIFY(!params.ok());
        QStringList messages;
        for (const Problem &p : params.problems)
            messages.append(p.toString());
        QVERIFY2(messages.join(u'\n').contains(expected), qPrintable(messages.join(u'\n')));
        QVERIFY2(
            messages.join(u'\n').startsWith(QStringLiteral("bad.yaml")), qPrintable(messages.join(u'\n')));
    }

    void seededSplit()
    {
        Sim sim;
        const QHash<QString, int> counts = split(sim, 20000);
        const double total = 20000;
        QVERIFY2(std::abs(counts.value(QStringLiteral("primary")) / total - 8.0 / 11) < 0.015,
            qPrintable(QString::number(counts.value(QStringLiteral("primary")))));
        QVERIFY2(std::abs(counts.value(QStringLiteral("secondary")) / total - 2.0 / 11) < 0.015,
            qPrintable(QString::number(counts.value(QStringLiteral("secondary")))));
        QVERIFY2(std::abs(counts.value(QStringLiteral("direct")) / total - 1.0 / 11) < 0.015,
            qPrintable(QString::number(counts.value(QStringLiteral("direct")))));
        qInfo("split over 20000 calls: primary %.2f%% secondary %.2f%% direct %.2f%%",
            100.0 * counts.value(QStringLiteral("primary")) / total,
            100.0 * counts.value(QStringLiteral("secondary")) / total,
            100.0 * counts.value(QStringLiteral("direct")) / total);
    }

    void deterministic()
    {
        // Same seed, same calls -> the same routing and latencies, bit for bit; 100,000 calls each.
        const auto run = [](quint64 seed) {
            Sim sim(kConfig, seed);
            sim.fault(QStringLiteral("secondary"), Outcome::RateLimit, 0.3);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (int i = 0; i < 100000; ++i) {
                const CallResult r = sim.call(i % 10 == 0 ? QStringLiteral("big") : QStringLiteral("mini"));
                hash.addData(r.deploymentId.toUtf8());
                hash.addData(QByteArray::number(r.latencySeconds, 'g', 17));
                hash.addData(QByteArray::number(r.httpStatus));
                sim.clock.advance(0.05);
            }
            return hash.result().toHex();
        };
        QElapsedTimer timer;
        timer.start();
        const QByteArray first = run(7);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(run(7), first);
        QVERIFY(run(8) != first);
        // Speed is bench_sim's business (no timing asserts here); this only reports it.
        qInfo("100000 calls on the virtual clock in %lld ms", elapsed);
    }

    void rateLimitRetriedCooledAndBack()
    {
        Sim sim;
        sim.fault(QStringLiteral("primary"), Outcome::RateLimit);
        const CallResult r = sim.callUntilFirst(QStringLiteral("primary"));
        QVERIFY(r.ok);
        QCOMPARE(r.attempts.size(), 2);
        QCOMPARE(r.attempts.at(0).deploymentId, QStringLiteral("primary"));
        QCOMPARE(r.attempts.at(0).outcome, Outcome::RateLimit);
        QVERIFY(r.attempts.at(0).cooledDown);
        QVERIFY(r.attempts.at(1).deploymentId != QStringLiteral("primary"));
        QCOMPARE(r.attempts.at(1).outcome, Outcome::Success);
        QCOMPARE(r.deploymentId, r.attempts.at(1).deploymentId);

        // primary has an api_base, so the cooldown callback and the request path write the same series.
        QVERIFY(sim.engine->isCoolingDown(QStringLiteral("primary")));
        QCOMPARE(sim.state(QStringLiteral("primary")), 2.0);
        QCOMPARE(sim.cooldownState(QStringLiteral("primary")), 2.0);
        QCOMPARE(sim.cooledDown(QStringLiteral("primary"), 429), 1.0);

        // Out of rotation for the router cooldown_time (30 s): nothing reaches it meanwhile.
        sim.engine->faults().clear();
        sim.clock.advance(29.0);
        QCOMPARE(split(sim, 50).value(QStringLiteral("primary")), 0); // until 29.5 s
        sim.clock.setNow(29.99);
        QVERIFY(sim.engine->isCoolingDown(QStringLiteral("primary")));
        sim.clock.setNow(30.0);
        sim.engine->renderMetrics();
        QVERIFY(!sim.engine->isCoolingDown(QStringLiteral("primary")));
        // As in LiteLLM, nothing resets the state when the cooldown ends (cooldown_handlers.py keeps it in a
        // cache entry that just expires): it stays 2 until the next success writes 0.
        QCOMPARE(sim.state(QStringLiteral("primary")), 2.0);
        QVERIFY(split(sim, 200).value(QStringLiteral("primary")) > 100);
        QCOMPARE(sim.state(QStringLiteral("primary")), 0.0);
    }

    void cooldownWithoutApiBaseKeepsItsOwnSeries()
    {
        // openai-direct has no api_base: the request path prints None, the cooldown callback "" (LiteLLM
        // issue 35653), so the 2 stays on a series of its own after the next success.
        Sim sim;
        sim.fault(QStringLiteral("direct"), Outcome::AuthError);
        QVERIFY(sim.callUntilFirst(QStringLiteral("direct")).ok);
        QCOMPARE(sim.cooldownState(QStringLiteral("direct")), 2.0);
        QCOMPARE(sim.state(QStringLiteral("direct")), 1.0);
        sim.engine->faults().clear();
        sim.clock.advance(60.0);
        QVERIFY(split(sim, 200).value(QStringLiteral("direct")) > 0);
        QCOMPARE(sim.state(QStringLiteral("direct")), 0.0);
        QCOMPARE(sim.cooldownState(QStringLiteral("direct")), 2.0);
    }

    void deploymentCooldownTimeWins()
    {
        QByteArray yaml = kConfig;
        yaml.replace("weight: 8 }", "weight: 8, cooldown_time: 5 }");
        Sim sim(yaml);
        sim.fault(QStringLiteral("primary"), Outcome::RateLimit);
        QVERIFY(sim.callUntilFirst(QStringLiteral("primary")).ok);
        QCOMPARE(sim.engine->cooldownRemaining(QStringLiteral("primary")), 5.0);
    }

    void rateLimitInSingleDeploymentGroupDoesNotCool()
    {
        Sim sim;
        sim.fault(QStringLiteral("solo-1"), Outcome::RateLimit);
        for (int i = 0; i < 3; ++i) {
            const CallResult r = sim.call(QStringLiteral("solo"));
            QCOMPARE(r.httpStatus, 429);
        }
        QVERIFY(!sim.engine->isCoolingDown(QStringLiteral("solo-1")));
    }

    void authErrorCoolsAtOnce()
    {
        Sim sim;
        sim.fault(QStringLiteral("secondary"), Outcome::AuthError);
        const CallResult r = sim.callUntilFirst(QStringLiteral("secondary"));
        QVERIFY(r.ok);
        QCOMPARE(r.attempts.first().outcome, Outcome::AuthError);
        QVERIFY(r.attempts.first().cooledDown);
        QCOMPARE(sim.cooledDown(QStringLiteral("secondary"), 401), 1.0);
        QCOMPARE(sim.cooldownState(QStringLiteral("secondary")), 2.0);

        // Even alone in its group: 401 is not retryable, so it cools at once (and is not retried).
        sim.fault(QStringLiteral("solo-1"), Outcome::AuthError);
        const CallResult solo = sim.call(QStringLiteral("solo"));
        QCOMPARE(solo.httpStatus, 401);
        QCOMPARE(solo.attempts.size(), 1);
        QVERIFY(sim.engine->isCoolingDown(QStringLiteral("solo-1")));
        const CallResult next = sim.call(QStringLiteral("solo"));
        QCOMPARE(next.httpStatus, 429);
        QVERIFY2(next.errorMessage.startsWith(
                     QStringLiteral("No deployments available for selected model, Try again in 30 "
                                    "seconds. Passed model=solo.")),
            qPrintable(next.errorMessage));
        QVERIFY2(next.errorMessage.contains(QStringLiteral("cooldown_list=['solo-1']")),
            qPrintable(next.errorMessage));
    }

    void notFoundCoolsAtOnce()
    {
        Sim sim;
        sim.fault(QStringLiteral("direct"), Outcome::NotFound);
        const CallResult r = sim.callUntilFirst(QStringLiteral("direct"));
        QVERIFY(r.attempts.first().cooledDown);
        QCOMPARE(sim.cooledDown(QStringLiteral("direct"), 404), 1.0);
    }

    void clientErrorsNeverCool_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("status");
        QTest::addRow("400") << Outcome::BadRequest << 400;
        QTest::addRow("403") << Outcome::PermissionDenied << 403;
        QTest::addRow("422") << Outcome::UnprocessableEntity << 422;
    }

    void clientErrorsNeverCool()
    {
        QFETCH(Outcome, outcome);
        QFETCH(int, status);
        Sim sim;
        sim.fault(QStringLiteral("primary"), outcome);
        int failures = 0;
        for (int i = 0; i < 200; ++i) {
            const CallResult r = sim.call();
            if (!r.attempts.isEmpty() && r.attempts.first().deploymentId == QStringLiteral("primary")) {
                ++failures;
                QCOMPARE(r.httpStatus, status);
                QCOMPARE(r.attempts.size(), 1); // the caller's mistake: no retry, no fallback
                QVERIFY(!r.fallbackUsed);
            }
        }
        QVERIFY(failures > 100); // far past the failure-rate rule's threshold
        QVERIFY(!sim.engine->isCoolingDown(QStringLiteral("primary")));
        QCOMPARE(sim.cooledDown(QStringLiteral("primary"), status), 0.0);
        QCOMPARE(sim.state(QStringLiteral("primary")), 1.0); // partial outage, never 2
    }

    void failureRateRule_data()
    {
        QTest::addColumn<int>("priorSuccesses");
        QTest::addColumn<int>("coolsAtFailure");
        // > 50% of this minute's calls failed, and at least 5 calls.
        QTest::addRow("fresh minute") << 0 << 5;
        QTest::addRow("after 3 successes") << 3 << 4;
        QTest::addRow("after 5 successes") << 5 << 6;
        QTest::addRow("after 9 successes") << 9 << 10;
    }

    void failureRateRule()
    {
        QFETCH(int, priorSuccesses);
        QFETCH(int, coolsAtFailure);
        Sim sim;
        sim.clock.setNow(600); // start of a minute
        int successes = 0;
        while (successes < priorSuccesses) {
            const CallResult r = sim.call();
            successes += std::count_if(r.attempts.cbegin(), r.attempts.cend(), [](const AttemptRecord &a) {
                return a.deploymentId == QStringLiteral("secondary") && a.outcome == Outcome::Success;
            });
        }
        sim.fault(QStringLiteral("secondary"), Outcome::ServerError);
        int failures = 0;
        while (!sim.engine->isCoolingDown(QStringLiteral("secondary"))) {
            const CallResult r = sim.call();
            QVERIFY(r.ok); // retried elsewhere
            for (const AttemptRecord &a : r.attempts) {
                if (a.deploymentId == QStringLiteral("secondary")) {
                    ++failures;
                    QCOMPARE(a.cooledDown, failures == coolsAtFailure);
                }
            }
            QVERIFY(failures <= coolsAtFailure);
        }
        QCOMPARE(failures, coolsAtFailure);
        QCOMPARE(sim.cooledDown(QStringLiteral("secondary"), 500), 1.0);
    }

    void failureRateCountsPerMinute()
    {
        Sim sim;
        sim.clock.setNow(60);
        sim.fault(QStringLiteral("secondary"), Outcome::ServerError);
        int failures = 0;
        while (failures < 4) {
            for (const AttemptRecord &a : sim.call().attempts)
                failures += a.deploymentId == QStringLiteral("secondary") ? 1 : 0;
        }
        QCOMPARE(failures, 4);
        sim.clock.setNow(120.5); // a new minute: the four failures no longer count
        failures = 0;
        while (failures < 4) {
            for (const AttemptRecord &a : sim.call().attempts)
                failures += a.deploymentId == QStringLiteral("secondary") ? 1 : 0;
        }
        QVERIFY(!sim.engine->isCoolingDown(QStringLiteral("secondary")));
    }

    void serverErrorsInSingleGroupNeverCool()
    {
        Sim sim;
        sim.fault(QStringLiteral("solo-1"), Outcome::ServerError);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(sim.call(QStringLiteral("solo")).httpStatus, 500);
        QVERIFY(!sim.engine->isCoolingDown(QStringLiteral("solo-1")));
    }

    void retriesStopAtNumRetries()
    {
        Sim sim;
        for (const char *id : { "primary", "secondary", "direct" })
            sim.fault(QLatin1String(id), Outcome::ServerError);
        sim.clock.setNow(0);
        const CallResult r = sim.call();
        // 4 attempts in mini (num_retries 3), then the fallback group.
        int miniAttempts = 0;
        for (const AttemptRecord &a : r.attempts)
            miniAttempts += a.group == QStringLiteral("mini") ? 1 : 0;
        QCOMPARE(miniAttempts, 4);
        QVERIFY(r.ok);
        QCOMPARE(r.servedGroup, QStringLiteral("big"));
        // Three distinct deployments first, then a repeat: retries prefer untried deployments.
        QSet<QString> firstThree;
        for (int i = 0; i < 3; ++i)
            firstThree.insert(r.attempts.at(i).deploymentId);
        QCOMPARE(firstThree.size(), 3);
    }

    void allCooledFallsBack()
    {
        Sim sim;
        for (const char *id : { "primary", "secondary", "direct" })
            sim.fault(QLatin1String(id), Outcome::RateLimit);
        const auto &m = sim.engine->metrics();
        const auto fallbacks = [&](bool success, const QString &status, const QString &exceptionClass) {
            return m.registry().value(
                success ? m.families().successfulFallbacks : m.families().failedFallbacks,
                { QStringLiteral("mini"), QStringLiteral("big"), QStringLiteral("None"),
                    QStringLiteral("None"), QStringLiteral("None"), QStringLiteral("None"), status,
                    exceptionClass, QStringLiteral("None") });
        };

        const CallResult first = sim.call();
        QVERIFY(first.ok);
        QVERIFY(first.fallbackUsed);
        QCOMPARE(first.servedGroup, QStringLiteral("big"));
        // 429 in a 3-deployment group: each cools at once, so the group is exhausted after 3 attempts.
        QCOMPARE(first.attempts.size(), 4);
        for (const char *id : { "primary", "secondary", "direct" })
            QVERIFY(sim.engine->isCoolingDown(QLatin1String(id)));
        QCOMPARE(sim.engine->coolingDeployments(QStringLiteral("mini")).size(), 3);
        QCOMPARE(fallbacks(true, QStringLiteral("429"), QStringLiteral("Openai.RateLimitError"))
                + fallbacks(true, QStringLiteral("429"), QStringLiteral("Azure.RateLimitError")),
            1.0);

        // Everything cooling: "No deployments available" (RouterRateLimitError) -> fallback straight away.
        const CallResult second = sim.call();
        QVERIFY(second.ok);
        QCOMPARE(second.attempts.size(), 1);
        QCOMPARE(second.attempts.first().group, QStringLiteral("big"));
        QCOMPARE(fallbacks(true, QStringLiteral("429"), QStringLiteral("RouterRateLimitError")), 1.0);

        // The fallback group failing too counts as a failed fallback and the caller gets the last error.
        sim.fault(QStringLiteral("big-azure"), Outcome::ServerError);
        sim.fault(QStringLiteral("big-openai"), Outcome::ServerError);
        const CallResult third = sim.call();
        QVERIFY(!third.ok);
        QCOMPARE(third.httpStatus, 500);
        QCOMPARE(fallbacks(false, QStringLiteral("429"), QStringLiteral("RouterRateLimitError")), 1.0);
        QVERIFY(third.errorMessage.startsWith(QStringLiteral("litellm.InternalServerError: ")));
    }

    void noFallbackConfiguredGivesNoDeployments()
    {
        QByteArray yaml = kConfig;
        yaml.replace("  fallbacks:\n    - mini: [big]\n", "");
        Sim sim(yaml);
        for (const char *id : { "primary", "secondary", "direct" })
            sim.fault(QLatin1String(id), Outcome::RateLimit);
        const CallResult first = sim.call();
        QCOMPARE(first.httpStatus, 429);
        QVERIFY(first.errorMessage.startsWith(QStringLiteral("litellm.RateLimitError")));
        const CallResult second = sim.call();
        QCOMPARE(second.httpStatus, 429);
        QCOMPARE(second.exceptionClass, QStringLiteral("RouterRateLimitError"));
        QVERIFY(second.attempts.isEmpty());
        QVERIFY2(
            second.errorMessage.contains(QStringLiteral("cooldown_list=['primary', 'secondary', 'direct']")),
            qPrintable(second.errorMessage));
    }

    void patchWeightShiftsSplit()
    {
        Sim sim;
        sim.engine->storeConfigModelsInDatabase();
        const AdminResult r = sim.engine->updateDeployment(QStringLiteral("primary"),
            { { QStringLiteral("litellm_params"), QVariantMap { { QStringLiteral("weight"), 2 } } } });
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QHash<QString, int> counts = split(sim, 20000);
        QVERIFY(std::abs(counts.value(QStringLiteral("primary")) / 20000.0 - 0.4) < 0.015);
        QVERIFY(std::abs(counts.value(QStringLiteral("secondary")) / 20000.0 - 0.4) < 0.015);
        QVERIFY(std::abs(counts.value(QStringLiteral("direct")) / 20000.0 - 0.2) < 0.015);

        // Weight 0 on a deployment takes it out of rotation on the very next call.
        QVERIFY(
            sim.engine
                ->updateDeployment(QStringLiteral("direct"),
                    { { QStringLiteral("litellm_params"), QVariantMap { { QStringLiteral("weight"), 0 } } } })
                .ok());
        QCOMPARE(split(sim, 2000).value(QStringLiteral("direct")), 0);
    }

    void adminEditsAreChecked()
    {
        Sim sim;
        QCOMPARE(sim.engine->updateDeployment(QStringLiteral("primary"), {}).status, 400); // a config-file model
        sim.engine->storeConfigModelsInDatabase();
        QCOMPARE(sim.engine->updateDeployment(QStringLiteral("nope"), {}).status, 404);
        const AdminResult negative = sim.engine->updateDeployment(QStringLiteral("primary"),
            { { QStringLiteral("litellm_params"), QVariantMap { { QStringLiteral("weight"), -1 } } } });
        QCOMPARE(negative.status, 400);
        QVERIFY2(
            negative.error.contains(QStringLiteral("litellm_params.weight")), qPrintable(negative.error));
        const AdminResult added
            = sim.engine->addDeployment({ { QStringLiteral("model_name"), QStringLiteral("mini") },
                { QStringLiteral("litellm_params"),
                    QVariantMap { { QStringLiteral("model"), QStringLiteral("openai/mini-2") },
                        { QStringLiteral("weight"), 11 } } },
                { QStringLiteral("model_info"),
                    QVariantMap { { QStringLiteral("id"), QStringLiteral("extra") } } } });
        QVERIFY2(added.ok(), qPrintable(added.error));
        QVERIFY(split(sim, 4000).value(QStringLiteral("extra")) > 1500); // 11 of 22
        QCOMPARE(sim.engine
                     ->addDeployment({ { QStringLiteral("model_name"), QStringLiteral("mini") },
                         { QStringLiteral("litellm_params"),
                             QVariantMap { { QStringLiteral("model"), QStringLiteral("x/y") } } },
                         { QStringLiteral("model_info"),
                             QVariantMap { { QStringLiteral("id"), QStringLiteral("extra") } } } })
                     .status,
            400);
        QVERIFY(sim.engine->removeDeployment(QStringLiteral("extra")).ok());
        QCOMPARE(sim.engine->removeDeployment(QStringLiteral("extra")).status, 404);
        QCOMPARE(split(sim, 1000).value(QStringLiteral("extra")), 0);
    }

    void orderTiers()
    {
        QByteArray yaml = kConfig;
        yaml.replace("weight: 8 }", "weight: 8, order: 1 }");
        yaml.replace("weight: 2 }", "weight: 2, order: 2 }");
        yaml.replace("model: openai/mini, weight: 1 }", "model: openai/mini, weight: 1, order: 2 }");
        Sim sim(yaml);
        QCOMPARE(split(sim, 500).value(QStringLiteral("primary")), 500);
        sim.fault(QStringLiteral("primary"), Outcome::RateLimit);
        sim.call();
        QVERIFY(sim.engine->isCoolingDown(QStringLiteral("primary")));
        const QHash<QString, int> counts = split(sim, 3000);
        QCOMPARE(counts.value(QStringLiteral("primary")), 0);
        QVERIFY(std::abs(counts.value(QStringLiteral("secondary")) / 3000.0 - 2.0 / 3) < 0.03);
    }

    void providerRateLimit()
    {
        QByteArray yaml = kConfig + "simulation:\n  deployments:\n    solo-1: { provider_rpm: 100 }\n";
        Sim sim(yaml);
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 300; ++i) { // 300 calls in 30 s against 100 per minute
            const CallResult r = sim.call(QStringLiteral("solo"));
            (r.ok ? ok : limited) += 1;
            if (!r.ok)
                QCOMPARE(r.httpStatus, 429);
            sim.clock.advance(0.1);
        }
        QCOMPARE(ok, 100);
        QCOMPARE(limited, 200);
        const auto &m = sim.engine->metrics();
        const Deployment *d = sim.engine->config().findDeployment(QStringLiteral("solo-1"));
        sim.engine->renderMetrics();
        QCOMPARE(m.registry().value(m.families().remainingRequests,
                     { d->group, d->provider, QStringLiteral("None"), d->model, d->id }),
            0.0);
        sim.clock.advance(61);
        QVERIFY(sim.call(QStringLiteral("solo")).ok);
    }

    void tokensSpendAndAgents()
    {
        // The agent reaches the labels only as LiteLLM's custom metadata label metadata_agent.
        Sim plain;
        plain.call(QStringLiteral("mini"), QStringLiteral("intent_detection"));
        QVERIFY(!plain.engine->renderMetrics().contains("intent_detection"));
        Sim sim(kConfig + "litellm_settings:\n  custom_prometheus_metadata_labels: [\"metadata.agent\"]\n");
        for (int i = 0; i < 100; ++i)
            sim.call(QStringLiteral("mini"),
                i % 2 ? QStringLiteral("intent_detection") : QStringLiteral("flow_generation"));
        const QByteArray text = sim.engine->renderMetrics();
        QVERIFY(text.contains("litellm_spend_metric_total{"));
        QVERIFY(text.contains("metadata_agent=\"intent_detection\""));
        QVERIFY(text.contains("metadata_agent=\"flow_generation\""));
        QVERIFY(text.contains("litellm_output_tokens_metric_total{"));
        // Hostile agent names cannot grow the exposition without bound.
        for (int i = 0; i < 500; ++i)
            sim.call(QStringLiteral("mini"), QStringLiteral("agent-%1").arg(i));
        const auto &m = sim.engine->metrics();
        // One series per agent (capped) and serving deployment (mini has three; model_id is on the family).
        QVERIFY(m.registry().seriesCount(m.families().proxyTotal) <= (RouterEngine::kMaxAgentLabels + 5) * 3);
    }

    void latencyModel()
    {
        SimRandom rng(1);
        QList<double> samples;
        for (int i = 0; i < 100000; ++i)
            samples.append(rng.logNormal(0.8, 3.0));
        std::sort(samples.begin(), samples.end());
        QVERIFY(std::abs(samples.at(50000) - 0.8) / 0.8 < 0.03);
        QVERIFY(std::abs(samples.at(99000) - 3.0) / 3.0 < 0.05);
    }

    void timeoutsFromLatencyFaults()
    {
        Sim sim;
        Fault slow;
        slow.target = QStringLiteral("solo-1");
        slow.kind = Fault::Kind::Latency;
        slow.extraLatencySeconds = 40; // beyond the 30 s default timeout
        sim.engine->faults().add(slow, 0);
        const CallResult r = sim.call(QStringLiteral("solo"));
        QCOMPARE(r.httpStatus, 408);
        QCOMPARE(r.attempts.first().outcome, Outcome::Timeout);
        QCOMPARE(r.attempts.first().latencySeconds, 30.0);
    }

    void faultsExpire()
    {
        Sim sim;
        Fault f;
        f.target = QStringLiteral("azure");
        f.outcome = Outcome::ServerError;
        f.durationSeconds = 10;
        QVERIFY(sim.engine->faults().add(f, 0).isEmpty());
        QCOMPARE(f.id, QStringLiteral("fault-1"));
        QCOMPARE(sim.engine->faults().active(9.9).size(), 1);
        QCOMPARE(sim.engine->faults().active(10).size(), 0);
        Fault dup = f;
        dup.id = QStringLiteral("x");
        QVERIFY(sim.engine->faults().add(dup, 11).isEmpty());
        QVERIFY(!sim.engine->faults().add(dup, 11).isEmpty()); // duplicate id
    }

    void faultParsing_data()
    {
        QTest::addColumn<QVariantMap>("body");
        QTest::addColumn<QString>("error");
        const auto map = [](std::initializer_list<std::pair<QString, QVariant>> items) {
            QVariantMap m;
            for (const auto &[k, v] : items)
                m.insert(k, v);
            return m;
        };
        QTest::addRow("ok") << map({ { QStringLiteral("target"), QStringLiteral("azure") },
            { QStringLiteral("kind"), QStringLiteral("rate_limit") } })
                            << QString();
        QTest::addRow("unknown target") << map({ { QStringLiteral("target"), QStringLiteral("gcp") },
            { QStringLiteral("kind"), QStringLiteral("rate_limit") } })
                                        << QStringLiteral("matches no deployment id or provider");
        QTest::addRow("bad kind") << map({ { QStringLiteral("target"), QStringLiteral("primary") },
            { QStringLiteral("kind"), QStringLiteral("fire") } })
                                  << QStringLiteral("fault kind must be one of");
        QTest::addRow("probability 2") << map({ { QStringLiteral("target"), QStringLiteral("primary") },
            { QStringLiteral("kind"), QStringLiteral("timeout") }, { QStringLiteral("probability"), 2 } })
                                       << QStringLiteral("probability must be a number between 0 and 1");
        QTest::addRow("latency without ms") << map({ { QStringLiteral("target"), QStringLiteral("primary") },
            { QStringLiteral("kind"), QStringLiteral("latency") } })
                                            << QStringLiteral("extra_latency_ms > 0");
        QTest::addRow("negative duration") << map({ { QStringLiteral("target"), QStringLiteral("primary") },
            { QStringLiteral("kind"), QStringLiteral("auth_error") }, { QStringLiteral("duration_s"), -1 } })
                                           << QStringLiteral("duration_s must be a number of seconds > 0");
        QTest::addRow("unknown field") << map({ { QStringLiteral("target"), QStringLiteral("primary") },
            { QStringLiteral("kind"), QStringLiteral("auth_error") }, { QStringLiteral("severity"), 3 } })
                                       << QStringLiteral("unknown fault field 'severity'");
        QTest::addRow("string probability") << map({ { QStringLiteral("target"), QStringLiteral("primary") },
            { QStringLiteral("kind"), QStringLiteral("timeout") },
            { QStringLiteral("probability"), QStringLiteral("0.5") } })
                                            << QStringLiteral("got \"0.5\"");
    }

    void faultParsing()
    {
        QFETCH(QVariantMap, body);
        QFETCH(QString, error);
        Sim sim;
        const FaultParseResult r = FaultInjector::parse(body, sim.engine->faultTargets());
        if (error.isEmpty())
            QVERIFY2(r.ok(), qPrintable(r.error));
        else
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
    }

    void loadGenerator()
    {
        LoadProfile profile;
        profile.rps = 10;
        profile.groups = { { QStringLiteral("mini"), 3 }, { QStringLiteral("big"), 1 } };
        profile.spikes = { { 500, 100, 3 } };
        LoadGenerator load(profile, {}, 5);
        QHash<QString, int> groups;
        int inSpike = 0;
        int before = 0;
        for (;;) {
            const Arrival a = load.next();
            if (a.at >= 1000)
                break;
            ++groups[a.group];
            if (a.at >= 500 && a.at < 600)
                ++inSpike;
            else if (a.at < 500)
                ++before;
        }
        QVERIFY2(std::abs(before - 5000) < 250, qPrintable(QString::number(before))); // Poisson: sd ~71
        QVERIFY2(std::abs(inSpike - 3000) < 200, qPrintable(QString::number(inSpike)));
        const double miniShare = double(groups.value(QStringLiteral("mini")))
            / (groups.value(QStringLiteral("mini")) + groups.value(QStringLiteral("big")));
        QVERIFY(std::abs(miniShare - 0.75) < 0.02);
        LoadGenerator idle(LoadProfile {}, { QStringLiteral("mini") }, 5);
        QVERIFY(std::isinf(idle.next().at));
    }

    void shippedScenarios_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("azure-429-storm") << QStringLiteral("azure-429-storm.yaml");
        QTest::addRow("openai-outage") << QStringLiteral("openai-outage.yaml");
        QTest::addRow("latency-regression") << QStringLiteral("latency-regression.yaml");
    }

    void shippedScenarios()
    {
        QFETCH(QString, file);
        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        const SimulationParamsResult params
            = SimulationParams::fromDocument(demo.config.document, demo.config);
        VirtualClock clock;
        RouterEngine engine(demo.config, params.params, &clock);
        const ScenarioParseResult parsed = Scenario::load(
            QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/scenarios/") + file, engine.faultTargets());
        QStringList problems;
        for (const Problem &p : parsed.problems)
            problems.append(p.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!parsed.scenario.steps.isEmpty());
        ScenarioRunner runner(parsed.scenario, 0);
        int applied = 0;
        for (double t = 0; t < 400; t += 1)
            applied += int(runner.advanceTo(t, engine.faults()).size());
        QCOMPARE(applied, parsed.scenario.steps.size());
        QVERIFY(runner.finished());
    }

    void stormScenarioCoolsThePrimary()
    {
        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        SimulationParamsResult params = SimulationParams::fromDocument(demo.config.document, demo.config);
        VirtualClock clock;
        RouterEngine engine(demo.config, params.params, &clock);
        const ScenarioParseResult parsed = Scenario::load(
            QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/scenarios/azure-429-storm.yaml"),
            engine.faultTargets());
        QVERIFY(parsed.ok());
        ScenarioRunner runner(parsed.scenario, 0);
        LoadGenerator load(params.params.load, demo.config.groupNames(), 1);
        bool cooledInStorm = false;
        bool cooledBefore = false;
        for (Arrival a = load.next(); a.at < 200; a = load.next()) {
            clock.setNow(a.at);
            runner.advanceTo(a.at, engine.faults());
            engine.complete({ a.group, a.agent, 0, QString(), QStringLiteral("/chat/completions"), QString() });
            const bool cooling = engine.isCoolingDown(QStringLiteral("azure-primary"));
            if (a.at < 60)
                cooledBefore |= cooling;
            else if (a.at < 150)
                cooledInStorm |= cooling;
        }
        QVERIFY(!cooledBefore);
        QVERIFY(cooledInStorm);
    }

    void badScenarios_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::addRow("no steps") << QByteArray("name: x\n")
                                  << QStringLiteral("steps must be a non-empty list");
        QTest::addRow("bad time") << QByteArray("steps:\n  - at_s: -1\n    clear: true\n")
                                  << QStringLiteral("steps[0].at_s must be a number of seconds >= 0");
        QTest::addRow("two actions") << QByteArray("steps:\n  - at_s: 1\n    clear: true\n    remove: x\n")
                                     << QStringLiteral(
                                            "steps[0] must have exactly one of add, remove, clear");
        QTest::addRow("bad fault") << QByteArray(
            "steps:\n  - at_s: 1\n  - at_s: 2\n    add: { target: mars, kind: timeout }\n")
                                   << QStringLiteral("steps[1].add: fault target \"mars\" matches no");
        QTest::addRow("not yaml") << QByteArray("steps: [\n") << QStringLiteral("scenario.yaml");
    }

    void badScenarios()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        Sim sim;
        const ScenarioParseResult parsed
            = Scenario::parse(yaml, sim.engine->faultTargets(), QStringLiteral("scenario.yaml"));
        QVERIFY(!parsed.ok());
        QStringList problems;
        for (const Problem &p : parsed.problems)
            problems.append(p.toString());
        QVERIFY2(problems.join(u'\n').contains(error), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSimEngine)
#include "tst_simengine.moc"
