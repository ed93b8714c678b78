// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlcommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("routedeckctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("RouteDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTEDECK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    RouteDeck::CtlCommands commands(out, err);
    return commands.run(QCoreApplication::arguments().mid(1));
}
