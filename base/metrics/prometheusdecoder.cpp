// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusdecoder.h"

#include "jsoncursor.h"
#include "messagetext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

namespace RouteDeck {

namespace {

constexpr int kSnippetChars = 200;
constexpr int kMaxDuplicateWarnings = 5;

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

QString snippet(const QByteArray &bytes, int maxChars = kSnippetChars)
{
    return MessageText::snippet(bytes, maxChars);
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

bool nameIs(QByteArrayView name, const char *expected)
{
    const size_t length = std::strlen(expected);
    return size_t(name.size()) == length && std::memcmp(name.data(), expected, length) == 0;
}

// "NaN", "+Inf", "1e-07" as bytes; the one number parser for sample values.
std::optional<double> parseValueBytes(QByteArrayView text)
{
    const auto is = [text](const char *word) { return nameIs(text, word); };
    if (is("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (is("+Inf") || is("Inf"))
        return std::numeric_limits<double>::infinity();
    if (is("-Inf"))
        return -std::numeric_limits<double>::infinity();
    double value = 0;
    if (!JsonCursor::parseNumber(text.data(), text.data() + text.size(), &value))
        return std::nullopt;
    return value;
}

QString quoted(QByteArrayView text, int maxChars = 40)
{
    return QLatin1Char('"') + snippet(text.toByteArray(), maxChars) + QLatin1Char('"');
}

QString syntaxMessage(const PromHttpReply &reply, const JsonCursor &cursor)
{
    const QString where = MessageText::displayUrl(reply.url);
    QString message = PrometheusDecoder::tr("The answer from %1 is not valid JSON (%2): %3 at byte %4 of %5.")
                          .arg(where, statusLabel(reply.httpStatus), JsonCursor::errorText(cursor.error()))
                          .arg(cursor.errorOffset())
                          .arg(reply.body.size());
    if (cursor.errorAtEnd()) {
        return joinSentences(message,
            PrometheusDecoder::tr("It ends early: it was probably cut off by a proxy or a dropped "
                                  "connection. RouteDeck asks again on the next refresh."));
    }
    const qsizetype from = std::max<qsizetype>(0, cursor.errorOffset() - 40);
    return joinSentences(message,
        PrometheusDecoder::tr("Near: \"%1\". Check for a proxy that rewrites answers.")
            .arg(snippet(reply.body.mid(from, 80), 80)));
}

struct Envelope
{
    FetchFailure failure = FetchFailure::None;
    QString errorType;
    QString errorString;
    QStringList warnings;
    qsizetype dataOffset = -1; // where the value of "data" starts
    bool dataRead = false; // the data reader ran (and succeeded unless failure is set)

    bool ok() const { return failure == FetchFailure::None; }
};

Envelope fail(FetchFailure failure, const QString &message, const QString &errorType = QString())
{
    Envelope envelope;
    envelope.failure = failure;
    envelope.errorType = errorType;
    envelope.errorString = message;
    return envelope;
}

// Reads `data` in place; false with its own message in its reader on a shape error.
using DataReader = std::function<bool(JsonCursor &cursor)>;

// Size cap, empty body, HTML, plain text, invalid JSON, the error envelope and the warnings. When
// `readData` is given and "status" came before "data" (as Prometheus and VictoriaMetrics write it),
// `data` is read in the same pass; otherwise it is validated and its offset kept for later.
Envelope readEnvelope(const PromHttpReply &reply, const DataReader &readData = DataReader())
{
    const QString where = MessageText::displayUrl(reply.url);
    const int status = reply.httpStatus;
    const QByteArray &body = reply.body;

    if (reply.sizeCapHit || (reply.sizeCap > 0 && body.size() > reply.sizeCap)) {
        const qint64 seen = std::max<qint64>(reply.bytesSeen, body.size());
        return fail(FetchFailure::SizeCap,
            PrometheusDecoder::tr("The answer from %1 is larger than the response size cap of %2 (at least "
                                  "%3 arrived or were announced). Narrow the query (fewer series, a shorter "
                                  "time range or a larger step) or raise the size cap in the connection "
                                  "profile.")
                .arg(where, MessageText::formatBytes(reply.sizeCap),
                    MessageText::formatBytes(seen)));
    }

    const qsizetype first = firstNonSpace(body);
    if (first < 0) {
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
            joinSentences(
                PrometheusDecoder::tr("%1 answered %2 with an empty body.").arg(where, statusLabel(status)),
                adviceFor(QString(), status, QString())));
    }

    const QByteArray contentType = reply.contentType.toLower();
    const char lead = body.at(first);
    if (lead == '<' || contentType.contains("html")) {
        const QString title = MessageText::htmlTitle(body.left(256 * 1024));
        const QString page = title.isEmpty() ? PrometheusDecoder::tr("an HTML page without a title")
                                             : PrometheusDecoder::tr("an HTML page titled \"%1\"").arg(title);
        const FetchFailure failure = isAuthStatus(status) ? FetchFailure::Auth
            : isSuccessStatus(status)                    ? FetchFailure::NotPrometheus
                                                         : FetchFailure::Http;
        return fail(failure,
            PrometheusDecoder::tr("The answer from %1 is %2 (%3), not Prometheus JSON. It is "
                                  "probably a proxy, login or error page: check the URL, the path "
                                  "prefix and the authentication settings.")
                .arg(where, page, statusLabel(status)));
    }

    // Prometheus answers are objects; a Content-Type of JSON on "404 page not found" is a proxy's mistake.
    if (lead != '{' && lead != '[') {
        const QString text = snippet(body.mid(first, kSnippetChars * 4));
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
                PrometheusDecoder::tr(
                    "The answer from %1 is plain text, not Prometheus JSON (%2: \"%3\"). %4")
                    .arg(where, statusLabel(status), text, prefixAdvice()));
        default:
            if (status == 404)
                return fail(FetchFailure::Http,
                    PrometheusDecoder::tr("%1 was not found (HTTP 404: \"%2\"). %3")
                        .arg(where, text, prefixAdvice()));
            return fail(FetchFailure::Http,
                joinSentences(
                    PrometheusDecoder::tr("%1 answered %2: \"%3\".").arg(where, statusLabel(status), text),
                    adviceFor(QString(), status, text)));
        }
    }

    JsonCursor cursor(body, first);
    if (lead == '[') {
        if (!cursor.skipValue() || !cursor.expectEnd())
            return fail(FetchFailure::Malformed, syntaxMessage(reply, cursor));
        const FetchFailure failure = failureForBareStatus(status);
        return fail(failure,
            PrometheusDecoder::tr("The answer from %1 is JSON but not a Prometheus answer (%2): the "
                                  "top level is an array, expected an object with a \"status\" "
                                  "field. %3")
                .arg(where, statusLabel(status), prefixAdvice()));
    }

    Envelope envelope;
    JsonCursor::Kind statusKind = JsonCursor::Kind::End; // End: no "status" member
    QString statusText;
    QString errorType;
    QString errorText;
    QString detail; // "message", "msg" or "detail" of a gateway's own JSON
    const bool valid = cursor.readObject([&](QByteArrayView name) {
        const JsonCursor::Kind kind = cursor.peek();
        if (nameIs(name, "status")) {
            statusKind = kind;
            return kind == JsonCursor::Kind::String ? cursor.readString(&statusText) : cursor.skipValue();
        }
        if (nameIs(name, "errorType")) {
            if (kind == JsonCursor::Kind::String)
                return cursor.readString(&errorType);
            if (kind == JsonCursor::Kind::Number) { // VictoriaMetrics spells the status as a number at times
                double number = 0;
                if (!cursor.readNumber(&number))
                    return false;
                errorType = QString::number(qint64(number));
                return true;
            }
            return cursor.skipValue();
        }
        if (nameIs(name, "error"))
            return kind == JsonCursor::Kind::String ? cursor.readString(&errorText) : cursor.skipValue();
        if (nameIs(name, "message") || nameIs(name, "msg") || nameIs(name, "detail")) {
            if (kind == JsonCursor::Kind::String && detail.isEmpty())
                return cursor.readString(&detail);
            return cursor.skipValue();
        }
        if (nameIs(name, "warnings") || nameIs(name, "infos")) {
            const QString field = QString::fromUtf8(name);
            if (kind == JsonCursor::Kind::Null)
                return cursor.skipValue();
            if (kind != JsonCursor::Kind::Array) {
                envelope.warnings << PrometheusDecoder::tr(
                    "The \"%1\" field of the answer from %2 is %3, expected a "
                    "list of texts; it was ignored.")
                                         .arg(field, where, JsonCursor::kindName(kind));
                return cursor.skipValue();
            }
            return cursor.readArray([&](qsizetype) {
                if (cursor.peek() == JsonCursor::Kind::String) {
                    QString warning;
                    if (!cursor.readString(&warning))
                        return false;
                    envelope.warnings << warning;
                    return true;
                }
                const qsizetype start = cursor.offset();
                if (!cursor.skipValue())
                    return false;
                envelope.warnings << QString::fromUtf8(body.mid(start, cursor.offset() - start));
                return true;
            });
        }
        if (nameIs(name, "data")) {
            envelope.dataOffset = cursor.offset(); // peek() skipped the whitespace
            if (readData && statusKind == JsonCursor::Kind::String
                && statusText == QLatin1String("success")) {
                envelope.dataRead = true;
                return readData(cursor);
            }
        }
        return cursor.skipValue();
    });
    if (!valid || !cursor.expectEnd()) {
        if (!cursor.hasError() && envelope.dataRead)
            return fail(FetchFailure::Malformed, QString()); // the data reader has the message
        return fail(FetchFailure::Malformed, syntaxMessage(reply, cursor));
    }

    if (statusKind == JsonCursor::Kind::End) {
        // Proxies and gateways answer their own JSON ({"message": "Unauthorized"}).
        const QString said = !errorText.isEmpty() ? errorText : detail;
        const QString base = said.isEmpty()
            ? PrometheusDecoder::tr(
                "The answer from %1 is JSON without a \"status\" field (%2), so it is not a "
                "Prometheus API answer.")
                  .arg(where, statusLabel(status))
            : PrometheusDecoder::tr(
                "The answer from %1 is JSON without a \"status\" field (%2: \"%3\"), so it is "
                "not a Prometheus API answer.")
                  .arg(where, statusLabel(status), snippet(said.toUtf8()));
        const FetchFailure failure = failureForBareStatus(status);
        return fail(
            failure, joinSentences(base, failure == FetchFailure::Auth ? authAdvice() : prefixAdvice()));
    }
    if (statusKind != JsonCursor::Kind::String) {
        return fail(FetchFailure::Malformed,
            PrometheusDecoder::tr("The answer from %1 has an unexpected shape at "
                                  "status: %2, expected \"success\" or \"error\".")
                .arg(where, JsonCursor::kindName(statusKind)));
    }
    if (statusText == QLatin1String("error")) {
        bool numeric = false;
        errorType.toInt(&numeric);
        const QString kind = errorType.isEmpty() ? PrometheusDecoder::tr("an error")
            : numeric                            ? PrometheusDecoder::tr("error %1").arg(errorType)
                                                 : errorType;
        QString message = errorText.isEmpty()
            ? PrometheusDecoder::tr("%1 answered %2 (%3) without an error message.")
                  .arg(where, kind, statusLabel(status))
            : PrometheusDecoder::tr("%1 answered %2 (%3): %4")
                  .arg(where, kind, statusLabel(status), errorText);
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        return fail(
            FetchFailure::Api, joinSentences(message, adviceFor(errorType, status, errorText)), errorType);
    }
    if (statusText != QLatin1String("success")) {
        return fail(FetchFailure::Malformed,
            PrometheusDecoder::tr("The answer from %1 has status \"%2\"; expected \"success\" or \"error\".")
                .arg(where, snippet(statusText.toUtf8())));
    }
    return envelope;
}

// Builds "data.result[3].values[17][1]" only when a message needs it.
struct JsonPath
{
    qsizetype series = -1;
    const char *field = nullptr; // "metric", "value", "values"
    QString label;
    qsizetype sample = -1;
    qsizetype element = -1;

