// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolecontroller.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QString>

namespace RouteDeck::Test {

// The whole console as the demo tests drive it, offscreen: a shown 1280x800 MainWindow, its
// ConsoleController, and a spy on the controller's demoFailed(). start() runs the local demo (real
// routedeck-sim and real Prometheus as child processes) without a scenario.
//
//     if (const QString missing = DemoConsole::missingProgram(); !missing.isEmpty())
//         QSKIP(qPrintable(missing));
//     DemoConsole demo;
//     auto &[window, controller, failures] = demo;
//     demo.start(60);
//     QTRY_VERIFY2_WITH_TIMEOUT(window.isLive(),
//         qPrintable(demo.failureOr(QStringLiteral("no live data yet"))), 90000);
class DemoConsole
{
public:
    enum class Promtool { NotNeeded, Needed }; // the Cost page's history is imported with promtool

    DemoConsole();

    // Why the demo cannot run on this machine, as a QSKIP message; empty when it can.
    static QString missingProgram(Promtool promtool = Promtool::NotNeeded);

    // Starts the demo at `rps` calls per second, with a scenario of resources/demo/scenarios or none.
    void start(double rps, const QString &scenario = QString());
    // The first demoFailed() message, or `otherwise` while the demo has not failed.
    QString failureOr(const QString &otherwise) const;

    // Public, and in this order, for `auto &[window, controller, failures] = demo;`.
    MainWindow window;
    ConsoleController controller;
    QSignalSpy failures;
};

} // namespace RouteDeck::Test
