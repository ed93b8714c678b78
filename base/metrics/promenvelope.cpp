// SPDX-License-Identifier: GPL-3.0-or-later
#include "promenvelope_p.h"

#include "messagetext.h"
#include "prometheusdecoder.h"

#include <algorithm>

namespace RouteDeck {

QString PromText::snippet(QByteArrayView bytes, int maxChars)
{
    return MessageText::snippet(bytes.toByteArray(), maxChars);
}

QString PromText::quoted(QByteArrayView text, int maxChars)
{
    return QLatin1Char('"') + snippet(text, maxChars) + QLatin1Char('"');
}

namespace {

constexpr int kSnippetChars = 200;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

qsizetype firstNonSpace(const QByteArray &body)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!isSpace(body.at(i)))
            return i;
    }
    return -1;
}

QString snippet(QByteArrayView bytes, int maxChars = kSnippetChars)
{
    return PromText::snippet(bytes, maxChars);
}

QString statusLabel(int httpStatus)
{
    return httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus)
                          : PrometheusDecoder::tr("no HTTP status");
}

bool isSuccessStatus(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

bool isAuthStatus(int httpStatus)
{
    return httpStatus == 401 || httpStatus == 403 || httpStatus == 407;
}

// Failure class of an HTTP error status that came without a Prometheus envelope.
FetchFailure failureForBareStatus(int httpStatus)
{
    if (httpStatus == 503)
        return FetchFailure::NotReady;
    if (isAuthStatus(httpStatus))
        return FetchFailure::Auth;
    if (isSuccessStatus(httpStatus) || httpStatus == 0)
        return FetchFailure::NotPrometheus;
    return FetchFailure::Http;
}

QString authAdvice()
{
    return PrometheusDecoder::tr(
        "Check the authentication kind and the secret (the environment variable it comes from) in "
        "the connection profile; Grafana Mimir also wants an X-Scope-OrgID header.");
}

QString prefixAdvice()
{
    return PrometheusDecoder::tr(
        "Check the URL and the path prefix (Grafana Mimir serves the API under /prometheus).");
}

// What to do about an error, from the server's errorType (a word, or VictoriaMetrics' status number)
// and the HTTP status.
QString adviceFor(const QString &errorType, int httpStatus, const QString &errorText)
{
    const QString lowered = errorText.toLower();
    if (lowered.contains(QLatin1String("maximum resolution"))
        || lowered.contains(QLatin1String("too many points")))
        return PrometheusDecoder::tr(
            "Use a larger step or a shorter time range: the server limits the points per series "
            "(Prometheus allows 11,000).");

    bool numeric = false;
    const int typeCode = errorType.toInt(&numeric);
    QString kind = errorType;
    if (numeric || errorType.isEmpty()) {
        switch (numeric ? typeCode : httpStatus) {
        case 400:
            kind = QStringLiteral("bad_data");
            break;
        case 422:
            kind = QStringLiteral("execution");
            break;
        case 499:
            kind = QStringLiteral("canceled");
            break;
        case 500:
            kind = QStringLiteral("internal");
            break;
        case 404:
            kind = QStringLiteral("not_found");
            break;
        case 503:
            kind = QStringLiteral("unavailable");
            break;
        case 401:
        case 403:
        case 407:
            kind = QStringLiteral("auth");
            break;
        case 429:
            kind = QStringLiteral("rate_limited");
            break;
        case 502:
        case 504:
            kind = QStringLiteral("gateway");
            break;
        default:
            break;
        }
    }
    if (kind == QLatin1String("bad_data"))
        return PrometheusDecoder::tr(
            "Check the query and its parameters (the query catalog, or the connection profile's "
            "override of it).");
    if (kind == QLatin1String("execution"))
        return PrometheusDecoder::tr(
            "The server could not evaluate the query; it may touch too many series or samples. "
            "Shorten the time range, raise the step or narrow the label filters.");
    if (kind == QLatin1String("timeout"))
        return PrometheusDecoder::tr(
            "The query ran longer than the server's query timeout. Shorten the time range, raise the "
            "step or simplify the query.");
    if (kind == QLatin1String("canceled"))
        return PrometheusDecoder::tr(
            "The server cancelled the query, usually because the request was abandoned; the next "
            "refresh asks again.");
    if (kind == QLatin1String("internal"))
        return PrometheusDecoder::tr("The server failed internally; see its log.");
    if (kind == QLatin1String("not_found"))
        return prefixAdvice();
    if (kind == QLatin1String("unavailable"))
        return PrometheusDecoder::tr("The server is unavailable or overloaded; RouteDeck keeps retrying.");
    if (kind == QLatin1String("auth"))
        return authAdvice();
    if (kind == QLatin1String("rate_limited"))
        return PrometheusDecoder::tr(
            "The server or a proxy is rate-limiting RouteDeck; use a longer refresh interval.");
    if (kind == QLatin1String("gateway"))
        return PrometheusDecoder::tr(
            "A proxy in front of the server could not reach it; check that Prometheus is running "
            "behind the proxy.");
    return QString();
}

QString joinSentences(const QString &first, const QString &second)
{
    if (second.isEmpty())
        return first;
    return first + QLatin1Char(' ') + second;
}

PromEnvelope fail(FetchFailure failure, const QString &message, const QString &errorType = QString())
{
    PromEnvelope envelope;
    envelope.failure = failure;
    envelope.errorType = errorType;
    envelope.errorString = message;
    return envelope;
}

QString syntaxMessage(const PromHttpReply &reply, const JsonSyntax::Location &error)
{
    const QString where = MessageText::displayUrl(reply.url);
    const QString message = PrometheusDecoder::tr("The answer from %1 is not valid JSON (%2): %3.")
                                .arg(where, statusLabel(reply.httpStatus), error.describe());
    if (error.atEnd()) {
        return joinSentences(message,
            PrometheusDecoder::tr("It ends early: it was probably cut off by a proxy or a dropped "
                                  "connection. RouteDeck asks again on the next refresh."));
    }
    if (error.offset < 0)
        return message;
    const qsizetype from = std::max<qsizetype>(0, error.offset - 40);
    return joinSentences(message,
        PrometheusDecoder::tr("Near: \"%1\". Check for a proxy that rewrites answers.")
            .arg(snippet(reply.body.mid(from, 80), 80)));
}

// Step 1: a body over the size cap is not read at all.
std::optional<PromEnvelope> sizeCapFailure(const PromHttpReply &reply)
{
    if (!reply.sizeCapHit && (reply.sizeCap <= 0 || reply.body.size() <= reply.sizeCap))
        return std::nullopt;
    const qint64 seen = std::max<qint64>(reply.bytesSeen, reply.body.size());
    return fail(FetchFailure::SizeCap,
        PrometheusDecoder::tr("The answer from %1 is larger than the response size cap of %2 (at least "
                              "%3 arrived or were announced). Narrow the query (fewer series, a shorter "
                              "time range or a larger step) or raise the size cap in the connection "
                              "profile.")
            .arg(MessageText::displayUrl(reply.url), MessageText::formatBytes(reply.sizeCap),
                MessageText::formatBytes(seen)));
}

// Step 2: nothing but whitespace.
PromEnvelope emptyBodyFailure(const PromHttpReply &reply)
{
    const QString where = MessageText::displayUrl(reply.url);
    const int status = reply.httpStatus;
    const FetchFailure failure = failureForBareStatus(status);
    if (failure == FetchFailure::NotReady)
        return fail(failure,
            PrometheusDecoder::tr("%1 answered HTTP 503 with an empty body: the server is not ready "
                                  "(starting up or overloaded). RouteDeck keeps retrying; if this lasts, "
                                  "check the server's log.")
                .arg(where));
    if (failure == FetchFailure::NotPrometheus)
        return fail(failure,
            PrometheusDecoder::tr("The answer from %1 is empty (%2); a Prometheus API answers "
                                  "JSON. %3")
                .arg(where, statusLabel(status), prefixAdvice()));
    return fail(failure,
        joinSentences(PrometheusDecoder::tr("%1 answered %2 with an empty body.").arg(where, statusLabel(status)),
            adviceFor(QString(), status, QString())));
}

// Step 3: a proxy's, login or error page.
PromEnvelope htmlFailure(const PromHttpReply &reply)
{
    const int status = reply.httpStatus;
    const QString title = MessageText::htmlTitle(reply.body.left(256 * 1024));
    const QString page = title.isEmpty() ? PrometheusDecoder::tr("an HTML page without a title")
                                         : PrometheusDecoder::tr("an HTML page titled \"%1\"").arg(title);
    const FetchFailure failure = isAuthStatus(status) ? FetchFailure::Auth
        : isSuccessStatus(status)                    ? FetchFailure::NotPrometheus
                                                     : FetchFailure::Http;
    return fail(failure,
        PrometheusDecoder::tr("The answer from %1 is %2 (%3), not Prometheus JSON. It is "
                              "probably a proxy, login or error page: check the URL, the path "
                              "prefix and the authentication settings.")
            .arg(MessageText::displayUrl(reply.url), page, statusLabel(status)));
}

// Step 4: plain text ("404 page not found", a starting server's 503), whatever the Content-Type says.
PromEnvelope plainTextFailure(const PromHttpReply &reply, qsizetype first)
{
    const QString where = MessageText::displayUrl(reply.url);
    const int status = reply.httpStatus;
    const QString text = snippet(QByteArrayView(reply.body).sliced(first).first(
        std::min<qsizetype>(kSnippetChars * 4, reply.body.size() - first)));
    switch (failureForBareStatus(status)) {
    case FetchFailure::NotReady:
        return fail(FetchFailure::NotReady,
            PrometheusDecoder::tr("%1 is not ready yet (HTTP 503: \"%2\"). The server is starting up or "
                                  "replaying its write-ahead log; RouteDeck keeps retrying.")
                .arg(where, text));
    case FetchFailure::Auth:
        return fail(FetchFailure::Auth,
            PrometheusDecoder::tr("%1 refused the request (%2: \"%3\"). %4")
                .arg(where, statusLabel(status), text, authAdvice()));
    case FetchFailure::NotPrometheus:
        return fail(FetchFailure::NotPrometheus,
            PrometheusDecoder::tr("The answer from %1 is plain text, not Prometheus JSON (%2: \"%3\"). %4")
                .arg(where, statusLabel(status), text, prefixAdvice()));
    default:
        if (status == 404)
            return fail(FetchFailure::Http,
                PrometheusDecoder::tr("%1 was not found (HTTP 404: \"%2\"). %3").arg(where, text, prefixAdvice()));
        return fail(FetchFailure::Http,
            joinSentences(PrometheusDecoder::tr("%1 answered %2: \"%3\".").arg(where, statusLabel(status), text),
                adviceFor(QString(), status, text)));
    }
}

// Step 5: valid JSON, but a list where Prometheus answers an object.
PromEnvelope topLevelArrayFailure(const PromHttpReply &reply)
{
    return fail(failureForBareStatus(reply.httpStatus),
        PrometheusDecoder::tr("The answer from %1 is JSON but not a Prometheus answer (%2): the "
                              "top level is an array, expected an object with a \"status\" "
                              "field. %3")
            .arg(MessageText::displayUrl(reply.url), statusLabel(reply.httpStatus), prefixAdvice()));
}

// The members of the top-level object that the verdict needs.
struct EnvelopeMembers
{
    std::optional<simdjson::dom::element_type> statusType; // nullopt: no "status" member
    QString status;
    QString errorType;
    QString errorText;
    QString detail; // "message", "msg" or "detail" of a gateway's own JSON
    QStringList warnings;
    std::optional<simdjson::dom::element> data;
};

// "warnings" and "infos": lists of texts (Thanos partial responses, PromQL info annotations).
void readWarnings(std::string_view name, simdjson::dom::element value, const QString &where, QStringList *warnings)
{
    using Type = simdjson::dom::element_type;
    if (value.type() == Type::NULL_VALUE)
        return;
    if (value.type() != Type::ARRAY) {
        *warnings << PrometheusDecoder::tr("The \"%1\" field of the answer from %2 is %3, expected a "
                                           "list of texts; it was ignored.")
                         .arg(JsonReader::text(name), where, JsonReader::kindName(value.type()));
        return;
    }
    for (const simdjson::dom::element item : simdjson::dom::array(value)) {
        if (item.type() == Type::STRING)
            *warnings << JsonReader::text(std::string_view(item));
        else
            *warnings << QString::fromStdString(simdjson::minify(item));
    }
}

EnvelopeMembers readMembers(simdjson::dom::object root, const QString &where)
{
    using Type = simdjson::dom::element_type;
    EnvelopeMembers members;
    for (const simdjson::dom::key_value_pair member : root) {
        const std::string_view name = member.key;
        const simdjson::dom::element value = member.value;
        const bool isText = value.type() == Type::STRING;
        if (name == "status") {
            members.statusType = value.type();
            members.status = isText ? JsonReader::text(std::string_view(value)) : QString();
        } else if (name == "errorType") {
            if (isText)
                members.errorType = JsonReader::text(std::string_view(value));
            else if (value.is_number()) // VictoriaMetrics spells the status as a number at times
                members.errorType = QString::number(qint64(double(value)));
        } else if (name == "error" && isText) {
            members.errorText = JsonReader::text(std::string_view(value));
        } else if ((name == "message" || name == "msg" || name == "detail") && isText && members.detail.isEmpty()) {
            members.detail = JsonReader::text(std::string_view(value));
        } else if (name == "warnings" || name == "infos") {
            readWarnings(name, value, where, &members.warnings);
        } else if (name == "data") {
            members.data = value;
        }
    }
    return members;
}

// Proxies and gateways answer their own JSON ({"message": "Unauthorized"}).
PromEnvelope missingStatusFailure(const PromHttpReply &reply, const EnvelopeMembers &members)
{
    const QString where = MessageText::displayUrl(reply.url);
    const int status = reply.httpStatus;
    const QString said = !members.errorText.isEmpty() ? members.errorText : members.detail;
    const QString base = said.isEmpty()
        ? PrometheusDecoder::tr("The answer from %1 is JSON without a \"status\" field (%2), so it is not a "
                                "Prometheus API answer.")
              .arg(where, statusLabel(status))
        : PrometheusDecoder::tr("The answer from %1 is JSON without a \"status\" field (%2: \"%3\"), so it is "
                                "not a Prometheus API answer.")
              .arg(where, statusLabel(status), snippet(said.toUtf8()));
    const FetchFailure failure = failureForBareStatus(status);
    return fail(failure, joinSentences(base, failure == FetchFailure::Auth ? authAdvice() : prefixAdvice()));
}

// {"status": "error", "errorType": ..., "error": ...}
PromEnvelope errorStatusFailure(const PromHttpReply &reply, const EnvelopeMembers &members)
{
    const QString &errorType = members.errorType;
    bool numeric = false;
    errorType.toInt(&numeric);
    const QString kind = errorType.isEmpty() ? PrometheusDecoder::tr("an error")
        : numeric                            ? PrometheusDecoder::tr("error %1").arg(errorType)
                                             : errorType;
    const QString where = MessageText::displayUrl(reply.url);
    QString message = members.errorText.isEmpty()
        ? PrometheusDecoder::tr("%1 answered %2 (%3) without an error message.")
              .arg(where, kind, statusLabel(reply.httpStatus))
        : PrometheusDecoder::tr("%1 answered %2 (%3): %4")
              .arg(where, kind, statusLabel(reply.httpStatus), members.errorText);
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return fail(FetchFailure::Api, joinSentences(message, adviceFor(errorType, reply.httpStatus, members.errorText)),
        errorType);
}

// Step 6: what "status" says.
PromEnvelope verdict(const PromHttpReply &reply, EnvelopeMembers members)
{
    const QString where = MessageText::displayUrl(reply.url);
    if (!members.statusType)
        return missingStatusFailure(reply, members);
    if (*members.statusType != simdjson::dom::element_type::STRING) {
        return fail(FetchFailure::Malformed,
            PrometheusDecoder::tr("The answer from %1 has an unexpected shape at "
                                  "status: %2, expected \"success\" or \"error\".")
                .arg(where, JsonReader::kindName(*members.statusType)));
    }
    if (members.status == QLatin1String("error"))
        return errorStatusFailure(reply, members);
    if (members.status != QLatin1String("success")) {
        return fail(FetchFailure::Malformed,
            PrometheusDecoder::tr("The answer from %1 has status \"%2\"; expected \"success\" or \"error\".")
                .arg(where, snippet(members.status.toUtf8())));
    }
    PromEnvelope envelope;
    envelope.warnings = std::move(members.warnings);
    envelope.data = members.data;
    return envelope;
}

} // namespace

PromEnvelope PromEnvelope::read(const PromHttpReply &reply, JsonReader &reader)
{
    if (std::optional<PromEnvelope> tooLarge = sizeCapFailure(reply))
        return std::move(*tooLarge);
    const qsizetype first = firstNonSpace(reply.body);
    if (first < 0)
        return emptyBodyFailure(reply);
    const char lead = reply.body.at(first);
    if (lead == '<' || reply.contentType.toLower().contains("html"))
        return htmlFailure(reply);
    if (lead != '{' && lead != '[')
        return plainTextFailure(reply, first);
    if (!reader.parse(reply.body, first))
        return fail(FetchFailure::Malformed, syntaxMessage(reply, reader.error()));
    if (lead == '[')
        return topLevelArrayFailure(reply);
    return verdict(reply, readMembers(simdjson::dom::object(reader.root()), MessageText::displayUrl(reply.url)));
}

} // namespace RouteDeck
