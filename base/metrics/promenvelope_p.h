// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to PrometheusDecoder: the parts every Prometheus API answer shares.

#include "fetchfailure.h"
#include "jsonreader.h"
#include "prometheustypes.h"

#include <QStringList>
#include <optional>

namespace RouteDeck {

// The envelope of an answer: {"status": "success"|"error", "data": ..., "errorType", "error",
// "warnings", "infos"}, and every way a body can fail to be one.
struct PromEnvelope
{
    FetchFailure failure = FetchFailure::None;
    QString errorType;
    QString errorString;
    QStringList warnings;
    std::optional<simdjson::dom::element> data; // valid while the reader that parsed it lives

    bool ok() const { return failure == FetchFailure::None; }

    // Size cap, empty body, HTML, plain text, invalid JSON, the error envelope and the warnings.
    static PromEnvelope read(const PromHttpReply &reply, JsonReader &reader);
};

namespace PromText {
// At most `maxChars` of `bytes` for a message, control characters made visible.
QString snippet(QByteArrayView bytes, int maxChars = 200);
// "\"text\"", shortened for a message.
QString quoted(QByteArrayView text, int maxChars = 40);
} // namespace PromText

} // namespace RouteDeck
