// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml11scalar.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {

// PyYAML's patterns (yaml/resolver.py), anchored. Each is tried only for the first characters PyYAML
// registers it for, which also keeps ordinary words away from the regular expressions.
const QRegularExpression &boolPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}

const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
        "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
        "|[-+]?\\.(?:inf|Inf|INF)"
        "|\\.(?:nan|NaN|NAN))$"));
    return re;
}

const QRegularExpression &intPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+"
        "|[-+]?0[0-7_]+"
        "|[-+]?(?:0|[1-9][0-9_]*)"
        "|[-+]?0x[0-9a-fA-F_]+"
        "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}

const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
        "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
        "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
        ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
        "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

bool startsWithAnyOf(const QString &text, QLatin1StringView chars)
{
    return !text.isEmpty() && chars.contains(text.front());
}

// Splits a leading sign off `digits` (underscores already removed); returns -1 or +1.
int takeSign(QString &digits)
{
    if (digits.startsWith(QLatin1Char('-'))) {
        digits.remove(0, 1);
        return -1;
    }
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    return 1;
}

// "1:30:05" in base 60, as PyYAML's constructors read it.
double sexagesimal(const QString &digits)
{
    double value = 0;
    for (const QString &part : digits.split(QLatin1Char(':')))
        value = value * 60 + part.toDouble();
    return value;
}

QVariant integerValue(int sign, double magnitude)
{
    // double(LLONG_MAX) rounds up to 2^63, which no qlonglong holds: compare with 2^63 itself, exclusive.
    constexpr double kTwoTo63 = 9223372036854775808.0;
    if (magnitude < kTwoTo63)
        return qlonglong(sign * magnitude);
    return sign * magnitude; // Python's ints have no limit; a double keeps the size of the number
}

// SafeConstructor.construct_yaml_int.
Yaml11Scalar::Value constructInt(const QString &text)
{
    QString digits = QString(text).remove(QLatin1Char('_'));
    const int sign = takeSign(digits);
    bool ok = true;
    qulonglong magnitude = 0;
    if (digits == QLatin1String("0"))
        magnitude = 0;
    else if (digits.startsWith(QLatin1String("0b")))
        magnitude = digits.mid(2).toULongLong(&ok, 2);
    else if (digits.startsWith(QLatin1String("0x")))
        magnitude = digits.mid(2).toULongLong(&ok, 16);
    else if (digits.startsWith(QLatin1Char('0')))
        magnitude = digits.toULongLong(&ok, 8);
    else if (digits.contains(QLatin1Char(':')))
        return { Yaml11Scalar::Kind::Int, integerValue(sign, sexagesimal(digits)) };
    else
        magnitude = digits.toULongLong(&ok, 10);
    if (!ok) // only past 64 bits (the pattern has checked the digits): keep the size as a double
        return { Yaml11Scalar::Kind::Int, integerValue(sign, digits.toDouble()) };
    if (magnitude <= qulonglong(std::numeric_limits<qlonglong>::max()))
        return { Yaml11Scalar::Kind::Int, qlonglong(magnitude) * sign };
    return { Yaml11Scalar::Kind::Int, sign * double(magnitude) };
}

// SafeConstructor.construct_yaml_float.
Yaml11Scalar::Value constructFloat(const QString &text)
{
    QString digits = QString(text).remove(QLatin1Char('_')).toLower();
    const int sign = takeSign(digits);
    double value = 0;
    if (digits == QLatin1String(".inf"))
        value = std::numeric_limits<double>::infinity();
    else if (digits == QLatin1String(".nan"))
        value = std::numeric_limits<double>::quiet_NaN();
    else if (digits.contains(QLatin1Char(':')))
        value = sexagesimal(digits);
    else
        value = digits.toDouble();
    return { Yaml11Scalar::Kind::Float, sign * value };
}

} // namespace

Yaml11Scalar::Value Yaml11Scalar::resolvePlain(const QString &text)
{
    if (startsWithAnyOf(text, QLatin1StringView("yYnNtTfFoO")) && boolPattern().match(text).hasMatch()) {
        const QChar first = text.front().toLower();
        return { Kind::Bool, first == QLatin1Char('y') || first == QLatin1Char('t')
                                 || text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0 };
    }
    if (startsWithAnyOf(text, QLatin1StringView("-+0123456789.")) && floatPattern().match(text).hasMatch())
        return constructFloat(text);
    if (startsWithAnyOf(text, QLatin1StringView("-+0123456789")) && intPattern().match(text).hasMatch())
        return constructInt(text);
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null")
        || text == QLatin1String("NULL"))
        return { Kind::Null, QVariant() };
    if (startsWithAnyOf(text, QLatin1StringView("0123456789")) && timestampPattern().match(text).hasMatch())
        return { Kind::Timestamp, text }; // a date to PyYAML; nothing RouteDeck reads is one, so the text stays
    return { Kind::String, text };
}

} // namespace RouteDeck
