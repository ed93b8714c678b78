// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsregistry.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace RouteDeck {

MetricsRegistry::FamilyId MetricsRegistry::addFamily(const QByteArray &name, const QByteArray &help,
    Type type, const QList<QByteArray> &labelNames, const QList<double> &buckets)
{
    Family family;
    family.name = name;
    family.help = help;
    family.type = type;
    family.labelNames = labelNames;
    m_families.push_back(std::move(family));
    const FamilyId id = FamilyId(m_families.size() - 1);
    setBuckets(id, buckets);
    return id;
}

bool MetricsRegistry::setBuckets(FamilyId familyId, const QList<double> &buckets)
{
    if (familyId < 0 || size_t(familyId) >= m_families.size() || !m_families[size_t(familyId)].series.empty())
        return false;
    Family &family = m_families[size_t(familyId)];
    family.buckets.clear();
    for (double b : buckets) {
        if (std::isfinite(b))
            family.buckets.append(b);
    }
    std::sort(family.buckets.begin(), family.buckets.end());
    family.buckets.erase(std::unique(family.buckets.begin(), family.buckets.end()), family.buckets.end());
    return true;
}

QString MetricsRegistry::key(const QStringList &labelValues)
{
    return labelValues.join(QChar(0x1f));
}

MetricsRegistry::Series *MetricsRegistry::series(FamilyId familyId, const QStringList &labelValues)
{
    if (familyId < 0 || size_t(familyId) >= m_families.size())
        return nullptr;
    Family &family = m_families[size_t(familyId)];
    if (labelValues.size() != family.labelNames.size())
        return nullptr;
    const QString k = key(labelValues);
    const auto it = family.index.constFind(k);
    if (it != family.index.cend())
        return &family.series[size_t(*it)];
    // Label values can come from clients (agent names); a cap keeps a hostile client from growing
    // the exposition without bound.
    if (int(family.series.size()) >= m_maxSeriesPerFamily) {
        ++m_droppedSeries;
        return nullptr;
    }
    Series s;
    s.labelValues = labelValues;
    for (int i = 0; i < labelValues.size(); ++i) {
        if (i > 0)
            s.labelText += ',';
        s.labelText += family.labelNames.at(i) + "=\"" + escapeLabelValue(labelValues.at(i)) + '"';
    }
    if (family.type == Type::Histogram)
        s.buckets.assign(size_t(family.buckets.size()), 0);
    s.created = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    family.index.insert(k, int(family.series.size()));
    family.series.push_back(std::move(s));
    return &family.series.back();
}

const MetricsRegistry::Series *MetricsRegistry::findSeries(
    FamilyId familyId, const QStringList &labelValues) const
{
    if (familyId < 0 || size_t(familyId) >= m_families.size())
        return nullptr;
    const Family &family = m_families[size_t(familyId)];
    const auto it = family.index.constFind(key(labelValues));
    return it == family.index.cend() ? nullptr : &family.series[size_t(*it)];
}

void MetricsRegistry::add(FamilyId family, const QStringList &labelValues, double delta)
{
    if (Series *s = series(family, labelValues))
        s->value += delta;
}

void MetricsRegistry::set(FamilyId family, const QStringList &labelValues, double value)
{
    if (Series *s = series(family, labelValues))
        s->value = value;
}

void MetricsRegistry::observe(FamilyId familyId, const QStringList &labelValues, double value)
{
    Series *s = series(familyId, labelValues);
    if (!s || std::isnan(value))
        return;
    const QList<double> &bounds = m_families[size_t(familyId)].buckets;
    // le is "less than or equal": the first bound >= value.
    const auto it = std::lower_bound(bounds.cbegin(), bounds.cend(), value);
    if (it != bounds.cend())
        ++s->buckets[size_t(it - bounds.cbegin())];
    s->sum += value;
    ++s->count;
}

void MetricsRegistry::removeWhere(FamilyId familyId, const QByteArray &labelName, const QString &value)
{
    if (familyId < 0 || size_t(familyId) >= m_families.size())
        return;
    Family &family = m_families[size_t(familyId)];
    const int column = int(family.labelNames.indexOf(labelName));
    if (column < 0)
        return;
    const auto end = std::remove_if(family.series.begin(), family.series.end(),
        [&](const Series &s) { return s.labelValues.at(column) == value; });
    if (end == family.series.end())
        return;
    family.series.erase(end, family.series.end());
    family.index.clear();
    for (size_t i = 0; i < family.series.size(); ++i)
        family.index.insert(key(family.series[i].labelValues), int(i));
}

