// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus API decoder: every kind of answer RouteDeck reads, from the same bytes.
#include "fuzzinput.h"
#include "prometheusdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RouteDeck::PromHttpReply reply;
    reply.url = QUrl(QStringLiteral("http://127.0.0.1:9090/api/v1/query"));
    reply.httpStatus = size > 0 && data[0] % 2 ? 422 : 200; // errors and answers both
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = RouteDeck::Fuzz::bytes(data, size);
    (void)RouteDeck::PrometheusDecoder::decodeQuery(reply);
    (void)RouteDeck::PrometheusDecoder::decodeBuildInfo(reply);
    (void)RouteDeck::PrometheusDecoder::decodeTargets(reply);
    (void)RouteDeck::PrometheusDecoder::decodeLabelNames(reply);
    (void)RouteDeck::PrometheusDecoder::decodeRules(reply);
    return 0;
}
