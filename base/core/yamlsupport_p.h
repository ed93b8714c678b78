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

// Map lookup as PyYAML (and so LiteLLM) sees it: of duplicate keys the last wins, and an own key wins
// over one brought by a merge key (`<<: *anchor`).
YAML::Node child(const YAML::Node &map, const char *key);

QString scalarText(const YAML::Node &node);
bool isPlain(const YAML::Node &node); // a scalar without quotes
// A scalar as a number by PyYAML's rules (Yaml11Scalar). Quoted numbers count too, although LiteLLM
// reads them as text: callers say so in a warning.
std::optional<double> scalarNumber(const YAML::Node &node);
std::optional<bool> scalarBool(const YAML::Node &node); // yes/no/on/off/true/false, unquoted
bool isNullScalar(const YAML::Node &node);

QVariant toVariant(const YAML::Node &node, const QString &fileName, Problems &problems, int depth = 0);

} // namespace RouteDeck::YamlSupport
