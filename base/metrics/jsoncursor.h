// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace RouteDeck {

// A forward-only, validating JSON reader over UTF-8 bytes, for answers too large for QJsonDocument
// (which builds a whole tree: ~12x the body in memory, ~20 MiB/s). The caller walks the structure it
// expects and skips the rest; nothing is allocated but the strings it asks for. Every syntax error
// records what was wrong and the byte offset, so messages can say "at byte 1234 of 5678".
//
// It does not own the bytes: the QByteArray must outlive the cursor.
class JsonCursor
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::JsonCursor)

public:
    enum class Kind
    {
        Object,
        Array,
        String,
        Number,
        Bool,
        Null,
        End,
        Invalid
    };

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
    };

    static constexpr int kMaxDepth = 512;

    explicit JsonCursor(const QByteArray &data, qsizetype offset = 0);

    // The kind of the next value (whitespace skipped); End when the data is exhausted.
    Kind peek()
    {
        skipSpace();
        if (m_pos >= m_end)
            return Kind::End;
        switch (*m_pos) {
        case '{':
            return Kind::Object;
        case '[':
            return Kind::Array;
        case '"':
            return Kind::String;
        case 't':
        case 'f':
            return Kind::Bool;
        case 'n':
            return Kind::Null;
        default:
            return (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9')) ? Kind::Number : Kind::Invalid;
        }
    }
    qsizetype offset() const { return m_pos - m_begin; }
    qsizetype size() const { return m_end - m_begin; }

    // Reads `{`, then for each member its name and `:`, calls `onMember(name)`, which must consume
    // the value (read or skip it), then `,` or `}`. Stops at the first false.
    template<typename OnMember> bool readObject(OnMember &&onMember);
    // Reads `[`, calls `onElement(index)` per element (which must consume it), then `]`.
    template<typename OnElement> bool readArray(OnElement &&onElement);

    // A string's bytes, unescaped. The view is valid until the next read into the same scratch buffer.
    bool readStringView(QByteArrayView *text, QByteArray *scratch);
    bool readString(QString *text);
    bool readNumber(double *value);
    // Parses a JSON number (also used for numbers inside strings, such as Prometheus sample values).
    // Exact for the usual forms (up to 15 significant digits, exponent within +/-22) without strtod;
    // false when the bytes are not exactly one number.
    static bool parseNumber(const char *begin, const char *end, double *value);
    // Validates and skips one value of any kind, however nested (up to kMaxDepth).
    bool skipValue();
    // After the top-level value: only whitespace may follow.
    bool expectEnd();

    bool hasError() const { return m_error != Error::None; }
    Error error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    // The error struck where the data ended: the document is cut off, not malformed.
    bool errorAtEnd() const { return m_errorOffset >= size(); }
    bool fail(Error error);

    static QString kindName(Kind kind); // "an object", "a string", ... (translated)
    static QString errorText(Error error); // "a string is not terminated", ... (translated)

private:
    void skipSpace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    bool consume(char c)
    {
        if (m_pos < m_end && *m_pos == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool skipString();
    bool skipLiteral();
    bool skipNumber();

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    Error m_error = Error::None;
    qsizetype m_errorOffset = 0;
    QByteArray m_nameScratch;
};

template<typename OnMember> bool JsonCursor::readObject(OnMember &&onMember)
{
    if (peek() != Kind::Object)
        return fail(peek() == Kind::End ? Error::UnexpectedEnd : Error::ExpectedValue);
    ++m_pos;
    skipSpace();
    if (consume('}'))
        return true;
    for (;;) {
        const Kind kind = peek();
        if (kind != Kind::String)
            return fail(kind == Kind::End ? Error::UnexpectedEnd : Error::ExpectedName);
        QByteArrayView name;
        if (!readStringView(&name, &m_nameScratch))
            return false;
        skipSpace();
        if (!consume(':'))
            return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedColon);
        if (!onMember(name))
            return false;
        skipSpace();
        if (consume(','))
            continue;
        if (consume('}'))
            return true;
        return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedCommaOrBrace);
    }
}

template<typename OnElement> bool JsonCursor::readArray(OnElement &&onElement)
{
    if (peek() != Kind::Array)
        return fail(peek() == Kind::End ? Error::UnexpectedEnd : Error::ExpectedValue);
    ++m_pos;
    skipSpace();
    if (consume(']'))
        return true;
    for (qsizetype index = 0;; ++index) {
        if (!onElement(index))
            return false;
        skipSpace();
        if (consume(','))
            continue;
        if (consume(']'))
            return true;
        return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedCommaOrBracket);
    }
}

} // namespace RouteDeck