    QString toString() const
    {
        QString path = QStringLiteral("data.result");
        if (series >= 0)
            path += QLatin1Char('[') + QString::number(series) + QLatin1Char(']');
        if (field)
            path += QLatin1Char('.') + QLatin1String(field);
        if (!label.isEmpty())
            path += QLatin1Char('.') + label;
        if (sample >= 0)
            path += QLatin1Char('[') + QString::number(sample) + QLatin1Char(']');
        if (element >= 0)
            path += QLatin1Char('[') + QString::number(element) + QLatin1Char(']');
        return path;
    }
};

// Walks `data` of a query answer straight into PromQueryResult.
class QueryReader
{
public:
    explicit QueryReader(const PromHttpReply &reply)
        : m_reply(reply)
        , m_where(MessageText::displayUrl(reply.url))
    { }

    bool read(qsizetype dataOffset, PromQueryResult *result)
    {
        if (dataOffset < 0)
            return shapeError(
                QStringLiteral("data"), PrometheusDecoder::tr("missing"), PrometheusDecoder::tr("an object"));
        JsonCursor cursor(m_reply.body, dataOffset);
        return readData(cursor, result);
    }

    bool readData(JsonCursor &cursor, PromQueryResult *result)
    {
        const JsonCursor::Kind kind = cursor.peek();
        if (kind != JsonCursor::Kind::Object)
            return shapeError(
                QStringLiteral("data"), JsonCursor::kindName(kind), PrometheusDecoder::tr("an object"));

        bool haveType = false;
        bool haveResult = false;
        qsizetype deferredResult = -1; // "result" came before "resultType"
        const bool ok = cursor.readObject([&](QByteArrayView name) {
            if (nameIs(name, "resultType")) {
                const JsonCursor::Kind typeKind = cursor.peek();
                QString type;
                if (typeKind != JsonCursor::Kind::String)
                    return shapeError(
                        QStringLiteral("data.resultType"), JsonCursor::kindName(typeKind), expectedTypes());
                if (!cursor.readString(&type))
                    return false;
                if (type == QLatin1String("vector"))
                    result->resultType = PromQueryResult::Type::Vector;
                else if (type == QLatin1String("matrix"))
                    result->resultType = PromQueryResult::Type::Matrix;
                else if (type == QLatin1String("scalar"))
                    result->resultType = PromQueryResult::Type::Scalar;
                else if (type == QLatin1String("string"))
                    result->resultType = PromQueryResult::Type::String;
                else
                    return shapeError(
                        QStringLiteral("data.resultType"), quoted(type.toUtf8()), expectedTypes());
                haveType = true;
                return true;
            }
            if (nameIs(name, "result")) {
                haveResult = true;
                if (haveType)
                    return readResult(cursor, result);
                deferredResult = cursor.offset();
                return cursor.skipValue();
            }
            return cursor.skipValue();
        });
        if (!ok)
            return failedOn(cursor);
        if (!haveType)
            return shapeError(
                QStringLiteral("data.resultType"), PrometheusDecoder::tr("missing"), expectedTypes());
        if (!haveResult)
            return shapeError(QStringLiteral("data.result"), PrometheusDecoder::tr("missing"),
                PrometheusDecoder::tr("the result"));
        if (deferredResult >= 0) {
            JsonCursor later(m_reply.body, deferredResult);
            if (!readResult(later, result))
                return failedOn(later);
        }
        return true;
    }

