// SPDX-License-Identifier: GPL-3.0-or-later
#include "promenvelope_p.h"

#include "messagetext.h"
#include "prometheusdecoder.h"

#include <algorithm>
#include <cmath>

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

// Code points of valid UTF-8: every byte that does not continue a sequence starts one.
qsizetype characterCount(std::string_view utf8)
{
    const auto startsCharacter = [](char c) { return (uchar(c) & 0xC0) != 0x80; };
    return qsizetype(std::count_if(utf8.begin(), utf8.end(), startsCharacter));
}

} // namespace

QString PromText::serverText(std::string_view text)
{
    constexpr qsizetype kMax = PromLimits::kMaxServerTextChars;
    // A character is at most 4 bytes of UTF-8, so these bytes hold at least kMax characters (UTF-16 units)
    // of whole characters whenever the text goes on after them.
    const std::string_view head = text.substr(0, size_t(kMax) * 4);
    QString kept = JsonReader::text(head);
    if (head.size() == text.size() && kept.size() <= kMax)
        return kept;
    kept.truncate(kMax);
    if (!kept.isEmpty() && kept.back().isHighSurrogate())
        kept.chop(1);
    return PrometheusDecoder::tr("%1… (%2 characters in all)")
        .arg(kept, QString::number(characterCount(text)));
}

QString PromText::number(double value)
{
    return QString::number(value, 'g', 15);
}

std::optional<simdjson::dom::element> PromJson::lastMember(
    simdjson::dom::object object, std::string_view name)
{
    std::optional<simdjson::dom::element> last;
    for (const simdjson::dom::key_value_pair member : object) {
        if (member.key == name)
            last = member.value;
    }
    return last;
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
    QString badErrorType; // a number in "errorType" that is no HTTP status, as the message shows it
    QString errorText;
    QString detail; // "message", "msg" or "detail" of a gateway's own JSON
    QStringList warnings;
    std::optional<simdjson::dom::element> data;
};

// "warnings" and "infos" of one answer, at most PromLimits::kMaxServerWarnings of them; the rest are
// only counted.
struct ServerNotes
{
    QStringList kept;
    qsizetype leftOut = 0;

    // Whether one more is kept; if not, it is counted as left out and the caller does not convert it.
    bool makeRoom()
    {
        if (kept.size() < PromLimits::kMaxServerWarnings)
            return true;
        ++leftOut;
        return false;
    }
};

// "warnings" and "infos": lists of texts (Thanos partial responses, PromQL info annotations).
void readWarnings(
    std::string_view name, simdjson::dom::element value, const QString &where, ServerNotes *notes)
{
    using Type = simdjson::dom::element_type;
    if (value.type() == Type::NULL_VALUE)
        return;
    if (value.type() != Type::ARRAY) {
        if (notes->makeRoom())
            notes->kept << PrometheusDecoder::tr("The \"%1\" field of the answer from %2 is %3, expected a "
                                                 "list of texts; it was ignored.")
                               .arg(JsonReader::text(name), where, JsonReader::kindName(value.type()));
        return;
    }
    for (const simdjson::dom::element item : simdjson::dom::array(value)) {
        if (!notes->makeRoom())
            continue;
        notes->kept << (item.type() == Type::STRING ? PromText::serverText(std::string_view(item))
                                                    : PromText::serverText(simdjson::minify(item)));
    }
}

// The kept warnings, and one note for those left out.
QStringList warningsOf(const ServerNotes &notes, const QString &where)
{
    QStringList warnings = notes.kept;
    if (notes.leftOut > 0)
        warnings << PrometheusDecoder::tr("The answer from %1 has %2 more warnings or infos; RouteDeck keeps "
                                          "the first %3.")
                        .arg(where, QString::number(notes.leftOut),
                            QString::number(PromLimits::kMaxServerWarnings));
    return warnings;
}

bool isStatusNumber(double number)
{
    // False for NaN, as every comparison with it is.
    return number >= 0 && number <= PromLimits::kMaxStatusNumber && number == std::floor(number);
}

// "errorType": a word, or VictoriaMetrics' HTTP status as a number at times. Any other number (1e300, 4.5)
// is no status and is never cast: it goes to `badErrorType` for the verdict.
void readErrorType(simdjson::dom::element value, EnvelopeMembers *members)
{
    if (value.type() == simdjson::dom::element_type::STRING) {
        members->errorType = PromText::serverText(std::string_view(value));
    } else if (value.is_number()) {
        const double number = double(value);
        if (isStatusNumber(number))
            members->errorType = QString::number(int(number));
        else
            members->badErrorType = PromText::number(number);
    }
}

// A gateway's own message: the first non-empty text of "message", "msg" or "detail".
QString gatewayDetail(simdjson::dom::object root)
{
    for (const simdjson::dom::key_value_pair member : root) {
        const std::string_view name = member.key;
        if ((name == "message" || name == "msg" || name == "detail")
            && member.value.type() == simdjson::dom::element_type::STRING) {
            const std::string_view text(member.value);
            if (!text.empty())
                return PromText::serverText(text);
        }
    }
    return QString();
}

// Each member is read once, the last of its name (PromJson::lastMember): a repeated "data" is walked once.
EnvelopeMembers readMembers(simdjson::dom::object root, const QString &where)
{
    using Type = simdjson::dom::element_type;
    EnvelopeMembers members;
    if (const auto status = PromJson::lastMember(root, "status")) {
        members.statusType = status->type();
        if (status->type() == Type::STRING)
            members.status = PromText::serverText(std::string_view(*status));
    }
    if (const auto errorType = PromJson::lastMember(root, "errorType"))
        readErrorType(*errorType, &members);
    if (const auto error = PromJson::lastMember(root, "error"); error && error->type() == Type::STRING)
        members.errorText = PromText::serverText(std::string_view(*error));
    members.detail = gatewayDetail(root);
    ServerNotes notes;
    for (const std::string_view name : { std::string_view("warnings"), std::string_view("infos") }) {
        if (const auto list = PromJson::lastMember(root, name))
            readWarnings(name, *list, where, &notes);
    }
    members.warnings = warningsOf(notes, where);
    members.data = PromJson::lastMember(root, "data");
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

// {"status": "error", "errorType": 1e300}: the member is named, and the server's message kept.
PromEnvelope badErrorTypeFailure(const PromHttpReply &reply, const EnvelopeMembers &members)
{
    const QString message
        = PrometheusDecoder::tr("The answer from %1 has an unexpected shape at errorType: %2, expected a word "
                                "such as \"bad_data\" or an HTTP status number.")
              .arg(MessageText::displayUrl(reply.url), members.badErrorType);
    const QString said = members.errorText.isEmpty()
        ? QString()
        : PrometheusDecoder::tr("The server's error message: %1").arg(members.errorText);
    return fail(FetchFailure::Malformed, joinSentences(message, said));
}

// {"status": "error", "errorType": ..., "error": ...}
PromEnvelope errorStatusFailure(const PromHttpReply &reply, const EnvelopeMembers &members)
{
    if (!members.badErrorType.isEmpty())
        return badErrorTypeFailure(reply, members);
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
