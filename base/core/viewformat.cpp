// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ViewFormat", text);
}
} // namespace

QString ViewFormat::seconds(double value)
{
    if (!std::isfinite(value))
        return tr("no traffic");
    if (std::abs(value) < 1)
        return tr("%1 ms").arg(QLocale().toString(value * 1000, 'f', 0));
    return tr("%1 s").arg(QLocale().toString(value, 'f', std::abs(value) < 100 ? 1 : 0));
}

QString ViewFormat::percent(double ratio, int decimals)
{
    if (!std::isfinite(ratio))
        return QString();
    return tr("%1 %").arg(QLocale().toString(ratio * 100, 'f', decimals));
}

QString ViewFormat::wholePercent(double ratio)
{
    if (!std::isfinite(ratio))
        return QString();
    const double percent = ratio * 100;
    const int decimals = percent > 0 && percent < 1 ? 1 : 0;
    return tr("%1%").arg(QLocale().toString(percent, 'f', decimals));
}

QString ViewFormat::count(double value)
{
    if (!std::isfinite(value))
        return QString();
    // llround() past the range of qint64 is undefined: such counts are shown in scientific notation.
    if (std::abs(value) >= 9.0e18)
        return QLocale().toString(value, 'e', 3);
    return QLocale().toString(qint64(std::llround(value)));
}

QString ViewFormat::rate(double perSecond)
{
    if (!std::isfinite(perSecond))
        return QString();
    const int decimals = perSecond == 0 ? 0 : std::abs(perSecond) < 1 ? 2 : std::abs(perSecond) < 100 ? 1 : 0;
    return tr("%1/s").arg(QLocale().toString(perSecond, 'f', decimals));
}

QString ViewFormat::points(double percentagePoints)
{
    if (!std::isfinite(percentagePoints))
        return QString();
    const QString number = QLocale().toString(std::abs(percentagePoints), 'f', 1);
    const bool zero = number == QLocale().toString(0.0, 'f', 1);
    const QString sign = zero ? QString() : percentagePoints < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return tr("%1%2 pp").arg(sign, number);
}

QString ViewFormat::duration(qint64 msecs)
{
    const qint64 totalSeconds = std::max<qint64>(0, msecs / 1000);
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = totalSeconds % 86400 / 3600;
    const qint64 minutes = totalSeconds % 3600 / 60;
    const qint64 secs = totalSeconds % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0 && secs == 0)
        return tr("%1 min").arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs);
    return tr("%1 s").arg(secs);
}

QString ViewFormat::clock(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString ViewFormat::clock(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString ViewFormat::moment(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    return local.toString(local.date() == now.toLocalTime().date() ? QStringLiteral("HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ViewFormat::joinNames(const QStringList &names)
{
    if (names.isEmpty())
        return QString();
    if (names.size() == 1)
        return names.constFirst();
    const QStringList head = names.mid(0, names.size() - 1);
    return tr("%1 and %2").arg(head.join(tr(", ")), names.constLast());
}

} // namespace RouteDeck
