// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncursor.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <vector>

namespace RouteDeck {

namespace {

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray *out, char32_t code)
{
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xC0 | (code >> 6)));
        out->append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(char(0xE0 | (code >> 12)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    } else {
        out->append(char(0xF0 | (code >> 18)));
        out->append(char(0x80 | ((code >> 12) & 0x3F)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

JsonCursor::JsonCursor(const QByteArray &data, qsizetype offset)
    : m_begin(data.constData())
    , m_pos(data.constData() + std::clamp<qsizetype>(offset, 0, data.size()))
    , m_end(data.constData() + data.size())
{ }

bool JsonCursor::fail(Error error)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorOffset = offset();
    }
    return false;
}

bool JsonCursor::readStringView(QByteArrayView *text, QByteArray *scratch)
{
    if (peek() != Kind::String)
        return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedValue);
    const char *start = ++m_pos;
    // Fast path: no escapes, the bytes are the text.
    while (m_pos < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_pos);
        if (c == '"') {
            *text = QByteArrayView(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c == '\\')
            break;
        if (c < 0x20)
            return fail(Error::ControlCharacter);
        ++m_pos;
    }
    if (m_pos >= m_end)
        return fail(Error::UnexpectedEnd);

    scratch->clear();
    scratch->append(start, m_pos - start);
    while (m_pos < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_pos);
        if (c == '"') {
            *text = QByteArrayView(*scratch);
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail(Error::ControlCharacter);
        if (c != '\\') {
            scratch->append(char(c));
            ++m_pos;
            continue;
        }
        if (m_end - m_pos < 2) {
            m_pos = m_end;
            return fail(Error::UnexpectedEnd);
        }
        const char escape = m_pos[1];
        m_pos += 2;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            scratch->append(escape);
            break;
        case 'b':
            scratch->append('\b');
            break;
        case 'f':
            scratch->append('\f');
            break;
        case 'n':
            scratch->append('\n');
            break;
        case 'r':
            scratch->append('\r');
            break;
        case 't':
            scratch->append('\t');
            break;
        case 'u': {
            const auto readHex = [this](char32_t *code) {
                if (m_end - m_pos < 4) {
                    m_pos = m_end;
                    return fail(Error::UnexpectedEnd);
                }
                char32_t value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_pos[i]);
                    if (digit < 0)
                        return fail(Error::BadEscape);
                    value = value * 16 + char32_t(digit);
                }
                m_pos += 4;
                *code = value;
                return true;
            };
            char32_t code = 0;
            if (!readHex(&code))
                return false;
            if (code >= 0xD800 && code <= 0xDBFF && m_end - m_pos >= 6 && m_pos[0] == '\\'
                && m_pos[1] == 'u') {
                m_pos += 2;
                char32_t low = 0;
                if (!readHex(&low))
                    return false;
                if (low >= 0xDC00 && low <= 0xDFFF)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                else
                    code = 0xFFFD;
            } else if (code >= 0xD800 && code <= 0xDFFF) {
                code = 0xFFFD; // a lone surrogate
            }
            appendUtf8(scratch, code);
            break;
        }
        default:
            m_pos -= 2; // at the backslash
            return fail(Error::BadEscape);
        }
    }
    return fail(Error::UnexpectedEnd);
}

bool JsonCursor::readString(QString *text)
{
    QByteArray scratch;
    QByteArrayView view;
    if (!readStringView(&view, &scratch))
        return false;
    *text = QString::fromUtf8(view);
    return true;
}

