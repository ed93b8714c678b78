// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlvalues.h"
#include "yaml11scalar.h"
#include "yamlsupport_p.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace RouteDeck {
namespace YamlSupport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("YamlValues", text);
}

SourceLocation locationOfOffset(const QByteArray &text, qsizetype offset, const QString &fileName)
{
    const QByteArrayView before(text.constData(), offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return { fileName, line, int(offset - lineStart) + 1 };
}

// yaml-cpp recurses once per nesting level; a hostile file of a million '[' would exhaust the
// stack before it could complain, so flow nesting is measured first.
std::optional<qsizetype> excessiveFlowNesting(const QByteArray &text, int maxDepth)
{
    int depth = 0;
    char quote = 0;
    bool comment = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            comment = false;
            continue;
        }
        if (comment)
            continue;
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (c == '\\' && quote == '"')
                ++i;
            continue;
        }
        switch (c) {
        case '#':
            comment = i == 0 || text.at(i - 1) == ' ' || text.at(i - 1) == '\t';
            break;
        case '"':
        case '\'':
            // A quote opens a quoted scalar only at the start of a token; "it's" inside a plain scalar does not.
            if (i == 0 || QByteArrayView(" \t[{,:").contains(text.at(i - 1)))
                quote = c;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            break;
        case ']':
        case '}':
            depth = std::max(0, depth - 1);
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}
// Offset of the first byte that is not part of a well-formed UTF-8 sequence.
std::optional<qsizetype> firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = bytes[i];
        int length = 0;
        unsigned int min = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        unsigned int codePoint = lead & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return std::nullopt;
}
} // namespace

Problem tooLarge(qint64 size, qint64 maxBytes, const QString &fileName)
{
    return Problem::error({ fileName, 0, 0 },
                          tr("file is %1 MiB, larger than the %2 MiB RouteDeck reads")
                              .arg(QString::number(double(size) / (1024 * 1024), 'f', 1),
                                   QString::number(maxBytes / (1024 * 1024))));
}

std::optional<Problem> checkText(const QByteArray &text, const QString &fileName, qsizetype maxBytes)
{
    if (text.size() > maxBytes)
        return tooLarge(text.size(), maxBytes, fileName);
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0) {
        return Problem::error(locationOfOffset(text, nul, fileName),
                              tr("file is binary, not YAML text (NUL byte at offset %1)").arg(nul));
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        return Problem::error(locationOfOffset(text, *bad, fileName),
                              tr("file is not valid UTF-8 text (byte 0x%1 at offset %2); save it as UTF-8")
                                  .arg(QString::number(quint8(text.at(*bad)), 16), QString::number(*bad)));
    }
    if (const auto at = excessiveFlowNesting(text, YamlValues::kMaxDepth)) {
        return Problem::error(locationOfOffset(text, *at, fileName),
                              tr("nesting deeper than %1 levels; this is not a router config")
                                  .arg(YamlValues::kMaxDepth));
    }
    return std::nullopt;
}

namespace {

// An alias (*name) stands for a whole copy of its anchored value, and aliases may point at values full of
// aliases: 10 levels of 10 aliases are 10^10 values in 370 bytes (a "billion laughs" file). yaml-cpp
// shares the anchored node, but every walk over the tree (toVariant, the codec's checks) visits each
// copy. This pass adds up, from the parser's events and without expanding anything, how many values the
// document stands for, and stops at the alias that takes it over the limit. Time and memory are
// linear in the text whatever the aliases say.
class AliasExpansionCheck : public YAML::EventHandler
{
public:
    // Up to `floor` values, any file is read.
    explicit AliasExpansionCheck(quint64 floor)
        : m_floor(floor)
    {
    }

    struct Exceeded
    {
        YAML::Mark mark;
        quint64 values;
        quint64 limit;
    };

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override { alias(mark, anchor); }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YAML::anchor_t anchor;
        quint64 values;
    };

