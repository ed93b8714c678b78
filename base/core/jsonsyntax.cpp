// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsyntax.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace RouteDeck {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isNumberChar(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Walks one document without building anything; stops at the first error. Iterative, so a hostile
// "[[[[..." cannot overflow the stack.
class Scanner
{
public:
    Scanner(QByteArrayView data, qsizetype from)
        : m_begin(data.data())
        , m_pos(data.data() + std::clamp<qsizetype>(from, 0, data.size()))
        , m_end(data.data() + data.size())
    { }

    JsonSyntax::Location run()
    {
        if (skipValue())
            expectEnd();
        return { m_error, m_error == JsonSyntax::Error::None ? -1 : m_errorOffset, m_end - m_begin };
    }

private:
    using Error = JsonSyntax::Error;

    bool fail(Error error)
    {
        if (m_error == Error::None) {
            m_error = error;
            m_errorOffset = m_pos - m_begin;
        }
        return false;
    }
    // Fails at the end of the data, where a cut-off document stops.
    bool failCut()
    {
        m_pos = m_end;
        return fail(Error::UnexpectedEnd);
    }
    bool atEnd() const { return m_pos >= m_end; }
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

    bool skipValue();
    bool openContainer(std::vector<char> &open, bool *empty);
    bool closeContainers(std::vector<char> &open);
    bool skipMemberName();
    bool skipString();
    bool skipEscape(const char *backslash, const char **next);
    bool skipLiteral();
    bool skipNumber();
    bool expectEnd()
    {
        skipSpace();
        return atEnd() || fail(Error::TrailingData);
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    Error m_error = Error::None;
    qsizetype m_errorOffset = -1;
};

bool Scanner::skipValue()
{
    std::vector<char> open; // the brackets of the containers being read
    for (;;) {
        skipSpace();
        if (atEnd())
            return fail(Error::UnexpectedEnd);
        const char lead = *m_pos;
        bool scalarOk = true;
        if (lead == '{' || lead == '[') {
            bool empty = false;
            if (!openContainer(open, &empty))
                return false;
            if (!empty)
                continue; // the first member's value or the first element
        } else if (lead == '"') {
            scalarOk = skipString();
        } else if (lead == 't' || lead == 'f' || lead == 'n') {
            scalarOk = skipLiteral();
        } else if (lead == '-' || isDigit(lead)) {
            scalarOk = skipNumber();
        } else {
            return fail(Error::ExpectedValue);
        }
        if (!scalarOk)
            return false;
        if (!closeContainers(open))
            return false;
        if (open.empty())
            return true;
    }
}

// At '{' or '[': an empty container is a complete value; otherwise it is opened (and an object's
// first member name read).
bool Scanner::openContainer(std::vector<char> &open, bool *empty)
{
    const char bracket = *m_pos;
    if (int(open.size()) > JsonSyntax::kMaxDepth) // the top-level container does not count
        return fail(Error::TooDeep);
    ++m_pos;
    skipSpace();
    *empty = consume(bracket == '{' ? '}' : ']');
    if (*empty)
        return true;
    open.push_back(bracket);
    return bracket == '[' || skipMemberName();
}

// After a complete value: closes containers until one wants another value, or the document ends.
bool Scanner::closeContainers(std::vector<char> &open)
{
    while (!open.empty()) {
        skipSpace();
        if (atEnd())
            return fail(Error::UnexpectedEnd);
        const char bracket = open.back();
        if (consume(','))
            return bracket == '[' || skipMemberName();
        if (!consume(bracket == '{' ? '}' : ']'))
            return fail(bracket == '{' ? Error::ExpectedCommaOrBrace : Error::ExpectedCommaOrBracket);
        open.pop_back();
    }
    return true;
}

bool Scanner::skipMemberName()
{
    skipSpace();
    if (atEnd() || *m_pos != '"')
        return fail(atEnd() ? Error::UnexpectedEnd : Error::ExpectedName);
    if (!skipString())
        return false;
    skipSpace();
    if (!consume(':'))
        return fail(atEnd() ? Error::UnexpectedEnd : Error::ExpectedColon);
    return true;
}

bool Scanner::skipString()
{
    const char *p = m_pos + 1; // after the opening quote
    for (;;) {
        while (p < m_end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
            ++p;
        if (p >= m_end)
            return failCut();
        if (*p == '"') {
            m_pos = p + 1;
            return true;
        }
        if (*p != '\\') {
            m_pos = p;
            return fail(Error::ControlCharacter);
        }
        if (!skipEscape(p, &p))
            return false;
    }
}

bool Scanner::skipEscape(const char *backslash, const char **next)
{
    if (backslash + 1 >= m_end)
        return failCut();
    const char escape = backslash[1];
    if (escape == 'u') {
        for (int i = 2; i < 6; ++i) {
            if (backslash + i >= m_end)
                return failCut();
            if (!isHex(backslash[i])) {
                m_pos = backslash;
                return fail(Error::BadEscape);
            }
        }
        *next = backslash + 6;
        return true;
    }
    if (escape != '\0' && std::strchr("\"\\/bfnrt", escape)) {
        *next = backslash + 2;
        return true;
    }
    m_pos = backslash;
    return fail(Error::BadEscape);
}

bool Scanner::skipLiteral()
{
    static constexpr const char *kWords[] = { "true", "false", "null" };
    for (const char *word : kWords) {
        if (*m_pos != word[0])
            continue;
        const size_t length = std::strlen(word);
        const size_t available = size_t(m_end - m_pos);
        if (available < length) {
            if (std::memcmp(m_pos, word, available) == 0)
                return failCut();
            return fail(Error::UnknownWord);
        }
        if (std::memcmp(m_pos, word, length) != 0)
            return fail(Error::UnknownWord);
        m_pos += length;
        return true;
    }
    return fail(Error::UnknownWord);
}

bool Scanner::skipNumber()
{
    const char *start = m_pos;
    while (m_pos < m_end && isNumberChar(*m_pos))
        ++m_pos;
    if (JsonSyntax::isNumber(QByteArrayView(start, m_pos - start)))
        return true;
    if (atEnd())
        return failCut();
    m_pos = start;
    return fail(Error::BadNumber);
}

} // namespace

JsonSyntax::Location JsonSyntax::check(QByteArrayView data, qsizetype from)
{
    return Scanner(data, from).run();
}

bool JsonSyntax::isNumber(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    const auto digits = [&p, end] {
        const char *start = p;
        while (p < end && isDigit(*p))
            ++p;
        return p > start;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (!digits())
        return false;
    if (p < end && *p == '.') {
        ++p;
        if (!digits())
            return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return false;
    }
    return p == end;
}

QString JsonSyntax::Location::describe() const
{
    const QString what = errorText(error);
    if (offset < 0)
        return what;
    return tr("%1 at byte %2 of %3").arg(what).arg(offset).arg(size);
}

QString JsonSyntax::errorText(Error error)
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
    case Error::BadUtf8:
        return tr("text that is not valid UTF-8");
    case Error::TooLarge:
        return tr("a document larger than the JSON reader's limit of 4 GiB");
    }
    return QString();
}

} // namespace RouteDeck
