// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

// Private to base/config (the weight writer): not installed, not included from other libraries.
namespace RouteDeck {

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

} // namespace RouteDeck