    // A value written in the file stands for itself; a collection for itself and what it holds, added
    // to its parent when it closes; an alias for everything its anchor stood for.
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        ++m_written;
        remember(anchor, 1);
        addToParent(1);
        addToTotal(mark, 1);
    }
    void alias(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        // An alias inside the value it names (`&a [*a, *a]`) makes yaml-cpp build a loop: endless values.
        const bool loop = std::any_of(m_open.cbegin(), m_open.cend(), [anchor](const Open &o) { return o.anchor == anchor; });
        const quint64 values = loop ? ~quint64(0) : anchor < m_anchorSizes.size() ? m_anchorSizes[anchor] : 1;
        addToParent(values);
        addToTotal(mark, values);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        ++m_written;
        addToTotal(mark, 1);
        m_open.push_back({ anchor, 1 });
    }
    void close()
    {
        const Open done = m_open.back();
        m_open.pop_back();
        remember(done.anchor, done.values);
        addToParent(done.values);
    }
    void remember(YAML::anchor_t anchor, quint64 values)
    {
        if (anchor == YAML::NullAnchor)
            return;
        if (anchor >= m_anchorSizes.size())
            m_anchorSizes.resize(anchor + 1, 1);
        m_anchorSizes[anchor] = values;
    }
    void addToParent(quint64 values)
    {
        if (!m_open.empty())
            m_open.back().values = saturatedSum(m_open.back().values, values);
    }
    void addToTotal(const YAML::Mark &mark, quint64 values)
    {
        m_total = saturatedSum(m_total, values);
        const quint64 limit = m_floor + kPerWrittenValue * m_written;
        if (m_total > limit)
            throw Exceeded { mark, m_total, limit };
    }
    static quint64 saturatedSum(quint64 a, quint64 b) { return a > ~quint64(0) - b ? ~quint64(0) : a + b; }

    // Merge keys (<<: *defaults) in every entry of a long list expand a file a few times over; a file
    // whose aliases stand for more than this many values per value written is refused.
    static constexpr quint64 kPerWrittenValue = 10;
    quint64 m_floor;
    quint64 m_written = 0;
    quint64 m_total = 0;
    std::vector<Open> m_open;
    std::vector<quint64> m_anchorSizes; // by anchor number: how many values the anchored one stands for
};

// The problem when the aliases of `text`'s first document stand for too many values; nothing when the
// text has no anchors at all (no alias can expand then), or when it does not parse (YAML::Load says why).
std::optional<Problem> excessiveAliasExpansion(const QByteArray &text, const QString &fileName)
{
    if (!text.contains('&'))
        return std::nullopt;
    std::istringstream stream(text.toStdString());
    AliasExpansionCheck check(YamlValues::kMaxValuesFromAliases);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(check);
    } catch (const AliasExpansionCheck::Exceeded &exceeded) {
        return Problem::error({ fileName, exceeded.mark.line + 1, exceeded.mark.column + 1 },
                              tr("the aliases (*name) in this file stand for more than %1 values, far more than the "
                                 "file writes out (an alias bomb?); RouteDeck does not read it. Write the values "
                                 "out, or nest fewer aliases")
                                  .arg(exceeded.limit));
    } catch (const YAML::Exception &) {
    }
    return std::nullopt;
}

} // namespace