    QString errorString() const { return m_error; }

private:
    static QString expectedTypes()
    {
        return PrometheusDecoder::tr("\"vector\", \"matrix\", \"scalar\" or \"string\"");
    }
    static QString expectedSample() { return PrometheusDecoder::tr("[time, \"value\"]"); }

    bool failedOn(const JsonCursor &cursor)
    {
        if (m_error.isEmpty()) // a syntax error: the envelope pass validated, so only in theory
            m_error = syntaxMessage(m_reply, cursor);
        return false;
    }

    bool shapeError(const QString &path, const QString &found, const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = PrometheusDecoder::tr(
                "The answer from %1 has an unexpected shape at %2: %3, expected %4. The "
                "server does not speak the Prometheus API as RouteDeck expects; check the "
                "URL and the path prefix.")
                          .arg(m_where, path, found, expected);
        return false;
    }

    static QString arrayOf(qsizetype count)
    {
        return count == 1 ? PrometheusDecoder::tr("an array of 1 element")
                          : PrometheusDecoder::tr("an array of %1 elements").arg(count);
    }

    bool readResult(JsonCursor &cursor, PromQueryResult *result)
    {
        switch (result->resultType) {
        case PromQueryResult::Type::Vector:
            return readSeriesList(cursor, false, result);
        case PromQueryResult::Type::Matrix:
            return readSeriesList(cursor, true, result);
        case PromQueryResult::Type::Scalar:
            return readSample(cursor, JsonPath(), &result->scalar);
        case PromQueryResult::Type::String:
            return readStringResult(cursor, result);
        }
        return false;
    }

