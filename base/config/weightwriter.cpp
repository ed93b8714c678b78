// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightwriter.h"

#include "litellmconfigcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string_view>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WeightWriter", text);
}

// yaml-cpp's node API resolves aliases to the anchored node (and its marks), so the writer reads
// the event stream instead: it tells an alias from the anchor it repeats, and gives every node
// the mark of its own text.
struct YamlNode
{
    enum class Kind
    {
        Null,
        Scalar,
        Alias,
        Map,
        Sequence
    };

    Kind kind = Kind::Null;
    YAML::Mark mark;
    bool flow = false;
    YAML::anchor_t anchor = 0; // its own anchor; for an alias, the anchor it repeats
    std::string value; // scalars only
    std::vector<std::unique_ptr<YamlNode>> children; // maps: key, value, key, value, ...

    // The own entry `key` that LiteLLM reads: the last, as PyYAML keeps the last of duplicate keys
    // (merge keys are not followed: what they bring is other nodes' text).
    bool find(std::string_view key, const YamlNode **keyNode, const YamlNode **valueNode) const
    {
        if (kind != Kind::Map)
            return false;
        bool found = false;
        for (size_t i = 0; i + 1 < children.size(); i += 2) {
            if (children[i]->kind == Kind::Scalar && children[i]->value == key) {
                *keyNode = children[i].get();
                *valueNode = children[i + 1].get();
                found = true;
            }
        }
        return found;
    }
    const YamlNode *valueOf(std::string_view key) const
    {
        const YamlNode *keyNode = nullptr;
        const YamlNode *valueNode = nullptr;
        return find(key, &keyNode, &valueNode) ? valueNode : nullptr;
    }
};

class TreeBuilder final : public YAML::EventHandler
{
public:
    std::unique_ptr<YamlNode> root;
    std::set<YAML::anchor_t> aliasedAnchors;
    std::map<YAML::anchor_t, std::string> anchorNames;

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        add(YamlNode::Kind::Null, mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        aliasedAnchors.insert(anchor);
        add(YamlNode::Kind::Alias, mark, anchor);
    }
    void OnScalar(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &value) override
    {
        add(YamlNode::Kind::Scalar, mark, anchor)->value = value;
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value style) override
    {
        YamlNode *node = add(YamlNode::Kind::Sequence, mark, anchor);
        node->flow = style == YAML::EmitterStyle::Flow;
        m_stack.push_back(node);
    }
    void OnSequenceEnd() override { m_stack.pop_back(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value style) override
    {
        YamlNode *node = add(YamlNode::Kind::Map, mark, anchor);
        node->flow = style == YAML::EmitterStyle::Flow;
        m_stack.push_back(node);
    }
    void OnMapEnd() override { m_stack.pop_back(); }
    void OnAnchor(const YAML::Mark &, const std::string &name) override { m_pendingAnchorName = name; }

private:
    YamlNode *add(YamlNode::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        auto node = std::make_unique<YamlNode>();
        node->kind = kind;
        node->mark = mark;
        node->anchor = anchor;
        if (kind != YamlNode::Kind::Alias && anchor != 0) {
            anchorNames[anchor] = m_pendingAnchorName;
            m_pendingAnchorName.clear();
        }
        YamlNode *raw = node.get();
        if (!m_stack.empty())
            m_stack.back()->children.push_back(std::move(node));
        else if (!root)
            root = std::move(node);
        return raw;
    }

    std::vector<YamlNode *> m_stack;
    std::string m_pendingAnchorName;
};

struct Edit
{
    qsizetype offset = 0;
    qsizetype removed = 0;
    QByteArray inserted;
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// Finds, in the text, where each target's weight lives and what edit changes it.
class EditPlanner
{
public:
    EditPlanner(const QByteArray &text, const QString &fileName, const TreeBuilder &tree)
        : m_text(text)
        , m_fileName(fileName)
        , m_tree(tree)
        , m_bom(text.startsWith("\xEF\xBB\xBF") ? 3 : 0)
    { }

