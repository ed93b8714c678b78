// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookpayload.h"

#include "alert.h"
#include "viewformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("WebhookPayload", text, nullptr, n);
}

// Never translated: channel filters, mail rules and eyes look for them, as for Alertmanager's tags.
constexpr QLatin1String kFiringTag("[FIRING]");
constexpr QLatin1String kResolvedTag("[RESOLVED]");

// Slack refuses the whole message (HTTP 400) when a header is longer than 150 characters or a field's
// text longer than 2,000. Names come from the router's config and may be long, so texts are cut well
// below, leaving room for the escaping of & < >.
constexpr qsizetype kHeaderChars = 150;
constexpr qsizetype kFieldChars = 1000;
constexpr qsizetype kEvidenceChars = 1000;
constexpr qsizetype kEvidenceInLineChars = 200;
// Deployments named before "and N more": in the one line, in the field.
constexpr int kNamesInLine = 3;
constexpr int kNamesInField = 10;

bool isFired(const AlertTransition &t)
{
    return t.kind == AlertTransition::Kind::Fired;
}

// Slack reads &, < and > as markup (links, mentions) in mrkdwn and in the fallback text.
QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QString truncated(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1) + QChar(0x2026);
}

QString bold(const QString &text)
{
    return QLatin1Char('*') + text + QLatin1Char('*');
}

QString code(const QString &text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}

// Slack refuses a field without text.
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

// The source-down alert speaks for every group at once: its group is "".
QString groupName(const Alert &alert)
{
    return alert.group.isEmpty() ? tr("all groups") : alert.group;
}

// "a, b and c"; past `shown` names, "a, b, c and 4 more".
QString names(const QStringList &all, int shown)
{
    if (all.size() <= shown)
        return ViewFormat::joinNames(all);
    QStringList named = all.first(shown);
    named << tr("%n more", int(all.size() - shown));
    return ViewFormat::joinNames(named);
}

// How the value stands against the limit, for the one line: "23% > 5%", "3 of 3".
QString comparison(const Alert &alert)
{
    const QString value = alertValueText(alert.rule, alert.value);
    const QString bound = alertLimitText(alert.rule, alert.threshold);
    if (value.isEmpty() || bound.isEmpty())
        return value;
    switch (alert.rule) {
    case AlertRule::AllCooling:
        return tr("%1 of %2").arg(ViewFormat::count(alert.value), ViewFormat::count(alert.threshold));
    case AlertRule::Drift:
        return tr("%1 (limit %2)").arg(value, bound);
    default:
        return tr("%1 > %2").arg(value, bound);
    }
}

// firedAt; activeAt for an alert restored from a history that lacks it.
QDateTime firingStart(const Alert &alert)
{
    return alert.firedAt.isValid() ? alert.firedAt : alert.activeAt;
}

// How long the alert fired, in ms; -1 when a time is missing.
qint64 firedForMs(const Alert &alert)
{
    const QDateTime start = firingStart(alert);
    if (!start.isValid() || !alert.resolvedAt.isValid())
        return -1;
    return std::max<qint64>(0, start.msecsTo(alert.resolvedAt));
}

// In UTC: whoever reads the channel may sit in another time zone than the console.
QString utcTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return tr("%1 UTC").arg(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

// "[FIRING] gpt-4o-mini: rate limits (429)"
QString title(const AlertTransition &t)
{
    const QLatin1String tag = isFired(t) ? kFiringTag : kResolvedTag;
    return QString(tag) + QLatin1Char(' ') + tr("%1: %2").arg(groupName(t.alert), alertRuleTitle(t.alert.rule));
}

// After the title of a firing message: how far over the limit, and where.
QString firedDetail(const Alert &alert)
{
    QStringList parts;
    const QString stands = comparison(alert);
    if (!stands.isEmpty())
        parts << stands;
    const QString where = alert.deployments.isEmpty() ? truncated(alert.evidence, kEvidenceInLineChars)
                                                      : names(alert.deployments, kNamesInLine);
    if (!where.isEmpty())
        parts << tr("(%1)").arg(where);
    return parts.join(QLatin1Char(' '));
}

// After the title of a resolved message: how long it lasted and how bad it got.
QString resolvedDetail(const Alert &alert)
{
    QStringList parts;
    const qint64 lasted = firedForMs(alert);
    if (lasted >= 0)
        parts << tr("after %1").arg(ViewFormat::duration(lasted));
    const QString peak = alertValueText(alert.rule, alert.peak);
    if (!peak.isEmpty())
        parts << tr("peak %1").arg(peak);
    return parts.join(tr(", "));
}

QString valueField(const AlertTransition &t)
{
    const Alert &alert = t.alert;
    const QString peak = alertValueText(alert.rule, alert.peak);
    if (!isFired(t) && !peak.isEmpty())
        return tr("peak %1").arg(peak); // the latest value of a resolved alert is the one that no longer counted
    return alertValueText(alert.rule, alert.value);
}

QString stateField(const AlertTransition &t)
{
    const Alert &alert = t.alert;
    if (isFired(t))
        return tr("Firing since %1").arg(orDash(utcTime(firingStart(alert))));
    const qint64 lasted = firedForMs(alert);
    if (lasted < 0)
        return tr("Resolved at %1").arg(orDash(utcTime(alert.resolvedAt)));
    return tr("Resolved at %1, after %2").arg(utcTime(alert.resolvedAt), ViewFormat::duration(lasted));
}

QJsonObject mrkdwn(const QString &text)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") }, { QStringLiteral("text"), text } };
}

