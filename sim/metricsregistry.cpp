// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsregistry.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

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

MetricsRegistry::SeriesRef MetricsRegistry::find(FamilyId familyId, const QStringList &labelValues)
{
    if (familyId < 0 || size_t(familyId) >= m_families.size())
        return {};
    Family &family = m_families[size_t(familyId)];
    if (labelValues.size() != family.labelNames.size())
        return {};
    const QString k = key(labelValues);
    const auto it = family.index.constFind(k);
    if (it != family.index.cend())
        return { familyId, *it };
    // Label values can come from clients (agent names); a cap keeps a hostile client from growing
    // the exposition without bound.
    if (int(family.series.size()) >= m_maxSeriesPerFamily) {
        ++m_droppedSeries;
        return {};
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
    return { familyId, int(family.series.size() - 1) };
}

MetricsRegistry::Series *MetricsRegistry::at(SeriesRef ref)
{
    if (!ref.isValid() || ref.family < 0 || size_t(ref.family) >= m_families.size())
        return nullptr;
    std::vector<Series> &series = m_families[size_t(ref.family)].series;
    return size_t(ref.index) < series.size() ? &series[size_t(ref.index)] : nullptr;
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
    add(find(family, labelValues), delta);
}

void MetricsRegistry::set(FamilyId family, const QStringList &labelValues, double value)
{
    set(find(family, labelValues), value);
}

void MetricsRegistry::observe(FamilyId family, const QStringList &labelValues, double value)
{
    observe(find(family, labelValues), value);
}

void MetricsRegistry::add(SeriesRef ref, double delta)
{
    if (Series *s = at(ref))
        s->value += delta;
}

void MetricsRegistry::set(SeriesRef ref, double value)
{
    if (Series *s = at(ref))
        s->value = value;
}

void MetricsRegistry::observe(SeriesRef ref, double value)
{
    Series *s = at(ref);
    if (!s || std::isnan(value))
        return;
    const QList<double> &bounds = m_families[size_t(ref.family)].buckets;
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
    ++m_generation; // series behind the removed ones moved: refs to them are stale
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

char *MetricsRegistry::formatValue(double value, char *buffer)
{
    const auto copy = [buffer](std::string_view text) { return std::copy(text.begin(), text.end(), buffer); };
    if (std::isnan(value))
        return copy("NaN");
    if (std::isinf(value))
        return copy(value > 0 ? "+Inf" : "-Inf");
    return std::to_chars(buffer, buffer + 64, value).ptr;
}

QByteArray MetricsRegistry::formatValue(double value)
{
    char buffer[64];
    return QByteArray(buffer, formatValue(value, buffer) - buffer);
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

// Writes the exposition into one buffer with plain copies: numbers go through a stack buffer, never a temporary
// QByteArray, and the buffer grows by doubling; finish() cuts it to what was written.
class MetricsRegistry::Exposition
{
public:
    explicit Exposition(QByteArray &out)
        : m_out(out)
    { }
    Exposition &operator<<(QByteArrayView text) { return write(text.data(), text.size()); }
    Exposition &operator<<(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    template <size_t N>
    Exposition &operator<<(const char (&literal)[N])
    {
        return write(literal, qsizetype(N - 1));
    }
    Exposition &operator<<(char c) { return write(&c, 1); }
    Exposition &operator<<(quint64 count)
    {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, count);
        return write(buffer, result.ptr - buffer);
    }
    Exposition &value(double value)
    {
        char buffer[64];
        return write(buffer, MetricsRegistry::formatValue(value, buffer) - buffer);
    }
    void finish() { m_out.resize(m_used); }

private:
    Exposition &write(const char *data, qsizetype size)
    {
        if (m_used + size > m_out.size())
            m_out.resize(std::max(m_out.size() * 2, m_used + size + 4096));
        std::memcpy(m_out.data() + m_used, data, size_t(size));
        m_used += size;
        return *this;
    }

    QByteArray &m_out;
    qsizetype m_used = 0;
};

QByteArray MetricsRegistry::render() const
{
    // The buffer keeps its capacity from one scrape to the next (unless a caller still holds the last one).
    size_t estimate = 0;
    for (const Family &family : m_families)
        estimate += 256 + family.series.size() * (family.type == Type::Histogram ? 48 * 200 : 200);
    m_buffer.resize(qsizetype(std::min<size_t>(estimate, 256 * 1024 * 1024)));
    Exposition out(m_buffer);

    for (const Family &family : m_families) {
        const QByteArray name = family.type == Type::Counter ? family.name + "_total" : family.name;
        const char *type = family.type == Type::Counter ? "counter"
            : family.type == Type::Gauge                ? "gauge"
                                                        : "histogram";
        out << "# HELP " << name << ' ' << escapeHelp(family.help) << '\n';
        out << "# TYPE " << name << ' ' << QByteArrayView(type) << '\n';
        if (family.type != Type::Histogram) {
            for (const Series &s : family.series) {
                out << name;
                if (!s.labelText.isEmpty())
                    out << '{' << s.labelText << '}';
                out << ' ';
                out.value(s.value) << '\n';
            }
            if (family.type == Type::Counter)
                renderCreated(family, out);
            continue;
        }
        QList<QByteArray> les; // le="0.005"} ... le="+Inf"}
        for (double b : family.buckets)
            les.append("le=\"" + formatBucketBound(b) + "\"} ");
        les.append("le=\"+Inf\"} ");
        const QByteArray count = name + "_count";
        const QByteArray sum = name + "_sum";
        for (const Series &s : family.series) {
            const bool labelled = !s.labelText.isEmpty();
            const QByteArray bucket = labelled ? QByteArray(name + "_bucket{" + s.labelText + ',') : name + "_bucket{";
            quint64 cumulative = 0;
            for (qsizetype i = 0; i < les.size(); ++i) {
                cumulative = size_t(i) < s.buckets.size() ? cumulative + s.buckets[size_t(i)] : s.count;
                out << bucket << les.at(i) << cumulative << '\n';
            }
            out << count;
            if (labelled)
                out << '{' << s.labelText << '}';
            out << ' ' << s.count << '\n';
            out << sum;
            if (labelled)
                out << '{' << s.labelText << '}';
            out << ' ';
            out.value(s.sum) << '\n';
        }
        renderCreated(family, out);
    }
    out.finish();
    return m_buffer;
}

// As prometheus_client's generate_latest puts OpenMetrics' _created samples: a gauge family of its own.
void MetricsRegistry::renderCreated(const Family &family, Exposition &out) const
{
    if (!m_exportCreated || family.series.empty())
        return;
    const QByteArray name = family.name + "_created";
    out << "# HELP " << name << ' ' << escapeHelp(family.help) << '\n';
    out << "# TYPE " << name << " gauge\n";
    for (const Series &s : family.series) {
        out << name;
        if (!s.labelText.isEmpty())
            out << '{' << s.labelText << '}';
        out << ' ';
        out.value(s.created) << '\n';
    }
}

} // namespace RouteDeck