    // Appends the edit that writes `weight` for `deployment`, or returns the reason it cannot.
    std::optional<Problem> plan(const Deployment &deployment, const YamlNode &modelList,
        const QByteArray &weight, std::vector<Edit> &edits) const;

private:
    QString who(const Deployment &d) const { return QStringLiteral("'%1'").arg(d.id); }
    SourceLocation where(const YamlNode &node) const
    {
        return { m_fileName, node.mark.line + 1, node.mark.column + 1 };
    }
    QString anchorName(YAML::anchor_t anchor) const
    {
        const auto it = m_tree.anchorNames.find(anchor);
        return it == m_tree.anchorNames.end() ? QString() : QString::fromStdString(it->second);
    }
    bool isShared(const YamlNode &node) const
    {
        return node.kind != YamlNode::Kind::Alias && node.anchor != 0
            && m_tree.aliasedAnchors.count(node.anchor) > 0;
    }
    char at(qsizetype offset) const
    {
        return offset >= 0 && offset < m_text.size() ? m_text.at(offset) : '\0';
    }
    qsizetype offsetOf(const YamlNode &node) const;
    qsizetype scalarEnd(qsizetype start, bool flow) const;
    qsizetype tokenStart(qsizetype offset) const;
    qsizetype lineEnd(qsizetype offset) const;
    QByteArray lineBreakAt(qsizetype lineEndOffset) const;
    const YamlNode *weightOverride(const Deployment &d, const YamlNode **keyNode, bool *flow) const;

    std::optional<Problem> replaceValue(const Deployment &d, const YamlNode &key, const YamlNode &value,
        bool flow, const QByteArray &weight, std::vector<Edit> &edits) const;
    std::optional<Problem> insertIntoBlockMap(
        const Deployment &d, const YamlNode &map, const QByteArray &weight, std::vector<Edit> &edits) const;
    std::optional<Problem> insertIntoFlowMap(
        const Deployment &d, const YamlNode &map, const QByteArray &weight, std::vector<Edit> &edits) const;
    Problem notFound(const Deployment &d, const YamlNode &node) const
    {
        return Problem::error(where(node),
            tr("cannot find the text of the weight of deployment %1 at this "
               "position; change it by hand")
                .arg(who(d)));
    }

    const QByteArray &m_text;
    QString m_fileName;
    const TreeBuilder &m_tree;
    qsizetype m_bom;
};

qsizetype EditPlanner::offsetOf(const YamlNode &node) const
{
    // yaml-cpp counts bytes after a UTF-8 byte order mark, which it skips.
    if (node.mark.pos < 0)
        return -1;
    const qsizetype offset = m_bom + node.mark.pos;
    return offset <= m_text.size() ? offset : -1;
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
const YamlNode *EditPlanner::weightOverride(const Deployment &d, const YamlNode **keyNode, bool *flow) const
{
    const YamlNode *settings = m_tree.root ? m_tree.root->valueOf("router_settings") : nullptr;
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
                found = groupMap.children[j + 1].get();
            }
        }
    }
    return found;
}

