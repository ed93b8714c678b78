// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace RouteDeck {

class CostReport;
class CostTableModel;

// `routedeckctl cost`: the Cost page's numbers on the command line, from the same CostService and
// CostReport, as text, CSV (the page's table export) or JSON.
//
//     routedeckctl cost --prometheus URL [--router URL] [--profile NAME] [--range 24h|7d|30d|FROM..TO]
//                       [--bucket hour|day] [--by model|deployment|provider|agent|team|...]
//                       [--prices FILE] [--csv|--json] [--timeout S]
//
// Exit codes: 0 with numbers or "no data", 2 for usage errors and when Prometheus cannot answer.
class CostCommand
{
public:
    CostCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // arguments after `cost`

    static QString usageLine();

private:
    int usage(const QString &message);
    void printText(const CostReport &report, const CostTableModel &table, const QString &rangeName);
    void printJson(const CostReport &report, int breakdown, const QString &rangeName);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace RouteDeck
