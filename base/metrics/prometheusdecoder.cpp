// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusdecoder.h"

#include "messagetext.h"
#include "promenvelope_p.h"
#include "promqueryreader_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace RouteDeck {

PromResponse PrometheusDecoder::decodeQuery(const PromHttpReply &reply)
{
    PromResponse response;
    response.httpStatus = reply.httpStatus;
    response.url = reply.url;
    response.bodyBytes = reply.body.size();

    JsonReader json;
    const PromEnvelope envelope = PromEnvelope::read(reply, json);
    if (!envelope.ok()) {
        response.failure = envelope.failure;
        response.errorType = envelope.errorType;
        response.errorString = envelope.errorString;
        return response;
    }
    PromQueryReader reader(reply);
    PromQueryResult result;
    if (!reader.readData(envelope.data, &result)) {
        response.failure = FetchFailure::Malformed;
        response.errorString = reader.errorString();
        return response;
    }
    result.warnings = envelope.warnings + result.warnings;
    response.ok = true;
    response.result = std::move(result);
    return response;
}

PromBuildInfo PrometheusDecoder::decodeBuildInfo(const PromHttpReply &reply)
{
    PromBuildInfo info;
    info.httpStatus = reply.httpStatus;
    JsonReader json;
    const PromEnvelope envelope = PromEnvelope::read(reply, json);
    if (!envelope.ok()) {
        info.failure = envelope.failure;
        info.errorString = envelope.errorString;
        return info;
    }
    if (!envelope.data || envelope.data->type() != simdjson::dom::element_type::OBJECT) {
        info.failure = FetchFailure::Malformed;
        info.errorString
            = tr("The answer from %1 has an unexpected shape at data: %2, expected an object with "
                 "\"version\".")
                  .arg(MessageText::displayUrl(reply.url),
                      envelope.data ? JsonReader::kindName(envelope.data->type()) : tr("missing"));
        return info;
    }
    for (const simdjson::dom::key_value_pair member : simdjson::dom::object(*envelope.data)) {
        if (member.value.type() != simdjson::dom::element_type::STRING)
            continue;
        if (member.key == "version")
            info.version = JsonReader::text(std::string_view(member.value));
        else if (member.key == "revision")
            info.revision = JsonReader::text(std::string_view(member.value));
    }
    if (info.version.isEmpty())
        info.version = QStringLiteral("unknown");
    info.ok = true;
    return info;
}

// The metadata answers (targets, label names, rules) are small: the envelope's checks, then Qt's value types.
// `read(data, &result)` fills the result from the answer's "data" member, or returns what is missing.
template<typename Result, typename Read> static Result decodeMetadata(const PromHttpReply &reply, Read read)
{
    Result result;
    JsonReader json;
    const PromEnvelope envelope = PromEnvelope::read(reply, json);
    if (!envelope.ok()) {
        result.errorString = envelope.errorString;
        return result;
    }
    const QJsonValue data = envelope.data ? JsonReader::toQJsonValue(*envelope.data) : QJsonValue();
    if (const QString missing = read(data, &result); !missing.isEmpty()) {
        result.errorString = PrometheusDecoder::tr("The answer from %1 has no %2.").arg(MessageText::displayUrl(reply.url), missing);
        return result;
    }
    result.ok = true;
    return result;
}

PromTargets PrometheusDecoder::decodeTargets(const PromHttpReply &reply)
{
    return decodeMetadata<PromTargets>(reply, [](const QJsonValue &data, PromTargets *result) {
        const QJsonValue active = data.toObject().value(QLatin1String("activeTargets"));
        if (!active.isArray())
            return tr("data.activeTargets list");
        for (const QJsonValue &value : active.toArray()) {
            const QJsonObject target = value.toObject();
            result->targets.append({ target.value(QLatin1String("labels")).toObject().value(QLatin1String("job")).toString(),
                target.value(QLatin1String("scrapeUrl")).toString(), target.value(QLatin1String("health")).toString(),
                target.value(QLatin1String("lastError")).toString(),
                PrometheusDecoder::durationSeconds(target.value(QLatin1String("scrapeInterval")).toString()) });
        }
        return QString();
    });
}

double PrometheusDecoder::durationSeconds(const QString &text)
{
    // Prometheus' model.ParseDuration: one or more <number><unit>, largest unit first ("1m30s").
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|s|m|h|d|w|y)"));
    static const QHash<QString, double> unit { { QStringLiteral("ms"), 0.001 }, { QStringLiteral("s"), 1 },
        { QStringLiteral("m"), 60 }, { QStringLiteral("h"), 3600 }, { QStringLiteral("d"), 86400 },
        { QStringLiteral("w"), 7 * 86400 }, { QStringLiteral("y"), 365 * 86400 } };
    double seconds = 0;
    qsizetype at = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() != at)
            return 0;
        seconds += match.captured(1).toDouble() * unit.value(match.captured(2));
        at = match.capturedEnd();
    }
    return at == text.size() && std::isfinite(seconds) ? seconds : 0;
}

