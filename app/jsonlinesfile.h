// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace RouteDeck {

// Appending to RouteDeck's JSON Lines files (the audit log, the alert history): one whole line per
// write, flushed and synced to disk before append() returns, so a crash loses at most the line being
// written; a line left without its end by a crash is closed before the next one. Blocking: call it off
// the GUI thread.
namespace JsonLinesFile {

// Empty on success, else why the line could not be written, naming `what` ("the audit log") and the file.
QString append(const QString &path, QByteArray line, const QString &what);

} // namespace JsonLinesFile

} // namespace RouteDeck
