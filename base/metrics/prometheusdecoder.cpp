// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusdecoder.h"

#include "messagetext.h"
#include "promenvelope_p.h"
#include "promqueryreader_p.h"

#include <QJsonArray>
#include <QJsonObject>

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

// The metadata answers (targets, label names) are small: the envelope's checks, then Qt's value types.
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
                target.value(QLatin1String("lastError")).toString() });
        }
        return QString();
    });
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