PromLabelNames PrometheusDecoder::decodeLabelNames(const PromHttpReply &reply)
{
    return decodeMetadata<PromLabelNames>(reply, [](const QJsonValue &data, PromLabelNames *result) {
        if (!data.isArray())
            return tr("data list of label names");
        for (const QJsonValue &name : data.toArray()) {
            if (name.isString())
                result->names.append(name.toString());
        }
        return QString();
    });
}

namespace {

// Go writes times as RFC 3339 with up to nine fractional digits, and none on a whole second
// ("2018-07-04T20:27:12.60602144+02:00", "2024-11-27T04:08:30Z"). Qt's ISO format is specified with
// milliseconds; rather than rely on what a Qt release makes of more digits, the fraction is cut to three.
QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.toUpper());
    if (!match.hasMatch())
        return QDateTime();
    const QString milliseconds = match.captured(2).leftJustified(3, QLatin1Char('0'), true);
    const QString iso = match.captured(1) + QLatin1Char('.') + milliseconds + match.captured(3);
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// The example of /api/v1/rules in Prometheus' API documentation gives alerting rules no "state"; a
// server that leaves it out gets the state its alerts imply.
QString stateOfAlerts(const QList<PromAlert> &alerts)
{
    QString state = QStringLiteral("inactive");
    for (const PromAlert &alert : alerts) {
        if (alert.state == QLatin1String("firing"))
            return alert.state;
        if (alert.state == QLatin1String("pending"))
            state = alert.state;
    }
    return state;
}

QString member(const QString &path, const QString &name)
{
    return path + QLatin1Char('.') + name;
}

QString item(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Walks the `data` of GET /api/v1/rules into PromRule values, group by group. The first member that is
// missing or of the wrong kind ends the walk, and `missing` names it with its path for decodeMetadata's
// message: "... has no text at data.groups[0].rules[2].query.".
class RulesWalk
{
public:
    bool groups(const QJsonValue &data, QList<PromRule> *rules);
    QString missing;

private:
    bool group(const QJsonValue &value, const QString &path, QList<PromRule> *rules);
    bool rule(const QJsonValue &value, const QString &path, PromRule *out);
    bool alertingPart(const QJsonObject &object, const QString &path, PromRule *out);
    bool alert(const QJsonValue &value, const QString &path, PromAlert *out);
    bool alertValue(const QJsonObject &object, const QString &path, PromAlert *out);
    bool text(const QJsonObject &object, const QString &name, const QString &path, QString *out);
    bool optionalText(const QJsonObject &object, const QString &name, const QString &path, QString *out);
    bool labels(const QJsonObject &object, const QString &name, const QString &path, PromLabels *out);
    bool fail(const QString &what, const QString &path);
};

bool RulesWalk::groups(const QJsonValue &data, QList<PromRule> *rules)
{
    const QString path = QStringLiteral("data.groups");
    const QJsonValue list = data.toObject().value(QStringLiteral("groups"));
    if (!list.isArray())
        return fail(PrometheusDecoder::tr("list of rule groups"), path);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!group(array.at(i), item(path, i), rules))
            return false;
    }
    return true;
}

bool RulesWalk::group(const QJsonValue &value, const QString &path, QList<PromRule> *rules)
{
    if (!value.isObject())
        return fail(PrometheusDecoder::tr("rule group (an object)"), path);
    const QJsonObject object = value.toObject();
    QString name;
    if (!text(object, QStringLiteral("name"), path, &name))
        return false;
    const QString rulesPath = member(path, QStringLiteral("rules"));
    const QJsonValue list = object.value(QStringLiteral("rules"));
    if (!list.isArray())
        return fail(PrometheusDecoder::tr("list of rules"), rulesPath);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        PromRule parsed;
        parsed.group = name;
        if (!rule(array.at(i), item(rulesPath, i), &parsed))
            return false;
        rules->append(std::move(parsed));
    }
    return true;
}

bool RulesWalk::rule(const QJsonValue &value, const QString &path, PromRule *out)
{
    if (!value.isObject())
        return fail(PrometheusDecoder::tr("rule (an object)"), path);
    const QJsonObject object = value.toObject();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("alerting") && type != QLatin1String("recording"))
        return fail(PrometheusDecoder::tr("rule type \"alerting\" or \"recording\""),
            member(path, QStringLiteral("type")));
    out->alerting = type == QLatin1String("alerting");
    const bool common = text(object, QStringLiteral("name"), path, &out->name)
        && text(object, QStringLiteral("query"), path, &out->query)
        && text(object, QStringLiteral("health"), path, &out->health)
        && optionalText(object, QStringLiteral("lastError"), path, &out->lastError)
        && labels(object, QStringLiteral("labels"), path, &out->labels);
    return common && (!out->alerting || alertingPart(object, path, out));
}

