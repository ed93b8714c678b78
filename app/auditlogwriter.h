// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlogcodec.h"

namespace RouteDeck {

// The append-only audit log of weight pushes (JSON Lines, AuditLogCodec). Each entry is one write
// of one whole line, flushed and synced to disk before append() returns, so a crash loses at most
// the line being written; a line left without its end by a crash is closed before the next one.
// The console and routedeckctl share one file.
class AuditLogWriter
{
public:
    explicit AuditLogWriter(const QString &path = defaultPath());

    // <user data dir>/RouteDeck/audit.jsonl (~/.local/share/RouteDeck/audit.jsonl on Linux); the
    // environment variable ROUTEDECK_AUDIT_LOG overrides it.
    static QString defaultPath();
    QString path() const { return m_path; }

    // Empty on success, else why the entry could not be written (naming the file).
    QString append(const AuditEntry &entry) const;
    // A missing file reads as an empty log.
    AuditLogReadResult read() const;

    static QString osUser();
    static QString newEntryId(const QDateTime &time);

private:
    QString m_path;
};

} // namespace RouteDeck