double MetricsRegistry::value(FamilyId family, const QStringList &labelValues) const
{
    const Series *s = findSeries(family, labelValues);
    if (!s)
        return 0;
    return m_families[size_t(family)].type == Type::Histogram ? double(s->count) : s->value;
}

int MetricsRegistry::seriesCount(FamilyId family) const
{
    if (family < 0 || size_t(family) >= m_families.size())
        return 0;
    return int(m_families[size_t(family)].series.size());
}

QByteArray MetricsRegistry::escapeLabelValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray MetricsRegistry::escapeHelp(const QByteArray &help)
{
    QByteArray out;
    for (char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray MetricsRegistry::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

QByteArray MetricsRegistry::formatBucketBound(double bound)
{
    if (std::isinf(bound))
        return QByteArrayLiteral("+Inf");
    QByteArray text = formatValue(bound);
    if (!text.contains('.') && !text.contains('e'))
        text += ".0";
    return text;
}

QList<MetricsRegistry::SeriesValue> MetricsRegistry::seriesValues(FamilyId family) const
{
    QList<SeriesValue> values;
    if (family < 0 || size_t(family) >= m_families.size())
        return values;
    const Family &f = m_families[size_t(family)];
    values.reserve(qsizetype(f.series.size()));
    for (const Series &s : f.series)
        values.append({ s.labelText, f.type == Type::Histogram ? double(s.count) : s.value });
    return values;
}

QByteArray MetricsRegistry::familyName(FamilyId family) const
{
    return family >= 0 && size_t(family) < m_families.size() ? m_families[size_t(family)].name : QByteArray();
}

QByteArray MetricsRegistry::familyHelp(FamilyId family) const
{
    return family >= 0 && size_t(family) < m_families.size() ? m_families[size_t(family)].help : QByteArray();
}

QByteArray MetricsRegistry::render() const
{
    QByteArray out;
    size_t estimate = 0;
    for (const Family &family : m_families)
        estimate += 256 + family.series.size() * (family.type == Type::Histogram ? 48 * 200 : 200);
    out.reserve(qsizetype(std::min<size_t>(estimate, 256 * 1024 * 1024)));

    for (const Family &family : m_families) {
        const QByteArray name = family.type == Type::Counter ? family.name + "_total" : family.name;
        const char *type = family.type == Type::Counter ? "counter"
            : family.type == Type::Gauge                ? "gauge"
                                                        : "histogram";
        out += "# HELP " + name + ' ' + escapeHelp(family.help) + '\n';
        out += "# TYPE " + name + ' ' + type + '\n';
        if (family.type != Type::Histogram) {
            for (const Series &s : family.series) {
                out += name;
                if (!s.labelText.isEmpty())
                    out += '{' + s.labelText + '}';
                out += ' ' + formatValue(s.value) + '\n';
            }
            if (family.type == Type::Counter)
                renderCreated(family, out);
            continue;
        }
        QList<QByteArray> bounds;
        for (double b : family.buckets)
            bounds.append(formatBucketBound(b));
        for (const Series &s : family.series) {
            const QByteArray prefix = s.labelText.isEmpty() ? QByteArray() : s.labelText + ',';
            quint64 cumulative = 0;
            for (qsizetype i = 0; i < bounds.size(); ++i) {
                cumulative += s.buckets[size_t(i)];
                out += name + "_bucket{" + prefix + "le=\"" + bounds.at(i) + "\"} "
                    + QByteArray::number(cumulative) + '\n';
            }
            out += name + "_bucket{" + prefix + "le=\"+Inf\"} " + QByteArray::number(s.count) + '\n';
            const QByteArray labels = s.labelText.isEmpty() ? QByteArray() : '{' + s.labelText + '}';
            out += name + "_count" + labels + ' ' + QByteArray::number(s.count) + '\n';
            out += name + "_sum" + labels + ' ' + formatValue(s.sum) + '\n';
        }
        renderCreated(family, out);
    }
    return out;
}

// As prometheus_client's generate_latest puts OpenMetrics' _created samples: a gauge family of its own.
void MetricsRegistry::renderCreated(const Family &family, QByteArray &out) const
{
    if (!m_exportCreated || family.series.empty())
        return;
    const QByteArray name = family.name + "_created";
    out += "# HELP " + name + ' ' + escapeHelp(family.help) + '\n';
    out += "# TYPE " + name + " gauge\n";
    for (const Series &s : family.series) {
        out += name;
        if (!s.labelText.isEmpty())
            out += '{' + s.labelText + '}';
        out += ' ' + formatValue(s.created) + '\n';
    }
}

} // namespace RouteDeck