bool JsonCursor::parseNumber(const char *begin, const char *end, double *value)
{
    // JSON grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char *p = begin;
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    if (p >= end || *p < '0' || *p > '9')
        return false;
    quint64 mantissa = 0;
    int digits = 0; // significant digits in `mantissa`
    int exponent = 0;
    bool exact = true; // `mantissa` holds every digit
    const auto addDigit = [&](char c, bool fraction) {
        if (mantissa == 0 && c == '0') {
            if (fraction)
                --exponent;
            return;
        }
        if (digits < 19) {
            mantissa = mantissa * 10 + quint64(c - '0');
            ++digits;
            if (fraction)
                --exponent;
        } else {
            exact = false;
            if (!fraction)
                ++exponent;
        }
    };
    if (*p == '0') {
        ++p;
    } else {
        while (p < end && *p >= '0' && *p <= '9')
            addDigit(*p++, false);
    }
    if (p < end && *p == '.') {
        ++p;
        if (p >= end || *p < '0' || *p > '9')
            return false;
        while (p < end && *p >= '0' && *p <= '9')
            addDigit(*p++, true);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool negativeExponent = false;
        if (p < end && (*p == '+' || *p == '-'))
            negativeExponent = *p++ == '-';
        if (p >= end || *p < '0' || *p > '9')
            return false;
        int written = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (written < 100000)
                written = written * 10 + (*p - '0');
            ++p;
        }
        exponent += negativeExponent ? -written : written;
    }
    if (p != end)
        return false;

    // Clinger's fast path: an exact mantissa below 2^53 and an exact power of ten make one
    // correctly rounded multiplication or division, the same double strtod returns.
    static constexpr double kPowers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    if (exact && mantissa <= (quint64(1) << 53) && exponent >= -22 && exponent <= 22) {
        const double m = double(mantissa);
        const double result = exponent >= 0 ? m * kPowers[exponent] : m / kPowers[-exponent];
        *value = negative ? -result : result;
        return true;
    }
    const auto [stop, status] = std::from_chars(begin, end, *value);
    if (status == std::errc::result_out_of_range) {
        // 1e999: valid JSON, not a double. Saturate like strtod.
        const double magnitude = exponent < 0 ? 0.0 : std::numeric_limits<double>::infinity();
        *value = negative ? -magnitude : magnitude;
        return true;
    }
    return status == std::errc() && stop == end;
}

bool JsonCursor::readNumber(double *value)
{
    if (peek() != Kind::Number)
        return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedValue);
    const char *start = m_pos;
    while (m_pos < m_end && isNumberChar(*m_pos))
        ++m_pos;
    if (!parseNumber(start, m_pos, value)) {
        const bool cut = m_pos >= m_end;
        m_pos = cut ? m_end : start;
        return fail(cut ? Error::UnexpectedEnd : Error::BadNumber);
    }
    return true;
}

bool JsonCursor::skipString()
{
    const char *p = m_pos + 1; // after the opening quote
    for (;;) {
        while (p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ++p;
        }
        if (p >= m_end) {
            m_pos = m_end;
            return fail(Error::UnexpectedEnd);
        }
        if (*p == '"') {
            m_pos = p + 1;
            return true;
        }
        if (static_cast<unsigned char>(*p) < 0x20) {
            m_pos = p;
            return fail(Error::ControlCharacter);
        }
        // A backslash.
        if (p + 1 >= m_end) {
            m_pos = m_end;
            return fail(Error::UnexpectedEnd);
        }
        const char escape = p[1];
        if (escape == 'u') {
            for (int i = 2; i < 6; ++i) {
                if (p + i >= m_end) {
                    m_pos = m_end;
                    return fail(Error::UnexpectedEnd);
                }
                if (hexValue(p[i]) < 0) {
                    m_pos = p;
                    return fail(Error::BadEscape);
                }
            }
            p += 6;
        } else if (escape != '\0' && std::strchr("\"\\/bfnrt", escape)) {
            p += 2;
        } else {
            m_pos = p;
            return fail(Error::BadEscape);
        }
    }
}

bool JsonCursor::skipLiteral()
{
    static constexpr const char *kWords[] = { "true", "false", "null" };
    for (const char *word : kWords) {
        const size_t length = std::strlen(word);
        if (*m_pos != word[0])
            continue;
        const size_t available = size_t(m_end - m_pos);
        if (available < length) {
            if (std::memcmp(m_pos, word, available) == 0) {
                m_pos = m_end;
                return fail(Error::UnexpectedEnd);
            }
            return fail(Error::UnknownWord);
        }
        if (std::memcmp(m_pos, word, length) != 0)
            return fail(Error::UnknownWord);
        m_pos += length;
        return true;
    }
    return fail(Error::UnknownWord);
}

