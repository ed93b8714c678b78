// SPDX-License-Identifier: GPL-3.0-or-later
// Decode throughput of PrometheusDecoder on a ~2 MB matrix answer with 1,000 series, the size of a
// backfill for 1,000 deployments. Prints figures; asserts only that decoding succeeds.

#include "prometheusdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace RouteDeck;

namespace {

QByteArray matrixAnswer(int seriesCount, int samplesPerSeries)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int i = 0; i < seriesCount; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"metric":{"model_id":"deployment-)" + QByteArray::number(i)
            + R"(","requested_model":"group-)" + QByteArray::number(i % 50) + R"("},"values":[)";
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const QByteArray body = matrixAnswer(1000, 70);
    PromHttpReply raw;
    raw.url = QUrl(QStringLiteral("http://127.0.0.1:9090/api/v1/query_range"));
    raw.httpStatus = 200;
    raw.contentType = "application/json";
    raw.body = body;
    raw.sizeCap = PromEndpointConfig::kDefaultMaxResponseBytes;

    const PromResponse check = PrometheusDecoder::decodeQuery(raw);
    if (!check.ok || check.result.series.size() != 1000) {
        out << "decode failed: " << check.errorString << Qt::endl;
        return 1;
    }

    constexpr int kRounds = 15;
    QList<double> millis;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        const PromResponse response = PrometheusDecoder::decodeQuery(raw);
        millis << double(clock.nsecsElapsed()) / 1e6;
        if (!response.ok)
            return 1;
    }
    std::sort(millis.begin(), millis.end());
    const double median = millis.at(kRounds / 2);
    const double mebibytes = double(body.size()) / (1024.0 * 1024.0);
    qsizetype samples = 0;
    for (const PromSeries &series : check.result.series)
        samples += series.samples.size();

    out << "bench_promdecode: matrix answer " << QString::number(mebibytes, 'f', 2) << " MiB, "
        << check.result.series.size() << " series, " << samples << " samples\n";
    out << "  decode median " << QString::number(median, 'f', 2) << " ms (min "
        << QString::number(millis.first(), 'f', 2) << ", max " << QString::number(millis.last(), 'f', 2)
        << ") over " << kRounds << " rounds\n";
    out << "  throughput " << QString::number(mebibytes / (median / 1000.0), 'f', 1) << " MiB/s, "
        << QString::number(double(samples) / (median / 1000.0) / 1e6, 'f', 2) << " M samples/s" << Qt::endl;
    return 0;
}
