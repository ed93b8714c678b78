// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolrun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace RouteDeck::Test {

ToolRun runTool(const QString &program, const QStringList &arguments, const ToolEnvironment &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.set.cbegin(); it != environment.set.cend(); ++it)
        env.insert(it.key(), it.value());
    for (const QString &name : environment.unset)
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace RouteDeck::Test
