// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusDecoder on captured answers (files named *_real.* were captured from Prometheus 2.42 and
// VictoriaMetrics 1.79; the others are written after their documented shapes) and on hostile ones.
// Failures are checked on the text a user reads.

#include "messagetext.h"
#include "prometheusdecoder.h"
#include "querycatalog.h"
#include "querystep.h"
#include "scrapediagnosis.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

using namespace RouteDeck;

Q_DECLARE_METATYPE(RouteDeck::PromEndpointConfig)

namespace {

// The URL carries a password on purpose: no message may print it.
const QUrl kQueryUrl(QStringLiteral("http://reader:s3cret-pass@prom.example:9090/prometheus/api/v1/query"));
const QString kShownUrl = QStringLiteral("http://prom.example:9090/prometheus/api/v1/query");

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(ROUTEDECK_TEST_DATA "/prometheus/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', 15);
}

QString time(double seconds)
{
    return QString::number(seconds, 'f', 3);
}

// The decoded result as readable text, one series per line.
QString describe(const PromResponse &response)
{
    if (!response.ok)
        return QStringLiteral("error %1 %2: %3")
            .arg(fetchFailureName(response.failure), response.errorType, response.errorString);
    const PromQueryResult &result = response.result;
    QStringList lines { QStringLiteral("ok ") + PromQueryResult::typeName(result.resultType) };
    switch (result.resultType) {
    case PromQueryResult::Type::Scalar:
        lines << time(result.scalar.time) + QLatin1Char('=') + number(result.scalar.value);
        break;
    case PromQueryResult::Type::String:
        lines << time(result.scalar.time) + QLatin1String(" \"") + result.stringValue + QLatin1Char('"');
        break;
    case PromQueryResult::Type::Vector:
    case PromQueryResult::Type::Matrix:
        for (const PromSeries &series : result.series) {
            QString line = PrometheusDecoder::labelsToString(series.labels);
            for (const PromSample &sample : series.samples)
                line += QLatin1Char(' ') + time(sample.time) + QLatin1Char('=') + number(sample.value);
            lines << line;
        }
        break;
    }
    for (const QString &warning : result.warnings)
        lines << QStringLiteral("warning: ") + warning;
    return lines.join(QLatin1Char('\n'));
}

PromHttpReply reply(
    const QByteArray &body, int status = 200, const QByteArray &contentType = "application/json")
{
    PromHttpReply raw;
    raw.url = kQueryUrl;
    raw.httpStatus = status;
    raw.contentType = contentType;
    raw.body = body;
    raw.sizeCap = PromEndpointConfig::kDefaultMaxResponseBytes;
    return raw;
}

const QUrl kRulesUrl(QStringLiteral("http://reader:s3cret-pass@prom.example:9090/prometheus/api/v1/rules"));
const QString kShownRulesUrl = QStringLiteral("http://prom.example:9090/prometheus/api/v1/rules");

PromHttpReply rulesReply(
    const QByteArray &body, int status = 200, const QByteArray &contentType = "application/json")
{
    PromHttpReply raw = reply(body, status, contentType);
    raw.url = kRulesUrl;
    return raw;
}

// GET /api/v1/rules with the members, their order and their spelling of an answer captured from
// Prometheus 2.42 (a recording rule without labels has none): one group of alerting rules (firing,
// pending, and one that fails to evaluate), one of recording rules. Values are texts, activeAt has
// Go's nine-digit fractions or none, and the pending alert's offset is not UTC.
QByteArray rulesBody()
{
    QByteArray body = R"json({"status":"success","data":{"groups":[
{"name":"litellm-alerts","file":"/etc/prometheus/rules/litellm.yml","rules":[
{"state":"firing","name":"LiteLLMDeploymentFailing",
"query":"sum by (model_id) (rate(litellm_deployment_failure_responses_total[5m])) / sum by (model_id) (rate(litellm_deployment_total_requests_total[5m])) > 0.1",
"duration":60,"keepFiringFor":0,"labels":{"severity":"page"},
"annotations":{"summary":"Deployment {{ $labels.model_id }} fails {{ $value | humanizePercentage }} of requests"},
"alerts":[{"labels":{"alertname":"LiteLLMDeploymentFailing","model_id":"deployment-2","severity":"page"},
"annotations":{"summary":"Deployment deployment-2 fails 42% of requests"},"state":"firing",
"activeAt":"2024-11-27T04:01:15.60602144Z","value":"4.2e-01"}],
"health":"ok","evaluationTime":0.000812437,"lastEvaluation":"2024-11-27T04:09:45.123456789Z","type":"alerting"},
{"state":"pending","name":"LiteLLMLatencyHigh",
"query":"histogram_quantile(0.95, sum by (le, model_id) (rate(litellm_llm_api_latency_metric_bucket[5m]))) > 2",
"duration":300,"keepFiringFor":0,"labels":{"severity":"ticket"},"annotations":{},
"alerts":[{"labels":{"alertname":"LiteLLMLatencyHigh","model_id":"deployment-1","severity":"ticket"},
"annotations":{},"state":"pending","activeAt":"2024-11-27T05:08:30+01:00","value":"2.5e+00"}],
"health":"ok","evaluationTime":0.001204,"lastEvaluation":"2024-11-27T04:09:45.124661Z","type":"alerting"},
{"state":"inactive","name":"LiteLLMShareDrift",
"query":"litellm:requests:rate5m / on (requested_model) group_left sum by (requested_model) (litellm:requests:rate5m) > 0.9",
"duration":120,"keepFiringFor":0,"labels":{"severity":"ticket"},"annotations":{},"alerts":[],"health":"err",
"lastError":"query processing would load too many samples into memory in query execution",
"evaluationTime":0.0002,"lastEvaluation":"2024-11-27T04:09:45.1249Z","type":"alerting"}],
"interval":15,"limit":0,"evaluationTime":0.002301,"lastEvaluation":"2024-11-27T04:09:45.123Z"},
{"name":"litellm-recording","file":"/etc/prometheus/rules/litellm.yml","rules":[
{"name":"litellm:requests:rate5m",
"query":"sum by (requested_model, model_id) (rate(litellm_deployment_total_requests_total[5m]))",
"health":"ok","evaluationTime":0.000391,"lastEvaluation":"2024-11-27T04:09:50.5Z","type":"recording"}],
"interval":15,"limit":0,"evaluationTime":0.0004,"lastEvaluation":"2024-11-27T04:09:50.5Z"}]}})json";
    return body.replace('\n', QByteArrayView()); // one line, as Prometheus sends it
}

// A valid /api/v1/rules `data` with one alerting rule and one alert; the shape tests break one member.
const char kOneAlertingRule[]
    = R"({"groups":[{"name":"g","rules":[{"state":"firing","name":"A",)"
      R"j("query":"vector(1)","duration":0,"labels":{"severity":"page"},"annotations":{},)j"
      R"("alerts":[{"labels":{"alertname":"A"},"annotations":{},"state":"firing",)"
      R"("activeAt":"2024-11-27T04:01:15.606Z","value":"1e+00"}],"health":"ok",)"
      R"("type":"alerting"}]}]})";

QByteArray oneAlertingRuleWith(const char *member, const char *replacement)
{
    QByteArray data(kOneAlertingRule);
    if (!data.contains(member))
        qFatal("the rule has no %s", member);
    return data.replace(member, replacement);
}

