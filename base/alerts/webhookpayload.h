// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QDateTime;

namespace RouteDeck {

struct AlertTransition;

// The message a Slack-compatible incoming webhook receives for one alert transition: a one-line "text"
// (what phone notifications and receivers without Block Kit show) and Block Kit "blocks": the title as
// a header, the numbers as fields, and how to open the console at that moment. A pure function of the
// transition, so what a channel will read is tested without a network.
class WebhookPayload
{
public:
    // The JSON body to POST. `unsentFirings` counts the firing messages of the same rule and group the
    // notification rate limit held back since the last one that went out; > 0 says so in the message.
    static QByteArray build(const AlertTransition &t, const QString &profileName, const QString &consoleLink,
                            int unsentFirings = 0);
    // The one line, unescaped: "[FIRING] gpt-4o-mini: rate limits (429) 23% > 5% (azure-primary)",
    // "[RESOLVED] gpt-4o-mini: rate limits (429) after 3 min, peak 31%".
    static QString summary(const AlertTransition &t);
    // The command line that opens the console at `at` (UTC) on `page`: "routedeck --profile 'prod eu'
    // --at 2026-12-06T04:10:00Z --page overview". Not a URL: RouteDeck has no URL scheme to register.
    // Words that a POSIX shell would split or expand are single-quoted.
    static QString consoleLink(const QString &profileName, const QDateTime &at, const QString &page);
};

} // namespace RouteDeck
