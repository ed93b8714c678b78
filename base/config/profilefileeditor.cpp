// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilefileeditor.h"

#include "yamltree_p.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <functional>

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
    YamlTree tree;
    const YamlNode *root = nullptr; // the top map; nullptr when the file holds something else or nothing
    const YamlNode *list = nullptr; // the `profiles:` value
    int listKeyLine = 0; // the line of `profiles:` itself
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
    if (!parsed->tree.parse(text, {})) {
        *error = tr("the profiles file has a YAML error at line %1: %2; fix it first, nothing was written")
                     .arg(parsed->tree.error()->mark.line + 1)
                     .arg(parsed->tree.error()->message);
        return false;
    }
    const Lines lines(text);
    const YamlNode *root = parsed->tree.root();
    parsed->listEndLine = lines.count();
    if (root->kind != YamlNode::Kind::Map)
        return true;
    parsed->root = root;
    for (size_t i = 0; i + 1 < root->children.size(); i += 2) {
        if (root->children[i]->value == "profiles" && !parsed->list) {
            parsed->list = root->children[i + 1];
            parsed->listKeyLine = root->children[i]->mark.line;
            if (i + 2 < root->children.size())
                parsed->listEndLine = root->children[i + 2]->mark.line;
        }
    }
    if (!parsed->list || parsed->list->kind != YamlNode::Kind::Sequence || parsed->list->flow)
        return true;
    const auto &entries = parsed->list->children;
    for (size_t i = 0; i < entries.size(); ++i) {
        Item item;
        item.map = entries[i];
        item.firstLine = item.map->mark.line;
        const int rawEnd = i + 1 < entries.size() ? entries[i + 1]->mark.line : parsed->listEndLine;
        item.endLine = lines.trimmedEnd(item.firstLine, rawEnd);
        item.keyColumn = keyColumnOf(lines.line(item.firstLine));
        if (item.keyColumn >= 0 && item.map->kind == YamlNode::Kind::Map && !item.map->children.empty()
            && item.map->children[0]->mark.line == item.firstLine)
            item.keyColumn = item.map->children[0]->mark.column; // "-\tname" too
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

// The edits applied from the last to the first, in the file's own line endings.
QByteArray applied(QByteArray text, QList<Edit> edits)
{
    const bool crlf = text.contains("\r\n");
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.from > b.from; });
    for (const Edit &edit : std::as_const(edits)) {
        QByteArray replacement = edit.text;
        if (crlf)
            replacement.replace("\n", "\r\n");
        text.replace(edit.from, edit.to - edit.from, replacement);
    }
    return text;
}