// Decoded rules as readable text: one line per rule, one indented line per active alert.
QString describe(const PromRules &rules)
{
    if (!rules.ok)
        return QStringLiteral("error: ") + rules.errorString;
    QStringList lines;
    for (const PromRule &rule : rules.rules) {
        QString line = rule.group + QLatin1Char('/') + rule.name;
        if (rule.alerting)
            line += QStringLiteral(" alerting ") + rule.state + QStringLiteral(" for=")
                + number(rule.forSeconds) + QLatin1Char('s');
        else
            line += QStringLiteral(" recording");
        line += QStringLiteral(" health=") + rule.health + QLatin1Char(' ')
            + PrometheusDecoder::labelsToString(rule.labels);
        if (!rule.lastError.isEmpty())
            line += QStringLiteral(" error=\"") + rule.lastError + QLatin1Char('"');
        lines << line;
        for (const PromAlert &alert : rule.alerts) {
            const QString since
                = alert.activeAt.isValid() ? alert.activeAt.toString(Qt::ISODateWithMs) : QStringLiteral("?");
            lines << QStringLiteral("  ") + alert.state + QStringLiteral(" since ") + since
                    + QStringLiteral(" value=") + number(alert.value) + QLatin1Char(' ')
                    + PrometheusDecoder::labelsToString(alert.labels) + QLatin1Char(' ')
                    + PrometheusDecoder::labelsToString(alert.annotations);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// A matrix answer of `series` series with `samples` samples each; values from `value(i, s)`.
template<typename ValueText> QByteArray matrixBody(int series, int samples, ValueText value)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int i = 0; i < series; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"metric":{"__name__":"litellm_deployment_total_requests_total","model_id":"deployment-)"
            + QByteArray::number(i) + R"(","requested_model":"group-)" + QByteArray::number(i % 50)
            + R"("},"values":[)";
        for (int s = 0; s < samples; ++s) {
            if (s > 0)
                body += ',';
            body += '[' + QByteArray::number(1732680000 + s * 15) + ".5,\"" + value(i, s) + "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

} // namespace

class TestPrometheusDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetsAndWhyAScrapeFails();
    void rulesFromCapturedShape();
    void rulesFromDocumentedShape();
    void rulesErrorEnvelope();
    void rulesNotJson();
    void rulesTruncatedJson();
    void rulesShapeErrors_data();
    void rulesShapeErrors();
    void decodesAnswers_data();
    void decodesAnswers();
    void reportsFailures_data();
    void reportsFailures();
    void truncatedJsonAtEveryTenthOffset();
    void bodyOverSizeCap();
    void sizeCapHitDuringTransfer();
    void fiftyMegabytesDecodeUnderRaisedCap();
    void nanEverywhere();
    void manyDuplicatedSeriesWarnBriefly();
    void randomMutationsNeverCrash();
    void numbersMatchStrtod();
    void buildInfo_data();
    void buildInfo();
    void parseValue_data();
    void parseValue();
    void labelsToString();
    void htmlTitle_data();
    void htmlTitle();
    void formatBytes_data();
    void formatBytes();
    void endpointUrl_data();
    void endpointUrl();
    void endpointValidation_data();
    void endpointValidation();
    void insaneSampleTimes_data();
    void insaneSampleTimes();
    void sampleTimesAtTheLimitsDecode();
    void nonFiniteJsonNumbersAreNotJson();
    void errorTypeNumbers_data();
    void errorTypeNumbers();
    void hugeServerTextsAreCut();
    void thousandWarningsAreCapped();
    void duplicateMembersLastWins();
    void hugeNumbersAreNeverCast();
};

void TestPrometheusDecoder::decodesAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::addRow("vector by model_id")
        << dataFile(QStringLiteral("vector_requests.json"))
        << QStringLiteral(
               "ok vector\n"
               "{model_id=\"azure-east-primary\", requested_model=\"gpt-4o-mini\"} 1732680000.123=12.4\n"
               "{model_id=\"openai-fallback\", requested_model=\"gpt-4o-mini\"} 1732680000.123=3.1\n"
               "{model_id=\"bedrock-claude\", requested_model=\"claude-3-5-sonnet\"} 1732680000.123=0");
    QTest::addRow("vector up (Prometheus 2.42)")
        << dataFile(QStringLiteral("vector_up_real.json"))
        << QStringLiteral("ok vector\n{__name__=\"up\", instance=\"127.0.0.1:19090\", job=\"prometheus\"} "
                          "1795749224.740=1");
    QTest::addRow("matrix with NaN, +Inf, -Inf, 1e-07")
        << dataFile(QStringLiteral("matrix_special_values.json"))
        << QStringLiteral(
               "ok matrix\n"
               "{le=\"+Inf\", model_id=\"azure-east-primary\"} 1732680000.000=0.25 1732680015.000=NaN "
               "1732680030.000=+Inf 1732680045.000=-Inf 1732680060.000=1e-07\n"
               "{model_id=\"openai-fallback\", path=\"a \\\"quoted\\\" \\\\ value\"} 1732680000.500=-0.5 "
               "1732680015.250=1500");
    QTest::addRow("matrix up (Prometheus 2.42)")
        << dataFile(QStringLiteral("matrix_up_real.json"))
        << QStringLiteral("ok matrix\n{__name__=\"up\", instance=\"127.0.0.1:19090\", job=\"prometheus\"} "
                          "1795749224.000=1");
    QTest::addRow("scalar NaN") << dataFile(QStringLiteral("scalar_nan_real.json"))
                                << QStringLiteral("ok scalar\n1795749224.759=NaN");
    QTest::addRow("string") << dataFile(QStringLiteral("string_real.json"))
                            << QStringLiteral("ok string\n1795749224.767 \"hello\"");
    QTest::addRow("histogram_quantile without traffic")
        << dataFile(QStringLiteral("histogram_quantile_nan_real.json"))
        << QStringLiteral("ok vector\n{handler=\"/-/ready\"} 1795749224.805=NaN");
    QTest::addRow("empty vector") << dataFile(QStringLiteral("empty_vector_real.json"))
                                  << QStringLiteral("ok vector");
    QTest::addRow("null result (VictoriaMetrics)")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":null}})")
        << QStringLiteral("ok matrix");
    QTest::addRow("metric missing means no labels")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"value":[1,"2"]}]}})")
        << QStringLiteral("ok vector\n{} 1.000=2");
    QTest::addRow("numbers where strings are usual") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["1.5",2]}]}})")
                                                     << QStringLiteral("ok vector\n{} 1.500=2");
    QTest::addRow("Thanos partial response")
        << dataFile(QStringLiteral("thanos_partial_response.json"))
        << QStringLiteral(
               "ok vector\n"
               "{model_id=\"azure-east-primary\", requested_model=\"gpt-4o-mini\"} 1732680000.000=9.5\n"
               "warning: receive: rpc error: code = Unavailable desc = connection error: desc = "
               "\"transport: Error while dialing dial tcp 10.0.3.17:10901: connect: connection refused\"\n"
               "warning: store 10.0.3.18:10901 (prometheus-1): context deadline exceeded");
    QTest::addRow("infos count as warnings") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[]},"infos":["PromQL info: metric might not be a counter"]})")
                                             << QStringLiteral("ok vector\nwarning: PromQL info: metric "
                                                               "might not be a counter");
    QTest::addRow("warnings of the wrong type")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":"oops"})")
        << QStringLiteral(
               "ok vector\nwarning: The \"warnings\" field of the answer from %1 is a string, expected a "
               "list of texts; it was ignored.")
               .arg(kShownUrl);
    QTest::addRow("duplicated series")
        << dataFile(QStringLiteral("duplicated_series.json"))
        << QStringLiteral(
               "ok vector\n"
               "{model_id=\"azure-east-primary\"} 1732680000.000=1\n"
               "{model_id=\"openai-fallback\"} 1732680000.000=2\n"
               "warning: The answer from %1 has 2 more series with the labels "
               "{model_id=\"azure-east-primary\"}; RouteDeck kept the first. Check that the query's "
               "aggregation keeps the labels that tell series apart.")
               .arg(kShownUrl);
    QTest::addRow("native histograms are left out")
        << dataFile(QStringLiteral("native_histogram.json"))
        << QStringLiteral(
               "ok vector\n"
               "{model_id=\"openai-fallback\"} 1732680000.000=7\n"
               "warning: Native histograms in the answer from %1 (1 series) were left out: RouteDeck "
               "does not read them. Query classic histogram buckets (le) instead.")
               .arg(kShownUrl);
    QTest::addRow("result before resultType, unknown members skipped")
        << QByteArray(
               R"({"data":{"result":[{"metric":{"a":"1"},"value":[2,"3"],"extra":{"x":[1,{"y":null}]}}],)"
               R"("stats":{"timings":{"evalTotalTime":0.01}},"resultType":"vector"},"status":"success"})")
        << QStringLiteral("ok vector\n{a=\"1\"} 2.000=3");
    QTest::addRow("escapes in label names and values")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":)"
                      R"({"caf\u00e9":"line\nbreak \"q\" \/ \ud83d\ude80 \\"},"value":[1,"1"]}]}})")
        << QStringLiteral("ok vector\n{caf\u00e9=\"line\\nbreak \\\"q\\\" / \U0001F680 \\\\\"} 1.000=1");
    QTest::addRow("leading whitespace and BOM-free UTF-8 labels")
        << QByteArray(
               "\n  {\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":"
               "{\"team\":\"M\xc3\xbcnchen\"},\"value\":[1,\"1\"]}]}}\n")
        << QStringLiteral("ok vector\n{team=\"M\u00fcnchen\"} 1.000=1");
}

void TestPrometheusDecoder::decodesAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
    QCOMPARE(describe(response), expected);
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.bodyBytes, body.size());
}

