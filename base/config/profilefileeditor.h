// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QByteArray>
#include <QString>

namespace RouteDeck {

// Edits the profiles file the way the weight writer edits a LiteLLM config: in place. Only the keys
// of the one profile whose values changed are rewritten; comments, blank lines, key order, keys
// RouteDeck does not know and every other profile stay byte for byte. A new profile goes after the
// last one. When the file's shape leaves no safe place to edit (flow style, no `profiles:` list), the
// whole file is written anew and `rewritten` says so; a file that is not valid YAML is refused, never
// overwritten.
class ProfileFileEditor
{
public:
    struct Result
    {
        QByteArray text;
        QString error; // empty on success
        bool rewritten = false; // the file was written anew: its comments are gone
    };

    // Replaces the profile called `oldName` (or adds `profile` when `oldName` is empty or not found).
    static Result upsert(const QByteArray &text, const QString &oldName, const ConnectionProfile &profile);
    static Result remove(const QByteArray &text, const QString &name);
};

} // namespace RouteDeck