// Keys of an entry that RouteDeck does not write, and comments: what a whole-entry or whole-file
// rewrite would lose.
bool holdsForeignText(const Lines &lines, int firstLine, int endLine, const YamlNode *map)
{
    for (int line = firstLine; line < endLine; ++line) {
        if (lines.line(line).contains('#'))
            return true;
    }
    if (!map || map->kind != YamlNode::Kind::Map)
        return map != nullptr;
    const QStringList &known = ConnectionProfiles::knownKeys();
    for (size_t i = 0; i < map->children.size(); i += 2) {
        if (!known.contains(scalarOf(map->children[i])))
            return true;
    }
    return false;
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
        const QString key = scalarOf(children[i]);
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
        else if (text.mid(item.keyColumn - 2, 2) == "- ")
            text.replace(item.keyColumn - 2, 2, "  "); // `name:` written where it is, not as a new entry
        edits->append({ from, lines.offset(end), text });
    }
    QByteArray added;
    for (const QString &key : std::as_const(order)) {
        if (!present.contains(key) && newBlocks.value(key) != oldBlocks.value(key)) {
            QByteArray text = newBlocks.value(key);
            if (text.mid(item.keyColumn - 2, 2) == "- ")
                text.replace(item.keyColumn - 2, 2, "  ");
            added += text;
        }
    }
    if (!added.isEmpty())
        edits->append({ lines.offset(item.endLine), lines.offset(item.endLine), added });
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
    Parsed parsed;
    QString error;
    const Lines lines(text);
    const bool otherTopLevelKeys = parse(text, &parsed, &error) && parsed.root
        && parsed.root->children.size() > 2;
    bool foreign = otherTopLevelKeys || text.contains('#');
    for (const Item &item : std::as_const(parsed.items))
        foreign = foreign || holdsForeignText(lines, item.firstLine, item.endLine, item.map);
    if (foreign)
        return { {}, tr("the profiles file cannot be edited in place (flow style, or an unusual layout), and "
                        "writing it anew would lose its comments or keys RouteDeck does not know; edit it by hand, "
                        "nothing was written"), false };
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
    const QByteArray source = withFinalNewline(text); // the lines, their offsets and the edits: one text
    Parsed parsed;
    QString error;
    if (!parse(source, &parsed, &error))
        return { {}, error, false };
    if (!parsed.root && parsed.tree.root()->kind != YamlNode::Kind::Null)
        return rewrite(source, change);
    const Lines lines(source);
    if (!parsed.list || parsed.list->kind == YamlNode::Kind::Null) {
        // `profiles:` absent or empty (or the file holds nothing but comments): the list starts here,
        // right under `profiles:` (an empty value's own mark is the next token's, maybe another key).
        const int at = parsed.list ? lines.offset(parsed.listKeyLine + 1) : int(source.size());
        return checked(source,
                       applied(source, { { at, at, (parsed.list ? QByteArray() : QByteArray("profiles:\n"))
                                                       + ConnectionProfiles::serializeEntry(profile, 2) } }),
                       change);
    }
    if (parsed.list->kind != YamlNode::Kind::Sequence || parsed.list->flow)
        return rewrite(source, change);

    Problems problems;
    const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(source, QStringLiteral("profiles.yaml"), &problems);
    const ConnectionProfile *before = oldName.isEmpty() ? nullptr : ConnectionProfiles::find(profiles, oldName);
    const auto item = std::find_if(parsed.items.cbegin(), parsed.items.cend(),
                                   [&oldName](const Item &i) { return !oldName.isEmpty() && i.name == oldName; });
    QList<Edit> edits;
    if (before && item != parsed.items.cend()) {
        if (!keyEdits(lines, *item, *before, profile, &edits)) {
            // The entry's shape leaves no key to edit alone: it is written anew, unless that loses text.
            if (holdsForeignText(lines, item->firstLine, item->endLine, item->map))
                return { {}, tr("profile '%1' cannot be edited in place (flow style, or a first key that is not "
                                "one line), and writing it anew would lose its comments or keys RouteDeck does not "
                                "know; edit it by hand, nothing was written")
                                 .arg(oldName),
                         false };
            edits = { { lines.offset(item->firstLine), lines.offset(item->endLine),
                        ConnectionProfiles::serializeEntry(profile, std::max(0, item->keyColumn - 2)) } };
        }
    } else {
        const int indent = parsed.items.isEmpty() ? 2 : std::max(0, parsed.items.constFirst().keyColumn - 2);
        const int end = parsed.items.isEmpty() ? parsed.listEndLine : parsed.items.constLast().endLine;
        edits.append({ lines.offset(end), lines.offset(end), ConnectionProfiles::serializeEntry(profile, indent) });
    }
    return checked(source, applied(source, edits), change);
}

ProfileFileEditor::Result ProfileFileEditor::remove(const QByteArray &text, const QString &name)
{
    const auto change = [&name](QList<ConnectionProfile> &profiles) {
        profiles.removeIf([&name](const ConnectionProfile &p) { return p.name == name; });
    };
    const QByteArray source = withFinalNewline(text);
    Parsed parsed;
    QString error;
    if (!parse(source, &parsed, &error))
        return { {}, error, false };
    const auto item = std::find_if(parsed.items.cbegin(), parsed.items.cend(), [&name](const Item &i) { return i.name == name; });
    if (item == parsed.items.cend())
        return { text, {}, false }; // not in the file (any more): nothing to do
    const Lines lines(source);
    return checked(source, applied(source, { { lines.offset(item->firstLine), lines.offset(item->endLine), {} } }), change);
}

} // namespace RouteDeck
