// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"
#include "routertypes.h"

namespace RouteDeck {

// Notifications of one rule on one group are held back until `until`.
struct AlertSilence
{
    AlertRule rule = AlertRule::Latency;
    QString group {};
    QDateTime until {};
    QString profile {};

    bool covers(const Alert &alert, const QDateTime &now) const
    {
        return rule == alert.rule && group == alert.group && profile == alert.profile && now < until;
    }
    friend bool operator==(const AlertSilence &, const AlertSilence &) = default;
};

struct AlertHistory
{
    QList<Alert> alerts {}; // every alert that fired, oldest first: Firing (no end yet) or Resolved
    QList<AlertSilence> silences {}; // the latest of each rule and group
    Problems problems {}; // one per skipped line
    bool truncatedLastLine = false;

    QList<Alert> stillFiring() const;
    // The part of the file that belongs to one connection profile.
    AlertHistory ofProfile(const QString &profile) const;
};

// The alert history file, JSON Lines beside the audit log, one event per line, appended as it happens
// so a crash loses at most the line being written:
//   {"event":"firing","id":"rate_limit/gpt-4o-mini/1764990000000","rule":"rate_limit","group":"gpt-4o-mini",
//    "activeAt":"2026-12-06T04:10:00.000Z","firedAt":"...","value":0.23,"threshold":0.05,
//    "deployments":["azure-primary"],"evidence":"...","profile":"prod"}
//   {"event":"resolved","id":...,"resolvedAt":"...","peak":0.31,"deployments":[...]}
//   {"event":"acknowledged","id":...,"at":"..."}
//   {"event":"silenced","rule":"rate_limit","group":"gpt-4o-mini","until":"...","at":"...","profile":"prod"}
// Unknown events and fields are ignored, so newer files stay readable.
namespace AlertHistoryCodec {

QByteArray firedLine(const Alert &alert);
QByteArray resolvedLine(const Alert &alert);
QByteArray acknowledgedLine(const QString &id, const QDateTime &at);
QByteArray silencedLine(const AlertSilence &silence, const QDateTime &at);
AlertHistory decode(const QByteArray &text, const QString &fileName);

} // namespace AlertHistoryCodec

} // namespace RouteDeck
