// SPDX-License-Identifier: GPL-3.0-or-later
#include "weighteditplanner_p.h"

#include <QCoreApplication>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RouteDeck::EditPlanner", text); // the context lupdate gives these calls
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}
} // namespace

qsizetype EditPlanner::offsetOf(const YamlNode &node) const
{
    const qsizetype offset = node.mark.pos;
    return offset >= 0 && offset <= m_text.size() ? offset : -1;
}

// Skips node properties (`&anchor`, `!tag`) that may precede a node's own text.
qsizetype EditPlanner::tokenStart(qsizetype offset) const
{
    while (at(offset) == '&' || at(offset) == '!') {
        while (offset < m_text.size() && !isBlank(at(offset)) && at(offset) != '\n' && at(offset) != '\r')
            ++offset;
        while (isBlank(at(offset)))
            ++offset;
    }
    return offset;
}

// End (exclusive) of the scalar token starting at `start`, or -1 when it is not closed.
qsizetype EditPlanner::scalarEnd(qsizetype start, bool flow) const
{
    const qsizetype size = m_text.size();
    const char first = at(start);
    if (first == '"') {
        for (qsizetype i = start + 1; i < size; ++i) {
            if (m_text.at(i) == '\\')
                ++i;
            else if (m_text.at(i) == '"')
                return i + 1;
        }
        return -1;
    }
    if (first == '\'') {
        for (qsizetype i = start + 1; i < size; ++i) {
            if (m_text.at(i) != '\'')
                continue;
            if (i + 1 < size && m_text.at(i + 1) == '\'')
                ++i; // '' is an escaped quote
            else
                return i + 1;
        }
        return -1;
    }
    qsizetype i = start;
    while (i < size) {
        const char c = m_text.at(i);
        if (c == '\n' || c == '\r')
            break;
        if (c == '#' && i > start && isBlank(m_text.at(i - 1)))
            break;
        if (flow && isFlowIndicator(c))
            break;
        if (c == ':') {
            const char next = at(i + 1);
            if (next == '\0' || next == '\n' || next == '\r' || isBlank(next)
                || (flow && isFlowIndicator(next)))
                break;
        }
        ++i;
    }
    while (i > start && isBlank(m_text.at(i - 1)))
        --i;
    return i;
}

// Offset of the first character of the line that holds `offset`.
qsizetype EditPlanner::lineStart(qsizetype offset) const
{
    return offset > 0 ? m_text.lastIndexOf('\n', offset - 1) + 1 : 0;
}

// Offset of the '\n' ending the line that holds `offset`, or the text size for the last line.
qsizetype EditPlanner::lineEnd(qsizetype offset) const
{
    const qsizetype newline = m_text.indexOf('\n', offset);
    return newline < 0 ? m_text.size() : newline;
}

