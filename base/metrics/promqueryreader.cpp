// SPDX-License-Identifier: GPL-3.0-or-later
#include "promqueryreader_p.h"

#include "messagetext.h"
#include "promenvelope_p.h"
#include "prometheusdecoder.h"

#include <QHash>
#include <charconv>
#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {

using Type = simdjson::dom::element_type;

QString expectedTypes()
{
    return PrometheusDecoder::tr("\"vector\", \"matrix\", \"scalar\" or \"string\"");
}

QString expectedSample()
{
    return PrometheusDecoder::tr("[time, \"value\"]");
}

QString expectedTime()
{
    return PrometheusDecoder::tr("a time in seconds within the years 1 to 9999");
}

// Finite, and a time the charts and QDateTime can show; false for NaN.
bool isSampleTime(double seconds)
{
    return seconds >= PromLimits::kEarliestSampleTime && seconds <= PromLimits::kLatestSampleTime;
}

QString expectedValueText()
{
    return PrometheusDecoder::tr("a number as text such as \"0.25\", \"NaN\" or \"+Inf\"");
}

QString arrayOf(qsizetype count)
{
    return count == 1 ? PrometheusDecoder::tr("an array of 1 element")
                      : PrometheusDecoder::tr("an array of %1 elements").arg(count);
}

QByteArrayView bytesOf(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

QString labelKey(const PromLabels &labels)
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

} // namespace

std::optional<double> parseSampleValue(std::string_view text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (!JsonSyntax::isNumber(bytesOf(text)))
        return std::nullopt;
    double value = 0;
    const auto [stop, status] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (status == std::errc::result_out_of_range) {
        // 1e999 is a valid number but not a double: saturate as strtod does (1e-999 -> 0).
        const bool tiny = text.find_first_of("eE") != std::string_view::npos
            && text.substr(text.find_first_of("eE") + 1).starts_with('-');
        const double magnitude = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        return text.starts_with('-') ? -magnitude : magnitude;
    }
    return status == std::errc() ? std::optional<double>(value) : std::nullopt;
}

// Builds "data.result[3].values[17][1]" only when a message needs it.
struct PromQueryReader::Path
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

// Series kept once per label set; what was left out, for the warnings.
struct PromQueryReader::SeriesTally
{
    QHash<QString, qsizetype> firstIndexByKey;
    QList<QString> duplicateKeys; // in order of first duplicate
    QHash<QString, int> duplicateCounts;
    int histogramSeries = 0;
};

PromQueryReader::PromQueryReader(const PromHttpReply &reply)
    : m_where(MessageText::displayUrl(reply.url))
{ }

bool PromQueryReader::readData(std::optional<simdjson::dom::element> data, PromQueryResult *result)
{
    if (!data)
        return shapeError(QStringLiteral("data"), PrometheusDecoder::tr("missing"), PrometheusDecoder::tr("an object"));
    if (data->type() != Type::OBJECT)
        return shapeError(QStringLiteral("data"), JsonReader::kindName(data->type()), PrometheusDecoder::tr("an object"));
    const simdjson::dom::object object(*data);
    const std::optional<simdjson::dom::element> type = PromJson::lastMember(object, "resultType");
    if (!type)
        return shapeError(QStringLiteral("data.resultType"), PrometheusDecoder::tr("missing"), expectedTypes());
    if (!readResultType(*type, result))
        return false;
    const std::optional<simdjson::dom::element> list = PromJson::lastMember(object, "result");
    if (!list)
        return shapeError(
            QStringLiteral("data.result"), PrometheusDecoder::tr("missing"), PrometheusDecoder::tr("the result"));
    return readResult(*list, result);
}

bool PromQueryReader::readResultType(simdjson::dom::element value, PromQueryResult *result)
{
    if (value.type() != Type::STRING)
        return shapeError(QStringLiteral("data.resultType"), JsonReader::kindName(value.type()), expectedTypes());
    const std::string_view type(value);
    if (type == "vector")
        result->resultType = PromQueryResult::Type::Vector;
    else if (type == "matrix")
        result->resultType = PromQueryResult::Type::Matrix;
    else if (type == "scalar")
        result->resultType = PromQueryResult::Type::Scalar;
    else if (type == "string")
        result->resultType = PromQueryResult::Type::String;
    else
        return shapeError(QStringLiteral("data.resultType"), PromText::quoted(bytesOf(type)), expectedTypes());
    return true;
}

bool PromQueryReader::readResult(simdjson::dom::element value, PromQueryResult *result)
{
    switch (result->resultType) {
    case PromQueryResult::Type::Vector:
        return readSeriesList(value, false, result);
    case PromQueryResult::Type::Matrix:
        return readSeriesList(value, true, result);
    case PromQueryResult::Type::Scalar:
        return readSample(value, Path(), &result->scalar);
    case PromQueryResult::Type::String:
        return readStringResult(value, result);
    }
    return false;
}

