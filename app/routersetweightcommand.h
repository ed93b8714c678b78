// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace RouteDeck {

class PushService;
class WeightPlan;
struct Deployment;
struct GuardrailReport;
struct PlanTraffic;
struct PushOutcome;
struct PushRoute;
struct RouterDeploymentsReply;
struct WeightChange;

// `routedeckctl set-weight --router URL GROUP ID=W ... [--yes [--confirm GROUP]]`: the console's push,
// from the command line. It re-reads the group's weights, applies the same guardrails (with
// --prometheus also at the current traffic), prints the before/after split and the exact API calls,
// and pushes only with --yes through the same PushService, with the same audit log. A risky change
// also needs --confirm GROUP, the command line's typed confirmation.
// Exit codes: 0 dry run or applied, 1 refused / conflict / failed, 2 usage or router unreachable.
class RouterSetWeightCommand
{
public:
    RouterSetWeightCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // the arguments after "set-weight"

private:
    struct Options; // what the command line asks for, defined in routersetweightcommand.cpp

    int usage(const QString &message);
    // The steps of run(); those returning std::optional<int> give an exit code when the command ends there.
    std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, Options &options);
    std::optional<int> readConnection(const QCommandLineParser &parser, Options &options);
    std::optional<RouterDeploymentsReply> fetchDeployments(const Options &options);
    std::optional<int> setPlanWeights(const Options &options, const QList<Deployment> &deployments, WeightPlan &plan);
    PlanTraffic readTraffic(const Options &options);
    void printPreview(const Options &options, const WeightPlan &plan, const PlanTraffic &traffic,
        const GuardrailReport &report);
    int reviewAndPush(const Options &options, const GuardrailReport &report, const WeightChange &change,
        const QList<Deployment> &deployments);
    int pushChange(const Options &options, PushService &service, const WeightChange &change, const PushRoute &route);
    int printOutcome(const PushService &service, const PushOutcome &outcome);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace RouteDeck
