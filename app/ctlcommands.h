// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "routertypes.h"

#include <QStringList>

#include <optional>

class QTextStream;

namespace RouteDeck {

class WeightPlan;
struct ConfigFilesEditResult;
struct GuardrailReport;
struct Snapshot;
struct WeightChange;

// The `routedeckctl` commands. Kept out of main() so tests and the GUI share the same code.
// Exit codes: 0 success, 1 problems found / refused, 2 usage or unreachable source.
class CtlCommands
{
public:
    enum ExitCode { Success = 0, ProblemsFound = 1, UsageError = 2 };

    CtlCommands(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // arguments without the program name

    // Left-aligned text columns, right-aligned where a column holds numbers.
    static QString formatTable(const QList<QStringList> &rows, const QList<bool> &rightAligned);

private:
    struct SetWeightOptions; // set-weight FILE's command line, defined in ctlcommands.cpp
    struct StatusOptions; // status's command line, defined in ctlcommands.cpp

    int validate(const QStringList &arguments);
    int show(const QStringList &arguments);
    int setWeight(const QStringList &arguments);
    int status(const QStringList &arguments);
    int usage(const QString &message = QString());

    void printProblems(const Problems &problems);

    // The steps of show(), setWeight() and status(); those returning std::optional<int> give an exit code
    // when the command ends there.
    void printShowJson(const RouterConfig &config, const QStringList &groups);
    std::optional<int> parseSetWeightOptions(const QStringList &arguments, SetWeightOptions &options);
    std::optional<int> setPlanWeights(const SetWeightOptions &options, const RouterConfig &config, WeightPlan &plan);
    PushOutcome pushToFile(const SetWeightOptions &options, const WeightChange &change);
    int printRefusals(const GuardrailReport &report);
    void printFilePreview(const ConfigFilesEditResult &edit, const WeightPlan &plan, const GuardrailReport &report);
    int writeWeights(const SetWeightOptions &options, const GuardrailReport &report, const WeightChange &change,
                     const ConfigFilesEditResult &edit);
    std::optional<int> parseStatusOptions(const QStringList &arguments, StatusOptions &options);
    void printStatusJson(const StatusOptions &options, const Snapshot &snapshot, int queriesPerRefresh);
    void printStatusText(const StatusOptions &options, const Snapshot &snapshot);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace RouteDeck
