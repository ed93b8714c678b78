// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace RouteDeck {

// JSON Lines files RouteDeck appends to (the audit log, the alert history): one compact JSON object per
// line. A reader keeps every good line, reports each bad one by file and line, and recognises a last line
// cut off by a crash.
namespace JsonLines {

struct ReadSummary
{
    Problems problems; // one per skipped line
    bool truncatedLastLine = false; // the last line has no newline and does not decode: a crash mid-write
    int lineCount = 0;
};

// Calls `decode` on each non-empty line (without its end); a line it refuses (false, with why in
// *error) is skipped and reported.
ReadSummary read(const QByteArray &text, const QString &fileName,
                 const std::function<bool(const QByteArray &line, QString *error)> &decode);

// The line as a JSON object, or nullopt with what is wrong in *error ("not valid JSON at byte 12 ...").
std::optional<QJsonObject> objectOf(const QByteArray &line, QString *error);

} // namespace JsonLines

} // namespace RouteDeck