YAML::Node parseNode(const QByteArray &text, const QString &fileName, Problems &problems)
{
    if (auto bomb = excessiveAliasExpansion(text, fileName)) {
        problems.append(*bomb);
        return YAML::Node(YAML::NodeType::Undefined);
    }
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        const SourceLocation where = e.mark.is_null()
            ? SourceLocation { fileName, 0, 0 }
            : SourceLocation { fileName, e.mark.line + 1, e.mark.column + 1 };
        problems.append(Problem::error(where, tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))));
    } catch (const std::exception &e) {
        problems.append(Problem::error({ fileName, 0, 0 },
                                       tr("YAML could not be read: %1").arg(QString::fromUtf8(e.what()))));
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

SourceLocation locationOf(const YAML::Node &node, const QString &fileName)
{
    if (!node.IsDefined())
        return { fileName, 0, 0 };
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return { fileName, 0, 0 };
    return { fileName, mark.line + 1, mark.column + 1 };
}

YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    // PyYAML keeps the last of duplicate keys, so that is the one LiteLLM reads. (Never assign one
    // YAML::Node to another here: that merges the whole document's node memory, once per call.)
    std::optional<YAML::Node> own;
    for (const auto &entry : map) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key)
            own.emplace(entry.second);
    }
    if (own)
        return *own;
    for (const auto &entry : map) {
        if (!entry.first.IsScalar() || entry.first.Scalar() != "<<")
            continue;
        const YAML::Node merged = entry.second;
        if (merged.IsMap()) {
            if (YAML::Node found = child(merged, key); found.IsDefined())
                return found;
        } else if (merged.IsSequence()) {
            for (const auto &item : merged) {
                if (YAML::Node found = child(item, key); found.IsDefined())
                    return found;
            }
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString scalarText(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool isPlain(const YAML::Node &node)
{
    // yaml-cpp tags a plain scalar "?" and a quoted one "!"; an explicit tag (`!!str 5`) is not plain either.
    return node.IsScalar() && (node.Tag() == "?" || node.Tag().empty());
}

bool isNullScalar(const YAML::Node &node)
{
    if (node.IsNull())
        return true;
    return isPlain(node) && Yaml11Scalar::resolvePlain(QString::fromStdString(node.Scalar())).kind == Yaml11Scalar::Kind::Null;
}

std::optional<double> scalarNumber(const YAML::Node &node)
{
    if (!node.IsScalar())
        return std::nullopt;
    // A quoted number is text to LiteLLM; it is read here as the number it spells so that the codec can
    // say exactly that (see its "is quoted" warning) instead of calling it "not a number".
    const QString text = isPlain(node) ? QString::fromStdString(node.Scalar())
                                       : QString::fromStdString(node.Scalar()).trimmed();
    const Yaml11Scalar::Value value = Yaml11Scalar::resolvePlain(text);
    if (!value.isNumber())
        return std::nullopt;
    return value.value.toDouble();
}

std::optional<bool> scalarBool(const YAML::Node &node)
{
    if (!isPlain(node))
        return std::nullopt;
    const Yaml11Scalar::Value value = Yaml11Scalar::resolvePlain(QString::fromStdString(node.Scalar()));
    if (value.kind != Yaml11Scalar::Kind::Bool)
        return std::nullopt;
    return value.value.toBool();
}

QVariant toVariant(const YAML::Node &node, const QString &fileName, Problems &problems, int depth)
{
    if (depth > YamlValues::kMaxDepth) {
        problems.append(Problem::error(locationOf(node, fileName),
                                       tr("nesting deeper than %1 levels").arg(YamlValues::kMaxDepth)));
        return {};
    }
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return {};
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (!isPlain(node)) // quoted: always a string
            return text;
        return Yaml11Scalar::resolvePlain(text).value;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        list.reserve(qsizetype(node.size()));
        for (const auto &item : node)
            list.append(toVariant(item, fileName, problems, depth + 1));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        QVariantMap merged;
        for (const auto &entry : node) {
            const QString key = entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar())
                                                       : QStringLiteral("<complex key>");
            if (key == QLatin1String("<<")) {
                const QVariant value = toVariant(entry.second, fileName, problems, depth + 1);
                const QVariantList sources = value.typeId() == QMetaType::QVariantList ? value.toList()
                                                                                      : QVariantList { value };
                for (const QVariant &source : sources) {
                    const QVariantMap sourceMap = source.toMap();
                    for (auto it = sourceMap.cbegin(); it != sourceMap.cend(); ++it) {
                        if (!merged.contains(it.key()))
                            merged.insert(it.key(), it.value());
                    }
                }
                continue;
            }
            map.insert(key, toVariant(entry.second, fileName, problems, depth + 1));
        }
        for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
            if (!map.contains(it.key()))
                map.insert(it.key(), it.value());
        }
        return map;
    }
    }
    return {};
}

} // namespace YamlSupport

YamlParseResult YamlValues::parse(const QByteArray &text, const QString &fileName)
{
    YamlParseResult result;
    if (auto problem = YamlSupport::checkText(text, fileName, std::numeric_limits<qsizetype>::max())) {
        result.problems.append(*problem);
        return result;
    }
    const YAML::Node root = YamlSupport::parseNode(text, fileName, result.problems);
    if (result.ok())
        result.value = YamlSupport::toVariant(root, fileName, result.problems);
    return result;
}

YamlParseResult YamlValues::load(const QString &path, qsizetype maxBytes)
{
    YamlParseResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append(Problem::error(
            { path, 0, 0 }, QCoreApplication::translate("YamlValues", "cannot open file: %1").arg(file.errorString())));
        return result;
    }
    if (file.size() > maxBytes) {
        result.problems.append(YamlSupport::tooLarge(file.size(), maxBytes, path));
        return result;
    }
    return parse(file.readAll(), path);
}

QByteArray YamlValues::quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c; // surrogate pairs stay together: the whole text is encoded at once
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

} // namespace RouteDeck
