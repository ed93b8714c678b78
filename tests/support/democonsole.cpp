// SPDX-License-Identifier: GPL-3.0-or-later
#include "democonsole.h"

#include "demoenvironment.h"

#include <QTemporaryDir>

namespace RouteDeck::Test {

namespace {
// The console writes its alert history beside the audit log; a test's goes into a folder of its own.
QString alertHistoryFolder()
{
    static QTemporaryDir folder;
    return folder.path();
}
} // namespace

DemoConsole::DemoConsole()
    : controller(&window)
    , failures(&controller, &ConsoleController::demoFailed)
{
    if (qEnvironmentVariableIsEmpty("ROUTEDECK_ALERT_LOG")) // read when the demo connects
        qputenv("ROUTEDECK_ALERT_LOG", (alertHistoryFolder() + QStringLiteral("/alerts.jsonl")).toLocal8Bit());
    window.resize(1280, 800);
    window.show();
}

QString DemoConsole::missingProgram(Promtool promtool)
{
    if (DemoEnvironment::prometheusExecutable().isEmpty())
        return QStringLiteral("prometheus is not installed (apt-get install prometheus)");
    if (promtool == Promtool::Needed && DemoEnvironment::promtoolExecutable().isEmpty())
        return QStringLiteral("promtool is not installed (it comes with the prometheus package)");
    if (DemoEnvironment::simulatorExecutable().isEmpty())
        return QStringLiteral("routedeck-sim was not built");
    return {};
}

void DemoConsole::start(double rps, const QString &scenario)
{
    DemoEnvironment::Options options;
    options.scenario = scenario;
    options.rps = rps;
    controller.startDemo(options);
}

QString DemoConsole::failureOr(const QString &otherwise) const
{
    return failures.isEmpty() ? otherwise : failures.first().first().toString();
}

} // namespace RouteDeck::Test
