// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace RouteDeck {

namespace {
// The kept parser of the current thread; empty while a reader has borrowed it.
thread_local std::unique_ptr<simdjson::dom::parser> t_keptParser = std::make_unique<simdjson::dom::parser>();
} // namespace

JsonReader::JsonReader()
{
    if (t_keptParser) {
        m_parser = std::move(t_keptParser);
        m_borrowed = true;
    } else {
        m_parser = std::make_unique<simdjson::dom::parser>();
    }
}

JsonReader::~JsonReader()
{
    if (m_borrowed && m_parser->capacity() <= kKeptCapacity)
        t_keptParser = std::move(m_parser);
    else if (m_borrowed)
        t_keptParser = std::make_unique<simdjson::dom::parser>(); // a huge document's buffers go
}

simdjson::dom::parser &JsonReader::parser()
{
    return *m_parser;
}

bool JsonReader::parse(QByteArrayView bytes, qsizetype from)
{
    m_error = {};
    m_root = {};
    from = std::clamp<qsizetype>(from, 0, bytes.size());
    const size_t size = size_t(bytes.size() - from);
    // JsonSyntax allows kMaxDepth levels below the top-level container; simdjson also counts the
    // document and the top-level container.
    constexpr size_t kDepth = JsonSyntax::kMaxDepth + 2;
    if (parser().max_depth() != kDepth || parser().capacity() < size) {
        if (const simdjson::error_code code = parser().allocate(std::max<size_t>(size, 64), kDepth)) {
            m_error = locate(code, bytes, from);
            return false;
        }
    }
    // Copies into the parser's padded buffer: simdjson reads up to 64 bytes past the end. An empty
    // QByteArray's data() may be null, which simdjson hands to memcpy (UBSan found it): point at "" then.
    const char *data = size > 0 ? bytes.data() + from : "";
    if (const simdjson::error_code code = parser().parse(data, size, true).get(m_root)) {
        m_error = locate(code, bytes, from);
        return false;
    }
    return true;
}

// simdjson says what, JsonSyntax says where. A few errors only simdjson sees (UTF-8, capacity).
JsonSyntax::Location JsonReader::locate(simdjson::error_code code, QByteArrayView bytes, qsizetype from) const
{
    JsonSyntax::Location location = JsonSyntax::check(bytes, from);
    if (!location.ok())
        return location;
    location.size = bytes.size();
    switch (code) {
    case simdjson::UTF8_ERROR:
        location.error = JsonSyntax::Error::BadUtf8;
        break;
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        location.error = JsonSyntax::Error::TooLarge;
        break;
    case simdjson::DEPTH_ERROR:
        location.error = JsonSyntax::Error::TooDeep;
        break;
    case simdjson::EMPTY:
        location.error = JsonSyntax::Error::UnexpectedEnd;
        location.offset = bytes.size();
        break;
    default:
        location.error = JsonSyntax::Error::ExpectedValue;
        break;
    }
    return location;
}

QString JsonReader::kindName(simdjson::dom::element_type type)
{
    switch (type) {
    case simdjson::dom::element_type::OBJECT:
        return tr("an object");
    case simdjson::dom::element_type::ARRAY:
        return tr("an array");
    case simdjson::dom::element_type::STRING:
        return tr("a string");
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return tr("a number");
    case simdjson::dom::element_type::BOOL:
        return tr("a boolean");
    case simdjson::dom::element_type::NULL_VALUE:
        return tr("null");
    }
    return QString();
}

QJsonValue JsonReader::toQJsonValue(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject object;
        for (const simdjson::dom::key_value_pair member : simdjson::dom::object(element))
            object.insert(text(member.key), toQJsonValue(member.value));
        return object;
    }
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray array;
        for (const simdjson::dom::element item : simdjson::dom::array(element))
            array.append(toQJsonValue(item));
        return array;
    }
    case simdjson::dom::element_type::STRING:
        return text(std::string_view(element));
    case simdjson::dom::element_type::INT64:
        return qint64(int64_t(element));
    case simdjson::dom::element_type::UINT64:
        return double(uint64_t(element));
    case simdjson::dom::element_type::DOUBLE:
        return double(element);
    case simdjson::dom::element_type::BOOL:
        return bool(element);
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue();
}

} // namespace RouteDeck