std::optional<Problem> EditPlanner::plan(
    const Deployment &d, const YamlNode &modelList, const QByteArray &weight, std::vector<Edit> &edits) const
{
    if (d.index < 0 || size_t(d.index) >= modelList.children.size())
        return Problem::error(
            d.location, tr("deployment %1 is not in model_list as read; change it by hand").arg(who(d)));
    const YamlNode &item = *modelList.children[size_t(d.index)];
    if (item.kind == YamlNode::Kind::Alias) {
        return Problem::error(where(item),
            tr("deployment %1 is an alias (*%2) of another model_list entry; "
               "change its weight by hand")
                .arg(who(d), anchorName(item.anchor)));
    }
    if (item.kind != YamlNode::Kind::Map)
        return Problem::error(where(item), tr("deployment %1 is not a map; change it by hand").arg(who(d)));
    if (isShared(item)) {
        return Problem::error(where(item),
            tr("deployment %1 is anchored as &%2 and repeated elsewhere through "
               "*%2; changing it would change the copies too, change it by hand")
                .arg(who(d), anchorName(item.anchor)));
    }

    const YamlNode *overrideKey = nullptr;
    bool overrideFlow = false;
    if (const YamlNode *override = weightOverride(d, &overrideKey, &overrideFlow))
        return replaceValue(d, *overrideKey, *override, overrideFlow, weight, edits);

    const YamlNode *paramsKey = nullptr;
    const YamlNode *params = nullptr;
    if (!item.find("litellm_params", &paramsKey, &params)) {
        if (item.valueOf("<<")) {
            return Problem::error(where(item),
                tr("litellm_params of deployment %1 comes from a merge key (<<); "
                   "changing it would change the other entries that merge it, "
                   "change the weight by hand")
                    .arg(who(d)));
        }
        return Problem::error(where(item), tr("deployment %1 has no litellm_params").arg(who(d)));
    }
    if (params->kind == YamlNode::Kind::Alias) {
        return Problem::error(where(*params),
            tr("litellm_params of deployment %1 is an alias (*%2): other entries "
               "share it, so its weight must be changed by hand")
                .arg(who(d), anchorName(params->anchor)));
    }
    if (params->kind != YamlNode::Kind::Map)
        return Problem::error(where(*params), tr("litellm_params of deployment %1 is not a map").arg(who(d)));
    if (isShared(*params)) {
        return Problem::error(where(*params),
            tr("litellm_params of deployment %1 is anchored as &%2 and reused "
               "elsewhere through *%2; changing it would change the other "
               "entries too, change the weight by hand")
                .arg(who(d), anchorName(params->anchor)));
    }

    const YamlNode *weightKey = nullptr;
    const YamlNode *weightValue = nullptr;
    if (params->find("weight", &weightKey, &weightValue))
        return replaceValue(d, *weightKey, *weightValue, params->flow, weight, edits);
    // No own weight (perhaps one inherited through `<<: *base`): an own key is added, which wins
    // over a merged one and leaves the anchor alone.
    return params->flow ? insertIntoFlowMap(d, *params, weight, edits)
                        : insertIntoBlockMap(d, *params, weight, edits);
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
    case YamlNode::Kind::Alias: {
        // `weight: *w`: this deployment stops repeating the anchor; the anchor itself stays.
        const qsizetype start = offsetOf(value);
        if (at(start) != '*')
            return notFound(d, value);
        qsizetype end = start + 1;
        while (end < m_text.size() && !isBlank(at(end)) && at(end) != '\n' && at(end) != '\r'
            && !(flow && isFlowIndicator(at(end))))
            ++end;
        edits.push_back({ start, end - start, weight });
        return std::nullopt;
    }
    case YamlNode::Kind::Scalar: {
        if (isShared(value)) {
            return Problem::error(where(value),
                tr("weight of deployment %1 is anchored as &%2 and reused elsewhere "
                   "through *%2; change it by hand")
                    .arg(who(d), anchorName(value.anchor)));
        }
        const qsizetype start = offsetOf(value) < 0 ? -1 : tokenStart(offsetOf(value));
        const char first = at(start);
        if (start < 0 || first == '|' || first == '>')
            return notFound(d, value);
        const qsizetype end = scalarEnd(start, flow);
        if (end <= start)
            return notFound(d, value);
        const QByteArray token = m_text.mid(start, end - start);
        const bool quoted = first == '"' || first == '\'';
        if (!quoted && token.toStdString() != value.value)
            return notFound(d, value);
        const QByteArray replacement = quoted ? first + weight + first : weight;
        edits.push_back({ start, end - start, replacement });
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
    const qsizetype firstLineStart = m_text.lastIndexOf('\n', keyStart - 1) + 1;
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

// The whole document without the values a weight edit may change, for comparing before and after.
QVariantMap withoutWeights(QVariantMap document)
{
    const QString modelListKey = QStringLiteral("model_list");
    const QString paramsKey = QStringLiteral("litellm_params");
    QVariantList models = document.value(modelListKey).toList();
    for (QVariant &model : models) {
        QVariantMap entry = model.toMap();
        QVariantMap params = entry.value(paramsKey).toMap();
        params.remove(QStringLiteral("weight"));
        entry.insert(paramsKey, params);
        model = entry;
    }
    document.insert(modelListKey, models);
    const QString settingsKey = QStringLiteral("router_settings");
    if (document.contains(settingsKey)) {
        QVariantMap settings = document.value(settingsKey).toMap();
        settings.remove(QStringLiteral("weights"));
        document.insert(settingsKey, settings);
    }
    return document;
}

QString weightText(const std::optional<double> &weight)
{
    return weight ? QString::number(*weight) : tr("none");
}

// Weights that no file may hold: not finite, or below 0.
void checkWeightValues(const QHash<QString, double> &weights, const QStringList &ids, const SourceLocation &wholeFile,
    Problems &problems)
{
    for (const QString &id : ids) {
        const double weight = weights.value(id);
        if (!std::isfinite(weight) || weight < 0) {
            problems.append(Problem::error(wholeFile,
                tr("weight %1 for deployment '%2' is not allowed: a weight must be a finite number, "
                   "0 or more")
                    .arg(QString::number(weight), id)));
        }
    }
}

// One deployment to edit, with the weight as the file will hold it.
struct Target
{
    const Deployment *deployment;
    QByteArray text;
    double written;
};

// The deployments to edit, in file order; an unknown id is a problem.
std::vector<Target> targetsOf(const RouterConfig &config, const QStringList &ids, const QHash<QString, double> &weights,
    const SourceLocation &wholeFile, Problems &problems)
{
    std::vector<Target> targets;
    for (const QString &id : ids) {
        const Deployment *deployment = config.findDeployment(id);
        if (!deployment) {
            problems.append(Problem::error(wholeFile, tr("no deployment has the id '%1'").arg(id)));
            continue;
        }
        const QByteArray text = WeightWriter::formatWeight(weights.value(id));
        targets.push_back({ deployment, text, text.toDouble() });
    }
    std::sort(targets.begin(), targets.end(),
        [](const Target &a, const Target &b) { return a.deployment->index < b.deployment->index; });
    return targets;
}

// The event tree of the file and its model_list node; nullptr (with a problem) when the list is not
// plain text of this file.
const YamlNode *readModelList(const QByteArray &original, const QString &fileName, TreeBuilder &tree, Problems &problems)
{
    try {
        std::istringstream stream(original.toStdString());
        YAML::Parser parser(stream);
        parser.HandleNextDocument(tree);
    } catch (const YAML::Exception &e) {
        problems.append(Problem::error({ fileName, e.mark.line + 1, e.mark.column + 1 },
            tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))));
        return nullptr;
    }
    const YamlNode *modelList = tree.root ? tree.root->valueOf("model_list") : nullptr;
    if (!modelList || modelList->kind != YamlNode::Kind::Sequence) {
        problems.append(Problem::error({ fileName, 0, 0 },
            tr("model_list is not a list written in this file (an alias "
               "or merge?); change the weights by hand")));
        return nullptr;
    }
    return modelList;
}