void TestPrometheusDecoder::reportsFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QStringList>("mustContain");

    const QByteArray json = "application/json";
    const QByteArray text = "text/plain; charset=utf-8";
    const QByteArray html = "text/html";

    // Prometheus error envelopes, one per errorType, with the HTTP status Prometheus uses.
    QTest::addRow("bad_data 400") << dataFile(QStringLiteral("error_bad_data_real.json")) << 400 << json
                                  << "api"
                                  << "bad_data"
                                  << QStringList { kShownUrl
                                             + QStringLiteral(" answered bad_data (HTTP 400): invalid "
                                                              "parameter \"query\": 1:13: parse error: "
                                                              "missing unit character in duration."),
                                         QStringLiteral("Check the query") };
    QTest::addRow("bad_data over 11,000 points")
        << dataFile(QStringLiteral("error_resolution_real.json")) << 400 << json << "api"
        << "bad_data"
        << QStringList { QStringLiteral("exceeded maximum resolution"), QStringLiteral("Use a larger step") };
    QTest::addRow("execution 422") << dataFile(QStringLiteral("error_execution.json")) << 422 << json << "api"
                                   << "execution"
                                   << QStringList { QStringLiteral(
                                                        "answered execution (HTTP 422): query processing "
                                                        "would load too many samples"),
                                          QStringLiteral("Shorten the time range") };
    QTest::addRow("timeout 503") << dataFile(QStringLiteral("error_timeout.json")) << 503 << json << "api"
                                 << "timeout"
                                 << QStringList { QStringLiteral(
                                                      "answered timeout (HTTP 503): query timed out"),
                                        QStringLiteral("longer than the server's query timeout") };
    QTest::addRow("canceled 499") << dataFile(QStringLiteral("error_canceled.json")) << 499 << json << "api"
                                  << "canceled"
                                  << QStringList { QStringLiteral("answered canceled (HTTP 499)"),
                                         QStringLiteral("the next refresh asks again") };
    QTest::addRow("internal 500") << dataFile(QStringLiteral("error_internal.json")) << 500 << json << "api"
                                  << "internal"
                                  << QStringList { QStringLiteral("no space left on device"),
                                         QStringLiteral("see its log") };
    QTest::addRow("not_found 404") << dataFile(QStringLiteral("error_not_found.json")) << 404 << json << "api"
                                   << "not_found"
                                   << QStringList { QStringLiteral(
                                                        "answered not_found (HTTP 404): specified metric "
                                                        "not found."),
                                          QStringLiteral("path prefix") };
    QTest::addRow("VictoriaMetrics 422 parse error")
        << dataFile(QStringLiteral("vm_error_parse_real.json")) << 422 << json << "api"
        << "422"
        << QStringList { QStringLiteral("answered error 422 (HTTP 422): error when executing query=\"foo(\""),
               QStringLiteral("could not evaluate the query") };
    QTest::addRow("VictoriaMetrics too many points")
        << dataFile(QStringLiteral("vm_error_too_many_points_real.json")) << 422 << json << "api"
        << "422"
        << QStringList { QStringLiteral("cannot exceed -search.maxPointsPerTimeseries=30000"),
               QStringLiteral("Use a larger step") };
    QTest::addRow("numeric errorType as a number")
        << QByteArray(R"({"status":"error","errorType":400,"error":"bad step"})") << 400 << json << "api"
        << "400"
        << QStringList { QStringLiteral("answered error 400 (HTTP 400): bad step."),
               QStringLiteral("Check the query") };
    QTest::addRow("error envelope without message")
        << QByteArray(R"({"status":"error"})") << 500 << json << "api"
        << ""
        << QStringList { QStringLiteral("answered an error (HTTP 500) without an error message."),
               QStringLiteral("see its log") };

    // Not JSON at all.
    QTest::addRow("plain-text 503 while starting")
        << dataFile(QStringLiteral("prometheus_starting_503.txt")) << 503 << text << "not-ready"
        << ""
        << QStringList { kShownUrl
                   + QStringLiteral(" is not ready yet (HTTP 503: \"Service "
                                    "Unavailable\")."),
               QStringLiteral("RouteDeck keeps retrying") };
    QTest::addRow("Go 404 text") << dataFile(QStringLiteral("go_404_real.txt")) << 404 << text << "http"
                                 << ""
                                 << QStringList { kShownUrl
                                            + QStringLiteral(" was not found (HTTP 404: \"404 page not "
                                                             "found\")."),
                                        QStringLiteral("path prefix (Grafana Mimir serves the API under "
                                                       "/prometheus)") };
    QTest::addRow("Mimir without tenant 401")
        << dataFile(QStringLiteral("mimir_no_org_id_401.txt")) << 401 << text << "auth"
        << ""
        << QStringList { QStringLiteral("refused the request (HTTP 401: \"no org "
                                        "id\")"),
               QStringLiteral("X-Scope-OrgID") };
    QTest::addRow("plain text labelled as JSON")
        << QByteArray("404 page not found\n") << 404 << json << "http"
        << ""
        << QStringList { QStringLiteral("was not found (HTTP 404: \"404 page "
                                        "not found\")") };
    QTest::addRow("plain text with 200")
        << QByteArray("Prometheus Server is Ready.\n") << 200 << text << "not-prometheus"
        << ""
        << QStringList { QStringLiteral("is plain text, not Prometheus JSON (HTTP 200: "
                                        "\"Prometheus Server is Ready.\")") };
    QTest::addRow("plain text 500") << QByteArray("upstream connect error or disconnect/reset before headers")
                                    << 500 << text << "http"
                                    << ""
                                    << QStringList { QStringLiteral(
                                                         "answered HTTP 500: \"upstream connect error"),
                                           QStringLiteral("see its log") };
    QTest::addRow("proxy sign-in page")
        << dataFile(QStringLiteral("oauth2_proxy_sign_in.html")) << 200 << html << "not-prometheus"
        << ""
        << QStringList { QStringLiteral("The answer from ") + kShownUrl
                   + QStringLiteral(" is an HTML page titled \"Sign In & "
                                    "Continue\" (HTTP 200), not Prometheus "
                                    "JSON."),
               QStringLiteral("probably a proxy, login or error page") };
    QTest::addRow("nginx 502 page") << dataFile(QStringLiteral("nginx_502.html")) << 502 << html << "http"
                                    << ""
                                    << QStringList { QStringLiteral(
                                           "an HTML page titled \"502 Bad Gateway\" (HTTP 502)") };
    QTest::addRow("HTML labelled as JSON")
        << dataFile(QStringLiteral("nginx_502.html")) << 200 << json << "not-prometheus"
        << "" << QStringList { QStringLiteral("is an HTML page titled \"502 Bad Gateway\"") };
    QTest::addRow("HTML without title 401")
        << QByteArray("<html><body>Login required</body></html>") << 401 << html << "auth"
        << "" << QStringList { QStringLiteral("an HTML page without a title (HTTP 401)") };
    QTest::addRow("gateway JSON 401")
        << dataFile(QStringLiteral("gateway_unauthorized.json")) << 401 << json << "auth"
        << ""
        << QStringList { QStringLiteral("is JSON without a \"status\" field (HTTP 401: "
                                        "\"Unauthorized\")"),
               QStringLiteral("authentication kind") };
    QTest::addRow("empty 200") << QByteArray() << 200 << json << "not-prometheus"
                               << ""
                               << QStringList { QStringLiteral("The answer from ") + kShownUrl
                                      + QStringLiteral(" is empty (HTTP 200)") };
    QTest::addRow("empty 503") << QByteArray() << 503 << text << "not-ready"
                               << ""
                               << QStringList { QStringLiteral("answered HTTP 503 with an empty body") };
    QTest::addRow("whitespace 502") << QByteArray(" \r\n ") << 502 << text << "http"
                                    << ""
                                    << QStringList { QStringLiteral("answered HTTP 502 with an empty body."),
                                           QStringLiteral("A proxy in front of the server") };

    // JSON, but broken or of the wrong shape.
    const QByteArray matrix = dataFile(QStringLiteral("matrix_special_values.json"));
    QTest::addRow("truncated matrix")
        << matrix.left(matrix.size() * 6 / 10) << 200 << json << "malformed"
        << ""
        << QStringList { QStringLiteral("is not valid JSON (HTTP 200)"),
               QStringLiteral("of %1.").arg(matrix.size() * 6 / 10), QStringLiteral("It ends early") };
    QTest::addRow("garbage in the middle")
        << QByteArray(R"({"status":"success","data": nope, "x": 1})") << 200 << json << "malformed"
        << ""
        << QStringList { QStringLiteral("is not valid JSON (HTTP 200): an unknown "
                                        "word (JSON knows true, false and null) at "
                                        "byte 28 of 41."),
               QStringLiteral("Near: \"{\"status\":\"success\",\"data\": "
                              "nope, \"x\": 1}\"") };
    QTest::addRow("top-level array") << QByteArray("[1,2]") << 200 << json << "not-prometheus"
                                     << "" << QStringList { QStringLiteral("the top level is an array") };
    QTest::addRow("status is a number")
        << QByteArray(R"({"status":1})") << 200 << json << "malformed"
        << ""
        << QStringList { QStringLiteral("unexpected shape at status: a number, "
                                        "expected \"success\" or \"error\"") };
    QTest::addRow("unknown status") << QByteArray(R"({"status":"partial"})") << 200 << json << "malformed"
                                    << "" << QStringList { QStringLiteral("has status \"partial\"") };
    QTest::addRow("unterminated string at the end")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"pro)")
        << 200 << json << "malformed"
        << ""
        << QStringList { QStringLiteral("the data ends inside a value at byte 81 of 81."),
               QStringLiteral("It ends early") };
    QTest::addRow("control character in a string")
        << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{"
                      "\"job\":\"a\tb\"},\"value\":[1,\"1\"]}]}}")
        << 200 << json << "malformed"
        << "" << QStringList { QStringLiteral("a control character inside a string at byte 79 of 103.") };
    QTest::addRow("bad escape") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"a\xb"},"value":[1,"1"]}]}})")
                                << 200 << json << "malformed"
                                << ""
                                << QStringList { QStringLiteral(
                                       "an invalid escape sequence at byte 79 of 104.") };
    QTest::addRow("two documents") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[]}}{"status":"success"})")
                                   << 200 << json << "malformed"
                                   << ""
                                   << QStringList { QStringLiteral(
                                          "more data after the end of the document at byte 63 of 83.") };
    QTest::addRow("nested 600 deep") << QByteArray(R"({"status":"success","x":)" + QByteArray(600, '[')
        + QByteArray(600, ']') + R"(,"data":{"resultType":"vector","result":[]}})")
                                     << 200 << json << "malformed"
                                     << ""
                                     << QStringList { QStringLiteral(
                                            "values nested more than 512 deep at byte 536 of") };
    QTest::addRow("number with a leading zero") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[01,"1"]}]}})")
                                                << 200 << json << "malformed"
                                                << ""
                                                << QStringList { QStringLiteral(
                                                       "an invalid number at byte 82 of") };
    QTest::addRow("resultType missing")
        << QByteArray(R"({"status":"success","data":{"result":[]}})") << 200 << json << "malformed"
        << "" << QStringList { QStringLiteral("at data.resultType: missing, expected \"vector\"") };
    QTest::addRow("data missing") << QByteArray(R"({"status":"success"})") << 200 << json << "malformed"
                                  << ""
                                  << QStringList { QStringLiteral(
                                         "unexpected shape at data: missing, expected an "
                                         "object.") };
    QTest::addRow("unknown resultType")
        << QByteArray(R"({"status":"success","data":{"resultType":"histogram","result":[]}})") << 200 << json
        << "malformed"
        << ""
        << QStringList { QStringLiteral(
               "unexpected shape at data.resultType: \"histogram\", expected \"vector\", "
               "\"matrix\", \"scalar\" or \"string\"") };
    QTest::addRow("result is an object")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})") << 200 << json
        << "malformed"
        << "" << QStringList { QStringLiteral("at data.result: an object, expected an array of series") };
    QTest::addRow("series is a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":["up"]}})") << 200 << json
        << "malformed"
        << ""
        << QStringList { QStringLiteral("at data.result[0]: a string, expected an object with \"metric\" and "
                                        "\"value\"") };
    QTest::addRow("metric is an array")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)"
                      R"({"metric":{},"value":[1,"1"]},{"metric":["job"],"value":[1,"1"]}]}})")
        << 200 << json << "malformed"
        << ""
        << QStringList { QStringLiteral(
               "at data.result[1].metric: an array, expected an object of label names and "
               "values") };
    QTest::addRow("label value is a number") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":7},"value":[1,"1"]}]}})")
                                             << 200 << json << "malformed"
                                             << ""
                                             << QStringList { QStringLiteral("at data.result[0].metric.job: "
                                                                             "a number, expected a string") };
    QTest::addRow("value is a string")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":"1"}]}})")
        << 200 << json << "malformed"
        << ""
        << QStringList { QStringLiteral("at data.result[0].value: a string, expected [time, \"value\"]") };
    QTest::addRow("value has three elements") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1","x"]}]}})")
                                              << 200 << json << "malformed"
                                              << ""
                                              << QStringList { QStringLiteral(
                                                     "at data.result[0].value: an array of 3 elements, "
                                                     "expected [time, "
                                                     "\"value\"]") };
    QTest::addRow("value text is not a number") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})")
                                                << 200 << json << "malformed"
                                                << ""
                                                << QStringList { QStringLiteral(
                                                       "at data.result[0].value[1]: \"abc\", expected a "
                                                       "number as text such as "
                                                       "\"0.25\", \"NaN\" or \"+Inf\"") };
    QTest::addRow("time is text") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["soon","1"]}]}})")
                                  << 200 << json << "malformed"
                                  << ""
                                  << QStringList { QStringLiteral("at data.result[0].value[0]: \"soon\", "
                                                                  "expected a time in seconds") };
    QTest::addRow("time is null") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[null,"1"]}]}})")
                                  << 200 << json << "malformed"
                                  << ""
                                  << QStringList { QStringLiteral(
                                         "at data.result[0].value[0]: null, expected a time in seconds") };
    QTest::addRow("matrix values is an object")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":{}}]}})")
        << 200 << json << "malformed"
        << ""
        << QStringList { QStringLiteral("at data.result[0].values: an object, expected an array of [time, "
                                        "\"value\"]") };
    QTest::addRow("matrix third sample broken") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,"2"],[3]]}]}})")
                                                << 200 << json << "malformed"
                                                << ""
                                                << QStringList { QStringLiteral(
                                                       "at data.result[0].values[2]: an array of 1 element, "
                                                       "expected [time, "
                                                       "\"value\"]") };
    QTest::addRow("vector answer with a matrix shape") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"values":[[1,"1"]]}]}})")
                                                       << 200 << json << "malformed"
                                                       << ""
                                                       << QStringList { QStringLiteral(
                                                              "at data.result[0].value: missing, expected "
                                                              "[time, \"value\"]") };
    QTest::addRow("scalar is a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":"1"}})") << 200 << json
        << "malformed"
        << "" << QStringList { QStringLiteral("at data.result: a string, expected [time, \"value\"]") };
    QTest::addRow("string value is a number")
        << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1, 2]}})") << 200 << json
        << "malformed"
        << "" << QStringList { QStringLiteral("at data.result[1]: a number, expected a string") };
}