    bool readTime(JsonCursor &cursor, JsonPath path, double *time)
    {
        path.element = 0;
        const JsonCursor::Kind kind = cursor.peek();
        if (kind == JsonCursor::Kind::Number)
            return cursor.readNumber(time);
        if (kind == JsonCursor::Kind::String) {
            QByteArrayView text;
            if (!cursor.readStringView(&text, &m_scratch))
                return false;
            const std::optional<double> parsed = parseValueBytes(text);
            if (parsed && std::isfinite(*parsed)) {
                *time = *parsed;
                return true;
            }
            return shapeError(path.toString(), quoted(text), PrometheusDecoder::tr("a time in seconds"));
        }
        return shapeError(
            path.toString(), JsonCursor::kindName(kind), PrometheusDecoder::tr("a time in seconds"));
    }

    bool readValue(JsonCursor &cursor, JsonPath path, double *value)
    {
        path.element = 1;
        const JsonCursor::Kind kind = cursor.peek();
        if (kind == JsonCursor::Kind::String) {
            QByteArrayView text;
            if (!cursor.readStringView(&text, &m_scratch))
                return false;
            if (const std::optional<double> parsed = parseValueBytes(text)) {
                *value = *parsed;
                return true;
            }
            return shapeError(path.toString(), quoted(text),
                PrometheusDecoder::tr("a number as text such as \"0.25\", \"NaN\" or \"+Inf\""));
        }
        if (kind == JsonCursor::Kind::Number)
            return cursor.readNumber(value);
        return shapeError(path.toString(), JsonCursor::kindName(kind),
            PrometheusDecoder::tr("a number as text such as \"0.25\", \"NaN\" or \"+Inf\""));
    }