struct EditPlan
{
    std::vector<Edit> edits;
    QStringList changedIds;
    QHash<QString, double> written; // every target's weight as the file will hold it
};

// The text edits that set each target's weight; a target that already has it needs none.
EditPlan planEdits(const EditPlanner &planner, const YamlNode &modelList, const std::vector<Target> &targets,
    Problems &problems)
{
    EditPlan plan;
    for (const Target &target : targets) {
        const Deployment &d = *target.deployment;
        plan.written.insert(d.id, target.written);
        if (d.weight && *d.weight == target.written)
            continue;
        if (const auto problem = planner.plan(d, modelList, target.text, plan.edits))
            problems.append(*problem);
        else
            plan.changedIds.append(d.id);
    }
    return plan;
}

// The original text with the edits applied; nothing when two edits overlap.
std::optional<QByteArray> spliced(const QByteArray &original, std::vector<Edit> edits, const SourceLocation &wholeFile,
    Problems &problems)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.offset < b.offset; });
    QByteArray edited;
    edited.reserve(original.size() + qsizetype(edits.size()) * 16);
    qsizetype copied = 0;
    for (const Edit &edit : edits) {
        if (edit.offset < copied) {
            problems.append(Problem::error(wholeFile,
                tr("two weight changes overlap in the text; change the "
                   "weights one at a time")));
            return std::nullopt;
        }
        edited.append(original.constData() + copied, edit.offset - copied);
        edited.append(edit.inserted);
        copied = edit.offset + edit.removed;
    }
    edited.append(original.constData() + copied, original.size() - copied);
    return edited;
}

