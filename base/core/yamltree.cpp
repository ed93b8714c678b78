// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamltree_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

#include <yaml.h>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("YamlValues", text);
}

// libyaml counts a mark's index in characters after a byte order mark; the writers edit bytes.
class ByteOffsets
{
public:
    explicit ByteOffsets(const QByteArray &text)
        : m_text(text)
        , m_bom(text.startsWith("\xEF\xBB\xBF") ? 3 : 0)
        , m_ascii(std::all_of(text.cbegin(), text.cend(), [](char c) { return uchar(c) < 0x80; }))
        , m_byte(m_bom)
    {
    }

    qsizetype of(size_t characterIndex)
    {
        if (m_ascii)
            return m_bom + qsizetype(characterIndex);
        // Marks mostly move forward, so one cursor walks the text about once.
        while (m_character < characterIndex && m_byte < m_text.size()) {
            m_byte += sequenceLength(uchar(m_text.at(m_byte)));
            ++m_character;
        }
        while (m_character > characterIndex && m_byte > m_bom) {
            do
                --m_byte;
            while (m_byte > m_bom && (uchar(m_text.at(m_byte)) & 0xC0) == 0x80);
            --m_character;
        }
        return std::min(m_byte, m_text.size());
    }

private:
    static int sequenceLength(uchar lead)
    {
        return lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    }

    const QByteArray &m_text;
    qsizetype m_bom;
    bool m_ascii;
    qsizetype m_byte;
    size_t m_character = 0;
};

bool isNullSpelling(std::string_view text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

} // namespace

// Turns libyaml's events into YamlTree's nodes, counting as it goes how many values the aliases
// make the document stand for, so that an alias bomb is refused before anything walks the tree.
class YamlTreeBuilder
{
public:
    YamlTreeBuilder(YamlTree &tree, const QByteArray &text, const YamlTree::Limits &limits)
        : m_tree(tree)
        , m_text(text)
        , m_offsets(text)
        , m_limits(limits)
    {
    }

    bool build();

private:
    struct Open
    {
        YamlNode *node;
        quint64 values; // how many values this collection stands for so far
    };

    // Thrown to stop reading at the first problem; `build` turns it into the tree's error.
    struct Stop
    {
        YamlTree::Error error;
    };

    void handle(const yaml_event_t &event);
    YamlNode &add(YamlNode::Kind kind, const yaml_mark_t &mark, const yaml_char_t *anchor);
    void open(YamlNode::Kind kind, const yaml_event_t &event, const yaml_char_t *anchor, bool flow);
    void close();
    void alias(const yaml_event_t &event);
    void defineAnchor(const yaml_char_t *name, YamlNode &node);
    void addToParent(quint64 values)
    {
        if (!m_open.empty())
            m_open.back().values = saturatedSum(m_open.back().values, values);
    }
    void count(const YamlMark &at, quint64 values);
    YamlMark markOf(const yaml_mark_t &mark) { return { int(mark.line), int(mark.column), m_offsets.of(mark.index) }; }
    YamlTree::Error syntaxError(const yaml_parser_t &parser);
    YamlMark markOfByte(size_t offset) const;
    std::optional<qsizetype> strayTab(qsizetype end) const;

    static quint64 saturatedSum(quint64 a, quint64 b) { return a > ~quint64(0) - b ? ~quint64(0) : a + b; }
    // Merge keys (<<: *defaults) in every entry of a long list expand a file a few times over; a file
    // whose aliases stand for more than this many values per value written is refused.
    static constexpr quint64 kPerWrittenValue = 10;

    YamlTree &m_tree;
    const QByteArray &m_text;
    ByteOffsets m_offsets;
    YamlTree::Limits m_limits;
    std::vector<Open> m_open;
    std::unordered_map<std::string, int> m_anchorNumbers;
    std::vector<const YamlNode *> m_anchorNodes; // by anchor number - 1
    std::vector<quint64> m_anchorValues; // by anchor number - 1: how many values the anchored node stands for
    std::vector<std::pair<qsizetype, qsizetype>> m_quotedSpans; // bytes of quoted and block scalars, in order
    int m_documents = 0;
    quint64 m_written = 0;
    quint64 m_total = 0;
};