    // [time, "value"]
    bool readSample(JsonCursor &cursor, const JsonPath &path, PromSample *sample)
    {
        const JsonCursor::Kind kind = cursor.peek();
        if (kind != JsonCursor::Kind::Array)
            return shapeError(path.toString(), JsonCursor::kindName(kind), expectedSample());
        qsizetype count = 0;
        const bool ok = cursor.readArray([&](qsizetype index) {
            count = index + 1;
            if (index == 0)
                return readTime(cursor, path, &sample->time);
            if (index == 1)
                return readValue(cursor, path, &sample->value);
            return cursor.skipValue();
        });
        if (!ok)
            return false;
        if (count != 2)
            return shapeError(path.toString(), arrayOf(count), expectedSample());
        return true;
    }

    bool readStringResult(JsonCursor &cursor, PromQueryResult *result)
    {
        const JsonPath path;
        const JsonCursor::Kind kind = cursor.peek();
        if (kind != JsonCursor::Kind::Array)
            return shapeError(
                path.toString(), JsonCursor::kindName(kind), PrometheusDecoder::tr("[time, \"text\"]"));
        qsizetype count = 0;
        const bool ok = cursor.readArray([&](qsizetype index) {
            count = index + 1;
            if (index == 0)
                return readTime(cursor, path, &result->scalar.time);
            if (index == 1) {
                const JsonCursor::Kind textKind = cursor.peek();
                if (textKind != JsonCursor::Kind::String) {
                    JsonPath at = path;
                    at.element = 1;
                    return shapeError(
                        at.toString(), JsonCursor::kindName(textKind), PrometheusDecoder::tr("a string"));
                }
                return cursor.readString(&result->stringValue);
            }
            return cursor.skipValue();
        });
        if (!ok)
            return false;
        if (count != 2)
            return shapeError(path.toString(), arrayOf(count), PrometheusDecoder::tr("[time, \"text\"]"));
        return true;
    }

