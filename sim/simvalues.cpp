// SPDX-License-Identifier: GPL-3.0-or-later
#include "simvalues.h"

#include <QCoreApplication>
#include <cmath>

namespace RouteDeck::SimValues {

std::optional<double> number(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Float:
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d))
            return d;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool isMap(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantMap;
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

bool isString(const QVariant &value)
{
    return value.typeId() == QMetaType::QString;
}

QString describe(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("null");
    if (isMap(value))
        return QCoreApplication::translate("SimValues", "an object");
    if (isList(value))
        return QCoreApplication::translate("SimValues", "a list");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (number(value))
        return QString::number(value.toDouble());
    QString text = value.toString();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace RouteDeck::SimValues
