// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Strict readers for plain values from YAML (YamlValues) and JSON (QJsonDocument::toVariant): a
// number is a number, never a string or a bool that happens to convert.

#include <QString>
#include <QVariant>
#include <optional>

namespace RouteDeck::SimValues {

std::optional<double> number(const QVariant &value); // finite numbers only
bool isMap(const QVariant &value);
bool isList(const QVariant &value);
bool isString(const QVariant &value);
// A short quoted rendering of a value for error messages: "abc", 12, a list, a map, null.
QString describe(const QVariant &value);

} // namespace RouteDeck::SimValues
