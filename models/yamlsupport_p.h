// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// yaml-cpp helpers shared by the models' codecs. Private to the models library: yaml-cpp never
// appears in a public header.

#include "routertypes.h"

#include <QByteArray>
#include <QVariant>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace RouteDeck::YamlSupport {

Problem tooLarge(qint64 size, qint64 maxBytes, const QString &fileName);
// Checks that apply before YAML parsing: size, NUL bytes, UTF-8. Returns an error or nothing.
std::optional<Problem> checkText(const QByteArray &text, const QString &fileName, qsizetype maxBytes);

// Parses into a yaml-cpp node; on failure returns an undefined node and appends the problem.
YAML::Node parseNode(const QByteArray &text, const QString &fileName, Problems &problems);

SourceLocation locationOf(const YAML::Node &node, const QString &fileName);

// Map lookup that honours YAML merge keys (`<<: *anchor`): an own key wins over a merged one.
YAML::Node child(const YAML::Node &map, const char *key);

QString scalarText(const YAML::Node &node);
// A plain (unquoted) scalar as a number; quoted numbers count too, as LiteLLM's Python does not.
std::optional<double> scalarNumber(const YAML::Node &node);
bool isNullScalar(const YAML::Node &node);

QVariant toVariant(const YAML::Node &node, const QString &fileName, Problems &problems, int depth = 0);

} // namespace RouteDeck::YamlSupport
