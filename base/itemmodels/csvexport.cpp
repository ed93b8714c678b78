// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QStringList>

namespace RouteDeck {

namespace {

bool startsFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

// A plain decimal number, sign and exponent allowed: "-1.5", "+3", "2e-05". Not "-inf", "-1,5" or "+1+1".
bool isPlainNumber(const QString &field)
{
    static const QRegularExpression number(QRegularExpression::anchoredPattern(
        QStringLiteral("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?")));
    return number.match(field).hasMatch();
}

} // namespace

QString CsvExport::neutralizeFormula(const QString &field)
{
    if (!startsFormula(field) || isPlainNumber(field))
        return field;
    return QLatin1Char('\'') + field;
}

QString CsvExport::quoteField(const QString &text, QChar separator)
{
    const QString field = neutralizeFormula(text);
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