void TestPrometheusDecoder::reportsFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, failure);
    QFETCH(QString, errorType);
    QFETCH(QStringList, mustContain);

    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body, status, contentType));
    QVERIFY2(!response.ok, qPrintable(describe(response)));
    QCOMPARE(fetchFailureName(response.failure), failure);
    QCOMPARE(response.errorType, errorType);
    QCOMPARE(response.httpStatus, status);
    QVERIFY2(response.errorString.contains(kShownUrl), qPrintable(response.errorString));
    QVERIFY2(!response.errorString.contains(QLatin1String("s3cret")), qPrintable(response.errorString));
    for (const QString &part : mustContain)
        QVERIFY2(response.errorString.contains(part),
            qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(part, response.errorString)));
}

void TestPrometheusDecoder::truncatedJsonAtEveryTenthOffset()
{
    // A cut anywhere must give a clear "not valid JSON" with the byte offset, never a crash or an
    // "ok" with half the data.
    const QByteArray body = dataFile(QStringLiteral("vector_requests.json")).trimmed();
    for (qsizetype cut = 1; cut < body.size(); cut += 10) {
        const PromResponse response = PrometheusDecoder::decodeQuery(reply(body.left(cut)));
        QVERIFY2(!response.ok, qPrintable(QStringLiteral("cut at %1 decoded").arg(cut)));
        QCOMPARE(response.failure, FetchFailure::Malformed);
        QVERIFY2(response.errorString.contains(QStringLiteral(" of %1.").arg(cut)),
            qPrintable(response.errorString));
        QVERIFY2(
            response.errorString.contains(QLatin1String("It ends early")), qPrintable(response.errorString));
    }
}

void TestPrometheusDecoder::bodyOverSizeCap()
{
    // 50 MB of a valid answer against the default 32 MiB cap: refused before parsing.
    const QByteArray body = matrixBody(2500, 1000, [](int, int s) { return QByteArray::number(s * 0.25); });
    QVERIFY(body.size() > 50'000'000);
    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
    QCOMPARE(response.failure, FetchFailure::SizeCap);
    QCOMPARE(response.errorString,
        QStringLiteral(
            "The answer from %1 is larger than the response size cap of 32 MiB (at least %2 arrived or "
            "were announced). Narrow the query (fewer series, a shorter time range or a larger step) "
            "or raise the size cap in the connection profile.")
            .arg(kShownUrl, MessageText::formatBytes(body.size())));
}

void TestPrometheusDecoder::sizeCapHitDuringTransfer()
{
    // The client stopped at the cap after a Content-Length of 50 MiB was announced.
    PromHttpReply raw = reply(QByteArray(1024 * 1024, 'x'));
    raw.sizeCap = 1024 * 1024;
    raw.sizeCapHit = true;
    raw.bytesSeen = 50LL * 1024 * 1024;
    const PromResponse response = PrometheusDecoder::decodeQuery(raw);
    QCOMPARE(response.failure, FetchFailure::SizeCap);
    QVERIFY2(response.errorString.contains(QLatin1String("size cap of 1 MiB (at least 50 MiB arrived")),
        qPrintable(response.errorString));
}

void TestPrometheusDecoder::fiftyMegabytesDecodeUnderRaisedCap()
{
    const QByteArray body
        = matrixBody(2500, 1000, [](int i, int s) { return QByteArray::number(i + s * 0.25); });
    QVERIFY(body.size() > 50'000'000);
    PromHttpReply raw = reply(body);
    raw.sizeCap = 64LL * 1024 * 1024;
    QElapsedTimer clock;
    clock.start();
    const PromResponse response = PrometheusDecoder::decodeQuery(raw);
    qInfo("decoded %s in %lld ms", qPrintable(MessageText::formatBytes(body.size())), clock.elapsed());
    QVERIFY2(response.ok, qPrintable(response.errorString));
    QCOMPARE(response.result.series.size(), 2500);
    QCOMPARE(response.result.series.at(2499).samples.size(), 1000);
    QCOMPARE(response.result.series.at(2499).labels.value(QStringLiteral("model_id")),
        QStringLiteral("deployment-2499"));
    QCOMPARE(response.result.series.at(2499).samples.at(999).value, 2499 + 999 * 0.25);
    QCOMPARE(response.result.series.at(2499).samples.at(999).time, 1732680000 + 999 * 15 + 0.5);
}

void TestPrometheusDecoder::nanEverywhere()
{
    const QByteArray body = matrixBody(1000, 60, [](int i, int s) {
        return (i + s) % 7 == 0 ? QByteArray("+Inf")
            : (i + s) % 11 == 0 ? QByteArray("-Inf")
                                : QByteArray("NaN");
    });
    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
    QVERIFY2(response.ok, qPrintable(response.errorString));
    QCOMPARE(response.result.series.size(), 1000);
    QVERIFY(response.result.warnings.isEmpty());
    for (const PromSeries &series : response.result.series) {
        QCOMPARE(series.samples.size(), 60);
        for (const PromSample &sample : series.samples)
            QVERIFY(!std::isfinite(sample.value));
    }
    QVERIFY(std::isnan(response.result.series.at(1).samples.at(1).value));
    QCOMPARE(response.result.series.at(0).samples.at(0).value, std::numeric_limits<double>::infinity());
    QCOMPARE(response.result.series.at(0).samples.at(11).value, -std::numeric_limits<double>::infinity());
}

void TestPrometheusDecoder::manyDuplicatedSeriesWarnBriefly()
{
    QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (int copy = 0; copy < 3; ++copy) {
        for (int i = 0; i < 8; ++i) {
            if (copy + i > 0)
                body += ',';
            body += R"({"metric":{"model_id":"m)" + QByteArray::number(i) + R"("},"value":[1,")"
                + QByteArray::number(copy) + R"("]})";
        }
    }
    body += "]}}";
    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
    QVERIFY2(response.ok, qPrintable(response.errorString));
    QCOMPARE(response.result.series.size(), 8);
    for (const PromSeries &series : response.result.series)
        QCOMPARE(series.samples.at(0).value, 0.0); // the first copy is kept
    QCOMPARE(response.result.warnings.size(), 6);
    QVERIFY(response.result.warnings.at(0).contains(
        QLatin1String("has 2 more series with the labels {model_id=\"m0\"}")));
    QCOMPARE(response.result.warnings.at(5),
        QStringLiteral("The answer from %1 has duplicated series for 3 more label sets.").arg(kShownUrl));
}

void TestPrometheusDecoder::randomMutationsNeverCrash()
{
    // Hostile bytes: every mutation must give either a sane result or an error naming the URL.
    const QList<QByteArray> seeds { dataFile(QStringLiteral("matrix_special_values.json")),
        dataFile(QStringLiteral("thanos_partial_response.json")),
        dataFile(QStringLiteral("duplicated_series.json")),
        dataFile(QStringLiteral("vm_error_parse_real.json")),
        dataFile(QStringLiteral("native_histogram.json")) };
    const QByteArray alphabet = R"({}[]",:0123456789.eE-+ntfuaslNI\ )";
    QRandomGenerator random(4242);
    int decoded = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray body = seeds.at(round % seeds.size());
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const qsizetype at = qsizetype(random.bounded(quint32(body.size())));
            switch (random.bounded(4)) {
            case 0:
                body.remove(at, 1 + qsizetype(random.bounded(8)));
                break;
            case 1:
                body.insert(at, alphabet.at(qsizetype(random.bounded(quint32(alphabet.size())))));
                break;
            case 2:
                body[at] = alphabet.at(qsizetype(random.bounded(quint32(alphabet.size()))));
                break;
            default:
                body.truncate(at);
                break;
            }
        }
        const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
        if (response.ok) {
            ++decoded;
            for (const PromSeries &series : response.result.series)
                QVERIFY(series.samples.size() < 100);
        } else {
            QVERIFY2(response.failure != FetchFailure::None, body.constData());
            QVERIFY2(response.errorString.contains(kShownUrl), qPrintable(response.errorString));
        }
    }
    qInfo("%d of 20000 mutated answers still decoded", decoded);
}

