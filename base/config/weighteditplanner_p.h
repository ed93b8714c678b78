// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"
#include "yamltree_p.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

// Private to base/config (the weight writer): not installed, not included from other libraries.
namespace RouteDeck {

// One change of the text: at `offset`, `removed` bytes give way to `inserted`.
struct Edit
{
    qsizetype offset = 0;
    qsizetype removed = 0;
    QByteArray inserted;
};

// Finds, in the text, where each target's weight lives and what edit changes it.
class EditPlanner
{
public:
    EditPlanner(const QByteArray &text, const QString &fileName, const YamlTree &tree)
        : m_text(text)
        , m_fileName(fileName)
        , m_tree(tree)
    { }

    // Appends the edits that write `weight` for `deployment` (std::nullopt: that remove its weight), or
    // returns the reason it cannot.
    std::optional<Problem> plan(const Deployment &deployment, const YamlNode &modelList,
        const std::optional<QByteArray> &weight, std::vector<Edit> &edits) const;

private:
    QString who(const Deployment &d) const { return QStringLiteral("'%1'").arg(d.id); }
    SourceLocation where(const YamlNode &node) const
    {
        return { m_fileName, node.mark.line + 1, node.mark.column + 1 };
    }
    QString anchorName(int anchor) const { return m_tree.anchorName(anchor); }
    bool isShared(const YamlNode &node) const { return m_tree.isAliased(node); }
    char at(qsizetype offset) const
    {
        return offset >= 0 && offset < m_text.size() ? m_text.at(offset) : '\0';
    }
    qsizetype offsetOf(const YamlNode &node) const;
    qsizetype scalarEnd(qsizetype start, bool flow) const;
    qsizetype tokenStart(qsizetype offset) const;
    qsizetype lineStart(qsizetype offset) const;
    qsizetype lineEnd(qsizetype offset) const;
    QByteArray lineBreakAt(qsizetype lineEndOffset) const;
    const YamlNode *weightOverride(
        const Deployment &d, const YamlNode **keyNode, bool *flow, const YamlNode **groupNode = nullptr) const;
    const YamlNode *ownItem(const Deployment &d, const YamlNode &modelList, std::optional<Problem> &problem) const;
    const YamlNode *ownParams(const Deployment &d, const YamlNode &item, std::optional<Problem> &problem) const;
    // Start and end (exclusive) of a scalar's or an alias's own text on one line; nothing when not found.
    std::optional<std::pair<qsizetype, qsizetype>> valueSpan(const YamlNode &value, bool flow) const;
    std::optional<Problem> sharedWeight(const Deployment &d, const YamlNode &value) const;

    std::optional<Problem> replaceValue(const Deployment &d, const YamlNode &key, const YamlNode &value,
        bool flow, const QByteArray &weight, std::vector<Edit> &edits) const;
    std::optional<Problem> removeEntry(
        const Deployment &d, const YamlNode &key, const YamlNode &value, bool flow, std::vector<Edit> &edits) const;
    std::optional<Problem> removeFromBlockMap(
        const Deployment &d, qsizetype keyStart, qsizetype valueEnd, std::vector<Edit> &edits) const;
    std::optional<Problem> removeFromFlowMap(
        const Deployment &d, qsizetype keyStart, qsizetype valueEnd, std::vector<Edit> &edits) const;
    std::optional<Problem> insertIntoBlockMap(
        const Deployment &d, const YamlNode &map, const QByteArray &weight, std::vector<Edit> &edits) const;
    std::optional<Problem> insertIntoFlowMap(
        const Deployment &d, const YamlNode &map, const QByteArray &weight, std::vector<Edit> &edits) const;
    Problem notFound(const Deployment &d, const YamlNode &node) const;

    const QByteArray &m_text;
    QString m_fileName;
    const YamlTree &m_tree;
};

} // namespace RouteDeck
