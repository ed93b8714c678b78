// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QUrl;

namespace RouteDeck {

// How error messages name things, for every client and decoder alike (Prometheus, the router, the
// HTTP transport): a URL without its password, a byte count, the title of an HTML page in between.
class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::MessageText)

public:
    // The URL as messages print it: never the user info (it may hold a password).
    static QString displayUrl(const QUrl &url);
    // "32 MiB", "33.5 MiB", "512 KiB", "1 byte", "900 bytes". Not QLocale::formattedDataSize: in Qt 6.4
    // it says "1 bytes", "512.0 KiB" and "32.0 MiB" (measured; tst_prometheusdecoder's formatBytes rows).
    static QString formatBytes(qint64 bytes);
    // The text of an HTML page's <title>, entities decoded and whitespace simplified; empty if none.
    static QString htmlTitle(const QByteArray &html);
    // A short, printable excerpt of a body: control characters become spaces, runs of whitespace
    // collapse, text longer than maxChars is cut with an ellipsis.
    static QString snippet(const QByteArray &bytes, int maxChars);
};

} // namespace RouteDeck