void TestPrometheusDecoder::numbersMatchStrtod()
{
    // Sample values (std::from_chars behind JSON's number grammar) must give the very double strtod gives.
    const auto parse = [](const char *text) { return PrometheusDecoder::parseValue(QString::fromLatin1(text)); };
    QRandomGenerator random(99);
    const char *formats[] = { "%.17g", "%.3f", "%.15g", "%e", "%.0f", "%.6g", "%.12e" };
    for (int i = 0; i < 200000; ++i) {
        const double magnitude = std::pow(10.0, random.bounded(40.0) - 20.0);
        const double value = (random.bounded(2) ? -1 : 1) * random.generateDouble() * magnitude;
        char text[64];
        std::snprintf(text, sizeof text, formats[i % std::size(formats)], value);
        const std::optional<double> parsed = parse(text);
        QVERIFY2(parsed, text);
        const double expected = std::strtod(text, nullptr);
        QVERIFY2(std::memcmp(&*parsed, &expected, sizeof expected) == 0, text);
    }
    for (const char *bad : { "", "-", "01", "1.", ".5", "+1", "1e", "1e+", "0x10", "1 ", "--1", "nan", "1.5.5" })
        QVERIFY2(!parse(bad), bad);
    QCOMPARE(parse("1e999"), std::numeric_limits<double>::infinity());
    QCOMPARE(parse("-1e999"), -std::numeric_limits<double>::infinity());
    QCOMPARE(parse("1e-999"), 0.0);
    QCOMPARE(parse("123456789012345678901234567890"), 123456789012345678901234567890.0);
}

void TestPrometheusDecoder::buildInfo_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("mustContain");

    QTest::addRow("Prometheus 2.42") << dataFile(QStringLiteral("buildinfo_prometheus_real.json")) << 200
                                     << true << "2.42.0+ds"
                                     << "none"
                                     << "";
    QTest::addRow("VictoriaMetrics 1.79")
        << dataFile(QStringLiteral("buildinfo_victoriametrics_real.json")) << 200 << true << "unknown"
        << "none"
        << "";
    QTest::addRow("404 text") << dataFile(QStringLiteral("go_404_real.txt")) << 404 << false << "unknown"
                              << "http"
                              << "was not found (HTTP 404";
    QTest::addRow("starting") << dataFile(QStringLiteral("prometheus_starting_503.txt")) << 503 << false
                              << "unknown"
                              << "not-ready"
                              << "not ready yet";
    QTest::addRow("data is a list") << QByteArray(R"({"status":"success","data":[]})") << 200 << false
                                    << "unknown"
                                    << "malformed"
                                    << "unexpected shape at data: an array";
}

void TestPrometheusDecoder::buildInfo()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, ok);
    QFETCH(QString, version);
    QFETCH(QString, failure);
    QFETCH(QString, mustContain);

    PromHttpReply raw = reply(body, status);
    raw.url = QUrl(QStringLiteral("http://127.0.0.1:9090/api/v1/status/buildinfo"));
    const PromBuildInfo info = PrometheusDecoder::decodeBuildInfo(raw);
    QCOMPARE(info.ok, ok);
    if (ok)
        QCOMPARE(info.version, version);
    QCOMPARE(fetchFailureName(info.failure), failure);
    QVERIFY2(info.errorString.contains(mustContain), qPrintable(info.errorString));
}

void TestPrometheusDecoder::parseValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected"); // NaN expected when text is "NaN"

    QTest::addRow("NaN") << "NaN" << true << std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("+Inf") << "+Inf" << true << std::numeric_limits<double>::infinity();
    QTest::addRow("Inf") << "Inf" << true << std::numeric_limits<double>::infinity();
    QTest::addRow("-Inf") << "-Inf" << true << -std::numeric_limits<double>::infinity();
    QTest::addRow("1e-07") << "1e-07" << true << 1e-07;
    QTest::addRow("1.5E+3") << "1.5E+3" << true << 1500.0;
    QTest::addRow("-0.25") << "-0.25" << true << -0.25;
    QTest::addRow("integer") << "42" << true << 42.0;
    QTest::addRow("big") << "1.8446744073709552e+19" << true << 1.8446744073709552e+19;
    QTest::addRow("empty") << "" << false << 0.0;
    QTest::addRow("spaces") << " 1" << false << 0.0;
    QTest::addRow("comma") << "1,5" << false << 0.0;
    QTest::addRow("word") << "abc" << false << 0.0;
    QTest::addRow("unit") << "5s" << false << 0.0;
}

void TestPrometheusDecoder::parseValue()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const std::optional<double> value = PrometheusDecoder::parseValue(text);
    QCOMPARE(value.has_value(), valid);
    if (!valid)
        return;
    if (std::isnan(expected))
        QVERIFY(std::isnan(*value));
    else
        QCOMPARE(*value, expected);
}

void TestPrometheusDecoder::labelsToString()
{
    QCOMPARE(PrometheusDecoder::labelsToString({}), QStringLiteral("{}"));
    const PromLabels labels { { QStringLiteral("z"), QStringLiteral("line\nbreak") },
        { QStringLiteral("__name__"), QStringLiteral("up") },
        { QStringLiteral("path"), QStringLiteral("C:\\ \"x\"") } };
    QCOMPARE(PrometheusDecoder::labelsToString(labels),
        QStringLiteral("{__name__=\"up\", path=\"C:\\\\ \\\"x\\\"\", z=\"line\\nbreak\"}"));
}

void TestPrometheusDecoder::htmlTitle_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addRow("plain") << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>")
                           << QStringLiteral("502 Bad Gateway");
    QTest::addRow("upper case, attributes, entities")
        << QByteArray("<HTML><HEAD><TITLE lang=\"en\">\n  Sign in &amp; go &lt;now&gt;\n</TITLE>")
        << QStringLiteral("Sign in & go <now>");
    QTest::addRow("none") << QByteArray("<html><body>hi</body></html>") << QString();
    QTest::addRow("unclosed") << QByteArray("<title>Login") << QStringLiteral("Login");
    QTest::addRow("very long") << QByteArray("<title>" + QByteArray(500, 'a') + "</title>")
                               << QString(120, QLatin1Char('a')) + QChar(0x2026);
}

void TestPrometheusDecoder::htmlTitle()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QCOMPARE(MessageText::htmlTitle(html), title);
}

void TestPrometheusDecoder::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addRow("0") << qint64(0) << "0 bytes";
    QTest::addRow("1") << qint64(1) << "1 byte";
    QTest::addRow("900") << qint64(900) << "900 bytes";
    QTest::addRow("512 KiB") << qint64(512 * 1024) << "512 KiB";
    QTest::addRow("1.5 KiB") << qint64(1536) << "1.5 KiB";
    QTest::addRow("32 MiB") << qint64(32) * 1024 * 1024 << "32 MiB";
    QTest::addRow("33.5 MiB") << qint64(33.5 * 1024 * 1024) << "33.5 MiB";
    QTest::addRow("2 GiB") << qint64(2) * 1024 * 1024 * 1024 << "2 GiB";
}

void TestPrometheusDecoder::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(MessageText::formatBytes(bytes), text);
}

void TestPrometheusDecoder::endpointUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("url");
    QTest::addRow("plain") << "http://127.0.0.1:9090"
                           << ""
                           << "http://127.0.0.1:9090/api/v1/query";
    QTest::addRow("trailing slash") << "http://127.0.0.1:9090/"
                                    << ""
                                    << "http://127.0.0.1:9090/api/v1/query";
    QTest::addRow("Mimir prefix") << "https://mimir.example"
                                  << "/prometheus"
                                  << "https://mimir.example/prometheus/api/v1/query";
    QTest::addRow("prefix without slashes") << "http://h:1"
                                            << "prometheus/"
                                            << "http://h:1/prometheus/api/v1/query";
    QTest::addRow("base with a path") << "http://h:1/proxy/"
                                      << "/prometheus"
                                      << "http://h:1/proxy/prometheus/api/v1/query";
}

void TestPrometheusDecoder::endpointUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, prefix);
    QFETCH(QString, url);
    PromEndpointConfig config;
    config.baseUrl = QUrl(base);
    config.pathPrefix = prefix;
    QCOMPARE(config.endpoint(QStringLiteral("/api/v1/query")).toString(), url);
}

void TestPrometheusDecoder::endpointValidation_data()
{
    QTest::addColumn<PromEndpointConfig>("config");
    QTest::addColumn<QString>("error");

    PromEndpointConfig good;
    good.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
    QTest::addRow("good") << good << QString();

    PromEndpointConfig config = good;
    config.baseUrl = QUrl(QStringLiteral("ftp://reader:pw@host/"));
    QTest::addRow("scheme") << config
                            << "The Prometheus URL \"ftp://host/\" must start with http:// or https://.";
    config = good;
    config.baseUrl = QUrl(QStringLiteral("http://host:9090/?x=1"));
    QTest::addRow("query")
        << config
        << "The Prometheus URL \"http://host:9090/\" must not have a query (?...) or fragment (#...); "
           "give the server's address and put a path like /prometheus in the path prefix.";
    config = good;
    config.auth = PromEndpointConfig::Auth::Bearer;
    QTest::addRow("bearer without secret")
        << config
        << "Bearer authentication is selected but the secret is empty; check that the environment "
           "variable named in the connection profile is set.";
    config = good;
    config.auth = PromEndpointConfig::Auth::Basic;
    config.secret = QStringLiteral("pw");
    QTest::addRow("basic without user")
        << config << "Basic authentication needs a user name; set it in the connection profile.";
    config.username = QStringLiteral("me");
    config.secret = QStringLiteral("pw\n");
    QTest::addRow("secret with newline")
        << config
        << "The authentication secret or user name contains a line break or NUL "
           "character; check the environment variable it comes from.";
    config = good;
    config.extraHeaders = { { QByteArray("X Scope"), QByteArray("1") } };
    QTest::addRow("header name with space")
        << config
        << "The extra header name \"X Scope\" contains ' ', which is not allowed in an HTTP header name.";
    config = good;
    config.deadlineMs = 0;
    QTest::addRow("no deadline") << config << "The request deadline must be positive (it is 0 ms).";
    config = good;
    config.maxResponseBytes = -1;
    QTest::addRow("negative cap") << config << "The response size cap must be positive (it is -1 bytes).";
}

void TestPrometheusDecoder::endpointValidation()
{
    QFETCH(PromEndpointConfig, config);
    QFETCH(QString, error);
    QCOMPARE(config.validate(), error);
}

