// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "litellmversion.h"
#include "simulationparams.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace RouteDeck {

struct SimOptionsResult;

// Command line of routedeck-sim.
struct SimOptions
{
    QString configPath;
    quint16 port = 0; // 0: a free port, printed on start
    std::optional<quint64> seed;
    std::optional<double> rps;
    QString scenarioPath;
    std::optional<QString> masterKey; // overrides general_settings.master_key
    bool instant = false; // answer at once instead of after the simulated latency
    bool noSpendMetric = false; // behave like a LiteLLM without spend tracking
    bool modelsInDatabase = false; // the config's models count as database models: the admin API updates them
    double adminDelaySeconds = 0; // admin writes are answered this much later (SimApiBehaviour)
    // The LiteLLM release imitated where releases differ (LiteLlmVersion): /metrics auth, buckets, readiness.
    LiteLlmVersion litellmVersion = LiteLlmVersion::newest();
    // --history-days: fast-forward the past days on a virtual clock, write OpenMetrics, exit.
    double historyDays = 0;
    QString historyOut; // file; "-" for stdout
    std::optional<qint64> historyEnd; // Unix seconds; default now
    QList<QPair<QString, QString>> historyLabels; // extra labels, e.g. job and instance as Prometheus scrapes them
    QList<LoadSpike> spikes; // added to simulation.load.spikes

    static SimOptionsResult parse(const QStringList &arguments);
};

struct SimOptionsResult
{
    SimOptions options;
    QString error; // a message naming the bad option
    QString helpText; // set when --help or --version was given
    bool ok() const { return error.isEmpty(); }
};

} // namespace RouteDeck
