// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace RouteDeck {

QString CsvExport::quoteField(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExport::toCsv(const QAbstractItemModel &model, const Options &options)
{
    QString out;
    const int columns = model.columnCount();
    QStringList fields;
    fields.reserve(columns);
    const auto flush = [&] {
        out += fields.join(options.separator) + options.lineEnd;
        fields.clear();
    };
    if (options.header) {
        for (int column = 0; column < columns; ++column)
            fields.append(quoteField(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), options.separator));
        flush();
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < columns; ++column)
            fields.append(quoteField(model.index(row, column).data(options.role).toString(), options.separator));
        flush();
    }
    return out;
}

} // namespace RouteDeck