QTEST_GUILESS_MAIN(TestPrometheusDecoder)
void TestPrometheusDecoder::targetsAndWhyAScrapeFails()
{
    // Prometheus' /api/v1/targets?state=active, trimmed to the fields read.
    const QByteArray body = R"({"status":"success","data":{"activeTargets":[
        {"labels":{"job":"prometheus"},"scrapeUrl":"http://localhost:9090/metrics","health":"up","lastError":""},
        {"labels":{"job":"litellm"},"scrapeUrl":"http://127.0.0.1:4000/metrics","health":"down",
         "lastError":"server returned HTTP status 401 Unauthorized"}],"droppedTargets":[]}})";
    const PromTargets targets = PrometheusDecoder::decodeTargets(reply(body));
    QVERIFY2(targets.ok, qPrintable(targets.errorString));
    QCOMPARE(targets.targets.size(), 2);
    QCOMPARE(targets.targets.at(1).job, QStringLiteral("litellm"));
    const QString why = ScrapeDiagnosis::explain(targets.targets, QUrl(QStringLiteral("http://localhost:4000")));
    QVERIFY2(why.startsWith(QStringLiteral("Prometheus has no LiteLLM series because its scrape of "
                                           "http://127.0.0.1:4000/metrics (job litellm) fails: server returned "
                                           "HTTP status 401 Unauthorized.")),
        qPrintable(why));
    QVERIFY(why.contains(QStringLiteral("require_auth_for_metrics_endpoint: false")));
    QVERIFY(why.contains(QStringLiteral("Since LiteLLM 1.84"))); // the router's release is not known
    // With the release known, the advice names the setting that asked for the key.
    const QUrl router(QStringLiteral("http://localhost:4000"));
    QVERIFY2(ScrapeDiagnosis::explain(targets.targets, router, LiteLlmVersion::parse(QStringLiteral("1.85.0")))
                 .contains(QStringLiteral("The router runs LiteLLM 1.85.0, whose /metrics needs the master key by default")),
        qPrintable(why));
    const QString older = ScrapeDiagnosis::explain(targets.targets, router, LiteLlmVersion::parse(QStringLiteral("1.81.15")));
    QVERIFY2(older.contains(QStringLiteral("LiteLLM 1.81.15, whose /metrics is open unless "
                                           "litellm_settings.require_auth_for_metrics_endpoint is true")),
        qPrintable(older));
    // Up, or not scraped yet: nothing to say. Another router: no job scrapes this one.
    PromTargets up = targets;
    up.targets[1].health = QStringLiteral("unknown");
    QCOMPARE(ScrapeDiagnosis::explain(up.targets, QUrl(QStringLiteral("http://127.0.0.1:4000"))), QString());
    QVERIFY(ScrapeDiagnosis::undecided(up.targets, QUrl(QStringLiteral("http://127.0.0.1:4000"))));
    QVERIFY(!ScrapeDiagnosis::undecided(targets.targets, QUrl(QStringLiteral("http://127.0.0.1:4000"))));
    up.targets[1].health = QStringLiteral("up"); // a router without traffic: up, and no series yet
    QCOMPARE(ScrapeDiagnosis::explain(up.targets, QUrl(QStringLiteral("http://127.0.0.1:4000"))), QString());
    QVERIFY(!ScrapeDiagnosis::undecided(up.targets, QUrl(QStringLiteral("http://127.0.0.1:4000"))));
    QVERIFY(ScrapeDiagnosis::undecided({}, QUrl(QStringLiteral("http://127.0.0.1:4000"))));
    QVERIFY(ScrapeDiagnosis::explain(targets.targets, QUrl(QStringLiteral("http://127.0.0.1:4001")))
                .contains(QStringLiteral("none of its scrape targets is the router at http://127.0.0.1:4001")));
    QCOMPARE(ScrapeDiagnosis::explain({}, QUrl(QStringLiteral("http://127.0.0.1:4000"))), QString());

    // Hostile answers: an error text, a wrong shape, a truncated body.
    QVERIFY(!PrometheusDecoder::decodeTargets(reply("upstream connect error", 503, "text/plain")).ok);
    const PromTargets shape = PrometheusDecoder::decodeTargets(reply(R"({"status":"success","data":{"activeTargets":7}})"));
    QVERIFY(!shape.ok);
    QVERIFY2(shape.errorString.contains(QStringLiteral("activeTargets")), qPrintable(shape.errorString));
    QVERIFY(!PrometheusDecoder::decodeTargets(reply(body.left(body.size() / 2))).ok);

    // The scrape interval, as Prometheus 2.42 lists it per target (captured from the demo's server).
    const PromTargets real = PrometheusDecoder::decodeTargets(reply(dataFile(QStringLiteral("targets_prometheus_2.42_real.json"))));
    QVERIFY2(real.ok, qPrintable(real.errorString));
    QCOMPARE(real.targets.size(), 1);
    QCOMPARE(real.targets.at(0).scrapeIntervalSeconds, 1.0);
    QCOMPARE(targets.targets.at(0).scrapeIntervalSeconds, 0.0); // left out: unknown
    QCOMPARE(PrometheusDecoder::durationSeconds(QStringLiteral("15s")), 15.0);
    QCOMPARE(PrometheusDecoder::durationSeconds(QStringLiteral("1m30s")), 90.0);
    QCOMPARE(PrometheusDecoder::durationSeconds(QStringLiteral("500ms")), 0.5);
    for (const char *bad : { "", "15", "s", "1m 30s", "-5s", "1.5m", "15sx" })
        QCOMPARE(PrometheusDecoder::durationSeconds(QString::fromLatin1(bad)), 0.0);
}

void TestPrometheusDecoder::rulesFromCapturedShape()
{
    const PromRules rules = PrometheusDecoder::decodeRules(rulesReply(rulesBody()));
    QVERIFY2(rules.ok, qPrintable(rules.errorString));
    QCOMPARE(describe(rules),
        QStringLiteral(
            "litellm-alerts/LiteLLMDeploymentFailing alerting firing for=60s health=ok {severity=\"page\"}\n"
            "  firing since 2024-11-27T04:01:15.606Z value=0.42 {alertname=\"LiteLLMDeploymentFailing\", "
            "model_id=\"deployment-2\", severity=\"page\"} {summary=\"Deployment deployment-2 fails 42% of "
            "requests\"}\n"
            "litellm-alerts/LiteLLMLatencyHigh alerting pending for=300s health=ok {severity=\"ticket\"}\n"
            "  pending since 2024-11-27T04:08:30.000Z value=2.5 {alertname=\"LiteLLMLatencyHigh\", "
            "model_id=\"deployment-1\", severity=\"ticket\"} {}\n"
            "litellm-alerts/LiteLLMShareDrift alerting inactive for=120s health=err {severity=\"ticket\"} "
            "error=\"query processing would load too many samples into memory in query execution\"\n"
            "litellm-recording/litellm:requests:rate5m recording health=ok {}"));

    // The expression as written, and the times as instants in UTC, whatever offset the server wrote.
    QCOMPARE(rules.rules.at(1).query,
        QStringLiteral("histogram_quantile(0.95, sum by (le, model_id) "
                       "(rate(litellm_llm_api_latency_metric_bucket[5m]))) > 2"));
    const PromAlert &firing = rules.rules.at(0).alerts.at(0);
    QCOMPARE(firing.activeAt.toMSecsSinceEpoch(), Q_INT64_C(1732680075606));
    QCOMPARE(firing.activeAt.offsetFromUtc(), 0);
    QCOMPARE(rules.rules.at(1).alerts.at(0).activeAt.toMSecsSinceEpoch(), Q_INT64_C(1732680510000));
    const PromRule &recording = rules.rules.at(3);
    QVERIFY(!recording.alerting);
    QCOMPARE(recording.state, QString());
    QCOMPARE(recording.forSeconds, 0.0);
    QVERIFY(recording.alerts.isEmpty());
}

void TestPrometheusDecoder::rulesFromDocumentedShape()
{
    // The shape of the example in Prometheus' API documentation: alerting rules without "state", a
    // recording rule without labels, an alert without activeAt. The state follows from the alerts.
    const QByteArray body = R"json({"data":{"groups":[{"rules":[
{"alerts":[{"annotations":{},"labels":{"alertname":"NoData"},"state":"firing","value":"NaN"}],
"annotations":{},"duration":0,"health":"ok","labels":{},"name":"NoData","query":"vector(NaN)",
"type":"alerting"},
{"alerts":[{"activeAt":"2018-07-04T20:27:12.60602144+02:00","annotations":{},"labels":{"alertname":"Slow"},
"state":"pending","value":"1e+00"}],"annotations":{},"duration":600,"health":"ok",
"labels":{"severity":"page"},"name":"Slow","query":"job:request_latency_seconds:mean5m{job=\"myjob\"} > 0.5",
"type":"alerting"},
{"alerts":[],"annotations":{},"duration":60,"health":"unknown","labels":{},"name":"Quiet",
"query":"vector(0) > 1","type":"alerting"},
{"health":"ok","name":"job:http_inprogress_requests:sum","query":"sum by (job) (http_inprogress_requests)",
"type":"recording"}],"file":"/rules.yaml","interval":60,"name":"example"}]},"status":"success"})json";
    const PromRules rules = PrometheusDecoder::decodeRules(rulesReply(body));
    QVERIFY2(rules.ok, qPrintable(rules.errorString));
    QCOMPARE(describe(rules),
        QStringLiteral("example/NoData alerting firing for=0s health=ok {}\n"
                       "  firing since ? value=NaN {alertname=\"NoData\"} {}\n"
                       "example/Slow alerting pending for=600s health=ok {severity=\"page\"}\n"
                       "  pending since 2018-07-04T18:27:12.606Z value=1 {alertname=\"Slow\"} {}\n"
                       "example/Quiet alerting inactive for=60s health=unknown {}\n"
                       "example/job:http_inprogress_requests:sum recording health=ok {}"));
    QVERIFY(std::isnan(rules.rules.at(0).alerts.at(0).value));

    // No groups at all (no rule_files configured) is an answer, not an error.
    const PromRules none
        = PrometheusDecoder::decodeRules(rulesReply(R"({"status":"success","data":{"groups":[]}})"));
    QVERIFY2(none.ok, qPrintable(none.errorString));
    QVERIFY(none.rules.isEmpty());
}

