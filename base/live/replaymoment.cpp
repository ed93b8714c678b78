// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaymoment.h"

#include "messagetext.h"

#include <QRegularExpression>

#include <optional>

namespace RouteDeck {

namespace {

constexpr qint64 kFutureSlackSeconds = 60;

// "-15m": the seconds before now, or nullopt when `text` is not of that form.
std::optional<qint64> secondsAgo(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^-(\\d{1,9})([smhd])$"));
    const QRegularExpressionMatch match = relative.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 scale = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
    return amount * scale;
}

} // namespace

QDateTime ReplayMoment::parse(const QString &text, const QDateTime &now, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QDateTime();
    };
    const QString trimmed = text.trimmed();
    QDateTime moment;
    if (const std::optional<qint64> ago = secondsAgo(trimmed)) {
        if (*ago > kLongestAgoSeconds)
            return fail(tr("'%1' reaches back more than 400 days").arg(trimmed));
        moment = now.addSecs(-*ago);
    } else {
        moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!moment.isValid()) {
            return fail(tr("'%1' is not a time: use ISO 8601 like 2026-12-04T03:06:27Z (local time without the Z), "
                           "or a time before now like -15m, -2h")
                            .arg(MessageText::snippet(trimmed.toUtf8(), 60)));
        }
    }
    if (moment.secsTo(now) > kLongestAgoSeconds)
        return fail(tr("%1 reaches back more than 400 days").arg(moment.toUTC().toString(Qt::ISODate)));
    if (now.msecsTo(moment) > kFutureSlackSeconds * 1000)
        return fail(tr("%1 is in the future: there is nothing to replay there yet").arg(moment.toUTC().toString(Qt::ISODate)));
    if (error)
        error->clear();
    return moment.toUTC();
}

} // namespace RouteDeck