bool PromQueryReader::readSeriesList(simdjson::dom::element value, bool matrix, PromQueryResult *result)
{
    if (value.type() == Type::NULL_VALUE) // VictoriaMetrics and old Prometheus versions send null for "none"
        return true;
    if (value.type() != Type::ARRAY)
        return shapeError(QStringLiteral("data.result"), JsonReader::kindName(value.type()),
            PrometheusDecoder::tr("an array of series"));
    const simdjson::dom::array list(value);
    result->series.reserve(qsizetype(list.size())); // a hint: size() saturates at 2^24 - 1
    SeriesTally tally;
    Path path;
    for (const simdjson::dom::element entry : list) {
        ++path.series;
        PromSeries series;
        bool histogram = false;
        if (!readSeries(entry, path, matrix, &series, &histogram))
            return false;
        if (histogram) {
            ++tally.histogramSeries;
            continue;
        }
        const QString key = labelKey(series.labels);
        if (tally.firstIndexByKey.contains(key)) {
            if (!tally.duplicateCounts.contains(key))
                tally.duplicateKeys << key;
            tally.duplicateCounts[key] += 1;
            continue;
        }
        tally.firstIndexByKey.insert(key, result->series.size());
        result->series.append(std::move(series));
    }
    warnAboutSkippedSeries(tally, result);
    return true;
}

// {"metric": {...}, "value": [t, "v"]} or {"metric": {...}, "values": [[t, "v"], ...]}; a native
// histogram series (only "histogram"/"histograms") sets `histogram`. A repeated member is read once, the
// last (PromJson::lastMember).
bool PromQueryReader::readSeries(
    simdjson::dom::element value, const Path &path, bool matrix, PromSeries *series, bool *histogram)
{
    const char *samplesKey = matrix ? "values" : "value";
    if (value.type() != Type::OBJECT)
        return shapeError(path.toString(), JsonReader::kindName(value.type()),
            PrometheusDecoder::tr("an object with \"metric\" and \"%1\"").arg(QLatin1String(samplesKey)));
    const simdjson::dom::object object(value);
    const std::optional<simdjson::dom::element> labels = PromJson::lastMember(object, "metric");
    if (labels && !readLabels(*labels, path, &series->labels))
        return false;
    Path at = path;
    at.field = samplesKey;
    if (const auto samples = PromJson::lastMember(object, samplesKey)) {
        return matrix ? readSamples(*samples, at, &series->samples)
                      : readSample(*samples, at, &series->samples.emplace_back());
    }
    if (PromJson::lastMember(object, matrix ? "histograms" : "histogram")) {
        *histogram = true;
        return true;
    }
    return shapeError(at.toString(), PrometheusDecoder::tr("missing"), expectedSample());
}

bool PromQueryReader::readLabels(simdjson::dom::element value, Path path, PromLabels *labels)
{
    path.field = "metric";
    if (value.type() == Type::NULL_VALUE)
        return true; // `{}` spelled differently
    if (value.type() != Type::OBJECT)
        return shapeError(path.toString(), JsonReader::kindName(value.type()),
            PrometheusDecoder::tr("an object of label names and values"));
    for (const simdjson::dom::key_value_pair member : simdjson::dom::object(value)) {
        if (member.value.type() != Type::STRING) {
            path.label = JsonReader::text(member.key);
            return shapeError(
                path.toString(), JsonReader::kindName(member.value.type()), PrometheusDecoder::tr("a string"));
        }
        labels->insert(JsonReader::text(member.key), JsonReader::text(std::string_view(member.value)));
    }
    return true;
}

bool PromQueryReader::readSamples(simdjson::dom::element value, Path path, QList<PromSample> *samples)
{
    if (value.type() != Type::ARRAY)
        return shapeError(path.toString(), JsonReader::kindName(value.type()),
            PrometheusDecoder::tr("an array of [time, \"value\"]"));
    const simdjson::dom::array list(value);
    samples->reserve(qsizetype(list.size())); // size() saturates at 2^24 - 1: a hint, not a count
    for (const simdjson::dom::element pair : list) {
        ++path.sample;
        if (!readSample(pair, path, &samples->emplace_back()))
            return false;
    }
    return true;
}

// [time, "value"]
bool PromQueryReader::readSample(simdjson::dom::element value, const Path &path, PromSample *sample)
{
    if (value.type() != Type::ARRAY)
        return shapeError(path.toString(), JsonReader::kindName(value.type()), expectedSample());
    const simdjson::dom::array pair(value);
    qsizetype count = 0;
    for (const simdjson::dom::element item : pair) {
        if (count == 0 && !readTime(item, path, &sample->time))
            return false;
        if (count == 1 && !readValue(item, path, &sample->value))
            return false;
        ++count;
    }
    if (count != 2)
        return shapeError(path.toString(), arrayOf(count), expectedSample());
    return true;
}