void TestPrometheusDecoder::rulesErrorEnvelope()
{
    // Prometheus 2.42 on /api/v1/rules?type=foo.
    const PromRules rules = PrometheusDecoder::decodeRules(
        rulesReply(R"({"status":"error","errorType":"bad_data",)"
                   R"("error":"invalid parameter \"type\": not supported value \"foo\""})",
            400));
    QVERIFY(!rules.ok);
    QVERIFY(rules.rules.isEmpty());
    QCOMPARE(rules.errorString,
        kShownRulesUrl
            + QStringLiteral(" answered bad_data (HTTP 400): invalid parameter \"type\": not supported "
                             "value \"foo\". Check the query and its parameters (the query catalog, or the "
                             "connection profile's override of it)."));
}

void TestPrometheusDecoder::rulesNotJson()
{
    // Prometheus before it is ready.
    const PromRules starting = PrometheusDecoder::decodeRules(rulesReply(
        dataFile(QStringLiteral("prometheus_starting_503.txt")), 503, "text/plain; charset=utf-8"));
    QVERIFY(!starting.ok);
    QVERIFY(starting.rules.isEmpty());
    QCOMPARE(starting.errorString,
        kShownRulesUrl
            + QStringLiteral(
                " is not ready yet (HTTP 503: \"Service Unavailable\"). The server is starting up "
                "or replaying its write-ahead log; RouteDeck keeps retrying."));

    // A proxy in front of it.
    const PromRules proxy = PrometheusDecoder::decodeRules(rulesReply(
        "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
        "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n",
        503, "text/html"));
    QVERIFY(!proxy.ok);
    QCOMPARE(proxy.errorString,
        QStringLiteral("The answer from %1 is an HTML page titled \"503 Service Temporarily Unavailable\" "
                       "(HTTP 503), not Prometheus JSON. It is probably a proxy, login or error page: check "
                       "the URL, the path prefix and the authentication settings.")
            .arg(kShownRulesUrl));
    QVERIFY(!proxy.errorString.contains(QLatin1String("s3cret")));
}

void TestPrometheusDecoder::rulesTruncatedJson()
{
    // A cut anywhere is "not valid JSON ... ends early", never an "ok" with some of the rules.
    const QByteArray body = rulesBody();
    for (qsizetype cut = 1; cut < body.size(); cut += 7) {
        const PromRules rules = PrometheusDecoder::decodeRules(rulesReply(body.left(cut)));
        QVERIFY2(!rules.ok, qPrintable(QStringLiteral("cut at %1 decoded").arg(cut)));
        QVERIFY(rules.rules.isEmpty());
        QVERIFY2(rules.errorString.startsWith(
                     QStringLiteral("The answer from %1 is not valid JSON").arg(kShownRulesUrl)),
            qPrintable(rules.errorString));
        QVERIFY2(rules.errorString.contains(QLatin1String("It ends early")), qPrintable(rules.errorString));
    }
}

void TestPrometheusDecoder::rulesShapeErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("missing"); // completes "The answer from URL has no ..."

    QTest::addRow("data null") << QByteArray("null") << "list of rule groups at data.groups";
    QTest::addRow("groups an object") << QByteArray(R"({"groups":{}})")
                                      << "list of rule groups at data.groups";
    QTest::addRow("group a text") << QByteArray(R"({"groups":["g"]})")
                                  << "rule group (an object) at data.groups[0]";
    QTest::addRow("group without name") << QByteArray(R"({"groups":[{"rules":[]}]})")
                                        << "text at data.groups[0].name";
    QTest::addRow("rules null") << QByteArray(R"({"groups":[{"name":"g","rules":null}]})")
                                << "list of rules at data.groups[0].rules";
    const QByteArray twoRecordingRules
        = R"({"groups":[{"name":"g","rules":[{"type":"recording","name":"r","query":"up","health":"ok"},)"
          R"({"type":"recording","name":7,"query":"up","health":"ok"}]}]})";
    QTest::addRow("second rule's name a number") << twoRecordingRules
                                                 << "text at data.groups[0].rules[1].name";

    // One member of a valid alerting rule broken at a time.
    QTest::addRow("unknown rule type")
        << oneAlertingRuleWith(R"("type":"alerting")", R"("type":"alert")")
        << "rule type \"alerting\" or \"recording\" at data.groups[0].rules[0].type";
    QTest::addRow("no query") << oneAlertingRuleWith(R"j("query":"vector(1)",)j", "")
                              << "text at data.groups[0].rules[0].query";
    QTest::addRow("duration as Go text") << oneAlertingRuleWith(R"("duration":0)", R"("duration":"5m")")
                                         << "number of seconds at data.groups[0].rules[0].duration";
    QTest::addRow("no duration") << oneAlertingRuleWith(R"("duration":0,)", "")
                                 << "number of seconds at data.groups[0].rules[0].duration";
    QTest::addRow("label value a number") << oneAlertingRuleWith(R"("severity":"page")", R"("severity":3)")
                                          << "text at data.groups[0].rules[0].labels.severity";
    QTest::addRow("labels a list") << oneAlertingRuleWith(R"("labels":{"severity":"page"})", R"("labels":[])")
                                   << "label set (an object of texts) at data.groups[0].rules[0].labels";
    const char *alerts = R"("alerts":[{"labels":{"alertname":"A"},"annotations":{},"state":"firing",)"
                         R"("activeAt":"2024-11-27T04:01:15.606Z","value":"1e+00"}])";
    QTest::addRow("alerts an object") << oneAlertingRuleWith(alerts, R"("alerts":{})")
                                      << "list of alerts at data.groups[0].rules[0].alerts";
    QTest::addRow("alert without state")
        << oneAlertingRuleWith(R"("annotations":{},"state":"firing",)", R"("annotations":{},)")
        << "text at data.groups[0].rules[0].alerts[0].state";
    const char *badValue
        = "value as a number in text such as \"1e+00\" or \"NaN\" at data.groups[0].rules[0].alerts[0].value";
    QTest::addRow("value a word") << oneAlertingRuleWith(R"("value":"1e+00")", R"("value":"high")")
                                  << badValue;
    QTest::addRow("no value") << oneAlertingRuleWith(R"(,"value":"1e+00")", "") << badValue;
    const char *badTime
        = "RFC 3339 time such as \"2024-11-27T04:01:15.606Z\" at data.groups[0].rules[0].alerts[0].activeAt";
    QTest::addRow("activeAt without T and zone")
        << oneAlertingRuleWith("2024-11-27T04:01:15.606Z", "2024-11-27 04:01:15") << badTime;
    QTest::addRow("activeAt month 13")
        << oneAlertingRuleWith("2024-11-27T04:01:15.606Z", "2024-13-27T04:01:15Z") << badTime;
    QTest::addRow("activeAt Unix seconds")
        << oneAlertingRuleWith(R"("2024-11-27T04:01:15.606Z")", "1732680075.606") << badTime;
}

void TestPrometheusDecoder::rulesShapeErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, missing);

    // The rule the rows break decodes as it stands.
    const PromRules intact = PrometheusDecoder::decodeRules(
        rulesReply(QByteArray(R"({"status":"success","data":)") + kOneAlertingRule + '}'));
    QVERIFY2(intact.ok, qPrintable(intact.errorString));
    QCOMPARE(intact.rules.size(), 1);

    const PromRules rules = PrometheusDecoder::decodeRules(
        rulesReply(QByteArray(R"({"status":"success","data":)") + data + '}'));
    QVERIFY(!rules.ok);
    QVERIFY(rules.rules.isEmpty());
    QCOMPARE(rules.errorString, QStringLiteral("The answer from %1 has no %2.").arg(kShownRulesUrl, missing));
}

namespace {

// The decoder's message for an answer of the wrong shape, whole.
QString shapeMessage(const QString &path, const QString &found, const QString &expected)
{
    return QStringLiteral("The answer from %1 has an unexpected shape at %2: %3, expected %4. The server does not "
                          "speak the Prometheus API as RouteDeck expects; check the URL and the path prefix.")
        .arg(kShownUrl, path, found, expected);
}

// Series 0 is sound; series 1's only sample has the time `time`.
QByteArray vectorWithTime(const QByteArray &time)
{
    return R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"a"},"value":[1,"1"]},)"
           R"({"metric":{"job":"b"},"value":[)"
        + time + R"(,"2"]}]}})";
}

// Series 0 is sound; series 1's second sample has the time `time`.
QByteArray matrixWithTime(const QByteArray &time)
{
    return R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[[1,"1"]]},)"
           R"({"metric":{"job":"b"},"values":[[1,"1"],[)"
        + time + R"(,"2"]]}]}})";
}

} // namespace

void TestPrometheusDecoder::insaneSampleTimes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("found");
    QTest::addRow("1e300 in a matrix") << matrixWithTime("1e300") << "data.result[1].values[1][0]" << "1e+300";
    QTest::addRow("after the year 9999") << matrixWithTime("253402300800") << "data.result[1].values[1][0]"
                                         << "253402300800";
    QTest::addRow("before the year 1") << matrixWithTime("-62135596801") << "data.result[1].values[1][0]"
                                       << "-62135596801";
    QTest::addRow("NaN as text") << vectorWithTime(R"("NaN")") << "data.result[1].value[0]" << "\"NaN\"";
    QTest::addRow("+Inf as text") << vectorWithTime(R"("+Inf")") << "data.result[1].value[0]" << "\"+Inf\"";
    QTest::addRow("-Inf as text") << vectorWithTime(R"("-Inf")") << "data.result[1].value[0]" << "\"-Inf\"";
    QTest::addRow("1e999 as text") << vectorWithTime(R"("1e999")") << "data.result[1].value[0]" << "\"1e999\"";
    QTest::addRow("1e300 as text") << matrixWithTime(R"("1e300")") << "data.result[1].values[1][0]" << "\"1e300\"";
    QTest::addRow("scalar at 1e20") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1e20,"1"]}})")
                                    << "data.result[0]" << "1e+20";
}

void TestPrometheusDecoder::insaneSampleTimes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, found);
    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
    QVERIFY2(!response.ok, qPrintable(describe(response)));
    QCOMPARE(response.failure, FetchFailure::Malformed);
    QCOMPARE(response.errorString,
        shapeMessage(path, found, QStringLiteral("a time in seconds within the years 1 to 9999")));
}