QByteArray EditPlanner::lineBreakAt(qsizetype lineEndOffset) const
{
    if (lineEndOffset < m_text.size())
        return lineEndOffset > 0 && m_text.at(lineEndOffset - 1) == '\r' ? QByteArrayLiteral("\r\n")
                                                                         : QByteArrayLiteral("\n");
    // The last line has no line break: use the file's first one.
    const qsizetype first = m_text.indexOf('\n');
    return first > 0 && m_text.at(first - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

// router_settings.weights.<group>.<id> overrides litellm_params.weight (the codec applies the last
// entry that names the deployment); when there is one, that is the value to change.
const YamlNode *EditPlanner::weightOverride(
    const Deployment &d, const YamlNode **keyNode, bool *flow, const YamlNode **groupNode) const
{
    const YamlNode *settings = m_tree.root() ? m_tree.root()->valueOf("router_settings") : nullptr;
    const YamlNode *weights = settings ? settings->valueOf("weights") : nullptr;
    if (!weights || weights->kind != YamlNode::Kind::Map)
        return nullptr;
    const std::string group = d.group.toStdString();
    const std::string id = d.id.toStdString();
    const YamlNode *found = nullptr;
    for (size_t i = 0; i + 1 < weights->children.size(); i += 2) {
        const YamlNode &groupKey = *weights->children[i];
        const YamlNode &groupMap = *weights->children[i + 1];
        if (groupKey.kind != YamlNode::Kind::Scalar || groupKey.value != group
            || groupMap.kind != YamlNode::Kind::Map)
            continue;
        for (size_t j = 0; j + 1 < groupMap.children.size(); j += 2) {
            const YamlNode &idKey = *groupMap.children[j];
            if (idKey.kind == YamlNode::Kind::Scalar && idKey.value == id) {
                *keyNode = &idKey;
                *flow = groupMap.flow;
                if (groupNode)
                    *groupNode = &groupMap;
                found = groupMap.children[j + 1];
            }
        }
    }
    return found;
}

// The deployment's model_list entry, when the writer may change it; else nullptr and why not.
const YamlNode *EditPlanner::ownItem(
    const Deployment &d, const YamlNode &modelList, std::optional<Problem> &problem) const
{
    if (d.index < 0 || size_t(d.index) >= modelList.children.size()) {
        problem = Problem::error(
            d.location, tr("deployment %1 is not in model_list as read; change it by hand").arg(who(d)));
        return nullptr;
    }
    const YamlNode &item = *modelList.children[size_t(d.index)];
    if (item.kind == YamlNode::Kind::Alias) {
        problem = Problem::error(where(item),
            tr("deployment %1 is an alias (*%2) of another model_list entry; "
               "change its weight by hand")
                .arg(who(d), anchorName(item.anchor)));
        return nullptr;
    }
    if (item.kind != YamlNode::Kind::Map) {
        problem = Problem::error(where(item), tr("deployment %1 is not a map; change it by hand").arg(who(d)));
        return nullptr;
    }
    if (isShared(item)) {
        problem = Problem::error(where(item),
            tr("deployment %1 is anchored as &%2 and repeated elsewhere through "
               "*%2; changing it would change the copies too, change it by hand")
                .arg(who(d), anchorName(item.anchor)));
        return nullptr;
    }
    return &item;
}

// The entry's own litellm_params map, when the writer may change it; else nullptr and why not.
const YamlNode *EditPlanner::ownParams(const Deployment &d, const YamlNode &item, std::optional<Problem> &problem) const
{
    const YamlNode *paramsKey = nullptr;
    const YamlNode *params = nullptr;
    if (!item.find("litellm_params", &paramsKey, &params)) {
        if (item.valueOf("<<")) {
            problem = Problem::error(where(item),
                tr("litellm_params of deployment %1 comes from a merge key (<<); "
                   "changing it would change the other entries that merge it, "
                   "change the weight by hand")
                    .arg(who(d)));
        } else {
            problem = Problem::error(where(item), tr("deployment %1 has no litellm_params").arg(who(d)));
        }
        return nullptr;
    }
    if (params->kind == YamlNode::Kind::Alias) {
        problem = Problem::error(where(*params),
            tr("litellm_params of deployment %1 is an alias (*%2): other entries "
               "share it, so its weight must be changed by hand")
                .arg(who(d), anchorName(params->anchor)));
        return nullptr;
    }
    if (params->kind != YamlNode::Kind::Map) {
        problem = Problem::error(where(*params), tr("litellm_params of deployment %1 is not a map").arg(who(d)));
        return nullptr;
    }
    if (isShared(*params)) {
        problem = Problem::error(where(*params),
            tr("litellm_params of deployment %1 is anchored as &%2 and reused "
               "elsewhere through *%2; changing it would change the other "
               "entries too, change the weight by hand")
                .arg(who(d), anchorName(params->anchor)));
        return nullptr;
    }
    return params;
}

std::optional<Problem> EditPlanner::plan(const Deployment &d, const YamlNode &modelList,
    const std::optional<QByteArray> &weight, std::vector<Edit> &edits) const
{
    std::optional<Problem> problem;
    const YamlNode *item = ownItem(d, modelList, problem);
    if (!item)
        return problem;

    const YamlNode *overrideKey = nullptr;
    const YamlNode *overrideGroup = nullptr;
    bool overrideFlow = false;
    const YamlNode *override = weightOverride(d, &overrideKey, &overrideFlow, &overrideGroup);
    if (override && weight)
        return replaceValue(d, *overrideKey, *override, overrideFlow, *weight, edits);
    // Removing: without the override, an own weight would count, so both go.
    if (override && !overrideFlow && overrideGroup->children.size() == 2) {
        // A block map left without entries reads as null, which the codec (like LiteLLM) does not take as a map.
        return Problem::error(where(*overrideKey),
            tr("the weight of deployment %1 is the only entry of router_settings.weights.%2; removing it would "
               "leave that group empty, remove the group from router_settings.weights by hand")
                .arg(who(d), d.group));
    }
    if (override) {
        if ((problem = removeEntry(d, *overrideKey, *override, overrideFlow, edits)))
            return problem;
    }

    const YamlNode *params = ownParams(d, *item, problem);
    if (!params)
        return problem;

    const YamlNode *weightKey = nullptr;
    const YamlNode *weightValue = nullptr;
    if (params->find("weight", &weightKey, &weightValue)) {
        return weight ? replaceValue(d, *weightKey, *weightValue, params->flow, *weight, edits)
                      : removeEntry(d, *weightKey, *weightValue, params->flow, edits);
    }
    if (!weight) {
        if (override)
            return std::nullopt;
        return Problem::error(where(*params),
            tr("the weight of deployment %1 comes from a merge key (<<); removing it would change the other "
               "entries that merge it, change it by hand")
                .arg(who(d)));
    }
    // No own weight (perhaps one inherited through `<<: *base`): an own key is added, which wins
    // over a merged one and leaves the anchor alone.
    return params->flow ? insertIntoFlowMap(d, *params, *weight, edits)
                        : insertIntoBlockMap(d, *params, *weight, edits);
}

std::optional<std::pair<qsizetype, qsizetype>> EditPlanner::valueSpan(const YamlNode &value, bool flow) const
{
    if (value.kind == YamlNode::Kind::Alias) {
        // `weight: *w`: the alias token
        const qsizetype start = offsetOf(value);
        if (at(start) != '*')
            return std::nullopt;
        qsizetype end = start + 1;
        while (end < m_text.size() && !isBlank(at(end)) && at(end) != '\n' && at(end) != '\r'
            && !(flow && isFlowIndicator(at(end))))
            ++end;
        return std::pair { start, end };
    }
    if (value.kind != YamlNode::Kind::Scalar)
        return std::nullopt;
    const qsizetype start = offsetOf(value) < 0 ? -1 : tokenStart(offsetOf(value));
    const char first = at(start);
    if (start < 0 || first == '|' || first == '>')
        return std::nullopt;
    const qsizetype end = scalarEnd(start, flow);
    if (end <= start)
        return std::nullopt;
    const bool quoted = first == '"' || first == '\'';
    if (!quoted && m_text.mid(start, end - start).toStdString() != value.value)
        return std::nullopt;
    return std::pair { start, end };
}

std::optional<Problem> EditPlanner::sharedWeight(const Deployment &d, const YamlNode &value) const
{
    if (value.kind != YamlNode::Kind::Scalar || !isShared(value))
        return std::nullopt;
    return Problem::error(where(value),
        tr("weight of deployment %1 is anchored as &%2 and reused elsewhere "
           "through *%2; change it by hand")
            .arg(who(d), anchorName(value.anchor)));
}

std::optional<Problem> EditPlanner::replaceValue(const Deployment &d, const YamlNode &key,
    const YamlNode &value, bool flow, const QByteArray &weight, std::vector<Edit> &edits) const
{
    switch (value.kind) {
    case YamlNode::Kind::Map:
    case YamlNode::Kind::Sequence:
        return Problem::error(where(value),
            tr("weight of deployment %1 is a %2, not a number; change it by hand")
                .arg(who(d), value.kind == YamlNode::Kind::Map ? tr("map") : tr("list")));
    case YamlNode::Kind::Alias:
    case YamlNode::Kind::Scalar: {
        // `weight: *w`: this deployment stops repeating the anchor; the anchor itself stays.
        if (auto shared = sharedWeight(d, value))
            return shared;
        const auto span = valueSpan(value, flow);
        if (!span)
            return notFound(d, value);
        const auto [start, end] = *span;
        const char first = at(start);
        const bool quoted = value.kind == YamlNode::Kind::Scalar && (first == '"' || first == '\'');
        edits.push_back({ start, end - start, quoted ? first + weight + first : weight });
        return std::nullopt;
    }
    case YamlNode::Kind::Null:
        break;
    }

    // `weight: ~` or `weight: null` names its null; an empty `weight:` gets the mark of whatever
    // follows, so the value is written right after the key's colon.
    const qsizetype keyStart = offsetOf(key) < 0 ? -1 : tokenStart(offsetOf(key));
    const qsizetype keyEnd = keyStart < 0 ? -1 : scalarEnd(keyStart, flow);
    if (keyEnd <= keyStart)
        return notFound(d, key);
    qsizetype colon = keyEnd;
    while (isBlank(at(colon)))
        ++colon;
    if (at(colon) != ':')
        return notFound(d, key);
    const qsizetype nullStart = offsetOf(value);
    if (nullStart > colon) {
        for (const char *spelling : { "~", "null", "Null", "NULL" }) {
            const qsizetype length = qsizetype(qstrlen(spelling));
            if (m_text.mid(nullStart, length) != spelling || scalarEnd(nullStart, flow) != nullStart + length)
                continue;
            edits.push_back({ nullStart, length, weight });
            return std::nullopt;
        }
    }
    if (isBlank(at(colon + 1)) && at(colon + 2) != '#')
        edits.push_back({ colon + 2, 0, weight }); // "weight: " + value, whatever followed stays
    else
        edits.push_back({ colon + 1, 0, ' ' + weight });
    return std::nullopt;
}

std::optional<Problem> EditPlanner::removeEntry(
    const Deployment &d, const YamlNode &key, const YamlNode &value, bool flow, std::vector<Edit> &edits) const
{
    if (value.kind == YamlNode::Kind::Null)
        return std::nullopt; // an own `weight: ~` already reads as no weight (a null override is an error anyway)
    if (auto shared = sharedWeight(d, value))
        return shared;
    const qsizetype keyStart = offsetOf(key); // its anchor or tag included
    const auto span = valueSpan(value, flow);
    if (keyStart < 0 || !span || span->first < keyStart)
        return notFound(d, value);
    if (m_text.mid(keyStart, span->second - keyStart).contains('\n'))
        return notFound(d, value); // an entry over several lines is left to the user
    return flow ? removeFromFlowMap(d, keyStart, span->second, edits)
                : removeFromBlockMap(d, keyStart, span->second, edits);
}

// The entry's whole line goes, with a comment after the value; it must have the line to itself.
std::optional<Problem> EditPlanner::removeFromBlockMap(
    const Deployment &d, qsizetype keyStart, qsizetype valueEnd, std::vector<Edit> &edits) const
{
    qsizetype start = lineStart(keyStart);
    for (qsizetype i = start; i < keyStart; ++i) {
        if (!isBlank(at(i)))
            return Problem::error(d.location,
                tr("the weight of deployment %1 does not start its own line; remove it by hand").arg(who(d)));
    }
    qsizetype rest = valueEnd;
    while (isBlank(at(rest)))
        ++rest;
    const bool lineEnds = rest >= m_text.size() || at(rest) == '\n' || (at(rest) == '\r' && at(rest + 1) == '\n')
        || (at(rest) == '#' && rest > valueEnd);
    if (!lineEnds)
        return Problem::error(d.location,
            tr("the weight of deployment %1 shares its line with more than a comment; remove it by hand")
                .arg(who(d)));
    qsizetype end = lineEnd(valueEnd) + 1;
    if (end > m_text.size()) {
        // The last line, without a line break: the one before it goes instead, so none is left over.
        end = m_text.size();
        if (start > 0)
            start -= start > 1 && at(start - 2) == '\r' ? 2 : 1;
    }
    edits.push_back({ start, end - start, {} });
    return std::nullopt;
}

// The entry goes with one comma next to it: `{model: m, weight: 2, rpm: 9}` -> `{model: m, rpm: 9}`.
std::optional<Problem> EditPlanner::removeFromFlowMap(
    const Deployment &d, qsizetype keyStart, qsizetype valueEnd, std::vector<Edit> &edits) const
{
    const auto isSpace = [](char c) { return isBlank(c) || c == '\n' || c == '\r'; };
    qsizetype after = valueEnd;
    while (isSpace(at(after)))
        ++after;
    if (at(after) == ',') {
        ++after;
        while (isBlank(at(after)))
            ++after;
        edits.push_back({ keyStart, after - keyStart, {} });
        return std::nullopt;
    }
    qsizetype before = keyStart - 1;
    while (before >= 0 && isSpace(at(before)))
        --before;
    if (at(before) == ',') {
        edits.push_back({ before, valueEnd - before, {} });
        return std::nullopt;
    }
    if (at(before) == '{' && at(after) == '}') {
        edits.push_back({ keyStart, valueEnd - keyStart, {} });
        return std::nullopt;
    }
    return Problem::error(d.location,
        tr("cannot find where the weight of deployment %1 ends in its {...} map; remove it by hand").arg(who(d)));
}

std::optional<Problem> EditPlanner::insertIntoBlockMap(
    const Deployment &d, const YamlNode &map, const QByteArray &weight, std::vector<Edit> &edits) const
{
    // A block map's own mark may sit on its anchor; its first key gives the indentation.
    if (map.children.empty())
        return notFound(d, map);
    const YamlNode &firstKey = *map.children.front();
    const qsizetype keyStart = offsetOf(firstKey);
    if (keyStart < 0)
        return notFound(d, firstKey);
    const int column = firstKey.mark.column;
    const qsizetype firstLineStart = lineStart(keyStart);
    QByteArray indent = m_text.mid(firstLineStart, keyStart - firstLineStart);
    if (indent.size() != column || !std::all_of(indent.cbegin(), indent.cend(), isBlank))
        indent = QByteArray(column, ' ');

    // When the last value is a block scalar (| or >), lines that look like comments or are blank
    // (with the + "keep" indicator) belong to it.
    const YamlNode &lastValue = *map.children.back();
    qsizetype blockScalarStart = -1;
    bool keepTrailingBlankLines = false;
    if (lastValue.kind == YamlNode::Kind::Scalar) {
        const qsizetype start = offsetOf(lastValue) < 0 ? -1 : tokenStart(offsetOf(lastValue));
        if (at(start) == '|' || at(start) == '>') {
            blockScalarStart = start;
            for (qsizetype i = start + 1;
                 i < m_text.size() && !isBlank(at(i)) && at(i) != '\n' && at(i) != '\r'; ++i)
                keepTrailingBlankLines = keepTrailingBlankLines || at(i) == '+';
        }
    }

    // The map ends before the first line, other than blank or comment lines, indented less than its keys.
    qsizetype lastContentLineEnd = lineEnd(keyStart);
    for (qsizetype lineStart = lastContentLineEnd + 1; lineStart < m_text.size();) {
        const qsizetype end = lineEnd(lineStart);
        qsizetype firstChar = lineStart;
        while (firstChar < end && at(firstChar) == ' ')
            ++firstChar;
        qsizetype content = firstChar;
        while (content < end && (isBlank(at(content)) || at(content) == '\r'))
            ++content;
        const qsizetype indentation = firstChar - lineStart;
        const bool blank = content == end;
        const bool inBlockScalar = blockScalarStart >= 0 && lineStart > blockScalarStart;
        bool belongs = false;
        if (blank)
            belongs = inBlockScalar && keepTrailingBlankLines;
        else if (inBlockScalar && indentation > column)
            belongs = true;
        else if (at(content) == '#')
            belongs = false; // a comment line: the map may continue after it
        else if (indentation >= column)
            belongs = true;
        else
            break;
        if (belongs)
            lastContentLineEnd = end;
        lineStart = end + 1;
    }

    const QByteArray lineBreak = lineBreakAt(lastContentLineEnd);
    const QByteArray line = indent + "weight: " + weight;
    if (lastContentLineEnd >= m_text.size())
        edits.push_back({ m_text.size(), 0, lineBreak + line });
    else
        edits.push_back({ lastContentLineEnd + 1, 0, line + lineBreak });
    return std::nullopt;
}

std::optional<Problem> EditPlanner::insertIntoFlowMap(
    const Deployment &d, const YamlNode &map, const QByteArray &weight, std::vector<Edit> &edits) const
{
    const qsizetype open = offsetOf(map) < 0 ? -1 : tokenStart(offsetOf(map));
    if (at(open) != '{')
        return notFound(d, map);
    // Find the closing brace, and the last character before it that is not blank or a comment.
    qsizetype lastSignificant = open;
    int depth = 1;
    qsizetype i = open + 1;
    while (i < m_text.size()) {
        const char c = m_text.at(i);
        if (c == '"' || c == '\'') {
            const char before = at(lastSignificant);
            const bool tokenStarts = isBlank(at(i - 1)) || at(i - 1) == '\n' || before == '{' || before == '['
                || before == ',' || before == ':';
            if (tokenStarts) {
                const qsizetype end = scalarEnd(i, true);
                if (end < 0)
                    return notFound(d, map);
                lastSignificant = end - 1;
                i = end;
                continue;
            }
        }
        if (c == '#' && (isBlank(at(i - 1)) || at(i - 1) == '\n')) {
            i = lineEnd(i);
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        }
        if (!isBlank(c) && c != '\n' && c != '\r')
            lastSignificant = i;
        ++i;
    }
    if (depth != 0 || at(i) != '}')
        return notFound(d, map);
    const char last = at(lastSignificant);
    const QByteArray entry = "weight: " + weight;
    if (last == '{')
        edits.push_back({ lastSignificant + 1, 0, entry });
    else if (last == ',')
        edits.push_back({ lastSignificant + 1, 0, ' ' + entry });
    else
        edits.push_back({ lastSignificant + 1, 0, ", " + entry });
    return std::nullopt;
}

Problem EditPlanner::notFound(const Deployment &d, const YamlNode &node) const
{
    return Problem::error(where(node),
        tr("cannot find the text of the weight of deployment %1 at this "
           "position; change it by hand")
            .arg(who(d)));
}

} // namespace RouteDeck
