// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilefileeditor.h"

#include "yamltexttree_p.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <functional>
#include <sstream>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileFileEditor", text);
}

// The file as lines: offsets of line starts, and whether a line holds nothing but a comment.
class Lines
{
public:
    explicit Lines(const QByteArray &text)
        : m_text(text)
    {
        m_starts.append(0);
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\n' && i + 1 < text.size())
                m_starts.append(i + 1);
        }
    }
    int count() const { return int(m_starts.size()); }
    int offset(int line) const { return line < count() ? m_starts.at(line) : int(m_text.size()); }
    QByteArray line(int line) const { return m_text.mid(offset(line), offset(line + 1) - offset(line)); }
    bool isFiller(int index) const
    {
        const QByteArray text = line(index).trimmed();
        return text.isEmpty() || text.startsWith('#');
    }
    // `end` (exclusive) moved up past blank and comment-only lines: they belong to what follows.
    int trimmedEnd(int first, int end) const
    {
        while (end > first + 1 && isFiller(end - 1))
            --end;
        return end;
    }

private:
    QByteArray m_text;
    QList<int> m_starts;
};

// One entry of `profiles:`: its lines and its keys' lines.
struct Item
{
    const YamlNode *map = nullptr;
    int firstLine = 0; // the "- " line
    int endLine = 0; // exclusive, trailing comments left out
    int keyColumn = 0; // bytes from the line start to the first key
    QString name;
};

struct Parsed
{
    TreeBuilder tree;
    const YamlNode *list = nullptr; // the `profiles:` value
    int listEndLine = 0; // exclusive: where the next top-level key or the end of the file is
    QList<Item> items;
};

QString scalarOf(const YamlNode *node)
{
    return node && node->kind == YamlNode::Kind::Scalar ? QString::fromStdString(node->value) : QString();
}

// The column of the first key on an item's "- " line, or -1 when the line does not start with "-".
int keyColumnOf(const QByteArray &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    if (i >= line.size() || line.at(i) != '-')
        return -1;
    ++i;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    return i;
}

// Splits serializeEntry()'s text into its top-level keys' blocks.
QMap<QString, QByteArray> blocksOf(const QByteArray &entry, int keyColumn, QStringList *order)
{
    QMap<QString, QByteArray> blocks;
    QString current;
    for (const QByteArray &line : entry.split('\n')) {
        if (line.isEmpty())
            continue;
        const bool startsKey = blocks.isEmpty()
            || (line.size() > keyColumn && line.left(keyColumn).trimmed().isEmpty() && line.at(keyColumn) != ' '
                && line.at(keyColumn) != '#');
        if (startsKey) {
            current = QString::fromUtf8(line.mid(keyColumn, line.indexOf(':', keyColumn) - keyColumn));
            if (order)
                order->append(current);
        }
        blocks[current] += line + '\n';
    }
    return blocks;
}

bool parse(const QByteArray &text, Parsed *parsed, QString *error)
{
    try {
        std::istringstream stream(text.toStdString());
        YAML::Parser parser(stream);
        parser.HandleNextDocument(parsed->tree);
    } catch (const YAML::Exception &e) {
        *error = tr("the profiles file has a YAML error at line %1: %2; fix it first, nothing was written")
                     .arg(e.mark.line + 1)
                     .arg(QString::fromStdString(e.msg));
        return false;
    }
    const Lines lines(text);
    const YamlNode *root = parsed->tree.root.get();
    parsed->listEndLine = lines.count();
    if (!root || root->kind != YamlNode::Kind::Map)
        return true;
    for (size_t i = 0; i + 1 < root->children.size(); i += 2) {
        if (root->children[i]->value == "profiles") {
            parsed->list = root->children[i + 1].get();
            if (i + 2 < root->children.size())
                parsed->listEndLine = root->children[i + 2]->mark.line;
        }
    }
    if (!parsed->list || parsed->list->kind != YamlNode::Kind::Sequence || parsed->list->flow)
        return true;
    const auto &entries = parsed->list->children;
    for (size_t i = 0; i < entries.size(); ++i) {
        Item item;
        item.map = entries[i].get();
        item.firstLine = item.map->mark.line;
        const int rawEnd = i + 1 < entries.size() ? entries[i + 1]->mark.line : parsed->listEndLine;
        item.endLine = lines.trimmedEnd(item.firstLine, rawEnd);
        item.keyColumn = keyColumnOf(lines.line(item.firstLine));
        item.name = scalarOf(item.map->valueOf("name")).trimmed();
        parsed->items.append(item);
    }
    return true;
}

