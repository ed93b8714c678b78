// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlvalues.h"
#include "yaml11scalar.h"
#include "yamlsupport_p.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>


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
    return std::nullopt;
}

YamlRef parseTree(YamlTree &tree, const QByteArray &text, const QString &fileName, Problems &problems)
{
    // An alias (*name) stands for a whole copy of its anchored value, and aliases may point at values full
    // of aliases: 10 levels of 10 aliases are 10^10 values in 370 bytes (a "billion laughs" file). The tree
    // shares the anchored node, but every walk over it (toVariant, the codec's checks) visits each copy,
    // so the tree refuses such a file while it reads it.
    if (tree.parse(text, {}))
        return YamlRef(tree.root());
    const YamlTree::Error &error = *tree.error();
    problems.append(Problem::error({ fileName, error.mark.line + 1, error.mark.column + 1 },
                                   error.overLimit ? error.message : tr("YAML syntax error: %1").arg(error.message)));
    return {};
}

SourceLocation locationOf(YamlRef node, const QString &fileName)
{
    if (!node.isDefined())
        return { fileName, 0, 0 };
    return { fileName, node.node()->mark.line + 1, node.node()->mark.column + 1 };
}

YamlRef child(YamlRef map, const char *key)
{
    // PyYAML keeps the last of duplicate keys, so that is the one LiteLLM reads.
    YamlRef own;
    for (const auto &[entryKey, value] : map.entries()) {
        if (entryKey.isScalar() && entryKey.scalar() == key)
            own = value;
    }
    if (own.isDefined())
        return own;
    for (const auto &[entryKey, merged] : map.entries()) {
        if (!entryKey.isScalar() || entryKey.scalar() != "<<")
            continue;
        if (merged.isMap()) {
            if (YamlRef found = child(merged, key); found.isDefined())
                return found;
        } else {
            for (const YamlRef item : merged.items()) {
                if (YamlRef found = child(item, key); found.isDefined())
                    return found;
            }
        }
    }
    return {};
}

QString scalarText(YamlRef node)
{
    return QString::fromStdString(node.scalar());
}

std::optional<double> scalarNumber(YamlRef node)
{
    if (!node.isScalar())
        return std::nullopt;
    // A quoted number is text to LiteLLM; it is read here as the number it spells so that the codec can
    // say exactly that (see its "is quoted" warning) instead of calling it "not a number".
    const QString text = node.isPlainScalar() ? scalarText(node) : scalarText(node).trimmed();
    const Yaml11Scalar::Value value = Yaml11Scalar::resolvePlain(text);
    if (!value.isNumber())
        return std::nullopt;
    return value.value.toDouble();
}

std::optional<bool> scalarBool(YamlRef node)
{
    if (!node.isPlainScalar())
        return std::nullopt;
    const Yaml11Scalar::Value value = Yaml11Scalar::resolvePlain(scalarText(node));
    if (value.kind != Yaml11Scalar::Kind::Bool)
        return std::nullopt;
    return value.value.toBool();
}

namespace {
// A scalar's value as PyYAML's SafeConstructor makes it: a plain one by its text, a quoted one text,
// a tagged one by its tag (`!!int "7"` is 7), and a tag safe_load has no constructor for refused.
QVariant scalarValue(YamlRef node, const QString &fileName, Problems &problems)
{
    const QString text = scalarText(node);
    if (node.isPlainScalar())
        return Yaml11Scalar::resolvePlain(text).value;
    const std::string &tag = node.tag();
    if (tag.empty() || tag == "!" || tag == "tag:yaml.org,2002:str")
        return text;
    static const std::pair<const char *, Yaml11Scalar::Kind> kTyped[] = {
        { "tag:yaml.org,2002:int", Yaml11Scalar::Kind::Int },
        { "tag:yaml.org,2002:float", Yaml11Scalar::Kind::Float },
        { "tag:yaml.org,2002:bool", Yaml11Scalar::Kind::Bool },
        { "tag:yaml.org,2002:null", Yaml11Scalar::Kind::Null },
    };
    for (const auto &[name, kind] : kTyped) {
        if (tag != name)
            continue;
        const Yaml11Scalar::Value value = Yaml11Scalar::resolvePlain(text.trimmed());
        if (value.kind == kind)
            return value.value;
        problems.append(Problem::error(locationOf(node, fileName),
                                       tr("'%1' is tagged %2 but is not one; LiteLLM cannot load this file")
                                           .arg(text, QString::fromStdString(tag))));
        return {};
    }
    problems.append(Problem::error(locationOf(node, fileName),
                                   tr("the tag %1 is not one PyYAML's safe_load reads, so LiteLLM cannot load "
                                      "this file")
                                       .arg(QString::fromStdString(tag))));
    return {};
}
} // namespace

QVariant toVariant(YamlRef node, const QString &fileName, Problems &problems, int depth)
{
    if (depth > YamlValues::kMaxDepth) {
        problems.append(Problem::error(locationOf(node, fileName),
                                       tr("nesting deeper than %1 levels").arg(YamlValues::kMaxDepth)));
        return {};
    }
    if (node.isScalar())
        return scalarValue(node, fileName, problems);
    if (node.isSequence()) {
        QVariantList list;
        list.reserve(qsizetype(node.items().size()));
        for (const YamlRef item : node.items())
            list.append(toVariant(item, fileName, problems, depth + 1));
        return list;
    }
    if (!node.isMap())
        return {};
    QVariantMap map;
    QVariantMap merged;
    for (const auto &[key, value] : node.entries()) {
        if (key.isMap() || key.isSequence()) {
            // PyYAML keys a dict with it and fails: a list or map cannot be a key.
            problems.append(Problem::error(locationOf(key, fileName),
                                           tr("a %1 is used as a key; PyYAML cannot read that, so neither can LiteLLM")
                                               .arg(key.isMap() ? tr("map") : tr("list"))));
            continue;
        }
        const QString name = scalarText(key);
        if (name == QLatin1String("<<")) {
            const QVariant sources = toVariant(value, fileName, problems, depth + 1);
            const QVariantList list = sources.typeId() == QMetaType::QVariantList ? sources.toList()
                                                                                  : QVariantList { sources };
            for (const QVariant &source : list) {
                const QVariantMap sourceMap = source.toMap();
                for (auto it = sourceMap.cbegin(); it != sourceMap.cend(); ++it) {
                    if (!merged.contains(it.key()))
                        merged.insert(it.key(), it.value());
                }
            }
            continue;
        }
        map.insert(name, toVariant(value, fileName, problems, depth + 1));
    }
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        if (!map.contains(it.key()))
            map.insert(it.key(), it.value());
    }
    return map;
}

} // namespace YamlSupport

YamlParseResult YamlValues::parse(const QByteArray &text, const QString &fileName)
{
    YamlParseResult result;
    if (auto problem = YamlSupport::checkText(text, fileName, std::numeric_limits<qsizetype>::max())) {
        result.problems.append(*problem);
        return result;
    }
    YamlTree tree;
    const YamlRef root = YamlSupport::parseTree(tree, text, fileName, result.problems);
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
