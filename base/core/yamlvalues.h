// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QByteArray>
#include <QVariant>

namespace RouteDeck {

struct YamlParseResult
{
    QVariant value; // maps become QVariantMap, sequences QVariantList, scalars bool/qlonglong/double/QString
    Problems problems;
    bool ok() const { return !hasErrors(problems); }
};

// YAML text to plain Qt values, with the checks every RouteDeck file goes through (size, binary
// content, encoding, syntax, nesting depth), each reported with file:line:column.
class YamlValues
{
public:
    static constexpr int kMaxDepth = 256;
    // A file may stand for this many values however its aliases (*name) multiply them, and beyond that
    // for ten per value it writes out; more is an alias bomb, refused before anything walks the tree.
    static constexpr quint64 kMaxValuesFromAliases = 100000;

    static YamlParseResult parse(const QByteArray &text, const QString &fileName = QString());
    // Reads a file; a missing or unreadable file is an error naming the path.
    static YamlParseResult load(const QString &path, qsizetype maxBytes);
    // `text` as a double-quoted YAML scalar with escapes, so any name, URL or query survives a round trip.
    static QByteArray quoted(const QString &text);
};

} // namespace RouteDeck
