// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracelink.h"

#include <QDateTime>
#include <QRegularExpression>

#include <optional>

namespace RouteDeck {

namespace {

enum class Value { ModelId, Group, Rfc3339, UnixMs, UnixS, UnixUs };
enum class Time { None, Start, End };

struct Placeholder
{
    const char *name; // between the braces
    Value value;
    Time time;
};

constexpr Placeholder kPlaceholders[] = {
    { "model_id", Value::ModelId, Time::None }, { "group", Value::Group, Time::None },
    { "start", Value::Rfc3339, Time::Start },   { "end", Value::Rfc3339, Time::End },
    { "start_ms", Value::UnixMs, Time::Start }, { "end_ms", Value::UnixMs, Time::End },
    { "start_s", Value::UnixS, Time::Start },   { "end_s", Value::UnixS, Time::End },
    { "start_us", Value::UnixUs, Time::Start }, { "end_us", Value::UnixUs, Time::End },
};

struct Inputs
{
    const QString &modelId;
    const QString &group;
    const QDateTime &start;
    const QDateTime &end;
};

const Placeholder *findPlaceholder(QStringView name)
{
    for (const Placeholder &p : kPlaceholders) {
        if (name.compare(QLatin1String(p.name)) == 0)
            return &p;
    }
    return nullptr;
}

QString braced(const Placeholder &p)
{
    return QStringLiteral("{%1}").arg(QLatin1String(p.name));
}

// Names are percent-encoded so that a space, slash, quote, & or # in them cannot end a path segment or a
// query parameter; times have no character that needs it. nullopt: a time placeholder without a valid time.
std::optional<QString> valueOf(const Placeholder &p, const Inputs &in)
{
    switch (p.value) {
    case Value::ModelId:
        return QString::fromLatin1(QUrl::toPercentEncoding(in.modelId));
    case Value::Group:
        return QString::fromLatin1(QUrl::toPercentEncoding(in.group));
    case Value::Rfc3339:
    case Value::UnixMs:
    case Value::UnixS:
    case Value::UnixUs:
        break;
    }
    const QDateTime &time = p.time == Time::Start ? in.start : in.end;
    if (!time.isValid())
        return std::nullopt;
    switch (p.value) {
    case Value::Rfc3339:
        return time.toUTC().toString(Qt::ISODate); // seconds and a Z; the milliseconds are dropped
    case Value::UnixMs:
        return QString::number(time.toMSecsSinceEpoch());
    case Value::UnixS:
        return QString::number(time.toSecsSinceEpoch());
    case Value::UnixUs:
        return QString::number(time.toMSecsSinceEpoch() * 1000);
    case Value::ModelId:
    case Value::Group:
        break;
    }
    return std::nullopt;
}

// One pass from left to right, so a filled-in value is never scanned again, and a brace that does not
// open an exact placeholder (Grafana's JSON, a TraceQL selector) is copied as typed. `unfilled` gets the
// first placeholder that had no value.
QString fill(const QString &text, const Inputs &inputs, QString *unfilled)
{
    const QStringView view(text);
    QString result;
    result.reserve(text.size() + 64);
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0)
            break;
        result += view.mid(from, open - from);
        const Placeholder *placeholder = findPlaceholder(view.mid(open + 1, close - open - 1));
        const std::optional<QString> value = placeholder ? valueOf(*placeholder, inputs) : std::nullopt;
        if (placeholder && !value && unfilled->isEmpty())
            *unfilled = braced(*placeholder);
        if (value) {
            result += *value;
            from = close + 1;
        } else {
            result += QLatin1Char('{');
            from = open + 1;
        }
    }
    result += view.mid(from);
    return result;
}

// A Grafana template runs to hundreds of characters: messages show its start.
QString shown(const QString &text)
{
    constexpr qsizetype kMaxChars = 80;
    if (text.size() <= kMaxChars)
        return text;
    return text.left(kMaxChars) + QStringLiteral("…");
}

} // namespace

QUrl TraceLink::build(const QString &urlTemplate, const QString &modelId, const QString &group, const QDateTime &start,
                      const QDateTime &end, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    if (error)
        error->clear();

    const QString text = urlTemplate.trimmed();
    if (text.isEmpty())
        return fail(tr("No traces URL: set traces_url in the connection profile to a Jaeger, Tempo or Grafana "
                       "Explore link with {model_id}, {group}, {start} and {end} in it."));

    QString unfilled;
    const QString filled = fill(text, Inputs { modelId, group, start, end }, &unfilled);
    if (!unfilled.isEmpty())
        return fail(tr("traces_url in the connection profile uses %1, but there is no time range to fill in.").arg(unfilled));

    const QUrl url(filled, QUrl::TolerantMode);
    if (!url.isValid())
        return fail(tr("traces_url in the connection profile is not a valid URL (%1): %2").arg(url.errorString(), shown(text)));
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0
        && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return fail(tr("traces_url in the connection profile must start with http:// or https://: %1").arg(shown(text)));
    if (url.host().isEmpty())
        return fail(tr("traces_url in the connection profile names no host: %1").arg(shown(text)));
    return url;
}

QString TraceLink::validate(const QString &urlTemplate)
{
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QString error;
    build(urlTemplate, QStringLiteral("deployment-id"), QStringLiteral("group"), end.addSecs(-15 * 60), end, &error);
    if (!error.isEmpty())
        return error;

    // A {name} build() leaves alone is most likely a mistyped placeholder. Not Grafana's ${variable}, and
    // not JSON or TraceQL, whose braces hold quotes, spaces or operators.
    static const QRegularExpression candidate(QStringLiteral("(?<!\\$)\\{[a-z][a-z0-9_]*\\}"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QStringList known = placeholders();
    for (QRegularExpressionMatchIterator it = candidate.globalMatch(urlTemplate); it.hasNext();) {
        const QString name = it.next().captured(0);
        if (!known.contains(name))
            return tr("traces_url in the connection profile has %1, which RouteDeck does not fill in; it fills in %2.")
                .arg(name, known.join(QStringLiteral(", ")));
    }
    return {};
}

QStringList TraceLink::placeholders()
{
    QStringList names;
    for (const Placeholder &p : kPlaceholders)
        names.append(braced(p));
    return names;
}

} // namespace RouteDeck
