// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace RouteDeck {

class CostReport;
class CostService;
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
    struct Options; // what the command line asks for, defined in costcommand.cpp

    int usage(const QString &message);
    // The steps of run(); those returning std::optional<int> give an exit code when the command ends there.
    std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);
    std::optional<int> readOptions(const QCommandLineParser &parser, Options &options);
    std::optional<int> readSettings(const QCommandLineParser &parser, Options &options);
    std::optional<int> readRange(const QString &range, Options &options);
    std::optional<int> readBucket(const QCommandLineParser &parser, Options &options);
    std::optional<int> readBreakdown(const QCommandLineParser &parser, Options &options);
    std::optional<int> checkDimension(CostService &service, Options &options);
    std::optional<CostReport> fetchReport(CostService &service, const Options &options);
    void printReport(const CostReport &report, const Options &options);
    void printText(const CostReport &report, const CostTableModel &table, const QString &rangeName);
    void printTextTotals(const CostReport &report);
    void printTextTable(const CostReport &report, const CostTableModel &table);
    void printTextMovers(const CostReport &report, const CostTableModel &table);
    void printJson(const CostReport &report, int breakdown, const QString &rangeName);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace RouteDeck