// What only alerting rules have: `for:`, the active alerts and the rule's state.
bool RulesWalk::alertingPart(const QJsonObject &object, const QString &path, PromRule *out)
{
    const QJsonValue duration = object.value(QStringLiteral("duration"));
    if (!duration.isDouble() || !std::isfinite(duration.toDouble()) || duration.toDouble() < 0)
        return fail(PrometheusDecoder::tr("number of seconds"), member(path, QStringLiteral("duration")));
    out->forSeconds = duration.toDouble();

    // Absent or null when a server is asked to leave the alerts out (Prometheus' exclude_alerts).
    const QString alertsPath = member(path, QStringLiteral("alerts"));
    const QJsonValue list = object.value(QStringLiteral("alerts"));
    if (!list.isArray() && !list.isNull() && !list.isUndefined())
        return fail(PrometheusDecoder::tr("list of alerts"), alertsPath);
    const QJsonArray alerts = list.toArray();
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        PromAlert parsed;
        if (!alert(alerts.at(i), item(alertsPath, i), &parsed))
            return false;
        out->alerts.append(std::move(parsed));
    }

    if (!optionalText(object, QStringLiteral("state"), path, &out->state))
        return false;
    if (out->state.isEmpty())
        out->state = stateOfAlerts(out->alerts);
    return true;
}

bool RulesWalk::alert(const QJsonValue &value, const QString &path, PromAlert *out)
{
    if (!value.isObject())
        return fail(PrometheusDecoder::tr("alert (an object)"), path);
    const QJsonObject object = value.toObject();
    if (!labels(object, QStringLiteral("labels"), path, &out->labels)
        || !labels(object, QStringLiteral("annotations"), path, &out->annotations)
        || !text(object, QStringLiteral("state"), path, &out->state) || !alertValue(object, path, out))
        return false;
    // Prometheus leaves activeAt out when it is unset (`omitempty`).
    const QJsonValue activeAt = object.value(QStringLiteral("activeAt"));
    if (activeAt.isUndefined() || activeAt.isNull())
        return true;
    out->activeAt = activeAt.isString() ? parseRfc3339(activeAt.toString()) : QDateTime();
    if (!out->activeAt.isValid())
        return fail(PrometheusDecoder::tr("RFC 3339 time such as \"2024-11-27T04:01:15.606Z\""),
            member(path, QStringLiteral("activeAt")));
    return true;
}

// Prometheus writes the value as text ("1e+00", "NaN"); a JSON number is taken too, as query answers do.
bool RulesWalk::alertValue(const QJsonObject &object, const QString &path, PromAlert *out)
{
    const QJsonValue value = object.value(QStringLiteral("value"));
    std::optional<double> number;
    if (value.isString())
        number = PrometheusDecoder::parseValue(value.toString());
    else if (value.isDouble())
        number = value.toDouble();
    if (!number)
        return fail(PrometheusDecoder::tr("value as a number in text such as \"1e+00\" or \"NaN\""),
            member(path, QStringLiteral("value")));
    out->value = *number;
    return true;
}

bool RulesWalk::text(const QJsonObject &object, const QString &name, const QString &path, QString *out)
{
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return fail(PrometheusDecoder::tr("text"), member(path, name));
    *out = value.toString();
    return true;
}

// A text that servers leave out when it is empty (Prometheus' lastError is `omitempty`).
bool RulesWalk::optionalText(
    const QJsonObject &object, const QString &name, const QString &path, QString *out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return true;
    return text(object, name, path, out);
}

// {"severity": "page"}; absent when empty (a recording rule's labels are `omitempty`).
bool RulesWalk::labels(const QJsonObject &object, const QString &name, const QString &path, PromLabels *out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(PrometheusDecoder::tr("label set (an object of texts)"), member(path, name));
    const QJsonObject set = value.toObject();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        if (!it.value().isString())
            return fail(PrometheusDecoder::tr("text"), member(member(path, name), it.key()));
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

bool RulesWalk::fail(const QString &what, const QString &path)
{
    missing = PrometheusDecoder::tr("%1 at %2").arg(what, path);
    return false;
}

} // namespace

PromRules PrometheusDecoder::decodeRules(const PromHttpReply &reply)
{
    return decodeMetadata<PromRules>(reply, [](const QJsonValue &data, PromRules *result) {
        RulesWalk walk;
        if (!walk.groups(data, &result->rules))
            result->rules.clear(); // never half a list next to an error
        return walk.missing;
    });
}

std::optional<double> PrometheusDecoder::parseValue(QStringView text)
{
    if (text.size() > 64)
        return std::nullopt;
    const QByteArray latin1 = text.toLatin1();
    return parseSampleValue(std::string_view(latin1.constData(), size_t(latin1.size())));
}

QString PrometheusDecoder::labelsToString(const PromLabels &labels)
{
    QString text = QStringLiteral("{");
    bool first = true;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (!first)
            text += QLatin1String(", ");
        first = false;
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('"'), QLatin1String("\\\""));
        value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        text += it.key() + QLatin1String("=\"") + value + QLatin1Char('"');
    }
    text += QLatin1Char('}');
    return text;
}

} // namespace RouteDeck