bool JsonCursor::skipNumber()
{
    double ignored = 0;
    return readNumber(&ignored);
}

bool JsonCursor::skipValue()
{
    // Iterative, so a hostile "[[[[..." cannot overflow the stack.
    std::vector<char> open;
    for (;;) {
        // A value is expected here.
        switch (peek()) {
        case Kind::End:
            return fail(Error::UnexpectedEnd);
        case Kind::Invalid:
            return fail(Error::ExpectedValue);
        case Kind::String:
            if (!skipString())
                return false;
            break;
        case Kind::Number:
            if (!skipNumber())
                return false;
            break;
        case Kind::Bool:
        case Kind::Null:
            if (!skipLiteral())
                return false;
            break;
        case Kind::Object:
        case Kind::Array: {
            const char bracket = *m_pos;
            if (int(open.size()) >= kMaxDepth)
                return fail(Error::TooDeep);
            ++m_pos;
            skipSpace();
            if (consume(bracket == '{' ? '}' : ']'))
                break; // empty: a complete value
            open.push_back(bracket);
            if (bracket == '{') {
                if (peek() != Kind::String)
                    return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedName);
                if (!skipString())
                    return false;
                skipSpace();
                if (!consume(':'))
                    return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedColon);
            }
            continue; // the first member's value or the first element
        }
        }

        // A value is complete: close containers until one wants another value.
        for (;;) {
            if (open.empty())
                return true;
            skipSpace();
            if (m_pos >= m_end)
                return fail(Error::UnexpectedEnd);
            const char bracket = open.back();
            if (consume(',')) {
                if (bracket == '{') {
                    if (peek() != Kind::String)
                        return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedName);
                    if (!skipString())
                        return false;
                    skipSpace();
                    if (!consume(':'))
                        return fail(m_pos >= m_end ? Error::UnexpectedEnd : Error::ExpectedColon);
                }
                break;
            }
            if (consume(bracket == '{' ? '}' : ']')) {
                open.pop_back();
                continue;
            }
            return fail(bracket == '{' ? Error::ExpectedCommaOrBrace : Error::ExpectedCommaOrBracket);
        }
    }
}

bool JsonCursor::expectEnd()
{
    skipSpace();
    if (m_pos < m_end)
        return fail(Error::TrailingData);
    return true;
}

QString JsonCursor::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Object:
        return tr("an object");
    case Kind::Array:
        return tr("an array");
    case Kind::String:
        return tr("a string");
    case Kind::Number:
        return tr("a number");
    case Kind::Bool:
        return tr("a boolean");
    case Kind::Null:
        return tr("null");
    case Kind::End:
        return tr("nothing");
    case Kind::Invalid:
        return tr("not JSON");
    }
    return QString();
}

QString JsonCursor::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::UnexpectedEnd:
        return tr("the data ends inside a value");
    case Error::ExpectedValue:
        return tr("a value was expected");
    case Error::UnknownWord:
        return tr("an unknown word (JSON knows true, false and null)");
    case Error::ExpectedName:
        return tr("a member name in quotes was expected");
    case Error::ExpectedColon:
        return tr("':' was expected after a member name");
    case Error::ExpectedCommaOrBrace:
        return tr("',' or '}' was expected");
    case Error::ExpectedCommaOrBracket:
        return tr("',' or ']' was expected");
    case Error::ControlCharacter:
        return tr("a control character inside a string");
    case Error::BadEscape:
        return tr("an invalid escape sequence");
    case Error::BadNumber:
        return tr("an invalid number");
    case Error::TrailingData:
        return tr("more data after the end of the document");
    case Error::TooDeep:
        return tr("values nested more than %1 deep").arg(kMaxDepth);
    }
    return QString();
}

} // namespace RouteDeck
