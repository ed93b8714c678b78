// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"

#include <QUrl>

#include <algorithm>
#include <utility>

namespace RouteDeck {

QString MessageText::htmlTitle(const QByteArray &html)
{
    const qsizetype open = html.indexOf("<title");
    qsizetype start = open;
    if (start < 0) {
        // Case-insensitive fallback without lowering a large body.
        const QByteArray head = html.left(64 * 1024).toLower();
        start = head.indexOf("<title");
        if (start < 0)
            return QString();
    }
    const qsizetype tagEnd = html.indexOf('>', start);
    if (tagEnd < 0)
        return QString();
    qsizetype close = html.indexOf("</", tagEnd + 1);
    if (close < 0)
        close = std::min<qsizetype>(html.size(), tagEnd + 1 + 400);
    QString title = QString::fromUtf8(html.mid(tagEnd + 1, std::min<qsizetype>(close - tagEnd - 1, 400)));
    static const std::pair<QLatin1String, QLatin1String> entities[] = {
        { QLatin1String("&lt;"), QLatin1String("<") },
        { QLatin1String("&gt;"), QLatin1String(">") },
        { QLatin1String("&quot;"), QLatin1String("\"") },
        { QLatin1String("&#39;"), QLatin1String("'") },
        { QLatin1String("&apos;"), QLatin1String("'") },
        { QLatin1String("&nbsp;"), QLatin1String(" ") },
        { QLatin1String("&amp;"), QLatin1String("&") },
    };
    for (const auto &[entity, replacement] : entities)
        title.replace(entity, replacement);
    return snippet(title.toUtf8(), 120);
}

QString MessageText::formatBytes(qint64 bytes)
{
    constexpr qint64 kKiB = 1024;
    constexpr qint64 kMiB = 1024 * kKiB;
    constexpr qint64 kGiB = 1024 * kMiB;
    const auto scaled = [bytes](qint64 unit, const char *suffix) -> QString {
        const double value = double(bytes) / double(unit);
        const QString number
            = bytes % unit == 0 ? QString::number(bytes / unit) : QString::number(value, 'f', 1);
        return number + QLatin1Char(' ') + QLatin1String(suffix);
    };
    if (bytes >= kGiB)
        return scaled(kGiB, "GiB");
    if (bytes >= kMiB)
        return scaled(kMiB, "MiB");
    if (bytes >= kKiB)
        return scaled(kKiB, "KiB");
    return bytes == 1 ? MessageText::tr("1 byte") : MessageText::tr("%1 bytes").arg(bytes);
}

QString MessageText::displayUrl(const QUrl &url)
{
    if (url.isEmpty())
        return MessageText::tr("the server");
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString MessageText::snippet(const QByteArray &bytes, int maxChars)
{
    QString text = QString::fromUtf8(bytes.left(maxChars * 4));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace RouteDeck
