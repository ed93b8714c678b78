// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "routertypes.h"

#include <QByteArray>

namespace RouteDeck {

struct AuditLogReadResult
{
    QList<AuditEntry> entries; // in file order (oldest first)
    Problems problems; // one per skipped line, naming file and line
    bool truncatedLastLine = false; // the last line has no newline and does not parse: a crash mid-write
    int lineCount = 0;
};

// The audit log's JSON Lines format: one compact JSON object per line, '\n' after each.
//   {"id":..., "time":"2026-11-27T12:03:10.123Z", "profile":..., "user":..., "tool":...,
//    "target":{"kind":"router","location":"http://127.0.0.1:4000"}, "group":"gpt-4o-mini",
//    "before":{"azure-primary":8,...}, "after":{...}, "result":"applied", "error":"",
//    "resulting":{...}, "rollback_of":"", "resolves":"<id of the intent it ends>"}
// An intent has "result":"pending" and "owner":{"host":..., "pid":...} (AuditEntry).
// Weights are numbers or null (no weight set). Unknown fields are ignored, so newer logs stay readable.
class AuditLogCodec
{
public:
    static QByteArray encode(const AuditEntry &entry);
    // One line without its newline; the error says what is wrong with it.
    static std::optional<AuditEntry> decodeLine(const QByteArray &line, QString *error);
    // A whole log. Bad lines are skipped and reported; the rest is kept.
    static AuditLogReadResult decode(const QByteArray &text, const QString &fileName);
};

} // namespace RouteDeck
