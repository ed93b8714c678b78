// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace RouteDeck::Test {

// One run of a command-line tool of the project (routedeckctl, routedeck-sim) to its end.
struct ToolRun
{
    int exitCode = -1; // -1 when it crashed or did not end within the timeout (it is killed then)
    QString out;
    QString err;
};

struct ToolEnvironment
{
    QHash<QString, QString> set; // added to the test's own environment
    QStringList unset;
};

ToolRun runTool(const QString &program, const QStringList &arguments, const ToolEnvironment &environment = ToolEnvironment(),
    int timeoutMs = 180000);

} // namespace RouteDeck::Test
