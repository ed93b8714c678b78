// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"
#include "simulationparams.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QTimeZone>

class QIODevice;

namespace RouteDeck {

struct SimOptions;

// The router's recent past, fast-forwarded: `routedeck-sim --history-days N` runs the real routing
// engine on a virtual clock over the N days before the end time and writes its token, spend and
// request counters as OpenMetrics, one sample per step, ready for
// `promtool tsdb create-blocks-from openmetrics`. The demo imports it into its Prometheus so the
// Cost page has a week and more of data a minute after start.
//
// Sampled, and honest about it: each step simulates `calls_per_step` calls (fewer at night with a
// daily swing, more or fewer where a `past` change says so), and every counter is written
// multiplied by load.rps * step_s / calls_per_step, so the history runs at the configured rate.
// Seeded: the same config, seed and end time give the same file.
class HistoryWriter
{
public:
    struct Options
    {
        double days = 7;
        QDateTime end; // the history's last sample; local midnights for `past` changes come from its date
        QTimeZone timeZone = QTimeZone::systemTimeZone();
        QList<QPair<QString, QString>> extraLabels; // e.g. job, instance: as Prometheus labels the live scrape
        bool exportSpend = true;
        quint64 seed = 42;
        double rps = 0; // calls per second represented; from simulation.load.rps or --rps
        QString hashedApiKey = QStringLiteral("None"); // the hashed_api_key label, as the live load sets it
    };
    struct Summary
    {
        qint64 steps = 0;
        qint64 simulatedCalls = 0;
        double scale = 0; // calls each simulated call stands for
        qint64 series = 0;
        qint64 samples = 0;
        double spend = 0; // USD, as the counters say (also without --no-spend-metric export)
        QDateTime from;
        QDateTime to;
    };

    // Writes OpenMetrics to `out`; an empty string on success, else what went wrong.
    static QString write(const RouterConfig &config, const SimulationParams &params, const Options &options,
                         QIODevice *out, Summary *summary = nullptr);
    // routedeck-sim --history-days: loads the config, writes the file, prints a summary line to `log`.
    static int run(const SimOptions &options, QString *log);
};

} // namespace RouteDeck
