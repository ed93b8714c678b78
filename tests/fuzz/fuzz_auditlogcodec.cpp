// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log codec: a whole log, and each entry it kept written and read again unchanged.
#include "auditlogcodec.h"
#include "fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RouteDeck::AuditLogReadResult log = RouteDeck::AuditLogCodec::decode(RouteDeck::Fuzz::bytes(data, size),
                                                                               QStringLiteral("audit.jsonl"));
    for (const RouteDeck::AuditEntry &entry : log.entries) {
        const QByteArray line = RouteDeck::AuditLogCodec::encode(entry);
        const std::optional<RouteDeck::AuditEntry> again = RouteDeck::AuditLogCodec::decodeLine(line.chopped(1), nullptr);
        if (!again) // what the codec wrote, it must read
            std::abort();
    }
    return 0;
}
