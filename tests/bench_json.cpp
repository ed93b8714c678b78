// SPDX-License-Identifier: GPL-3.0-or-later
// Which JSON stack decodes Prometheus answers (issue 12): PrometheusDecoder as the console runs it (since
// this benchmark chose it: simdjson's DOM behind the envelope and shape checks; before, a hand-written
// reader, whose figures base/core/jsonreader.h keeps), QJsonDocument, and bare walks with simdjson's On
// Demand and DOM APIs (Debian's libsimdjson-dev 3.0.1), side by side on the same answers: the ~2 MB matrix of a backfill for 1,000 deployments and a 32 MB answer (the size cap). Each
// candidate produces the same PromQueryResult (labels, times, values with NaN), so the figures compare
// whole decodes, not bare parses. Throughput is the median of several rounds; peak memory is the rise of
// the process' peak resident set during one decode (VmHWM, reset through /proc/self/clear_refs, after
// malloc_trim gave earlier rounds' memory back), the decoded result included.
// Prints figures as `RESULT <name> <value> <unit>`; asserts only that every candidate decodes the same.

#include "prometheusdecoder.h"
#include "support/processmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>

#include <simdjson.h>

using namespace RouteDeck;

namespace {

QByteArray matrixAnswer(int seriesCount, int samplesPerSeries)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int i = 0; i < seriesCount; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"metric":{"model_id":"deployment-)" + QByteArray::number(i) + R"(","requested_model":"group-)"
            + QByteArray::number(i % 50) + R"("},"values":[)";
        for (int s = 0; s < samplesPerSeries; ++s) {
            if (s > 0)
                body += ',';
            const double value = (i * 7 + s * 13) % 1000 / 97.0;
            const QByteArray text = s % 29 == 0 ? QByteArray("NaN") : QByteArray::number(value, 'g', 12);
            body += '[' + QByteArray::number(1732680000 + s * 15) + ",\"" + text + "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

// The sample value as Prometheus writes it: a string, "NaN" and "+Inf" included.
double sampleValue(QStringView text)
{
    return PrometheusDecoder::parseValue(text).value_or(std::nan(""));
}

// Candidate 1: the decoder, as the console decodes.
std::optional<PromQueryResult> decodeWithDecoder(const QByteArray &body)
{
    PromHttpReply raw;
    raw.url = QUrl(QStringLiteral("http://127.0.0.1:9090/api/v1/query_range"));
    raw.httpStatus = 200;
    raw.contentType = "application/json";
    raw.body = body;
    raw.sizeCap = 64 * 1024 * 1024;
    PromResponse response = PrometheusDecoder::decodeQuery(raw);
    if (!response.ok)
        return std::nullopt;
    return std::move(response.result);
}

// Candidate 2: QJsonDocument, then a walk to the same result.
std::optional<PromQueryResult> decodeQt(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    const QJsonArray list = document.object().value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
    PromQueryResult result;
    result.resultType = PromQueryResult::Type::Matrix;
    result.series.reserve(list.size());
    for (const QJsonValue &entry : list) {
        const QJsonObject object = entry.toObject();
        PromSeries series;
        const QJsonObject metric = object.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            series.labels.insert(it.key(), it.value().toString());
        const QJsonArray values = object.value(QLatin1String("values")).toArray();
        series.samples.reserve(values.size());
        for (const QJsonValue &pair : values) {
            const QJsonArray sample = pair.toArray();
            series.samples.append({ sample.at(0).toDouble(), sampleValue(sample.at(1).toString()) });
        }
        result.series.append(std::move(series));
    }
    return result;
}

// The sample value without a QString on the way: numbers through std::from_chars, the rest as
// PrometheusDecoder::parseValue reads them.
double sampleValueBytes(std::string_view text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size())
        return value;
    return sampleValue(QString::fromLatin1(text.data(), qsizetype(text.size())));
}

// Candidate 3: simdjson's On Demand API, walking straight into the result.
std::optional<PromQueryResult> decodeSimdjson(const QByteArray &body)
{
    static simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    PromQueryResult result;
    result.resultType = PromQueryResult::Type::Matrix;
    try {
        simdjson::ondemand::document document = parser.iterate(padded);
        for (simdjson::ondemand::object entry : document["data"]["result"].get_array()) {
            PromSeries series;
            for (simdjson::ondemand::field label : entry["metric"].get_object()) {
                const std::string_view key = label.unescaped_key();
                const std::string_view value = label.value().get_string();
                series.labels.insert(QString::fromUtf8(key.data(), qsizetype(key.size())),
                    QString::fromUtf8(value.data(), qsizetype(value.size())));
            }
            for (simdjson::ondemand::array pair : entry["values"].get_array()) {
                auto it = pair.begin();
                const double time = (*it).get_double();
                ++it;
                const std::string_view text = (*it).get_string();
                series.samples.append({ time, sampleValueBytes(text) });
            }
            result.series.append(std::move(series));
        }
    } catch (const simdjson::simdjson_error &) {
        return std::nullopt;
    }
    return result;
}

// Candidate 4: simdjson's DOM API: the whole document validated into a tape, then the same walk.
std::optional<PromQueryResult> decodeSimdjsonDom(const QByteArray &body)
{
    static simdjson::dom::parser parser;
    PromQueryResult result;
    result.resultType = PromQueryResult::Type::Matrix;
    simdjson::dom::element root;
    if (parser.parse(body.constData(), size_t(body.size())).get(root))
        return std::nullopt;
    simdjson::dom::array list;
    if (root["data"]["result"].get_array().get(list))
        return std::nullopt;
    for (simdjson::dom::object entry : list) {
        PromSeries series;
        for (const auto label : simdjson::dom::object(entry["metric"])) {
            const std::string_view value = label.value.get_string();
            series.labels.insert(QString::fromUtf8(label.key.data(), qsizetype(label.key.size())),
                QString::fromUtf8(value.data(), qsizetype(value.size())));
        }
        const simdjson::dom::array values = entry["values"];
        series.samples.reserve(qsizetype(values.size()));
        for (simdjson::dom::array pair : values)
            series.samples.append({ double(pair.at(0)), sampleValueBytes(std::string_view(pair.at(1))) });
        result.series.append(std::move(series));
    }
    return result;
}

bool sameResult(const PromQueryResult &a, const PromQueryResult &b)
{
    if (a.series.size() != b.series.size())
        return false;
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const PromSeries &x = a.series.at(i);
        const PromSeries &y = b.series.at(i);
        if (x.labels != y.labels || x.samples.size() != y.samples.size())
            return false;
        for (qsizetype s = 0; s < x.samples.size(); ++s) {
            const PromSample &p = x.samples.at(s);
            const PromSample &q = y.samples.at(s);
            if (p.time != q.time || !(p.value == q.value || (std::isnan(p.value) && std::isnan(q.value))))
                return false;
        }
    }
    return true;
}



