// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the codec takes to load a 5,000-deployment config. Figures only, no assertions on time.
#include "litellmconfigcodec.h"
#include "sharemath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace RouteDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int deployments = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    QByteArray text = "# generated benchmark config\nmodel_list:\n";
    for (int i = 0; i < deployments; ++i) {
        text += "  - model_name: group-" + QByteArray::number(i % 250) + "   # group comment\n"
                "    litellm_params:\n"
                "      model: azure/deployment-" + QByteArray::number(i) + "\n"
                "      api_base: https://region-" + QByteArray::number(i % 17) + ".openai.azure.com\n"
                "      api_key: os.environ/AZURE_KEY_" + QByteArray::number(i % 17) + "\n"
                "      weight: " + QByteArray::number(i % 9 + 1) + "\n"
                "      rpm: " + QByteArray::number(1000 + i) + "\n"
                "    model_info:\n"
                "      id: dep-" + QByteArray::number(i) + "\n";
    }
    text += "router_settings:\n  num_retries: 3\n  cooldown_time: 30\n";

    QList<qint64> runs;
    qsizetype loaded = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(text);
        for (const QString &group : result.config.groupNames())
            (void)ShareMath::configuredShares(result.config.deploymentsInGroup(group));
        runs.append(timer.nsecsElapsed());
        loaded = result.config.deployments.size();
        if (!result.ok())
            return 1;
    }
    std::sort(runs.begin(), runs.end());
    QTextStream out(stdout);
    out << "bench_codec: " << loaded << " deployments, " << text.size() / 1024 << " KiB\n"
        << "  load + validate + shares: median " << runs.at(runs.size() / 2) / 1e6 << " ms, best "
        << runs.first() / 1e6 << " ms (5 runs)\n";
    return loaded == deployments ? 0 : 1;
}
