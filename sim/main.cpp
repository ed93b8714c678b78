// SPDX-License-Identifier: GPL-3.0-or-later
#include "hangupnotifier.h"
#include "historywriter.h"
#include "simoptions.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("routedeck-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTEDECK_VERSION));

    const RouteDeck::SimOptionsResult parsed = RouteDeck::SimOptions::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.helpText.isEmpty()) {
        out << parsed.helpText;
        return 0;
    }
    if (!parsed.ok()) {
        err << "routedeck-sim: " << parsed.error << '\n';
        return 2;
    }

    if (parsed.options.historyDays > 0) {
        QString log;
        const int code = RouteDeck::HistoryWriter::run(parsed.options, &log);
        err << "routedeck-sim: " << log << Qt::endl;
        return code;
    }

    RouteDeck::Simulator simulator(parsed.options);
    QObject::connect(&simulator, &RouteDeck::Simulator::logLine, &app,
        [&err](const QString &line) { err << "routedeck-sim: " << line << Qt::endl; });
    const QString error = simulator.start();
    if (!error.isEmpty()) {
        err << "routedeck-sim: " << error << '\n';
        return 1;
    }
    RouteDeck::HangupNotifier hangup;
    QObject::connect(&hangup, &RouteDeck::HangupNotifier::hangup, &simulator, &RouteDeck::Simulator::reloadConfig);
    // One parseable line: tests and the console read the port from it.
    out << "routedeck-sim listening on http://127.0.0.1:" << simulator.port() << Qt::endl;
    return QCoreApplication::exec();
}
