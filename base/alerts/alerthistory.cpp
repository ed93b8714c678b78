// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthistory.h"

#include "jsonlines.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertHistoryCodec", text);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QJsonObject &object, const char *field)
{
    return QDateTime::fromString(object.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
}

// JSON has no NaN: a value without a number is null.
QJsonValue numberValue(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double numberOf(const QJsonObject &object, const char *field)
{
    const QJsonValue value = object.value(QLatin1String(field));
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

QByteArray lineOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QStringList namesOf(const QJsonObject &object)
{
    QStringList names;
    for (const QJsonValue &value : object.value(QLatin1String("deployments")).toArray())
        names.append(value.toString());
    return names;
}

class Reader
{
public:
    bool decode(const QByteArray &line, QString *error);
    AlertHistory history;

private:
    bool fired(const QJsonObject &object, QString *error);
    bool resolved(const QJsonObject &object, QString *error);
    bool acknowledged(const QJsonObject &object, QString *error);
    bool silenced(const QJsonObject &object, QString *error);
    Alert *find(const QString &id);
    QHash<QString, qsizetype> m_index;
};

bool Reader::decode(const QByteArray &line, QString *error)
{
    const std::optional<QJsonObject> object = JsonLines::objectOf(line, error);
    if (!object)
        return false;
    const QString event = object->value(QLatin1String("event")).toString();
    if (event == QLatin1String("firing"))
        return fired(*object, error);
    if (event == QLatin1String("resolved"))
        return resolved(*object, error);
    if (event == QLatin1String("acknowledged"))
        return acknowledged(*object, error);
    if (event == QLatin1String("silenced"))
        return silenced(*object, error);
    if (event.isEmpty()) {
        *error = tr("no \"event\"");
        return false;
    }
    return true; // from a newer RouteDeck
}

Alert *Reader::find(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &history.alerts[*it];
}

bool Reader::fired(const QJsonObject &object, QString *error)
{
    Alert alert;
    alert.id = object.value(QLatin1String("id")).toString();
    const std::optional<AlertRule> rule = alertRuleFromId(object.value(QLatin1String("rule")).toString());
    alert.firedAt = timeOf(object, "firedAt");
    if (alert.id.isEmpty() || !rule || !alert.firedAt.isValid()) {
        *error = tr("a \"firing\" event needs an id, a known rule and a firedAt time");
        return false;
    }
    alert.rule = *rule;
    alert.state = Alert::State::Firing;
    alert.group = object.value(QLatin1String("group")).toString();
    alert.activeAt = timeOf(object, "activeAt");
    alert.lastMetAt = alert.firedAt;
    alert.value = alert.peak = numberOf(object, "value");
    alert.threshold = numberOf(object, "threshold");
    alert.deployments = namesOf(object);
    alert.evidence = object.value(QLatin1String("evidence")).toString();
    alert.profile = object.value(QLatin1String("profile")).toString();
    if (find(alert.id))
        return true; // written twice: the first counts
    m_index.insert(alert.id, history.alerts.size());
    history.alerts.append(alert);
    return true;
}

bool Reader::resolved(const QJsonObject &object, QString *error)
{
    Alert *alert = find(object.value(QLatin1String("id")).toString());
    const QDateTime at = timeOf(object, "resolvedAt");
    if (!alert || !at.isValid()) {
        *error = tr("a \"resolved\" event needs the id of an alert that fired before it and a resolvedAt time");
        return false;
    }
    alert->state = Alert::State::Resolved;
    alert->resolvedAt = at;
    alert->peak = numberOf(object, "peak");
    alert->deployments = namesOf(object);
    return true;
}

bool Reader::acknowledged(const QJsonObject &object, QString *error)
{
    Alert *alert = find(object.value(QLatin1String("id")).toString());
    if (!alert) {
        *error = tr("an \"acknowledged\" event needs the id of an alert that fired before it");
        return false;
    }
    alert->acknowledged = true;
    return true;
}

bool Reader::silenced(const QJsonObject &object, QString *error)
{
    const std::optional<AlertRule> rule = alertRuleFromId(object.value(QLatin1String("rule")).toString());
    const AlertSilence silence { .rule = rule.value_or(AlertRule::Latency),
                                .group = object.value(QLatin1String("group")).toString(),
                                .until = timeOf(object, "until"),
                                .profile = object.value(QLatin1String("profile")).toString() };
    if (!rule || !silence.until.isValid()) {
        *error = tr("a \"silenced\" event needs a known rule and an until time");
        return false;
    }
    QList<AlertSilence> &silences = history.silences;
    silences.removeIf([&](const AlertSilence &s) {
        return s.rule == silence.rule && s.group == silence.group && s.profile == silence.profile;
    });
    silences.append(silence);
    return true;
}

} // namespace

QList<Alert> AlertHistory::stillFiring() const
{
    QList<Alert> firing;
    for (const Alert &alert : alerts) {
        if (alert.state == Alert::State::Firing)
            firing.append(alert);
    }
    return firing;
}

AlertHistory AlertHistory::ofProfile(const QString &profile) const
{
    AlertHistory part;
    part.problems = problems;
    part.truncatedLastLine = truncatedLastLine;
    for (const Alert &alert : alerts) {
        if (alert.profile == profile)
            part.alerts.append(alert);
    }
    for (const AlertSilence &silence : silences) {
        if (silence.profile == profile)
            part.silences.append(silence);
    }
    return part;
}

QByteArray AlertHistoryCodec::firedLine(const Alert &alert)
{
    QJsonObject object { { QStringLiteral("event"), QStringLiteral("firing") },
                         { QStringLiteral("id"), alert.id },
                         { QStringLiteral("rule"), alertRuleId(alert.rule) },
                         { QStringLiteral("group"), alert.group },
                         { QStringLiteral("activeAt"), timeText(alert.activeAt) },
                         { QStringLiteral("firedAt"), timeText(alert.firedAt) },
                         { QStringLiteral("value"), numberValue(alert.value) },
                         { QStringLiteral("threshold"), numberValue(alert.threshold) },
                         { QStringLiteral("deployments"), QJsonArray::fromStringList(alert.deployments) },
                         { QStringLiteral("evidence"), alert.evidence },
                         { QStringLiteral("profile"), alert.profile } };
    return lineOf(object);
}

QByteArray AlertHistoryCodec::resolvedLine(const Alert &alert)
{
    return lineOf({ { QStringLiteral("event"), QStringLiteral("resolved") },
                    { QStringLiteral("id"), alert.id },
                    { QStringLiteral("resolvedAt"), timeText(alert.resolvedAt) },
                    { QStringLiteral("peak"), numberValue(alert.peak) },
                    { QStringLiteral("deployments"), QJsonArray::fromStringList(alert.deployments) } });
}

QByteArray AlertHistoryCodec::acknowledgedLine(const QString &id, const QDateTime &at)
{
    return lineOf({ { QStringLiteral("event"), QStringLiteral("acknowledged") },
                    { QStringLiteral("id"), id },
                    { QStringLiteral("at"), timeText(at) } });
}

QByteArray AlertHistoryCodec::silencedLine(const AlertSilence &silence, const QDateTime &at)
{
    return lineOf({ { QStringLiteral("event"), QStringLiteral("silenced") },
                    { QStringLiteral("rule"), alertRuleId(silence.rule) },
                    { QStringLiteral("group"), silence.group },
                    { QStringLiteral("until"), timeText(silence.until) },
                    { QStringLiteral("at"), timeText(at) },
                    { QStringLiteral("profile"), silence.profile } });
}

AlertHistory AlertHistoryCodec::decode(const QByteArray &text, const QString &fileName)
{
    Reader reader;
    const JsonLines::ReadSummary summary = JsonLines::read(text, fileName, [&reader](const QByteArray &line, QString *error) {
        return reader.decode(line, error);
    });
    reader.history.problems = summary.problems;
    reader.history.truncatedLastLine = summary.truncatedLastLine;
    return reader.history;
}

} // namespace RouteDeck