    bool readLabels(JsonCursor &cursor, JsonPath path, PromLabels *labels)
    {
        path.field = "metric";
        const JsonCursor::Kind kind = cursor.peek();
        if (kind == JsonCursor::Kind::Null)
            return cursor.skipValue(); // `{}` spelled differently
        if (kind != JsonCursor::Kind::Object)
            return shapeError(path.toString(), JsonCursor::kindName(kind),
                PrometheusDecoder::tr("an object of label names and values"));
        return cursor.readObject([&](QByteArrayView name) {
            const QString label = QString::fromUtf8(name); // before the next read reuses the buffer
            const JsonCursor::Kind valueKind = cursor.peek();
            if (valueKind != JsonCursor::Kind::String) {
                path.label = label;
                return shapeError(
                    path.toString(), JsonCursor::kindName(valueKind), PrometheusDecoder::tr("a string"));
            }
            QByteArrayView value;
            if (!cursor.readStringView(&value, &m_scratch))
                return false;
            labels->insert(label, QString::fromUtf8(value));
            return true;
        });
    }

    bool readSeriesList(JsonCursor &cursor, bool matrix, PromQueryResult *result)
    {
        const JsonCursor::Kind kind = cursor.peek();
        if (kind
            == JsonCursor::Kind::Null) // VictoriaMetrics and old Prometheus versions send null for "none"
            return cursor.skipValue();
        if (kind != JsonCursor::Kind::Array)
            return shapeError(QStringLiteral("data.result"), JsonCursor::kindName(kind),
                PrometheusDecoder::tr("an array of series"));

        QHash<QString, qsizetype> firstIndexByKey;
        QList<QString> duplicateKeys; // in order of first duplicate
        QHash<QString, int> duplicateCounts;
        int histogramSeries = 0;
        const char *samplesKey = matrix ? "values" : "value";
        const char *histogramKey = matrix ? "histograms" : "histogram";

        const bool ok = cursor.readArray([&](qsizetype index) {
            JsonPath path;
            path.series = index;
            const JsonCursor::Kind seriesKind = cursor.peek();
            if (seriesKind != JsonCursor::Kind::Object)
                return shapeError(path.toString(), JsonCursor::kindName(seriesKind),
                    PrometheusDecoder::tr("an object with \"metric\" and \"%1\"")
                        .arg(QLatin1String(samplesKey)));
            PromSeries series;
            bool haveSamples = false;
            bool haveHistogram = false;
            const bool seriesOk = cursor.readObject([&](QByteArrayView name) {
                if (nameIs(name, "metric"))
                    return readLabels(cursor, path, &series.labels);
                if (nameIs(name, samplesKey)) {
                    haveSamples = true;
                    JsonPath at = path;
                    at.field = samplesKey;
                    if (!matrix) {
                        series.samples.resize(1);
                        return readSample(cursor, at, &series.samples[0]);
                    }
                    const JsonCursor::Kind samplesKind = cursor.peek();
                    if (samplesKind != JsonCursor::Kind::Array)
                        return shapeError(at.toString(), JsonCursor::kindName(samplesKind),
                            PrometheusDecoder::tr("an array of [time, \"value\"]"));
                    series.samples.clear();
                    return cursor.readArray([&](qsizetype sampleIndex) {
                        at.sample = sampleIndex;
                        series.samples.append(PromSample());
                        return readSample(cursor, at, &series.samples.last());
                    });
                }
                if (nameIs(name, histogramKey))
                    haveHistogram = true;
                return cursor.skipValue();
            });
            if (!seriesOk)
                return false;
            if (!haveSamples) {
                if (haveHistogram) {
                    ++histogramSeries;
                    return true;
                }
                path.field = samplesKey;
                return shapeError(path.toString(), PrometheusDecoder::tr("missing"), expectedSample());
            }

            const QString key = labelKey(series.labels);
            if (firstIndexByKey.contains(key)) {
                if (!duplicateCounts.contains(key))
                    duplicateKeys << key;
                duplicateCounts[key] += 1;
                return true;
            }
            firstIndexByKey.insert(key, result->series.size());
            result->series.append(std::move(series));
            return true;
        });
        if (!ok)
            return false;

        if (histogramSeries > 0) {
            result->warnings << PrometheusDecoder::tr(
                "Native histograms in the answer from %1 (%2 series) were left "
                "out: RouteDeck does not read them. Query classic histogram "
                "buckets (le) instead.")
                                    .arg(m_where)
                                    .arg(histogramSeries);
        }
        for (qsizetype d = 0; d < duplicateKeys.size() && d < kMaxDuplicateWarnings; ++d) {
            const QString &key = duplicateKeys.at(d);
            const PromSeries &kept = result->series.at(firstIndexByKey.value(key));
            result->warnings << PrometheusDecoder::tr(
                "The answer from %1 has %2 more series with the labels %3; "
                "RouteDeck kept the first. Check that the query's aggregation "
                "keeps the labels that tell series apart.")
                                    .arg(m_where)
                                    .arg(duplicateCounts.value(key))
                                    .arg(PrometheusDecoder::labelsToString(kept.labels));
        }
        if (duplicateKeys.size() > kMaxDuplicateWarnings) {
            const qsizetype more = duplicateKeys.size() - kMaxDuplicateWarnings;
            result->warnings << (more == 1
                    ? PrometheusDecoder::tr("The answer from %1 has duplicated series for 1 "
                                            "more label set.")
                          .arg(m_where)
                    : PrometheusDecoder::tr("The answer from %1 has duplicated series for %2 "
                                            "more label sets.")
                          .arg(m_where)
                          .arg(more));
        }
        return true;
    }

