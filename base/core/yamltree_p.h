// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one YAML reader of the base layer: libyaml's parser (the C library PyYAML is a port of, and the
// one its CLoader calls; LiteLLM reads its config with PyYAML's safe_load) builds a tree of the
// document as it is written. Private to the base libraries: libyaml never appears in a public header.

#include "yamlvalues.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace RouteDeck {

// Where a node's text starts: line and column from 0 (a column counts characters), and the byte
// offset in the text as given, a UTF-8 byte order mark included.
struct YamlMark
{
    int line = 0;
    int column = 0;
    qsizetype pos = 0;
};

struct YamlNode
{
    enum class Kind
    {
        Null, // an empty value or a plain ~, null, Null or NULL
        Scalar,
        Alias,
        Map,
        Sequence
    };

    Kind kind = Kind::Null;
    YamlMark mark;
    bool flow = false; // [...] or {...}
    bool quoted = false; // a scalar in '...' or "..." (or a | or > block)
    std::string tag; // an explicit tag, as libyaml resolves it: `!!str 5` has tag:yaml.org,2002:str
    int anchor = 0; // its own anchor (1, 2, ... in the order of the text; 0: none); for an alias, the one it repeats
    std::string value; // scalars only
    std::vector<const YamlNode *> children; // maps: key, value, key, value, ...
    const YamlNode *target = nullptr; // an alias: the node it repeats

    // What the node stands for: an alias's anchored node, any other node itself.
    const YamlNode &resolved() const { return kind == Kind::Alias && target ? *target : *this; }
    // An unquoted, untagged scalar, whose type its text decides (Yaml11Scalar).
    bool isPlainScalar() const { return kind == Kind::Scalar && !quoted && tag.empty(); }

    // The own entry `key` that LiteLLM reads: the last, as PyYAML keeps the last of duplicate keys
    // (merge keys are not followed: what they bring is other nodes' text).
    bool find(std::string_view key, const YamlNode **keyNode, const YamlNode **valueNode) const
    {
        if (kind != Kind::Map)
            return false;
        bool found = false;
        for (size_t i = 0; i + 1 < children.size(); i += 2) {
            if (children[i]->kind == Kind::Scalar && children[i]->value == key) {
                *keyNode = children[i];
                *valueNode = children[i + 1];
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

// A node as a loader sees it, for code that reads values: an alias is the node it repeats, and a
// default-made reference is a value that is not there. Cheap to copy.
class YamlRef
{
public:
    struct Entry;

    YamlRef() = default;
    explicit YamlRef(const YamlNode *node)
        : m_node(node ? &node->resolved() : nullptr)
    {
    }

    bool isDefined() const { return m_node; }
    bool isNull() const { return is(YamlNode::Kind::Null); }
    bool isScalar() const { return is(YamlNode::Kind::Scalar); }
    bool isMap() const { return is(YamlNode::Kind::Map); }
    bool isSequence() const { return is(YamlNode::Kind::Sequence); }
    bool isPlainScalar() const { return m_node && m_node->isPlainScalar(); }
    bool isQuoted() const { return isScalar() && m_node->quoted && m_node->tag.empty(); }
    const std::string &tag() const { return m_node ? m_node->tag : empty(); }
    // A scalar's text; empty for anything else.
    const std::string &scalar() const { return isScalar() ? m_node->value : empty(); }
    const YamlNode *node() const { return m_node; }

    // `for (YamlRef item : list.items())` over a sequence; `for (const auto &[key, value] : map.entries())`
    // over a map. Anything else has neither.
    template<typename Value, size_t Stride>
    class Range
    {
    public:
        class Iterator
        {
        public:
            explicit Iterator(const YamlNode *const *at)
                : m_at(at)
            {
            }
            Value operator*() const;
            Iterator &operator++()
            {
                m_at += Stride;
                return *this;
            }
            bool operator!=(const Iterator &other) const { return m_at != other.m_at; }

        private:
            const YamlNode *const *m_at;
        };
        Range(const YamlNode *node, YamlNode::Kind kind)
        {
            if (node && node->kind == kind && !node->children.empty()) {
                m_begin = node->children.data();
                m_end = m_begin + node->children.size() / Stride * Stride;
            }
        }
        Iterator begin() const { return Iterator(m_begin); }
        Iterator end() const { return Iterator(m_end); }
        size_t size() const { return size_t(m_end - m_begin) / Stride; }

    private:
        const YamlNode *const *m_begin = nullptr;
        const YamlNode *const *m_end = nullptr;
    };
    Range<YamlRef, 1> items() const { return { m_node, YamlNode::Kind::Sequence }; }
    Range<Entry, 2> entries() const;

private:
    bool is(YamlNode::Kind kind) const { return m_node && m_node->kind == kind; }
    static const std::string &empty()
    {
        static const std::string none;
        return none;
    }

    const YamlNode *m_node = nullptr;
};

struct YamlRef::Entry
{
    YamlRef key;
    YamlRef value;
};

template<>
inline YamlRef YamlRef::Range<YamlRef, 1>::Iterator::operator*() const
{
    return YamlRef(*m_at);
}

template<>
inline YamlRef::Entry YamlRef::Range<YamlRef::Entry, 2>::Iterator::operator*() const
{
    return { YamlRef(m_at[0]), YamlRef(m_at[1]) };
}

inline YamlRef::Range<YamlRef::Entry, 2> YamlRef::entries() const
{
    return { m_node, YamlNode::Kind::Map };
}

// One document, read as PyYAML's safe_load reads it: a second document, an undefined alias, an anchor
// defined twice and a tab between tokens are errors there, so they are here (tests/tst_yamldocuments.cpp
// holds the tree to the real PyYAML). Limits that PyYAML lacks protect the console: nesting deeper than
// `maxDepth`, and aliases that stand for more values than `aliasValueFloor` plus ten per value written
// out (an alias bomb), stop the read at once.
class YamlTree
{
public:
    struct Limits
    {
        int maxDepth = YamlValues::kMaxDepth;
        quint64 aliasValueFloor = YamlValues::kMaxValuesFromAliases;
    };
    struct Error
    {
        YamlMark mark;
        QString message; // translated, without the location
        bool overLimit = false; // a limit of RouteDeck's, not a YAML error
    };

    YamlTree() = default;
    YamlTree(const YamlTree &) = delete;
    YamlTree &operator=(const YamlTree &) = delete;

    // Reads `text`; false when it is not one well-formed document within the limits (see error()).
    bool parse(const QByteArray &text, const Limits &limits);

    // The document's top node; nullptr before a successful parse (an empty text gives a Null node).
    const YamlNode *root() const { return m_root; }
    const std::optional<Error> &error() const { return m_error; }

    QString anchorName(int anchor) const;
    // Whether an alias elsewhere repeats this node.
    bool isAliased(const YamlNode &node) const
    {
        return node.kind != YamlNode::Kind::Alias && node.anchor != 0 && m_aliasedAnchors.count(node.anchor) > 0;
    }

private:
    friend class YamlTreeBuilder;
    std::deque<YamlNode> m_nodes; // a deque: nodes keep their address as it grows
    const YamlNode *m_root = nullptr;
    std::optional<Error> m_error;
    std::vector<std::string> m_anchorNames; // by anchor number - 1
    std::set<int> m_aliasedAnchors;
};

} // namespace RouteDeck