struct Candidate
{
    const char *name;
    std::function<std::optional<PromQueryResult>(const QByteArray &)> decode;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<Candidate> candidates { { "decoder", decodeWithDecoder }, { "qjson", decodeQt } };
    candidates.append({ "simdjson_ondemand", decodeSimdjson });
    candidates.append({ "simdjson_dom", decodeSimdjsonDom });
    const struct
    {
        const char *name;
        QByteArray body;
        int rounds;
    } inputs[] = { { "2mb", matrixAnswer(1000, 70), 15 }, { "32mb", matrixAnswer(5000, 230), 5 } };

    for (const auto &input : inputs) {
        const double mebibytes = double(input.body.size()) / (1024.0 * 1024.0);
        out << "answer " << input.name << ": " << QString::number(mebibytes, 'f', 2) << " MiB\n";
        const std::optional<PromQueryResult> reference = decodeWithDecoder(input.body);
        if (!reference)
            return 1;
        for (const Candidate &candidate : std::as_const(candidates)) {
            const std::optional<PromQueryResult> check = candidate.decode(input.body);
            if (!check || !sameResult(*check, *reference)) {
                out << candidate.name << " decodes the " << input.name << " answer differently" << Qt::endl;
                return 1;
            }
            QList<double> millis;
            for (int round = 0; round < input.rounds; ++round) {
                QElapsedTimer clock;
                clock.start();
                const std::optional<PromQueryResult> result = candidate.decode(input.body);
                millis << double(clock.nsecsElapsed()) / 1e6;
            }
            std::sort(millis.begin(), millis.end());
            const double median = millis.at(millis.size() / 2);
            const double peak = ProcessMemory::peakRiseKiB([&] { (void)candidate.decode(input.body); }) / 1024.0;
            out << "RESULT json." << candidate.name << '.' << input.name << ".mib_per_s "
                << QString::number(mebibytes / (median / 1000.0), 'f', 1) << " MiB/s\n";
            out << "RESULT json." << candidate.name << '.' << input.name << ".peak_mib " << QString::number(peak, 'f', 1)
                << " MiB\n";
        }
    }
    out.flush();
    return 0;
}
