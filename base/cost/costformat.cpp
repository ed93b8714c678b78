// SPDX-License-Identifier: GPL-3.0-or-later
#include "costformat.h"

#include "costreport.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("CostFormat", text, nullptr, n);
}

QLocale locale()
{
    QLocale l;
    l.setNumberOptions(QLocale::DefaultNumberOptions); // group thousands, also in the C locale
    return l;
}

QString symbolOf(const QString &currency)
{
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    return {};
}

QString withCurrency(const QString &number, bool negative, const QString &currency)
{
    const QString sign = negative ? QStringLiteral("−") : QString();
    const QString symbol = symbolOf(currency);
    if (!symbol.isEmpty())
        return sign + symbol + number;
    return sign + number + QLatin1Char(' ') + currency;
}

} // namespace

QString CostFormat::noData()
{
    return tr("no data");
}

QString CostFormat::estimatedWord()
{
    return tr("estimated");
}

QString CostFormat::money(double value, const QString &currency)
{
    if (!std::isfinite(value))
        return noData();
    const double a = std::abs(value);
    int decimals = 2;
    if (a >= 1000)
        decimals = 0;
    else if (a > 0 && a < 1)
        decimals = std::clamp(1 - int(std::floor(std::log10(a))), 2, 8);
    QString number = locale().toString(a, 'f', decimals);
    const bool zero = std::abs(number.toDouble()) == 0 && a < 1e-8;
    return withCurrency(number, value < 0 && !zero, currency);
}

QString CostFormat::shortMoney(double value, const QString &currency)
{
    if (!std::isfinite(value))
        return noData();
    const double a = std::abs(value);
    QString number;
    if (a >= 1e6)
        number = locale().toString(a / 1e6, 'f', a >= 1e8 ? 0 : 1) + QLatin1Char('M');
    else if (a >= 1e3)
        number = locale().toString(a / 1e3, 'f', a >= 1e5 ? 0 : 1) + QLatin1Char('k');
    else if (a >= 100)
        number = locale().toString(a, 'f', 0);
    else if (a >= 1 || a == 0)
        number = locale().toString(a, 'f', a == std::round(a) ? 0 : 2); // axis ticks: "$50", "$2.50"
    else
        number = locale().toString(a, 'f', std::clamp(1 - int(std::floor(std::log10(a))), 2, 8));
    return withCurrency(number, value < 0, currency);
}

QString CostFormat::count(double value)
{
    if (!std::isfinite(value))
        return noData();
    return locale().toString(std::round(value), 'f', 0);
}

QString CostFormat::shortCount(double value)
{
    if (!std::isfinite(value))
        return noData();
    const double a = std::abs(value);
    const QString sign = value < 0 ? QStringLiteral("−") : QString();
    if (a >= 1e9)
        return sign + tr("%1 B").arg(locale().toString(a / 1e9, 'f', 2));
    if (a >= 1e6)
        return sign + tr("%1 M").arg(locale().toString(a / 1e6, 'f', 2));
    if (a >= 1e4)
        return sign + tr("%1 k").arg(locale().toString(a / 1e3, 'f', 0));
    if (a >= 1e3)
        return sign + tr("%1 k").arg(locale().toString(a / 1e3, 'f', 1));
    return sign + locale().toString(std::round(a), 'f', 0);
}

QString CostFormat::tokensPerCall(double value)
{
    if (!std::isfinite(value))
        return noData();
    return tr("%1 tokens").arg(locale().toString(std::round(value), 'f', 0));
}

QString CostFormat::change(double ratio)
{
    if (std::isinf(ratio) && ratio > 0)
        return tr("new");
    if (!std::isfinite(ratio))
        return noData();
    const double percent = ratio * 100;
    const QString number = locale().toString(std::abs(percent), 'f', std::abs(percent) < 10 ? 1 : 0);
    const bool zero = number.toDouble() == 0;
    const QString sign = zero ? QString() : percent < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return tr("%1%2 %").arg(sign, number);
}

QString CostFormat::projectionSentence(const CostProjection &p, const QString &currency)
{
    if (!p.valid)
        return tr("No projection: there is no spend data in the last 24 hours of this range, or the range does "
                  "not end now.");
    const qint64 hours = p.rateWindowMsecs / (3600 * 1000);
    QString rateSource;
    if (hours >= 23)
        rateSource = tr("the last 24 hours' rate");
    else if (hours >= 1)
        rateSource = tr("the rate of the last %n hour(s) (all the data there is)", int(hours));
    else
        rateSource = tr("the rate of the last %n minute(s) (all the data there is)",
                        int(std::max<qint64>(1, p.rateWindowMsecs / 60000)));
    const QString month = QLocale().toString(p.month, QStringLiteral("MMMM yyyy"));
    QString sentence = tr("At %1 (%2 a day), %3 ends at about %4: %5 so far and %6 days to go.")
                           .arg(rateSource, money(p.dailyRate, currency), month, money(p.projected, currency),
                                money(p.monthToDate, currency), QLocale().toString(p.daysLeft, 'f', 1));
    if (p.monthDataSince.isValid())
        sentence += QLatin1Char(' ')
            + tr("\"So far\" counts from %1, where the data starts.")
                  .arg(QLocale().toString(p.monthDataSince, QStringLiteral("d MMM HH:mm")));
    if (p.estimated)
        sentence += QLatin1Char(' ') + tr("All amounts are estimated from tokens and the price table.");
    return sentence;
}

QString CostFormat::moverSentence(const CostMover &m, const QString &currency)
{
    const QString change = m.before > 0 ? CostFormat::change(m.relativeIncrease()) : tr("new");
    QString sentence = tr("%1: %2 → %3 (+%4, %5)")
                           .arg(m.label, money(m.before, currency), money(m.after, currency),
                                money(m.increase(), currency), change);
    if (m.estimated)
        sentence += QLatin1Char(' ') + tr("(estimated)");
    return sentence;
}

QString CostFormat::rangeDescription(const CostReport &report)
{
    const QString format = QStringLiteral("ddd d MMM HH:mm");
    const QLocale l;
    const QString bucket = report.bucket() == CostBucket::Hour ? tr("hourly buckets") : tr("daily buckets");
    return tr("%1 – %2, %3")
        .arg(l.toString(report.from().toTimeZone(report.timeZone()), format),
             l.toString(report.to().toTimeZone(report.timeZone()), format), bucket);
}

} // namespace RouteDeck
