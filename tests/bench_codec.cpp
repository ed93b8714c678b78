// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the codec takes to load a 5,000-deployment config (written out, and with every entry
// merging shared params through an anchor), and to refuse an alias bomb. Figures only, as
// `RESULT <name> <value> <unit>` lines; no assertions on time. The figures are the thread's CPU time
// (as bench_views'), which a busy machine changes far less than wall time; the wall time is printed too.
#include "litellmconfigcodec.h"
#include "sharemath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace RouteDeck;

namespace {

QByteArray writtenOut(int deployments)
{
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
    return text;
}

// The same deployments, their shared params merged in from an anchor (`<<: *azure`), as configs do.
QByteArray withMergeKeys(int deployments)
{
    QByteArray text = "x-azure: &azure\n  api_base: https://region.openai.azure.com\n  api_key: os.environ/AZURE_KEY\n"
                      "  api_version: \"2024-08-01-preview\"\n  timeout: 30\nmodel_list:\n";
    for (int i = 0; i < deployments; ++i) {
        text += "  - model_name: group-" + QByteArray::number(i % 250) + "\n"
                "    litellm_params:\n"
                "      <<: *azure\n"
                "      model: azure/deployment-" + QByteArray::number(i) + "\n"
                "      weight: " + QByteArray::number(i % 9 + 1) + "\n"
                "    model_info: {id: dep-" + QByteArray::number(i) + "}\n";
    }
    return text;
}

// 10 levels of 10 aliases: 10^10 values in under 800 bytes.
QByteArray aliasBomb()
{
    QByteArray text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
        const QByteArray previous = "*a" + QByteArray::number(level - 1);
        text += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + previous;
        for (int i = 1; i < 10; ++i)
            text += ", " + previous;
        text += "]\n";
    }
    return text + "model_list:\n  - model_name: m\n    litellm_params: {model: x, extra: *a9}\n";
}

double threadMsecs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double medianMs = 0;
    double bestMs = 0;
    double medianWallMs = 0;
    qsizetype deployments = 0;
    bool ok = false;
};

Timing timeLoad(const QByteArray &text, int runs)
{
    QList<double> times;
    QList<double> wallTimes;
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadMsecs();
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(text);
        for (const QString &group : result.config.groupNames())
            (void)ShareMath::configuredShares(result.config.deploymentsInGroup(group));
        times.append(threadMsecs() - cpuStart);
        wallTimes.append(timer.nsecsElapsed() / 1e6);
        timing.deployments = result.config.deployments.size();
        timing.ok = result.ok();
    }
    std::sort(times.begin(), times.end());
    std::sort(wallTimes.begin(), wallTimes.end());
    timing.medianMs = times.at(times.size() / 2);
    timing.bestMs = times.first();
    timing.medianWallMs = wallTimes.at(wallTimes.size() / 2);
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int deployments = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const QByteArray text = writtenOut(deployments);
    const Timing plain = timeLoad(text, 5);
    const Timing merged = timeLoad(withMergeKeys(deployments), 5);
    const Timing bomb = timeLoad(aliasBomb(), 5);

    QTextStream out(stdout);
    out << "bench_codec: " << plain.deployments << " deployments, " << text.size() / 1024 << " KiB; load + validate + "
        << "shares, median CPU time of 5 runs (best: " << plain.bestMs << " ms written out, " << merged.bestMs
        << " ms merged; median wall time " << plain.medianWallMs << " ms written out)\n";
    out << "RESULT codec." << deployments << "_load_ms " << plain.medianMs << " ms\n";
    out << "RESULT codec." << deployments << "_merge_keys_load_ms " << merged.medianMs << " ms\n";
    out << "RESULT yaml.alias_bomb_refused_ms " << bomb.medianMs << " ms\n";
    // A bench bug, not a slow run: every config must load, and the bomb must be refused.
    return plain.ok && merged.ok && plain.deployments == deployments && merged.deployments == deployments && !bomb.ok ? 0 : 1;
}
