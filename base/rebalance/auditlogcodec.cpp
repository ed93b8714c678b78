// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogcodec.h"

#include "jsonlines.h"
#include "wholenumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLogCodec", text);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    default:
        return tr("nothing");
    }
}

QJsonObject weightsToJson(const WeightMap &weights)
{
    QJsonObject object;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        object.insert(it.key(),
            it.value() && std::isfinite(*it.value()) ? QJsonValue(*it.value())
                                                     : QJsonValue(QJsonValue::Null));
    return object;
}

bool weightsFromJson(
    const QJsonValue &value, const char *field, bool required, WeightMap *weights, QString *error)
{
    if (value.isUndefined() && !required)
        return true;
    if (!value.isObject()) {
        *error = tr("'%1' must be an object of deployment id to weight").arg(QLatin1String(field));
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull()) {
            weights->insert(it.key(), std::nullopt);
        } else if (it.value().isDouble() && it.value().toDouble() >= 0) {
            weights->insert(it.key(), it.value().toDouble());
        } else {
            *error = tr("'%1' has weight %2 for '%3'; weights are numbers of 0 or more, or null")
                         .arg(QLatin1String(field), describe(it.value()), it.key().left(80));
            return false;
        }
    }
    return true;
}

bool stringField(const QJsonObject &root, const char *field, bool required, QString *out, QString *error)
{
    const QJsonValue value = root.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            *error = tr("'%1' is missing").arg(QLatin1String(field));
            return false;
        }
        return true;
    }
    if (!value.isString()) {
        *error = tr("'%1' must be a string").arg(QLatin1String(field));
        return false;
    }
    *out = value.toString();
    return true;
}
} // namespace

QByteArray AuditLogCodec::encode(const AuditEntry &entry)
{
    QJsonObject root {
        { QStringLiteral("id"), entry.id },
        { QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("profile"), entry.profile },
        { QStringLiteral("user"), entry.user },
        { QStringLiteral("tool"), entry.tool },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("kind"), pushTargetName(entry.target) },
                { QStringLiteral("location"), entry.location } } },
        { QStringLiteral("group"), entry.group },
        { QStringLiteral("before"), weightsToJson(entry.before) },
        { QStringLiteral("after"), weightsToJson(entry.after) },
        { QStringLiteral("result"), entry.result },
        { QStringLiteral("error"), entry.error },
        { QStringLiteral("resulting"), weightsToJson(entry.resulting) },
        { QStringLiteral("rollback_of"), entry.rollbackOf },
    };
    if (const std::optional<CommandRun> &run = entry.afterWrite) {
        root.insert(QStringLiteral("after_write"),
            QJsonObject { { QStringLiteral("command"), run->command }, { QStringLiteral("started"), run->started },
                { QStringLiteral("timed_out"), run->timedOut }, { QStringLiteral("exit_code"), run->exitCode },
                { QStringLiteral("output"), run->output }, { QStringLiteral("msecs"), run->msecs } });
    }
    if (entry.routerApplied)
        root.insert(QStringLiteral("router_applied"), *entry.routerApplied);
    if (!entry.resolves.isEmpty())
        root.insert(QStringLiteral("resolves"), entry.resolves);
    if (entry.isIntent())
        root.insert(QStringLiteral("owner"),
                    QJsonObject { { QStringLiteral("host"), entry.host }, { QStringLiteral("pid"), entry.pid } });
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<AuditEntry> AuditLogCodec::decodeLine(const QByteArray &line, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const std::optional<QJsonObject> object = JsonLines::objectOf(line, &why);
    if (!object)
        return std::nullopt;
    const QJsonObject &root = *object;
    AuditEntry entry;
    QString time;
    if (!stringField(root, "id", true, &entry.id, &why) || !stringField(root, "time", true, &time, &why)
        || !stringField(root, "group", true, &entry.group, &why)
        || !stringField(root, "result", true, &entry.result, &why)
        || !stringField(root, "profile", false, &entry.profile, &why)
        || !stringField(root, "user", false, &entry.user, &why)
        || !stringField(root, "tool", false, &entry.tool, &why)
        || !stringField(root, "error", false, &entry.error, &why)
        || !stringField(root, "rollback_of", false, &entry.rollbackOf, &why)
        || !stringField(root, "resolves", false, &entry.resolves, &why))
        return std::nullopt;
    entry.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!entry.time.isValid()) {
        why = tr("'time' is '%1', not an ISO 8601 time").arg(time.left(40));
        return std::nullopt;
    }
    entry.time = entry.time.toUTC();
    if (!PushOutcome::resultFromName(entry.result) && !entry.isIntent()) {
        why = tr("'result' is '%1'; expected pending, applied, conflict, failed, reverted, partial or refused")
                  .arg(entry.result.left(40));
        return std::nullopt;
    }
    if (const QJsonValue owner = root.value(QLatin1String("owner")); owner.isObject()) {
        entry.host = owner.toObject().value(QLatin1String("host")).toString();
        entry.pid = wholeNumberIn<qint64>(owner.toObject().value(QLatin1String("pid")).toDouble(-1), 1,
                                          std::numeric_limits<qint32>::max())
                        .value_or(0);
    }
    const QJsonValue target = root.value(QLatin1String("target"));
    if (!target.isObject()) {
        why = tr("'target' must be an object with 'kind' (router or file) and 'location'");
        return std::nullopt;
    }
    const std::optional<PushTargetKind> kind
        = pushTargetFromName(target.toObject().value(QLatin1String("kind")).toString());
    if (!kind) {
        why = tr("'target.kind' must be router or file");
        return std::nullopt;
    }
    entry.target = *kind;
    entry.location = target.toObject().value(QLatin1String("location")).toString();
    if (!weightsFromJson(root.value(QLatin1String("before")), "before", true, &entry.before, &why)
        || !weightsFromJson(root.value(QLatin1String("after")), "after", true, &entry.after, &why)
        || !weightsFromJson(
            root.value(QLatin1String("resulting")), "resulting", false, &entry.resulting, &why))
        return std::nullopt;
    if (const QJsonValue run = root.value(QLatin1String("after_write")); run.isObject()) {
        const QJsonObject o = run.toObject();
        CommandRun command;
        command.command = o.value(QLatin1String("command")).toString();
        command.started = o.value(QLatin1String("started")).toBool();
        command.timedOut = o.value(QLatin1String("timed_out")).toBool();
        command.exitCode = o.value(QLatin1String("exit_code")).toInt(-1);
        command.output = o.value(QLatin1String("output")).toString().right(CommandRun::kMaxOutput);
        command.msecs = qint64(o.value(QLatin1String("msecs")).toDouble());
        entry.afterWrite = command;
    } else if (!run.isUndefined() && !run.isNull()) {
        why = tr("'after_write' must be an object (command, exit_code, output, ...)");
        return std::nullopt;
    }
    if (const QJsonValue applied = root.value(QLatin1String("router_applied")); applied.isBool())
        entry.routerApplied = applied.toBool();
    return entry;
}

AuditLogReadResult AuditLogCodec::decode(const QByteArray &text, const QString &fileName)
{
    AuditLogReadResult result;
    const JsonLines::ReadSummary summary = JsonLines::read(text, fileName, [&result](const QByteArray &line, QString *error) {
        std::optional<AuditEntry> entry = decodeLine(line, error);
        if (entry)
            result.entries.append(*entry);
        return entry.has_value();
    });
    result.problems = summary.problems;
    result.truncatedLastLine = summary.truncatedLastLine;
    result.lineCount = summary.lineCount;
    return result;
}

} // namespace RouteDeck
