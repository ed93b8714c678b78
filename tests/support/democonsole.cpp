// SPDX-License-Identifier: GPL-3.0-or-later
#include "democonsole.h"

#include "demoenvironment.h"

namespace RouteDeck::Test {

DemoConsole::DemoConsole()
    : controller(&window)
    , failures(&controller, &ConsoleController::demoFailed)
{
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

void DemoConsole::start(double rps)
{
    DemoEnvironment::Options options;
    options.scenario.clear();
    options.rps = rps;
    controller.startDemo(options);
}

QString DemoConsole::failureOr(const QString &otherwise) const
{
    return failures.isEmpty() ? otherwise : failures.first().first().toString();
}

} // namespace RouteDeck::Test
