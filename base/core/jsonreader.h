// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonsyntax.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <simdjson.h>

namespace RouteDeck {

// The project's one JSON reader: simdjson's DOM parser (Debian's libsimdjson-dev), chosen by bench_json,
// which decodes the same Prometheus answers side by side. On a 32 MB matrix answer (5,000 series x 230
// samples), decoded into PromQueryResult: the earlier hand-written reader 272 MiB/s (22 MiB peak),
// QJsonDocument 59 MiB/s (304 MiB peak), simdjson's DOM walked bare 790-830 MiB/s (31 MiB), On Demand
// 745-795 MiB/s (127-135 MiB); PrometheusDecoder on this reader, with every shape check and the
// de-duplication of series, 515-550 MiB/s (20 MiB). simdjson's parse alone runs at ~1.9 GiB/s there; the
// rest is building Qt's containers and reading sample values.
// The DOM API validates the whole document before anything is read (as the earlier reader did), so a
// broken byte in a member nobody reads is still reported; On Demand would pass over it unseen.
//
// Writing JSON stays with QJsonDocument::toJson: simdjson 3.0.1 has no writer.
//
// When simdjson refuses a document, JsonSyntax locates the error for the message. The parsed document
// lives in the reader: elements are valid until the next parse() or the reader's end.
//
// A parser's buffers grow with the document; allocating them afresh for every answer made a 32 MB
// decode 8x slower (page faults and malloc bookkeeping, measured in bench_json). So each thread keeps one
// parser for documents up to kKeptCapacity and lends it to one reader at a time; a reader that finds it
// lent, or parses a larger document, uses its own and frees it at its end.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::JsonReader)
    Q_DISABLE_COPY_MOVE(JsonReader)

public:
    static constexpr size_t kKeptCapacity = 64 * 1024 * 1024;

    JsonReader();
    ~JsonReader();

    // Parses `bytes` from `from` on (after leading whitespace, say). False when they are not one JSON
    // document; error() says what and where (offsets count from the start of `bytes`).
    bool parse(QByteArrayView bytes, qsizetype from = 0);
    simdjson::dom::element root() const { return m_root; }
    const JsonSyntax::Location &error() const { return m_error; }

    // "an object", "a string", ... (translated), for messages about an unexpected shape.
    static QString kindName(simdjson::dom::element_type type);
    static QString text(std::string_view bytes) { return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())); }
    // A small document (a router answer, an audit line) as Qt's value types. Integers stay exact.
    static QJsonValue toQJsonValue(simdjson::dom::element element);

private:
    JsonSyntax::Location locate(simdjson::error_code code, QByteArrayView bytes, qsizetype from) const;

    simdjson::dom::parser &parser();

    std::unique_ptr<simdjson::dom::parser> m_parser; // this thread's, or its own
    bool m_borrowed = false; // m_parser is this thread's kept parser
    simdjson::dom::element m_root;
    JsonSyntax::Location m_error;
};

} // namespace RouteDeck