// A number, or a number as text; NaN, infinities and times outside the years 1 to 9999 are refused.
bool PromQueryReader::readTime(simdjson::dom::element value, Path path, double *time)
{
    path.element = 0;
    if (value.is_number()) {
        const double seconds = double(value);
        if (!isSampleTime(seconds))
            return shapeError(path.toString(), PromText::number(seconds), expectedTime());
        *time = seconds;
        return true;
    }
    if (value.type() == Type::STRING) {
        const std::string_view text(value);
        const std::optional<double> seconds = parseSampleValue(text);
        if (!seconds || !isSampleTime(*seconds))
            return shapeError(path.toString(), PromText::quoted(bytesOf(text)), expectedTime());
        *time = *seconds;
        return true;
    }
    return shapeError(path.toString(), JsonReader::kindName(value.type()), expectedTime());
}

bool PromQueryReader::readValue(simdjson::dom::element value, Path path, double *number)
{
    path.element = 1;
    if (value.type() == Type::STRING) {
        const std::string_view text(value);
        if (const std::optional<double> parsed = parseSampleValue(text)) {
            *number = *parsed;
            return true;
        }
        return shapeError(path.toString(), PromText::quoted(bytesOf(text)), expectedValueText());
    }
    if (value.is_number()) {
        *number = double(value);
        return true;
    }
    return shapeError(path.toString(), JsonReader::kindName(value.type()), expectedValueText());
}

bool PromQueryReader::readStringResult(simdjson::dom::element value, PromQueryResult *result)
{
    const Path path;
    if (value.type() != Type::ARRAY)
        return shapeError(path.toString(), JsonReader::kindName(value.type()), PrometheusDecoder::tr("[time, \"text\"]"));
    qsizetype count = 0;
    for (const simdjson::dom::element item : simdjson::dom::array(value)) {
        if (count == 0 && !readTime(item, path, &result->scalar.time))
            return false;
        if (count == 1) {
            if (item.type() != Type::STRING) {
                Path at = path;
                at.element = 1;
                return shapeError(at.toString(), JsonReader::kindName(item.type()), PrometheusDecoder::tr("a string"));
            }
            result->stringValue = JsonReader::text(std::string_view(item));
        }
        ++count;
    }
    if (count != 2)
        return shapeError(path.toString(), arrayOf(count), PrometheusDecoder::tr("[time, \"text\"]"));
    return true;
}

void PromQueryReader::warnAboutSkippedSeries(const SeriesTally &tally, PromQueryResult *result) const
{
    if (tally.histogramSeries > 0) {
        result->warnings << PrometheusDecoder::tr("Native histograms in the answer from %1 (%2 series) were left "
                                                  "out: RouteDeck does not read them. Query classic histogram "
                                                  "buckets (le) instead.")
                                .arg(m_where)
                                .arg(tally.histogramSeries);
    }
    const QList<QString> &keys = tally.duplicateKeys;
    for (qsizetype d = 0; d < keys.size() && d < PromLimits::kMaxDuplicateWarnings; ++d) {
        const PromSeries &kept = result->series.at(tally.firstIndexByKey.value(keys.at(d)));
        result->warnings << PrometheusDecoder::tr("The answer from %1 has %2 more series with the labels %3; "
                                                  "RouteDeck kept the first. Check that the query's aggregation "
                                                  "keeps the labels that tell series apart.")
                                .arg(m_where)
                                .arg(tally.duplicateCounts.value(keys.at(d)))
                                .arg(PrometheusDecoder::labelsToString(kept.labels));
    }
    if (keys.size() > PromLimits::kMaxDuplicateWarnings) {
        const qsizetype more = keys.size() - PromLimits::kMaxDuplicateWarnings;
        result->warnings << (more == 1
                ? PrometheusDecoder::tr("The answer from %1 has duplicated series for 1 "
                                        "more label set.")
                      .arg(m_where)
                : PrometheusDecoder::tr("The answer from %1 has duplicated series for %2 "
                                        "more label sets.")
                      .arg(m_where)
                      .arg(more));
    }
}

bool PromQueryReader::shapeError(const QString &path, const QString &found, const QString &expected)
{
    if (m_error.isEmpty())
        m_error = PrometheusDecoder::tr("The answer from %1 has an unexpected shape at %2: %3, expected %4. The "
                                        "server does not speak the Prometheus API as RouteDeck expects; check the "
                                        "URL and the path prefix.")
                      .arg(m_where, path, found, expected);
    return false;
}

} // namespace RouteDeck
