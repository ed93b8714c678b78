// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlines.h"

#include "jsontree.h"

#include <QCoreApplication>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonLines", text);
}
} // namespace

JsonLines::ReadSummary JsonLines::read(const QByteArray &text, const QString &fileName,
                                       const std::function<bool(const QByteArray &, QString *)> &decode)
{
    ReadSummary summary;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const bool complete = end >= 0;
        if (!complete)
            end = text.size();
        ++summary.lineCount;
        QByteArray line = text.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        if (decode(line, &error))
            continue;
        const SourceLocation where { fileName, summary.lineCount, 0 };
        if (!complete) {
            summary.truncatedLastLine = true;
            summary.problems.append(Problem::warning(where,
                tr("the last entry is incomplete (no end of line), probably cut off by a crash while it was "
                   "written; it was skipped (%1)")
                    .arg(error)));
        } else {
            summary.problems.append(Problem::warning(where, tr("entry skipped: %1").arg(error)));
        }
    }
    return summary;
}

std::optional<QJsonObject> JsonLines::objectOf(const QByteArray &line, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const JsonTree::Result document = JsonTree::read(line);
    if (!document.ok()) {
        const JsonSyntax::Location &where = document.error;
        why = where.offset < 0 ? tr("not valid JSON: %1").arg(JsonSyntax::errorText(where.error))
                               : tr("not valid JSON at byte %1 of %2: %3")
                                     .arg(where.offset)
                                     .arg(where.size)
                                     .arg(JsonSyntax::errorText(where.error));
        return std::nullopt;
    }
    if (!document.value.isObject()) {
        why = tr("not a JSON object");
        return std::nullopt;
    }
    return document.value.toObject();
}

} // namespace RouteDeck