// One labelled value of the fields section: the label in bold, the value on the line below.
QJsonObject field(const QString &label, const QString &value)
{
    return mrkdwn(bold(escaped(label)) + QLatin1Char('\n') + escaped(truncated(orDash(value), kFieldChars)));
}

QJsonArray fields(const AlertTransition &t)
{
    const Alert &alert = t.alert;
    return QJsonArray { field(tr("Group"), groupName(alert)),
                        field(tr("Rule"), alertRuleTitle(alert.rule)),
                        field(tr("Value"), valueField(t)),
                        field(tr("Threshold"), alertLimitText(alert.rule, alert.threshold)),
                        field(tr("Deployments"), names(alert.deployments, kNamesInField)),
                        field(tr("State"), stateField(t)) };
}

QJsonObject headerBlock(const AlertTransition &t)
{
    const QJsonObject text { { QStringLiteral("type"), QStringLiteral("plain_text") },
                             { QStringLiteral("text"), truncated(title(t), kHeaderChars) } };
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("header") }, { QStringLiteral("text"), text } };
}

// The numbers as fields, with the evaluation's own words above them.
QJsonObject detailsBlock(const AlertTransition &t)
{
    QJsonObject block { { QStringLiteral("type"), QStringLiteral("section") }, { QStringLiteral("fields"), fields(t) } };
    if (!t.alert.evidence.isEmpty())
        block.insert(QStringLiteral("text"), mrkdwn(escaped(truncated(t.alert.evidence, kEvidenceChars))));
    return block;
}

// Where the message comes from and how to look: "RouteDeck, profile *prod*: `routedeck --profile prod ...`".
// The command goes in a code span: it is not a URL, and a click must not try to open it.
QJsonObject originBlock(const QString &profileName, const QString &consoleLink, int unsentFirings)
{
    QString origin = profileName.isEmpty()
        ? tr("RouteDeck")
        : tr("RouteDeck, profile %1").arg(bold(escaped(profileName)));
    if (!consoleLink.isEmpty())
        origin = tr("%1: %2").arg(origin, code(escaped(consoleLink)));
    QJsonArray elements { mrkdwn(origin) };
    if (unsentFirings > 0)
        elements.append(mrkdwn(tr("Firing messages held back by the notification rate limit since the last one: %1.")
                                   .arg(unsentFirings)));
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("context") }, { QStringLiteral("elements"), elements } };
}

// A word as a POSIX shell reads it back: plain when it is safe, else in single quotes.
QString shellWord(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.,:/@%+=-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QByteArray WebhookPayload::build(const AlertTransition &t, const QString &profileName, const QString &consoleLink,
                                 int unsentFirings)
{
    const QJsonArray blocks { headerBlock(t), detailsBlock(t), originBlock(profileName, consoleLink, unsentFirings) };
    const QJsonObject payload { { QStringLiteral("text"), escaped(summary(t)) }, { QStringLiteral("blocks"), blocks } };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString WebhookPayload::summary(const AlertTransition &t)
{
    const QString detail = isFired(t) ? firedDetail(t.alert) : resolvedDetail(t.alert);
    return detail.isEmpty() ? title(t) : title(t) + QLatin1Char(' ') + detail;
}

QString WebhookPayload::consoleLink(const QString &profileName, const QDateTime &at, const QString &page)
{
    QStringList words { QStringLiteral("routedeck") };
    if (!profileName.isEmpty())
        words << QStringLiteral("--profile") << shellWord(profileName);
    if (at.isValid())
        words << QStringLiteral("--at") << at.toUTC().toString(Qt::ISODate);
    if (!page.isEmpty())
        words << QStringLiteral("--page") << shellWord(page);
    return words.join(QLatin1Char(' '));
}

} // namespace RouteDeck