    static QString labelKey(const PromLabels &labels)
    {
        QString key;
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
            key += it.key();
            key += QChar(0x1);
            key += it.value();
            key += QChar(0x2);
        }
        return key;
    }

    const PromHttpReply &m_reply;
    QString m_where;
    QString m_error;
    QByteArray m_scratch;
};

} // namespace

PromResponse PrometheusDecoder::decodeQuery(const PromHttpReply &reply)
{
    PromResponse response;
    response.httpStatus = reply.httpStatus;
    response.url = reply.url;
    response.bodyBytes = reply.body.size();

    QueryReader reader(reply);
    PromQueryResult result;
    const Envelope envelope = readEnvelope(
        reply, [&reader, &result](JsonCursor &cursor) { return reader.readData(cursor, &result); });
    if (!envelope.ok()) {
        response.failure = envelope.failure;
        response.errorType = envelope.errorType;
        response.errorString = envelope.errorString;
        if (response.errorString.isEmpty()) {
            // The data reader stopped at a shape error before the rest was validated. A document that
            // is not even valid JSON (cut off, garbage) is reported as such: that is the real cause.
            JsonCursor validator(reply.body, firstNonSpace(reply.body));
            const bool valid = validator.skipValue() && validator.expectEnd();
            response.errorString = valid ? reader.errorString() : syntaxMessage(reply, validator);
        }
        return response;
    }
    if (!envelope.dataRead && !reader.read(envelope.dataOffset, &result)) {
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
    const Envelope envelope = readEnvelope(reply);
    if (!envelope.ok()) {
        info.failure = envelope.failure;
        info.errorString = envelope.errorString;
        return info;
    }
    JsonCursor cursor(reply.body, std::max<qsizetype>(0, envelope.dataOffset));
    const JsonCursor::Kind kind = envelope.dataOffset < 0 ? JsonCursor::Kind::End : cursor.peek();
    if (kind != JsonCursor::Kind::Object) {
        info.failure = FetchFailure::Malformed;
        info.errorString
            = tr("The answer from %1 has an unexpected shape at data: %2, expected an object with "
                 "\"version\".")
                  .arg(MessageText::displayUrl(reply.url),
                      kind == JsonCursor::Kind::End ? tr("missing") : JsonCursor::kindName(kind));
        return info;
    }
    cursor.readObject([&](QByteArrayView name) {
        const bool text = cursor.peek() == JsonCursor::Kind::String;
        if (text && nameIs(name, "version"))
            return cursor.readString(&info.version);
        if (text && nameIs(name, "revision"))
            return cursor.readString(&info.revision);
        return cursor.skipValue();
    });
    if (info.version.isEmpty())
        info.version = QStringLiteral("unknown");
    info.ok = true;
    return info;
}

// The metadata answers (targets, label names) are small: the envelope's checks, then QJsonDocument.
// `data` is the answer's "data" member; false with `error` set when the envelope says it failed.
static bool metadataAnswer(const PromHttpReply &reply, QJsonValue *data, QString *error)
{
    const Envelope envelope = readEnvelope(reply);
    if (!envelope.ok()) {
        *error = envelope.errorString;
        return false;
    }
    *data = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("data"));
    return true;
}

