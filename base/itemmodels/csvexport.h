// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;

namespace RouteDeck {

// Any table model (or a sort/filter proxy of one, to export what the user sees) as RFC 4180 CSV:
// a header line, fields with the separator, quotes, line breaks or edge spaces quoted, quotes doubled.
// Every CSV RouteDeck writes (the tables' Export CSV, the cost page, `routedeckctl cost --csv`) goes
// through quoteField, so a cell a spreadsheet would run as a formula is neutralised in one place.
class CsvExport
{
public:
    struct Options
    {
        int role = Qt::DisplayRole;
        QChar separator = QLatin1Char(',');
        bool header = true;
        QString lineEnd = QStringLiteral("\r\n");
    };

    static QString toCsv(const QAbstractItemModel &model, const Options &options);
    static QString toCsv(const QAbstractItemModel &model) { return toCsv(model, Options()); }
    // One cell as written: neutralised (neutralizeFormula), then quoted when it needs to be.
    static QString quoteField(const QString &field, QChar separator = QLatin1Char(','));
    // A cell starting with =, +, -, @, a tab or a carriage return is a formula to Excel, LibreOffice and
    // Google Sheets ("=HYPERLINK(...)" from a deployment name or a server's text); it gets a leading ' so it
    // is shown as text (OWASP, "CSV Injection"). A cell that is wholly a number ("-1.5", "+3", "-2e-05") is
    // left alone: it means the same number to every spreadsheet.
    static QString neutralizeFormula(const QString &field);
};

} // namespace RouteDeck
