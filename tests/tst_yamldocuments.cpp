// SPDX-License-Identifier: GPL-3.0-or-later
// RouteDeck reads a whole YAML document as LiteLLM does: the proxy loads its config with PyYAML's
// safe_load (litellm/proxy/proxy_server.py, ProxyConfig._get_config_from_file). For each document here,
// the real PyYAML (Debian's python3-yaml) and YamlValues must agree on whether it loads, on the value
// it loads to, and on the line and column of the problem when it does not. The documents are the
// places where YAML readers part ways: several documents, anchors defined twice, undefined aliases,
// tabs, indentation, directives, flow and block collections, quoting and escapes.
#include "yamlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace RouteDeck;

namespace {

// PyYAML's verdict on each document of a JSON list of texts: {"value": ...} or {"line": L, "column": C}
// (from 1, of the problem's mark).
const char *kPython = R"PY(
import json, sys, yaml
out = []
for text in json.load(sys.stdin):
    try:
        out.append({"value": yaml.safe_load(text)})
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        out.append({"line": mark.line + 1, "column": mark.column + 1, "message": str(e)})
print(json.dumps(out))
)PY";

QJsonArray pyyaml(const QByteArrayList &documents, QString *error)
{
    QJsonArray texts;
    for (const QByteArray &document : documents)
        texts.append(QString::fromUtf8(document));
    QProcess python;
    python.start(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromUtf8(kPython) });
    if (!python.waitForStarted(10000)) {
        *error = QStringLiteral("python3 did not start (install python3-yaml)");
        return {};
    }
    python.write(QJsonDocument(texts).toJson());
    python.closeWriteChannel();
    python.waitForFinished(30000);
    if (python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

struct Case
{
    const char *name;
    QByteArray text;
};

// One known difference is left out: of an unknown escape (`"\q"`) libyaml names the backslash's column,
// PyYAML the letter's.
const QList<Case> kCases {
    { "two documents", "a: 1\n---\nb: 2\n" },
    { "an empty second document", "a: 1\n---\n" },
    { "one document between markers", "---\na: 1\n...\n" },
    { "a YAML directive", "%YAML 1.1\n---\na: 1\n" },
    { "nothing but a comment", "# nothing here\n" },
    { "an anchor defined twice", "a: &x 1\nb: &x 2\nc: *x\n" },
    { "an undefined alias", "model_list:\n  - model_name: a\n    litellm_params: *params\n" },
    { "an anchored empty value", "a: &x\nb: *x\n" },
    { "merge keys", "x: &base {api_base: https://a, timeout: 30}\nm:\n  <<: *base\n  timeout: 60\n" },
    { "a tab before a block entry", "model_list:\n\t- model_name: a\n" },
    { "a tab inside a value", "a: b\tc\n" },
    { "a tab after a colon", "model_list:\n  - model_name:\ta\n" },
    { "a tab in a flow list", "a: [1,\t2]\n" },
    { "a line of nothing but a tab", "a: b\n\t\nc: d\n" },
    { "tabs in quotes, a block scalar and a comment", "a: \"x\ty\" # c\td\nb: |\n  x\ty\nc: 'p\tq'\n" },
    { "a key indented too far", "model_list: []\n  router_settings: {}\n" },
    { "a mapping value inside a plain scalar", "a: b: c\n" },
    { "an unclosed flow sequence", "model_list:\n  - model_name: broken\n    litellm_params:\n      model: [unclosed\n"
                                   "      weight: 1\n" },
    { "an unclosed quote", "a: \"open\nb: 1\n" },
    { "an escaped line break at the end", "a: \"ok\"\nb: \"\\\n" },
    { "escapes and folding", "a: \"tab\\tnew\\nline \\u00e9\"\nb: 'it''s'\nc: >\n  folded\n  text\n" },
    { "a literal block", "a: |\n  line one\n  # not a comment\nb: 1\n" },
    { "a complex key", "? [a, b]\n: c\n" },
    { "flow map entries without values", "{a, b: c}\n" },
    { "a block entry without its space", "- a\n-b\n" },
    { "a plain scalar over lines", "a: one\n  two\nb: three\n" },
    { "a comment without a space", "a: b#c\nd: e #f\n" },
    { "non-ASCII before a problem", "m\xc3\xa9tier: caf\xc3\xa9\nb: [1, 2\n" },
    { "a byte order mark", "\xef\xbb\xbf" "a: 1\n" },
    { "a byte order mark before a problem", "\xef\xbb\xbf" "a: 1\n b: 2\n" },
    { "duplicate keys", "a: 1\na: 2\n" },
    { "a document that is one scalar", "just text\n" },
    { "an anchor on a sequence item", "a:\n  - &i {model: x}\n  - *i\n" },
    { "an explicit tag", "a: !!str 5\nb: !!int \"7\"\n" },
    { "an alias as a key", "a: &k name\n*k : value\n" },
};

} // namespace

class TestYamlDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsPyYamlDoes()
    {
        QByteArrayList documents;
        for (const Case &c : kCases)
            documents.append(c.text);
        QString error;
        const QJsonArray reference = pyyaml(documents, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(reference.size(), kCases.size());

        QStringList differences;
        qsizetype refused = 0;
        for (qsizetype i = 0; i < kCases.size(); ++i) {
            const QJsonObject python = reference.at(i).toObject();
            const YamlParseResult mine = YamlValues::parse(kCases.at(i).text, QStringLiteral("doc.yaml"));
            const QString name = QString::fromLatin1(kCases.at(i).name);
            if (python.contains(QStringLiteral("value"))) {
                if (!mine.ok()) {
                    differences << name + QStringLiteral(": PyYAML loads it, RouteDeck says ")
                                       + mine.problems.first().message;
                } else if (QJsonValue::fromVariant(mine.value) != python.value(QStringLiteral("value"))) {
                    differences << name + QStringLiteral(": PyYAML loads ")
                                       + QString::fromUtf8(QJsonDocument(QJsonArray { python.value(QStringLiteral("value")) }).toJson(QJsonDocument::Compact))
                                       + QStringLiteral(", RouteDeck ")
                                       + QString::fromUtf8(QJsonDocument(QJsonArray { QJsonValue::fromVariant(mine.value) }).toJson(QJsonDocument::Compact));
                }
                continue;
            }
            ++refused;
            const int line = python.value(QStringLiteral("line")).toInt();
            const int column = python.value(QStringLiteral("column")).toInt();
            if (mine.ok()) {
                differences << name + QStringLiteral(": PyYAML refuses it at %1:%2, RouteDeck loads it").arg(line).arg(column);
                continue;
            }
            const Problem &problem = mine.problems.first();
            if (problem.where.line != line || problem.where.column != column) {
                differences << name + QStringLiteral(": PyYAML refuses it at %1:%2 (%3), RouteDeck at %4:%5 (%6)")
                                          .arg(line)
                                          .arg(column)
                                          .arg(python.value(QStringLiteral("message")).toString().simplified())
                                          .arg(problem.where.line)
                                          .arg(problem.where.column)
                                          .arg(problem.message);
            }
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        // The cases must exercise both verdicts, or the comparison proves little.
        QVERIFY(refused >= 10);
        QVERIFY(kCases.size() - refused >= 10);
    }
};

QTEST_GUILESS_MAIN(TestYamlDocuments)
#include "tst_yamldocuments.moc"
