// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An independent reader of the Prometheus text exposition format 0.0.4 for the simulator's tests:
// returns the first rule a scrape breaks, or an empty string.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <cmath>

namespace RouteDeck::Test {

struct ExpositionSample
{
    QByteArray name;
    QMap<QByteArray, QByteArray> labels; // unescaped
    double value = 0;
};

// Parses `name{a="x",b="y"} 1.5`; false on any syntax error.
inline bool parseSampleLine(const QByteArray &line, ExpositionSample *sample)
{
    qsizetype i = 0;
    const auto isNameChar = [](char c, bool first) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
            || (!first && c >= '0' && c <= '9');
    };
    while (i < line.size() && isNameChar(line.at(i), i == 0))
        ++i;
    if (i == 0)
        return false;
    sample->name = line.left(i);
    sample->labels.clear();
    if (i < line.size() && line.at(i) == '{') {
        ++i;
        while (i < line.size() && line.at(i) != '}') {
            const qsizetype start = i;
            while (i < line.size() && isNameChar(line.at(i), i == start))
                ++i;
            const QByteArray label = line.mid(start, i - start);
            if (label.isEmpty() || i + 1 >= line.size() || line.at(i) != '=' || line.at(i + 1) != '"')
                return false;
            i += 2;
            QByteArray value;
            for (;;) {
                if (i >= line.size())
                    return false;
                const char c = line.at(i++);
                if (c == '"')
                    break;
                if (c == '\\') {
                    if (i >= line.size())
                        return false;
                    const char e = line.at(i++);
                    if (e == 'n')
                        value += '\n';
                    else if (e == '\\' || e == '"')
                        value += e;
                    else
                        return false;
                } else {
                    value += c;
                }
            }
            if (sample->labels.contains(label))
                return false;
            sample->labels.insert(label, value);
            if (i < line.size() && line.at(i) == ',')
                ++i;
        }
        if (i >= line.size())
            return false;
        ++i; // '}'
    }
    if (i >= line.size() || line.at(i) != ' ')
        return false;
    const QByteArray valueText = line.mid(i + 1);
    if (valueText == "+Inf") {
        sample->value = INFINITY;
        return true;
    }
    if (valueText == "-Inf") {
        sample->value = -INFINITY;
        return true;
    }
    if (valueText == "NaN") {
        sample->value = NAN;
        return true;
    }
    bool ok = false;
    sample->value = valueText.toDouble(&ok);
    return ok;
}

inline QByteArray seriesKey(QMap<QByteArray, QByteArray> labels)
{
    labels.remove("le");
    QByteArray key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        key += it.key() + '=' + it.value() + '\x1f';
    return key;
}

inline QString checkExposition(const QByteArray &text)
{
    if (text.isEmpty() || !text.endsWith('\n'))
        return QStringLiteral("the exposition must end with a newline");
    QSet<QByteArray> helped;
    QSet<QByteArray> typed;
    QSet<QByteArray> finished;
    QHash<QByteArray, QByteArray> types;
    QByteArray current;
    struct Histogram
    {
        double lastLe = -INFINITY;
        double lastCount = 0;
        bool sawInf = false;
        double infCount = -1;
        double count = -1;
        bool sawSum = false;
    };
    QHash<QByteArray, Histogram> histograms; // family + series key
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const QString where = QStringLiteral("line %1: ").arg(n + 1);
        if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
            const QList<QByteArray> parts = line.mid(7).split(' ');
            const QByteArray family = parts.value(0);
            if (family.isEmpty())
                return where + QStringLiteral("HELP/TYPE without a metric name");
            if (family != current) {
                if (finished.contains(family))
                    return where
                        + QStringLiteral("family %1 appears in two groups").arg(QString::fromUtf8(family));
                if (!current.isEmpty())
                    finished.insert(current);
                current = family;
            }
            if (line.startsWith("# HELP ")) {
                if (helped.contains(family))
                    return where + QStringLiteral("second HELP for %1").arg(QString::fromUtf8(family));
                helped.insert(family);
            } else {
                if (typed.contains(family))
                    return where + QStringLiteral("second TYPE for %1").arg(QString::fromUtf8(family));
                const QByteArray type = parts.value(1);
                if (type != "counter" && type != "gauge" && type != "histogram")
                    return where + QStringLiteral("unknown type %1").arg(QString::fromUtf8(type));
                if (type == "counter" && !family.endsWith("_total"))
                    return where
                        + QStringLiteral("counter %1 does not end in _total").arg(QString::fromUtf8(family));
                typed.insert(family);
                types.insert(family, type);
            }
            continue;
        }
        if (line.startsWith('#'))
            continue;
        ExpositionSample sample;
        if (!parseSampleLine(line, &sample))
            return where + QStringLiteral("not a valid sample: %1").arg(QString::fromUtf8(line.left(200)));
        QByteArray family = sample.name;
        const QByteArray type = types.value(current);
        if (type == "histogram") {
            for (const char *suffix : { "_bucket", "_count", "_sum" }) {
                if (family.endsWith(suffix)
                    && family.left(family.size() - qsizetype(strlen(suffix))) == current)
                    family = current;
            }
        }
        if (family != current || !typed.contains(current))
            return where
                + QStringLiteral("sample %1 outside its family's group (TYPE first, one group per family)")
                      .arg(QString::fromUtf8(sample.name));
        if (type != "histogram")
            continue;
        Histogram &h = histograms[current + '\x1e' + seriesKey(sample.labels)];
        if (sample.name.endsWith("_bucket")) {
            if (!sample.labels.contains("le"))
                return where + QStringLiteral("bucket without le");
            const QByteArray leText = sample.labels.value("le");
            const double le = leText == "+Inf" ? INFINITY : leText.toDouble();
            if (h.sawInf || le <= h.lastLe)
                return where + QStringLiteral("buckets not in ascending le order");
            if (sample.value < h.lastCount)
                return where + QStringLiteral("buckets are not cumulative");
            h.lastLe = le;
            h.lastCount = sample.value;
            if (std::isinf(le)) {
                h.sawInf = true;
                h.infCount = sample.value;
            }
        } else if (sample.name.endsWith("_count")) {
            if (!h.sawInf)
                return where + QStringLiteral("_count before the +Inf bucket");
            if (sample.value != h.infCount)
                return where
                    + QStringLiteral("_count %1 differs from the +Inf bucket %2")
                          .arg(sample.value)
                          .arg(h.infCount);
            h.count = sample.value;
        } else if (sample.name.endsWith("_sum")) {
            h.sawSum = true;
        }
    }
    for (auto it = histograms.cbegin(); it != histograms.cend(); ++it) {
        if (!it->sawInf || it->count < 0 || !it->sawSum)
            return QStringLiteral("histogram series %1 lacks +Inf, _count or _sum")
                .arg(QString::fromUtf8(it.key().left(120)));
    }
    for (const QByteArray &family : std::as_const(typed)) {
        if (!helped.contains(family))
            return QStringLiteral("%1 has TYPE but no HELP").arg(QString::fromUtf8(family));
    }
    return {};
}

} // namespace RouteDeck::Test