PromTargets PrometheusDecoder::decodeTargets(const PromHttpReply &reply)
{
    PromTargets result;
    QJsonValue data;
    if (!metadataAnswer(reply, &data, &result.errorString))
        return result;
    const QJsonValue active = data.toObject().value(QLatin1String("activeTargets"));
    if (!active.isArray()) {
        result.errorString = tr("The answer from %1 has no data.activeTargets list.").arg(MessageText::displayUrl(reply.url));
        return result;
    }
    for (const QJsonValue &value : active.toArray()) {
        const QJsonObject target = value.toObject();
        result.targets.append({ target.value(QLatin1String("labels")).toObject().value(QLatin1String("job")).toString(),
            target.value(QLatin1String("scrapeUrl")).toString(), target.value(QLatin1String("health")).toString(),
            target.value(QLatin1String("lastError")).toString() });
    }
    result.ok = true;
    return result;
}

PromLabelNames PrometheusDecoder::decodeLabelNames(const PromHttpReply &reply)
{
    PromLabelNames result;
    QJsonValue data;
    if (!metadataAnswer(reply, &data, &result.errorString))
        return result;
    if (!data.isArray()) {
        result.errorString = tr("The answer from %1 has no data list of label names.").arg(MessageText::displayUrl(reply.url));
        return result;
    }
    for (const QJsonValue &name : data.toArray()) {
        if (name.isString())
            result.names.append(name.toString());
    }
    result.ok = true;
    return result;
}

std::optional<double> PrometheusDecoder::parseValue(QStringView text)
{
    if (text.size() > 64)
        return std::nullopt;
    return parseValueBytes(text.toLatin1());
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