// The edited file reads as the original with exactly the asked weights: same deployments in the same
// order, the same everything else.
bool readsAsAsked(const RouterConfig &before, const RouterConfig &after, const QHash<QString, double> &written,
    const SourceLocation &wholeFile, Problems &problems)
{
    const QList<Deployment> &old = before.deployments;
    const QList<Deployment> &now = after.deployments;
    bool consistent = old.size() == now.size() && withoutWeights(before.document) == withoutWeights(after.document);
    for (qsizetype i = 0; consistent && i < old.size(); ++i) {
        const std::optional<double> expected
            = written.contains(old[i].id) ? std::optional(written.value(old[i].id)) : old[i].weight;
        if (now[i].id != old[i].id || now[i].weight != expected) {
            problems.append(Problem::error(old[i].location,
                tr("the edited text would give deployment '%1' weight %2 instead of %3; the file "
                   "was not changed, change the weight by hand")
                    .arg(old[i].id, weightText(now[i].weight), weightText(expected))));
            consistent = false;
        }
    }
    if (!consistent && !hasErrors(problems)) {
        problems.append(Problem::error(wholeFile,
            tr("the weight change would change more than weights; "
               "the file was not changed, change it by hand")));
    }
    return consistent;
}

} // namespace

WeightEditResult WeightWriter::apply(
    const QByteArray &original, const QHash<QString, double> &weights, const QString &fileName)
{
    WeightEditResult result;
    result.text = original;
    const SourceLocation wholeFile { fileName, 0, 0 };
    QStringList ids = weights.keys();
    ids.sort();
    checkWeightValues(weights, ids, wholeFile, result.problems);
    const ConfigLoadResult before = LiteLlmConfigCodec::parse(original, fileName);
    // A file with errors is still edited when it has deployments, because the edit may be what
    // repairs it (a weight of -1, a group whose weights are all 0); it is handed back only if the
    // edited text has no errors left.
    if (!before.ok() && before.config.deployments.isEmpty()) {
        result.problems.append(before.problems);
        return result;
    }
    // When the file had errors, they explain any refusal too.
    const auto refuse = [&result, &before] {
        if (!before.ok())
            result.problems.append(before.problems);
        return result;
    };

    const std::vector<Target> targets = targetsOf(before.config, ids, weights, wholeFile, result.problems);
    if (hasErrors(result.problems))
        return refuse();
    TreeBuilder tree;
    const YamlNode *modelList = readModelList(original, fileName, tree, result.problems);
    if (!modelList)
        return refuse();
    EditPlan plan = planEdits(EditPlanner(original, fileName, tree), *modelList, targets, result.problems);
    if (hasErrors(result.problems) || (plan.edits.empty() && !before.ok()))
        return refuse();
    if (plan.edits.empty())
        return result;
    const std::optional<QByteArray> edited = spliced(original, std::move(plan.edits), wholeFile, result.problems);
    if (!edited)
        return refuse();
    // Never hand back a file that reads differently from what was asked.
    const ConfigLoadResult after = LiteLlmConfigCodec::parse(*edited, fileName);
    if (!after.ok() && !before.ok())
        return refuse();
    for (const Problem &problem : after.problems) {
        if (problem.isError())
            result.problems.append(
                Problem::error(problem.where, tr("after the weight change: %1").arg(problem.message)));
    }
    if (hasErrors(result.problems))
        return result;
    if (!readsAsAsked(before.config, after.config, plan.written, wholeFile, result.problems))
        return refuse();
    result.text = *edited;
    result.changedIds = plan.changedIds;
    return result;
}

QString WeightWriter::writeFile(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    const auto failure = [&path](const QString &reason) {
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(text) != text.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return QString();
}

QByteArray WeightWriter::formatWeight(double weight)
{
    if (!std::isfinite(weight))
        return QByteArray::number(weight);
    if (weight == 0)
        return QByteArrayLiteral("0"); // also for -0
    const double magnitude = std::abs(weight);
    if (std::floor(weight) == weight && magnitude < 1e15)
        return QByteArray::number(weight, 'f', 0);
    const int exponent = int(std::floor(std::log10(magnitude)));
    const int decimals = 5 - exponent; // six significant digits
    if (exponent >= 15 || decimals > 15)
        return QByteArray::number(weight, 'g', 6);
    QByteArray text = QByteArray::number(weight, 'f', std::max(decimals, 0));
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    return text;
}

} // namespace RouteDeck
