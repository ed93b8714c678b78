// SPDX-License-Identifier: GPL-3.0-or-later
// Prints routing decisions per second on the virtual clock and the /metrics render time with
// 1,000 deployments, as `RESULT sim.decisions_per_s` and `RESULT sim.metrics_1000_ms`. Figures only: no
// timing is asserted.
#include "litellmconfigcodec.h"
#include "routerengine.h"
#include "simulationparams.h"
#include "virtualclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace RouteDeck;

namespace {
RouterConfig configWith(int groups, int perGroup)
{
    QByteArray yaml = "model_list:\n";
    for (int g = 0; g < groups; ++g) {
        for (int d = 0; d < perGroup; ++d) {
            yaml += "  - model_name: group-" + QByteArray::number(g)
                + "\n    litellm_params:\n      model: " + (d % 2 ? "azure" : "openai") + "/model-"
                + QByteArray::number(d) + "\n      api_base: https://r" + QByteArray::number(d)
                + ".example\n      weight: " + QByteArray::number(d + 1) + "\n    model_info:\n      id: dep-"
                + QByteArray::number(g) + '-' + QByteArray::number(d) + '\n';
        }
    }
    yaml += "router_settings:\n  num_retries: 3\n  cooldown_time: 30\n";
    const ConfigLoadResult loaded = LiteLlmConfigCodec::parse(yaml, QStringLiteral("bench.yaml"));
    if (!loaded.ok())
        qFatal("bench config does not load");
    return loaded.config;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    {
        const RouterConfig config
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"))
                  .config;
        const SimulationParamsResult params = SimulationParams::fromDocument(config.document, config);
        VirtualClock clock;
        RouterEngine engine(config, params.params, &clock, 1);
        // Five rounds of 200,000 calls; the median round's rate (the first round also warms the metric series).
        const int calls = 200000;
        std::vector<double> rates;
        for (int round = 0; round < 5; ++round) {
            const quint64 decisionsBefore = engine.routingDecisions();
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < calls; ++i) {
                engine.complete({ QStringLiteral("gpt-4o-mini"), QStringLiteral("intent_detection"), 0, QString(),
                    QStringLiteral("/chat/completions"), QString() });
                clock.advance(0.01);
            }
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            const quint64 decisions = engine.routingDecisions() - decisionsBefore;
            std::printf("routing: %d calls (%llu decisions) in %.3f s = %.0f calls/s, %.0f decisions/s (virtual "
                        "clock, demo config)\n",
                calls, static_cast<unsigned long long>(decisions), seconds, calls / seconds, double(decisions) / seconds);
            rates.push_back(double(decisions) / seconds);
        }
        std::sort(rates.begin(), rates.end());
        std::printf("RESULT sim.decisions_per_s %.0f count\n", rates[rates.size() / 2]);
    }

    {
        const RouterConfig config = configWith(100, 10); // 1,000 deployments
        const SimulationParams params;
        VirtualClock clock;
        RouterEngine engine(config, params, &clock, 1);
        QElapsedTimer setup;
        setup.start();
        for (int i = 0; i < 20000; ++i) {
            engine.complete({ QStringLiteral("group-%1").arg(i % 100),
                i % 2 ? QStringLiteral("intent_detection") : QStringLiteral("flow_generation"), 0, QString(),
                QStringLiteral("/chat/completions"), QString() });
            clock.advance(0.001);
        }
        // The median of 21 renders: one scrape's time, free of the odd slow one (page faults, the other core).
        const int renders = 21;
        qsizetype bytes = 0;
        std::vector<double> times;
        for (int i = 0; i < renders; ++i) {
            QElapsedTimer timer;
            timer.start();
            bytes = engine.renderMetrics().size();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double ms = times[times.size() / 2];
        std::printf("/metrics at %lld deployments: %.2f ms per render (median; %.2f to %.2f), %.1f KiB (%lld lines)\n",
            static_cast<long long>(config.deployments.size()), ms, times.front(), times.back(),
            double(bytes) / 1024.0, static_cast<long long>(engine.renderMetrics().count('\n')));
        std::printf("RESULT sim.metrics_1000_ms %.2f ms\n", ms);
    }
    return 0;
}
