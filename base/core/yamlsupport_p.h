// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// YAML helpers shared by the base layer's codecs, over YamlTree. Private to the base libraries: libyaml
// never appears in a public header.

#include "routertypes.h"
#include "yamltree_p.h"

#include <QByteArray>
#include <QVariant>

#include <optional>

namespace RouteDeck::YamlSupport {

Problem tooLarge(qint64 size, qint64 maxBytes, const QString &fileName);
// Checks that apply before YAML parsing: size, NUL bytes, UTF-8. Returns an error or nothing.
std::optional<Problem> checkText(const QByteArray &text, const QString &fileName, qsizetype maxBytes);

// Reads `text` into `tree` and returns its top node; on failure returns an undefined reference and
// appends the problem.
YamlRef parseTree(YamlTree &tree, const QByteArray &text, const QString &fileName, Problems &problems);

SourceLocation locationOf(YamlRef node, const QString &fileName);

// Map lookup as PyYAML (and so LiteLLM) sees it: of duplicate keys the last wins, and an own key wins
// over one brought by a merge key (`<<: *anchor`).
YamlRef child(YamlRef map, const char *key);

QString scalarText(YamlRef node);
// A scalar as a number by PyYAML's rules (Yaml11Scalar). Quoted numbers count too, although LiteLLM
// reads them as text: callers say so in a warning.
std::optional<double> scalarNumber(YamlRef node);
std::optional<bool> scalarBool(YamlRef node); // yes/no/on/off/true/false, unquoted

QVariant toVariant(YamlRef node, const QString &fileName, Problems &problems, int depth = 0);

} // namespace RouteDeck::YamlSupport