bool YamlTreeBuilder::build()
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        m_tree.m_error = YamlTree::Error { {}, tr("out of memory") };
        return false;
    }
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(m_text.constData()),
                                 size_t(m_text.size()));
    bool done = false;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            m_tree.m_error = syntaxError(parser);
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        try {
            handle(event);
        } catch (const Stop &stop) {
            m_tree.m_error = stop.error;
            done = true;
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    const qsizetype readUpTo = m_tree.m_error ? m_tree.m_error->mark.pos : m_text.size();
    if (const auto tab = strayTab(readUpTo)) {
        m_tree.m_error = YamlTree::Error { markOfByte(size_t(*tab)),
                                           tr("a tab where PyYAML, which LiteLLM reads its config with, takes only "
                                              "spaces (found character '\\t' that cannot start any token); "
                                              "replace it with spaces") };
    }
    if (m_tree.m_error)
        return false;
    if (!m_tree.m_root) // no document at all: PyYAML's None
        m_tree.m_root = &add(YamlNode::Kind::Null, {}, nullptr);
    return true;
}

void YamlTreeBuilder::handle(const yaml_event_t &event)
{
    switch (event.type) {
    case YAML_DOCUMENT_START_EVENT:
        if (++m_documents > 1) {
            throw Stop { { markOf(event.start_mark),
                           tr("expected a single document in the stream, but found another document (LiteLLM "
                              "reads one)") } };
        }
        break;
    case YAML_SCALAR_EVENT: {
        const auto &scalar = event.data.scalar;
        const std::string_view text(reinterpret_cast<const char *>(scalar.value), scalar.length);
        const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE;
        const bool null = plain && !scalar.tag && isNullSpelling(text);
        YamlNode &node = add(null ? YamlNode::Kind::Null : YamlNode::Kind::Scalar, event.start_mark, scalar.anchor);
        node.quoted = !plain;
        if (node.quoted)
            m_quotedSpans.emplace_back(node.mark.pos, m_offsets.of(event.end_mark.index));
        if (scalar.tag)
            node.tag = reinterpret_cast<const char *>(scalar.tag);
        node.value.assign(text);
        ++m_written;
        addToParent(1);
        count(node.mark, 1);
        break;
    }
    case YAML_ALIAS_EVENT:
        alias(event);
        break;
    case YAML_SEQUENCE_START_EVENT:
        open(YamlNode::Kind::Sequence, event, event.data.sequence_start.anchor,
             event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
        break;
    case YAML_MAPPING_START_EVENT:
        open(YamlNode::Kind::Map, event, event.data.mapping_start.anchor,
             event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
        break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        close();
        break;
    default:
        break;
    }
}

YamlNode &YamlTreeBuilder::add(YamlNode::Kind kind, const yaml_mark_t &mark, const yaml_char_t *anchor)
{
    YamlNode &node = m_tree.m_nodes.emplace_back();
    node.kind = kind;
    node.mark = markOf(mark);
    if (anchor)
        defineAnchor(anchor, node);
    if (!m_open.empty())
        m_open.back().node->children.push_back(&node);
    else if (!m_tree.m_root)
        m_tree.m_root = &node;
    return node;
}

void YamlTreeBuilder::open(YamlNode::Kind kind, const yaml_event_t &event, const yaml_char_t *anchor, bool flow)
{
    YamlNode &node = add(kind, event.start_mark, anchor);
    node.flow = flow;
    ++m_written;
    count(node.mark, 1);
    if (int(m_open.size()) >= m_limits.maxDepth)
        throw Stop { { node.mark, tr("nesting deeper than %1 levels; this is not a router config").arg(m_limits.maxDepth), true } };
    m_open.push_back({ &node, 1 });
}

void YamlTreeBuilder::close()
{
    const Open done = m_open.back();
    m_open.pop_back();
    if (done.node->anchor)
        m_anchorValues[size_t(done.node->anchor - 1)] = done.values;
    addToParent(done.values);
}

void YamlTreeBuilder::alias(const yaml_event_t &event)
{
    const std::string name(reinterpret_cast<const char *>(event.data.alias.anchor));
    const YamlMark at = markOf(event.start_mark);
    const auto found = m_anchorNumbers.find(name);
    if (found == m_anchorNumbers.end())
        throw Stop { { at, tr("found undefined alias *%1").arg(QString::fromStdString(name)) } };
    const int anchor = found->second;
    YamlNode &node = add(YamlNode::Kind::Alias, event.start_mark, nullptr);
    node.anchor = anchor;
    node.target = m_anchorNodes[size_t(anchor - 1)];
    m_tree.m_aliasedAnchors.insert(anchor);
    // An alias inside the value it names (`&a [*a, *a]`) is a loop: it stands for endless values.
    const bool loop = std::any_of(m_open.cbegin(), m_open.cend(), [anchor](const Open &o) { return o.node->anchor == anchor; });
    const quint64 values = loop ? ~quint64(0) : m_anchorValues[size_t(anchor - 1)];
    addToParent(values);
    count(at, values);
}

void YamlTreeBuilder::defineAnchor(const yaml_char_t *anchor, YamlNode &node)
{
    const std::string name(reinterpret_cast<const char *>(anchor));
    const auto [it, added] = m_anchorNumbers.try_emplace(name, int(m_anchorNodes.size()) + 1);
    if (!added) {
        const YamlMark first = m_anchorNodes[size_t(it->second - 1)]->mark;
        throw Stop { { node.mark, tr("found duplicate anchor &%1 (first at line %2); PyYAML, which LiteLLM reads its config "
                              "with, refuses that: rename one")
                               .arg(QString::fromStdString(name), QString::number(first.line + 1)) } };
    }
    node.anchor = it->second;
    m_anchorNodes.push_back(&node);
    m_anchorValues.push_back(1);
    m_tree.m_anchorNames.push_back(name);
}

// Adds what a value stands for to the document's total, and stops the read past the limit.
void YamlTreeBuilder::count(const YamlMark &at, quint64 values)
{
    m_total = saturatedSum(m_total, values);
    const quint64 limit = m_limits.aliasValueFloor + kPerWrittenValue * m_written;
    if (m_total > limit) {
        throw Stop { { at, tr("the aliases (*name) in this file stand for more than %1 values, far more than the "
                              "file writes out (an alias bomb?); RouteDeck does not read it. Write the values out, "
                              "or nest fewer aliases")
                               .arg(limit),
                       true } };
    }
}

YamlTree::Error YamlTreeBuilder::syntaxError(const yaml_parser_t &parser)
{
    if (parser.error == YAML_MEMORY_ERROR)
        return { {}, tr("out of memory") };
    const QString problem = QString::fromUtf8(parser.problem ? parser.problem : "unknown error");
    if (parser.error == YAML_READER_ERROR) // the reader counts bytes, not characters
        return { markOfByte(parser.problem_offset), problem };
    if (!parser.context)
        return { markOf(parser.problem_mark), problem };
    // As PyYAML says it: what went wrong where, and what was being read from where.
    return { markOf(parser.problem_mark), tr("%1 (%2 at line %3, column %4)")
                                              .arg(problem, QString::fromUtf8(parser.context),
                                                   QString::number(parser.context_mark.line + 1),
                                                   QString::number(parser.context_mark.column + 1)) };
}

YamlMark YamlTreeBuilder::markOfByte(size_t offset) const
{
    const qsizetype pos = std::min(qsizetype(offset), m_text.size());
    const QByteArrayView before(m_text.constData(), pos);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const QByteArrayView line = before.sliced(lineStart);
    const auto column = std::count_if(line.begin(), line.end(), [](char c) { return (uchar(c) & 0xC0) != 0x80; });
    return { int(before.count('\n')), int(column), pos };
}

// PyYAML's own scanner, the one safe_load runs, skips only spaces between tokens and ends a plain
// scalar at a tab, so it refuses every tab outside quotes, block scalars and comments ("found character
// '\t' that cannot start any token"). libyaml, and PyYAML's optional C loader, take a tab as a space in
// places. The first tab before `end` that LiteLLM's loader refuses, if any.
std::optional<qsizetype> YamlTreeBuilder::strayTab(qsizetype end) const
{
    if (!m_text.contains('\t'))
        return std::nullopt;
    auto span = m_quotedSpans.cbegin();
    for (qsizetype i = 0; i < std::min(end, m_text.size()); ++i) {
        while (span != m_quotedSpans.cend() && span->second <= i)
            ++span;
        if (span != m_quotedSpans.cend() && span->first <= i) {
            i = span->second - 1;
            continue;
        }
        const char c = m_text.at(i);
        if (c == '#' && (i == 0 || QByteArrayView(" \t\r\n").contains(m_text.at(i - 1)))) {
            i = m_text.indexOf('\n', i);
            if (i < 0)
                break;
            continue;
        }
        if (c == '\t')
            return i;
    }
    return std::nullopt;
}

bool YamlTree::parse(const QByteArray &text, const Limits &limits)
{
    m_nodes.clear();
    m_root = nullptr;
    m_error.reset();
    m_anchorNames.clear();
    m_aliasedAnchors.clear();
    return YamlTreeBuilder(*this, text, limits).build();
}

QString YamlTree::anchorName(int anchor) const
{
    return anchor > 0 && size_t(anchor) <= m_anchorNames.size()
        ? QString::fromStdString(m_anchorNames[size_t(anchor - 1)])
        : QString();
}

} // namespace RouteDeck
