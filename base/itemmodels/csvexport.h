// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;

namespace RouteDeck {

// Any table model (or a sort/filter proxy of one, to export what the user sees) as RFC 4180 CSV:
// a header line, fields with the separator, quotes, line breaks or edge spaces quoted, quotes doubled.
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
    static QString quoteField(const QString &field, QChar separator = QLatin1Char(','));
};

} // namespace RouteDeck
