// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to PrometheusDecoder: the parts every Prometheus API answer shares.

#include "fetchfailure.h"
#include "jsonreader.h"
#include "prometheustypes.h"

#include <QStringList>
#include <optional>
#include <string_view>

namespace RouteDeck {

// What an answer may make the decoder keep. A broken or hostile server must not fill memory, the status
// bar or the log with its texts, nor hand the charts a time no clock can show. Every limit of the decoder
// is here.
namespace PromLimits {
// Characters kept of one server text (error, errorType, a warning or info); a longer one is cut and its
// length noted (PromText::serverText).
constexpr qsizetype kMaxServerTextChars = 500;
// Warnings and infos kept of one answer; the rest are counted in one closing note.
constexpr qsizetype kMaxServerWarnings = 20;
// Duplicated label sets that get a warning of their own; the rest are counted in one.
constexpr qsizetype kMaxDuplicateWarnings = 5;
// Sample times, Unix seconds: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z, the years RFC 3339 and
// QDateTime's ISO format write. Their milliseconds fit a qint64 with room to spare.
constexpr double kEarliestSampleTime = -62135596800.0;
constexpr double kLatestSampleTime = 253402300799.0;
// A numeric errorType is VictoriaMetrics' HTTP status: a whole number from 0 to this.
constexpr double kMaxStatusNumber = 999.0;
} // namespace PromLimits

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
// A text the server sent (UTF-8, as simdjson checked it), kept to PromLimits::kMaxServerTextChars: a longer
// one is cut and ends with "… (N characters in all)". Only the kept part is converted.
QString serverText(std::string_view text);
// A JSON number as a message shows it: "1e+300", "4.5", "-1".
QString number(double value);
} // namespace PromText

namespace PromJson {
// The last member named `name`, nullopt when there is none. A repeated member counts once, the last one, as
// Go's encoding/json (Prometheus, Thanos and VictoriaMetrics are written in Go) and Python's json module read
// it; only that one is walked. Every object the decoder reads by name goes through here.
std::optional<simdjson::dom::element> lastMember(simdjson::dom::object object, std::string_view name);
} // namespace PromJson

} // namespace RouteDeck
