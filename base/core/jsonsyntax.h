// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace RouteDeck {

// Where and why bytes are not one JSON document. JsonReader (simdjson) parses every JSON the project
// receives, but simdjson 3.0.1 reports only an error code, not where it struck. People fixing a proxy
// need "at byte 1234 of 5678" and whether the answer was cut off, so when simdjson refuses a document,
// this scanner walks it once more to locate the first error. It produces no values: it is the error
// report, not a second reader.
class JsonSyntax
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::JsonSyntax)

public:
    enum class Error
    {
        None,
        UnexpectedEnd, // the data stops inside a value
        ExpectedValue,
        UnknownWord, // a bare word other than true, false, null
        ExpectedName, // an object member name in quotes
        ExpectedColon,
        ExpectedCommaOrBrace,
        ExpectedCommaOrBracket,
        ControlCharacter, // raw control character inside a string
        BadEscape,
        BadNumber,
        TrailingData, // more than whitespace after the document
        TooDeep,
        BadUtf8, // found by simdjson only; the offset is unknown
        TooLarge, // simdjson's capacity limit (4 GiB); the offset is unknown
    };

    static constexpr int kMaxDepth = 512;

    struct Location
    {
        Error error = Error::None;
        qsizetype offset = -1; // -1: not known
        qsizetype size = 0; // of the whole data

        bool ok() const { return error == Error::None; }
        // The error struck where the data ended: the document is cut off, not malformed.
        bool atEnd() const { return offset >= size; }
        // "a control character inside a string at byte 79 of 103" (translated).
        QString describe() const;
    };

    // Checks that `data`, from `from` on, is exactly one JSON value and whitespace.
    static Location check(QByteArrayView data, qsizetype from = 0);
    // True when `text` is exactly one JSON number (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?).
    static bool isNumber(QByteArrayView text);
    // "a string is not terminated", ... (translated)
    static QString errorText(Error error);
};

} // namespace RouteDeck
