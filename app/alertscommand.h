// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace RouteDeck {

class PrometheusClient;
struct Snapshot;

// `routedeckctl alerts`: the console's rules evaluated once, for runbooks and cron.
//
//     routedeckctl alerts --router URL --prometheus URL [--profile NAME] [--json] [--timeout S]
//     routedeckctl alerts --router URL --prometheus URL [--profile NAME] --export-rules FILE
//
// The rules Prometheus can compute are asked as range queries over the last for: + keep_firing_for:
// and replayed through AlertEvaluator step by step, so a rule's `for:` is judged from history, not by
// waiting. The console-only rules (drift, every deployment cooling) and a source being down are judged
// from one snapshot: they can be pending, and fire only when their `for:` is 0.
// Exit codes: 0 nothing fires, 3 an alert fires, 2 usage errors or a source that cannot answer.
class AlertsCommand
{
public:
    enum ExitCode { Success = 0, UsageError = 2, Firing = 3 };

    AlertsCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // arguments after `alerts`
    static QString usageLine();

private:
    struct Options; // defined in alertscommand.cpp

    int usage(const QString &message);
    std::optional<int> readOptions(const QStringList &arguments, Options &options);
    int exportRules(const Options &options, const Snapshot &snapshot);
    QList<Alert> evaluate(const Options &options, const Snapshot &snapshot, QString *error);
    void printText(const Snapshot &snapshot, const QList<Alert> &alerts);
    void printJson(const Snapshot &snapshot, const QList<Alert> &alerts);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace RouteDeck