struct Edit
{
    int from;
    int to;
    QByteArray text;
};

QByteArray applied(QByteArray text, QList<Edit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.from > b.from; });
    for (const Edit &edit : std::as_const(edits))
        text.replace(edit.from, edit.to - edit.from, edit.text);
    return text;
}

// The edits that turn `item`'s text from `before` into `after`, key by key; false when the item's
// shape does not allow it (then the whole item is replaced).
bool keyEdits(const Lines &lines, const Item &item, const ConnectionProfile &before, const ConnectionProfile &after,
              QList<Edit> *edits)
{
    if (item.keyColumn < 2 || item.map->kind != YamlNode::Kind::Map || item.map->flow)
        return false;
    const QByteArray oldEntry = ConnectionProfiles::serializeEntry(before, item.keyColumn - 2);
    QStringList order;
    const QMap<QString, QByteArray> newBlocks
        = blocksOf(ConnectionProfiles::serializeEntry(after, item.keyColumn - 2), item.keyColumn, &order);
    const QMap<QString, QByteArray> oldBlocks = blocksOf(oldEntry, item.keyColumn, nullptr);
    const QStringList &known = ConnectionProfiles::knownKeys();
    const auto &children = item.map->children;
    QStringList present;
    for (size_t i = 0; i + 1 < children.size(); i += 2) {
        const QString key = scalarOf(children[i].get());
        present.append(key);
        if (!known.contains(key) || newBlocks.value(key) == oldBlocks.value(key))
            continue;
        const int keyLine = children[i]->mark.line;
        const bool first = keyLine == item.firstLine;
        const int next = i + 2 < children.size() ? children[i + 2]->mark.line : item.endLine;
        const int end = lines.trimmedEnd(keyLine, next);
        if (first && (!newBlocks.contains(key) || end != keyLine + 1))
            return false; // the "- " line's own key cannot go, and a longer first key is not ours
        const int from = first ? lines.offset(keyLine) + item.keyColumn : lines.offset(keyLine);
        QByteArray text = newBlocks.value(key);
        if (first)
            text = text.mid(item.keyColumn);
        edits->append({ from, lines.offset(end), text });
    }
    for (const QString &key : std::as_const(order)) {
        if (!present.contains(key) && newBlocks.value(key) != oldBlocks.value(key))
            edits->append({ lines.offset(item.endLine), lines.offset(item.endLine), newBlocks.value(key) });
    }
    return true;
}

QByteArray withFinalNewline(QByteArray text)
{
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    return text;
}

// The last resort: the file written anew from what it holds. Refused when some entries could not be
// read, as they would be lost.
ProfileFileEditor::Result rewrite(const QByteArray &text, const std::function<void(QList<ConnectionProfile> &)> &change)
{
    Problems problems;
    QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
    for (const Problem &problem : std::as_const(problems)) {
        if (problem.severity == Problem::Severity::Error)
            return { {}, tr("the profiles file cannot be edited in place and has errors (%1); fix them first, "
                            "nothing was written").arg(problem.message), false };
    }
    change(profiles);
    return { ConnectionProfiles::serialize(profiles), {}, true };
}