void TestPrometheusDecoder::sampleTimesAtTheLimitsDecode()
{
    const PromResponse first = PrometheusDecoder::decodeQuery(reply(matrixWithTime("-62135596800")));
    QCOMPARE(describe(first),
        QStringLiteral("ok matrix\n{job=\"a\"} 1.000=1\n{job=\"b\"} 1.000=1 -62135596800.000=2"));
    const PromResponse last = PrometheusDecoder::decodeQuery(reply(vectorWithTime(R"("253402300799")")));
    QCOMPARE(describe(last), QStringLiteral("ok vector\n{job=\"a\"} 1.000=1\n{job=\"b\"} 253402300799.000=2"));
}

void TestPrometheusDecoder::nonFiniteJsonNumbersAreNotJson()
{
    // JSON has no NaN or infinity, and simdjson refuses a number beyond a double: never a time or a status.
    for (const QByteArray &body : { vectorWithTime("NaN"), vectorWithTime("Infinity"), matrixWithTime("1e999"),
             QByteArray(R"({"status":"error","errorType":NaN,"error":"boom"})"),
             QByteArray(R"({"status":"error","errorType":-1e400,"error":"boom"})") }) {
        const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
        QVERIFY2(!response.ok, body.constData());
        QCOMPARE(response.failure, FetchFailure::Malformed);
        QVERIFY2(response.errorString.startsWith(
                     QStringLiteral("The answer from %1 is not valid JSON (HTTP 200): ").arg(kShownUrl)),
            qPrintable(response.errorString));
    }
}

void TestPrometheusDecoder::errorTypeNumbers_data()
{
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("message");
    const QString unexpected = QStringLiteral("The answer from %1 has an unexpected shape at errorType: %2, expected a "
                                              "word such as \"bad_data\" or an HTTP status number. The server's error "
                                              "message: boom");
    QTest::addRow("a status") << QByteArray("422") << "api"
                              << "422"
                              << kShownUrl
            + QStringLiteral(" answered error 422 (HTTP 422): boom. The server could not evaluate the query; it may "
                             "touch too many series or samples. Shorten the time range, raise the step or narrow "
                             "the label filters.");
    QTest::addRow("a status as 422.0") << QByteArray("422.0") << "api"
                                       << "422"
                                       << kShownUrl
            + QStringLiteral(" answered error 422 (HTTP 422): boom. The server could not evaluate the query; it may "
                             "touch too many series or samples. Shorten the time range, raise the step or narrow "
                             "the label filters.");
    QTest::addRow("1e300") << QByteArray("1e300") << "malformed"
                           << "" << unexpected.arg(kShownUrl, QStringLiteral("1e+300"));
    QTest::addRow("a fraction") << QByteArray("4.5") << "malformed"
                                << "" << unexpected.arg(kShownUrl, QStringLiteral("4.5"));
    QTest::addRow("negative") << QByteArray("-1") << "malformed"
                              << "" << unexpected.arg(kShownUrl, QStringLiteral("-1"));
    QTest::addRow("over 999") << QByteArray("1000") << "malformed"
                              << "" << unexpected.arg(kShownUrl, QStringLiteral("1000"));
    QTest::addRow("largest uint64") << QByteArray("18446744073709551615") << "malformed"
                                    << "" << unexpected.arg(kShownUrl, QStringLiteral("1.84467440737096e+19"));
    QTest::addRow("smallest int64") << QByteArray("-9223372036854775808") << "malformed"
                                    << "" << unexpected.arg(kShownUrl, QStringLiteral("-9.22337203685478e+18"));
}

void TestPrometheusDecoder::errorTypeNumbers()
{
    QFETCH(QByteArray, errorType);
    QFETCH(QString, failure);
    QFETCH(QString, kept);
    QFETCH(QString, message);
    const QByteArray body = R"({"status":"error","errorType":)" + errorType + R"(,"error":"boom"})";
    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body, 422));
    QVERIFY(!response.ok);
    QCOMPARE(fetchFailureName(response.failure), failure);
    QCOMPARE(response.errorType, kept);
    QCOMPARE(response.errorString, message);
}

void TestPrometheusDecoder::hugeServerTextsAreCut()
{
    // 100,000 characters of error text: 500 are kept, and the length is said.
    const QByteArray longError = R"({"status":"error","errorType":"bad_data","error":")" + QByteArray(100000, 'x') + "\"}";
    const PromResponse cut = PrometheusDecoder::decodeQuery(reply(longError, 400));
    QCOMPARE(cut.failure, FetchFailure::Api);
    QCOMPARE(cut.errorType, QStringLiteral("bad_data"));
    QCOMPARE(cut.errorString,
        kShownUrl + QStringLiteral(" answered bad_data (HTTP 400): ") + QString(500, QLatin1Char('x'))
            + QStringLiteral("… (100000 characters in all). Check the query and its parameters (the query "
                             "catalog, or the connection profile's override of it)."));

    // A cut never splits a surrogate pair: the emoji at characters 500-501 (UTF-16) goes whole.
    const QByteArray emoji = R"({"status":"error","errorType":"bad_data","error":")" + QByteArray(499, 'a')
        + QByteArray("\xF0\x9F\x98\x80") + QByteArray(600, 'b') + "\"}";
    const PromResponse pair = PrometheusDecoder::decodeQuery(reply(emoji, 400));
    QVERIFY2(pair.errorString.contains(QString(499, QLatin1Char('a')) + QStringLiteral("… (1100 characters in all).")),
        qPrintable(pair.errorString));
    QVERIFY(!pair.errorString.contains(QChar(0xD83D)));

    // The errorType is a server text too.
    const QByteArray longType = R"({"status":"error","errorType":")" + QByteArray(10000, 'e') + R"(","error":"boom"})";
    const PromResponse type = PrometheusDecoder::decodeQuery(reply(longType, 400));
    QCOMPARE(type.errorType, QString(500, QLatin1Char('e')) + QStringLiteral("… (10000 characters in all)"));
    QVERIFY2(type.errorString.size() < 1200, qPrintable(type.errorString));
}

void TestPrometheusDecoder::thousandWarningsAreCapped()
{
    QByteArray body = R"({"status":"success","warnings":[)";
    for (int i = 0; i < 1000; ++i)
        body += (i > 0 ? ",\"warning " : "\"warning ") + QByteArray::number(i) + ": " + QByteArray(1000, 'y') + '"';
    body += R"(],"infos":["info 0","info 1","info 2","info 3","info 4"],"data":{"resultType":"vector","result":[]}})";
    const PromResponse response = PrometheusDecoder::decodeQuery(reply(body));
    QVERIFY2(response.ok, qPrintable(response.errorString));
    const QStringList &warnings = response.result.warnings;
    QCOMPARE(warnings.size(), 21);
    QCOMPARE(warnings.at(0),
        QStringLiteral("warning 0: ") + QString(489, QLatin1Char('y')) + QStringLiteral("… (1011 characters in all)"));
    QCOMPARE(warnings.at(19),
        QStringLiteral("warning 19: ") + QString(488, QLatin1Char('y')) + QStringLiteral("… (1012 characters in all)"));
    QCOMPARE(warnings.at(20),
        QStringLiteral("The answer from %1 has 985 more warnings or infos; RouteDeck keeps the first 20.").arg(kShownUrl));
    for (qsizetype i = 0; i < 20; ++i)
        QVERIFY2(warnings.at(i).size() <= 530, qPrintable(warnings.at(i)));
}

void TestPrometheusDecoder::duplicateMembersLastWins()
{
    // The last "data" is decoded, the first is not even walked (it would fail).
    const PromResponse last = PrometheusDecoder::decodeQuery(reply(
        R"({"status":"success","data":{"resultType":"bogus"},)"
        R"("data":{"resultType":"vector","result":[{"metric":{"job":"second"},"value":[1,"2"]}]}})"));
    QCOMPARE(describe(last), QStringLiteral("ok vector\n{job=\"second\"} 1.000=2"));

    const PromResponse first = PrometheusDecoder::decodeQuery(reply(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"first"},"value":[1,"1"]}]},)"
        R"("data":{"resultType":"bogus"}})"));
    QCOMPARE(first.failure, FetchFailure::Malformed);
    QCOMPARE(first.errorString,
        shapeMessage(QStringLiteral("data.resultType"), QStringLiteral("\"bogus\""),
            QStringLiteral("\"vector\", \"matrix\", \"scalar\" or \"string\"")));

    // The same rule inside: the last "result", the last "values" of a series, the last "warnings" and "status".
    const PromResponse inside = PrometheusDecoder::decodeQuery(reply(
        R"({"status":"error","status":"success","warnings":["one"],"warnings":["two"],)"
        R"("data":{"resultType":"matrix","result":7,"result":[{"metric":{"job":"a"},"values":[[1,"1"]],)"
        R"("values":[[2,"2"],[3,"3"]]}]}})"));
    QCOMPARE(describe(inside), QStringLiteral("ok matrix\n{job=\"a\"} 2.000=2 3.000=3\nwarning: two"));
}

void TestPrometheusDecoder::hugeNumbersAreNeverCast()
{
    // Saturated or clamped, never a float-to-int cast out of range (UBSan would report it).
    const qint64 most = std::numeric_limits<qint64>::max();
    const double infinity = std::numeric_limits<double>::infinity();
    QCOMPARE(QueryStep::pointsFor(1e300, 1e-300), most);
    QCOMPARE(QueryStep::pointsFor(9.3e18, 1), most);
    QCOMPARE(QueryStep::pointsFor(9.2e18, 1), qint64(9.2e18) + 1);
    QCOMPARE(QueryStep::pointsFor(infinity, 1), qint64(1)); // an unusable range counts as none
    QCOMPARE(QueryCatalog::duration(infinity), QStringLiteral("9200000000000000s"));
    QCOMPARE(QueryCatalog::duration(1e300), QStringLiteral("9200000000000000s"));
    QCOMPARE(QueryCatalog::duration(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("1s"));
    QCOMPARE(QueryCatalog::duration(-infinity), QStringLiteral("1s"));
    QCOMPARE(QueryCatalog::duration(90), QStringLiteral("90s"));
}

#include "tst_prometheusdecoder.moc"
