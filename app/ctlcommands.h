// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QStringList>

class QTextStream;

namespace RouteDeck {

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
    int validate(const QStringList &arguments);
    int show(const QStringList &arguments);
    int setWeight(const QStringList &arguments);
    int status(const QStringList &arguments);
    int usage(const QString &message = QString());

    void printProblems(const Problems &problems);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace RouteDeck
