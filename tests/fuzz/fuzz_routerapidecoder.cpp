// SPDX-License-Identifier: GPL-3.0-or-later
// The LiteLLM admin API decoder: /model/info pages and /router/settings.
#include "fuzzinput.h"
#include "routerapidecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = RouteDeck::Fuzz::bytes(data, size);
    const QString where = QStringLiteral("http://127.0.0.1:4000/v2/model/info");
    (void)RouteDeck::RouterApiDecoder::decodeModelInfo(body, where);
    QString error;
    (void)RouteDeck::RouterApiDecoder::decodeRouterSettings(body, where, &error);
    return 0;
}