// The edited text, if it reads back as exactly `expected`; else the file written anew.
ProfileFileEditor::Result checked(const QByteArray &original, const QByteArray &edited,
                                  const std::function<void(QList<ConnectionProfile> &)> &change)
{
    Problems before;
    QList<ConnectionProfile> expected = ConnectionProfiles::parse(original, QStringLiteral("profiles.yaml"), &before);
    change(expected);
    Problems after;
    if (ConnectionProfiles::parse(edited, QStringLiteral("profiles.yaml"), &after) == expected)
        return { edited, {}, false };
    return rewrite(original, change);
}
} // namespace

ProfileFileEditor::Result ProfileFileEditor::upsert(const QByteArray &text, const QString &oldName, const ConnectionProfile &profile)
{
    const auto change = [&oldName, &profile](QList<ConnectionProfile> &profiles) {
        for (ConnectionProfile &p : profiles) {
            if (!oldName.isEmpty() && p.name == oldName) {
                p = profile;
                return;
            }
        }
        profiles.append(profile);
    };
    if (text.trimmed().isEmpty())
        return { ConnectionProfiles::serialize({ profile }), {}, false };
    Parsed parsed;
    QString error;
    if (!parse(text, &parsed, &error))
        return { {}, error, false };
    if (parsed.tree.root && parsed.tree.root->kind != YamlNode::Kind::Map)
        return rewrite(text, change);
    const Lines lines(text);
    if (!parsed.list || parsed.list->kind == YamlNode::Kind::Null) {
        // `profiles:` absent or empty (or the file holds nothing but comments): the list starts here.
        const int at = parsed.list ? lines.offset(parsed.list->mark.line + 1) : int(withFinalNewline(text).size());
        QByteArray edited = withFinalNewline(text);
        edited.insert(at, (parsed.list ? QByteArray() : QByteArray("profiles:\n")) + ConnectionProfiles::serializeEntry(profile, 2));
        return checked(text, edited, change);
    }
    if (parsed.list->kind != YamlNode::Kind::Sequence || parsed.list->flow)
        return rewrite(text, change);

    Problems problems;
    const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
    const ConnectionProfile *before = oldName.isEmpty() ? nullptr : ConnectionProfiles::find(profiles, oldName);
    const auto item = std::find_if(parsed.items.cbegin(), parsed.items.cend(),
                                   [&oldName](const Item &i) { return !oldName.isEmpty() && i.name == oldName; });
    QList<Edit> edits;
    const QByteArray source = withFinalNewline(text);
    if (before && item != parsed.items.cend()) {
        if (!keyEdits(lines, *item, *before, profile, &edits)) {
            edits = { { lines.offset(item->firstLine), lines.offset(item->endLine),
                        ConnectionProfiles::serializeEntry(profile, std::max(0, item->keyColumn - 2)) } };
        }
    } else {
        const int indent = parsed.items.isEmpty() ? 2 : std::max(0, parsed.items.constFirst().keyColumn - 2);
        const int end = parsed.items.isEmpty() ? parsed.listEndLine : parsed.items.constLast().endLine;
        edits.append({ lines.offset(end), lines.offset(end), ConnectionProfiles::serializeEntry(profile, indent) });
    }
    return checked(text, applied(source, edits), change);
}

ProfileFileEditor::Result ProfileFileEditor::remove(const QByteArray &text, const QString &name)
{
    const auto change = [&name](QList<ConnectionProfile> &profiles) {
        profiles.removeIf([&name](const ConnectionProfile &p) { return p.name == name; });
    };
    Parsed parsed;
    QString error;
    if (!parse(text, &parsed, &error))
        return { {}, error, false };
    const auto item = std::find_if(parsed.items.cbegin(), parsed.items.cend(), [&name](const Item &i) { return i.name == name; });
    if (item == parsed.items.cend())
        return rewrite(text, change);
    const Lines lines(text);
    return checked(text, applied(withFinalNewline(text), { { lines.offset(item->firstLine), lines.offset(item->endLine), {} } }),
                   change);
}

} // namespace RouteDeck
