// SPDX-License-Identifier: GPL-3.0-or-later
#include "configfileswriter.h"
#include "litellmconfigcodec.h"
#include "unifieddiff.h"
#include "weightwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace RouteDeck;

enum class Variant
{
    Lf,
    Crlf,
    Bom
};
Q_DECLARE_METATYPE(Variant)

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(ROUTEDECK_TEST_DATA "/writeback/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QByteArray variantOf(QByteArray text, Variant variant)
{
    switch (variant) {
    case Variant::Lf:
        break;
    case Variant::Crlf:
        text.replace("\n", "\r\n");
        break;
    case Variant::Bom:
        text.prepend("\xEF\xBB\xBF");
        break;
    }
    return text;
}

QString problemText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

QString errorText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems) {
        if (problem.isError())
            lines.append(problem.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

double parseNumber(const QString &text)
{
    if (text == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    return text.toDouble();
}

// "azure-primary=5;#3=2.5;b=none": a deployment id, or #n for the deployment at index n of model_list
// (for files whose ids are derived from content); "none" removes the weight.
WeightMap parseWeights(const QString &spec, const QByteArray &text)
{
    const RouterConfig config = LiteLlmConfigCodec::parse(text).config;
    WeightMap weights;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        QString id = part.left(equals);
        if (id.startsWith(QLatin1Char('#'))) {
            const int index = id.mid(1).toInt();
            id = index < config.deployments.size() ? config.deployments.at(index).id : id;
        }
        const QString value = part.mid(equals + 1);
        weights.insert(id, value == QLatin1String("none") ? std::nullopt : std::optional(parseNumber(value)));
    }
    return weights;
}

QStringList resolveIds(const QStringList &ids, const QByteArray &text)
{
    const RouterConfig config = LiteLlmConfigCodec::parse(text).config;
    QStringList resolved;
    for (const QString &id : ids)
        resolved.append(id.startsWith(QLatin1Char('#')) ? config.deployments.at(id.mid(1).toInt()).id : id);
    resolved.sort();
    return resolved;
}

QList<QByteArray> linesWithoutCr(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

bool isInsertedWeightLine(const QByteArray &line)
{
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]*weight: [0-9]+(\\.[0-9]+)?$"));
    return pattern.match(QString::fromUtf8(line)).hasMatch();
}

// Is `after` the line `before` with only a weight value changed or a weight entry added to a flow map?
// `keys` are the keys whose value may change ("weight", and ids in router_settings.weights).
bool explainsInPlace(const QByteArray &beforeLine, const QByteArray &afterLine, const QStringList &keys)
{
    const QString before = QString::fromUtf8(beforeLine);
    const QString after = QString::fromUtf8(afterLine);
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
        && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const auto middles = [&] {
        return std::pair { before.mid(prefix, before.size() - prefix - suffix),
            after.mid(prefix, after.size() - prefix - suffix) };
    };
    auto [oldMiddle, newMiddle] = middles();
    if (before.left(prefix).contains(QLatin1String(" #")))
        return false; // never inside a comment

    static const QRegularExpression flowEntry(QStringLiteral("^[ ,]*weight: [0-9]+(\\.[0-9]+)?[ ,]*$"));
    if (oldMiddle.isEmpty() && flowEntry.match(newMiddle).hasMatch())
        return true;

    const auto tokenChar
        = [](QChar c) { return c.isLetterOrNumber() || QStringLiteral("._-+~*/").contains(c); };
    while (prefix > 0 && tokenChar(before.at(prefix - 1)))
        --prefix;
    while (suffix > 0 && tokenChar(before.at(before.size() - suffix)))
        --suffix;
    std::tie(oldMiddle, newMiddle) = middles();
    QStringList escaped;
    for (const QString &key : keys)
        escaped.append(QRegularExpression::escape(key));
    const QRegularExpression keyBefore(QStringLiteral("(^|[\\s{,])[\"']?(%1)[\"']?[ \\t]*:[ \\t]*[\"']?$")
                                           .arg(escaped.join(QLatin1Char('|'))));
    static const QRegularExpression newValue(QStringLiteral("^ ?[0-9]+(\\.[0-9]+)?$"));
    static const QRegularExpression oldValue(QStringLiteral("^[^\\s#,{}\\[\\]]*$"));
    return keyBefore.match(before.left(prefix)).hasMatch() && newValue.match(newMiddle).hasMatch()
        && oldValue.match(oldMiddle).hasMatch();
}

// Empty when the texts differ only in weight values and inserted weights, one line per change;
// otherwise the first line that differs in another way.
QString unexplainedDifference(
    const QByteArray &before, const QByteArray &after, const QStringList &keys, int expectedChanges)
{
    const QList<QByteArray> b = linesWithoutCr(before);
    const QList<QByteArray> a = linesWithoutCr(after);
    qsizetype i = 0;
    qsizetype j = 0;
    int changes = 0;
    while (i < b.size() || j < a.size()) {
        if (i < b.size() && j < a.size() && b.at(i) == a.at(j)) {
            ++i;
            ++j;
        } else if (j < a.size() && isInsertedWeightLine(a.at(j))
            && (i >= b.size() || (j + 1 < a.size() && b.at(i) == a.at(j + 1))
                || !explainsInPlace(b.at(i), a.at(j), keys))) {
            ++j;
            ++changes;
        } else if (i < b.size() && j < a.size() && explainsInPlace(b.at(i), a.at(j), keys)) {
            ++i;
            ++j;
            ++changes;
        } else {
            return QStringLiteral("line %1 \"%2\" became line %3 \"%4\"")
                .arg(QString::number(i + 1), QString::fromUtf8(b.value(i)), QString::number(j + 1),
                    QString::fromUtf8(a.value(j)));
        }
    }
    if (changes != expectedChanges)
        return QStringLiteral("%1 lines changed, expected %2").arg(changes).arg(expectedChanges);
    return QString();
}

QVariantMap withoutWeights(QVariantMap document)
{
    QVariantList models = document.value(QStringLiteral("model_list")).toList();
    for (QVariant &model : models) {
        QVariantMap entry = model.toMap();
        QVariantMap params = entry.value(QStringLiteral("litellm_params")).toMap();
        params.remove(QStringLiteral("weight"));
        entry.insert(QStringLiteral("litellm_params"), params);
        model = entry;
    }
    document.insert(QStringLiteral("model_list"), models);
    QVariantMap settings = document.value(QStringLiteral("router_settings")).toMap();
    settings.remove(QStringLiteral("weights"));
    document.insert(QStringLiteral("router_settings"), settings);
    return document;
}

// Re-reads both texts and checks that every deployment kept everything but the requested weights.
void verifyOnlyWeightsChanged(
    const QByteArray &before, const QByteArray &after, const WeightMap &weights)
{
    const ConfigLoadResult old = LiteLlmConfigCodec::parse(before);
    const ConfigLoadResult now = LiteLlmConfigCodec::parse(after);
    QVERIFY(!old.config.deployments.isEmpty()); // old may have errors the change repaired
    QVERIFY2(now.ok(), qPrintable(problemText(now.problems)));
    QCOMPARE(now.config.deployments.size(), old.config.deployments.size());
    for (qsizetype i = 0; i < old.config.deployments.size(); ++i) {
        const Deployment &o = old.config.deployments.at(i);
        const Deployment &n = now.config.deployments.at(i);
        QCOMPARE(n.id, o.id);
        QCOMPARE(n.group, o.group);
        QCOMPARE(n.model, o.model);
        QCOMPARE(n.apiBase, o.apiBase);
        QCOMPARE(n.rpm, o.rpm);
        QCOMPARE(n.tpm, o.tpm);
        QCOMPARE(n.order, o.order);
        QCOMPARE(n.modelInfo, o.modelInfo);
        QVariantMap oldParams = o.litellmParams;
        QVariantMap newParams = n.litellmParams;
        oldParams.remove(QStringLiteral("weight"));
        newParams.remove(QStringLiteral("weight"));
        QCOMPARE(newParams, oldParams);
        std::optional<double> expected = weights.contains(o.id) ? weights.value(o.id) : o.weight;
        if (expected && weights.contains(o.id))
            expected = WeightWriter::formatWeight(*expected).toDouble();
        QCOMPARE(n.weight, expected);
    }
    QCOMPARE(withoutWeights(now.config.document), withoutWeights(old.config.document));
    QCOMPARE(now.config.settings.routingStrategy, old.config.settings.routingStrategy);
    QCOMPARE(now.config.settings.fallbacks, old.config.settings.fallbacks);
}

// Applies a unified diff to `before`; fails the test on a context or deleted line that does not match.
QString applyUnifiedDiff(const QString &before, const QString &diff)
{
    struct Line
    {
        QString text;
        bool terminated;
    };
    QList<Line> source;
    for (qsizetype start = 0; start < before.size();) {
        const qsizetype newline = before.indexOf(QLatin1Char('\n'), start);
        if (newline < 0) {
            source.append({ before.mid(start), false });
            break;
        }
        source.append({ before.mid(start, newline - start), true });
        start = newline + 1;
    }
    QList<Line> result;
    qsizetype position = 0;
    const QStringList diffLines = diff.split(QLatin1Char('\n'));
    static const QRegularExpression header(
        QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@$"));
    bool ok = true;
    for (qsizetype k = 2; k < diffLines.size() && ok; ++k) {
        const QString &line = diffLines.at(k);
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = header.match(line);
        if (match.hasMatch()) {
            const int start = match.captured(1).toInt();
            const int count = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
            const qsizetype index = count == 0 ? start : start - 1;
            ok = index >= position && index <= source.size();
            while (ok && position < index)
                result.append(source.at(position++));
            continue;
        }
        const bool terminated
            = !(k + 1 < diffLines.size() && diffLines.at(k + 1).startsWith(QLatin1Char('\\')));
        const Line parsed { line.mid(1), terminated };
        switch (line.at(0).toLatin1()) {
        case ' ':
        case '-':
            ok = position < source.size() && source.at(position).text == parsed.text
                && source.at(position).terminated == parsed.terminated;
            if (ok && line.at(0) == QLatin1Char(' '))
                result.append(parsed);
            ++position;
            break;
        case '+':
            result.append(parsed);
            break;
        case '\\':
            break;
        default:
            ok = false;
        }
    }
    if (!ok)
        return QStringLiteral("<diff does not apply>");
    while (position < source.size())
        result.append(source.at(position++));
    QString text;
    for (const Line &line : std::as_const(result))
        text += line.text + (line.terminated ? QStringLiteral("\n") : QString());
    return text;
}

int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> table(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            table[size_t(i)][size_t(j)] = a.at(i) == b.at(j)
                ? table[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(table[size_t(i + 1)][size_t(j)], table[size_t(i)][size_t(j + 1)]);
        }
    }
    return table[0][0];
}

// Lines as diff compares them: the last one without '\n' differs from the same text with it.
QStringList comparableLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    else
        lines.last() += QStringLiteral("<no newline>");
    return lines;
}

QByteArray generatedConfig(int deployments)
{
    QByteArray text = "# generated: " + QByteArray::number(deployments) + " deployments\nmodel_list:\n";
    for (int i = 0; i < deployments; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray group = "group-" + QByteArray::number(i / 4);
        if (i % 10 == 0)
            text += "  # deployment " + n + "\n";
        if (i % 5 == 0) {
            text += "  - {model_name: " + group + ", litellm_params: {model: azure/m-" + n
                + ", api_key: os.environ/KEY_" + n + (i % 2 ? ", weight: 3" : "") + "}, model_info: {id: dep-"
                + n + "}}\n";
            continue;
        }
        text += "  - model_name: " + group + "\n    litellm_params:\n      model: azure/m-" + n
            + "\n      api_key: os.environ/KEY_" + n + "\n";
        if (i % 3 == 0)
            text += "      weight: " + QByteArray::number(i % 7 + 1) + "   # set by hand\n";
        text += "      rpm: " + QByteArray::number(100 + i) + "\n    model_info:\n      id: dep-" + n + "\n";
    }
    text += "router_settings:\n  routing_strategy: simple-shuffle\n";
    return text;
}

} // namespace

class TestWeightWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingButWeights_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<QString>("expected"); // file with the expected text; empty: unchanged
        QTest::addColumn<Variant>("variant");

        struct Row
        {
            const char *name;
            const char *input;
            const char *weights;
            QStringList changed;
            const char *expected;
        };
        const auto ids = [](std::initializer_list<const char *> list) {
            QStringList result;
            for (const char *id : list)
                result.append(QString::fromLatin1(id));
            return result;
        };
        const QList<Row> rows {
            { "block one weight", "block.yaml", "azure-primary=5", ids({ "azure-primary" }),
                "block.primary5.expected.yaml" },
            { "block several, one inserted, one equal", "block.yaml",
                "azure-primary=6;azure-secondary=3;openai-direct=1;gpt-4o-direct=1",
                ids({ "azure-primary", "azure-secondary", "gpt-4o-direct" }), "block.all.expected.yaml" },
            { "block fractions", "block.yaml", "azure-secondary=2.5;openai-direct=0.1",
                ids({ "azure-secondary", "openai-direct" }), "block.fraction.expected.yaml" },
            { "block same weights", "block.yaml", "azure-primary=8;openai-direct=1.0", ids({}), "" },
            { "no weight keys, nested values, no final newline", "noweight.yaml",
                "embed-nested-map=1;embed-compact-list=2;embed-multiline-plain=3;embed-literal=4;embed-last="
                "5",
                ids({ "embed-nested-map", "embed-compact-list", "embed-multiline-plain", "embed-literal",
                    "embed-last" }),
                "noweight.all.expected.yaml" },
            { "quoted values and keys", "quoted.yaml",
                "single-quoted=5;double-quoted=0.25;quoted-key=4;flow-quoted=3",
                ids({ "single-quoted", "double-quoted", "quoted-key", "flow-quoted" }),
                "quoted.expected.yaml" },
            { "flow maps", "flow.yaml",
                "flow-one-line=4;flow-item-no-weight=2;flow-no-weight=1;flow-multiline=2;flow-trailing-comma="
                "3;"
                "flow-weight-middle=0.5",
                ids({ "flow-one-line", "flow-item-no-weight", "flow-no-weight", "flow-multiline",
                    "flow-trailing-comma", "flow-weight-middle" }),
                "flow.expected.yaml" },
            { "anchors and merge keys", "anchors.yaml",
                "merged-inherits=2;merged-own=7;anchored-unused=3;weight-alias=9;flow-merge=5",
                ids({ "merged-inherits", "merged-own", "anchored-unused", "weight-alias", "flow-merge" }),
                "anchors.expected.yaml" },
            { "merged weight equal to the request", "anchors.yaml", "merged-inherits=4", ids({}), "" },
            { "old-style rpm/tpm, derived ids", "oldstyle.yaml", "#0=1;#1=3", ids({ "#0", "#1" }),
                "oldstyle.expected.yaml" },
            { "router_settings.weights override", "overrides.yaml", "chat-a=2;chat-b=3",
                ids({ "chat-a", "chat-b" }), "overrides.expected.yaml" },
            { "empty, null and environment weights", "nullweight.yaml",
                "empty-value=1;tilde=2;null-word=3;flow-empty-value=4;from-environment=5;empty-last=6",
                ids({ "empty-value", "tilde", "null-word", "flow-empty-value", "from-environment",
                    "empty-last" }),
                "nullweight.expected.yaml" },
            { "removing weights: lines, flow entries, overrides, aliases", "removal.yaml",
                "block-commented=none;block-quoted=none;flow-middle=none;flow-first=none;flow-multiline-last=none;"
                "weight-alias=none;override-and-own=none",
                ids({ "block-commented", "block-quoted", "flow-middle", "flow-first", "flow-multiline-last",
                    "weight-alias", "override-and-own" }),
                "removal.expected.yaml" },
            { "removing the weights it added gives the file back", "noweight.all.expected.yaml",
                "embed-nested-map=none;embed-compact-list=none;embed-multiline-plain=none;embed-literal=none;"
                "embed-last=none",
                ids({ "embed-nested-map", "embed-compact-list", "embed-multiline-plain", "embed-literal",
                    "embed-last" }),
                "noweight.yaml" },
            { "removing a weight that is not there", "noweight.yaml", "embed-last=none", ids({}), "" },
            { "removing two entries of one flow map", "removal-flow.yaml", "b=none;c=none", ids({ "b", "c" }),
                "removal-flow.expected.yaml" },
            { "tabs and odd indentation", "tabs.yaml", "tab-separated=5;odd-indent=2",
                ids({ "tab-separated", "odd-indent" }), "tabs.expected.yaml" },
            { "weight on the last line", "lastweight.yaml", "#0=12", ids({ "#0" }),
                "lastweight.expected.yaml" },
            { "repairs weight errors", "weighterrors.yaml", "negative=1;batch-c=3",
                ids({ "negative", "batch-c" }), "weighterrors.expected.yaml" },
        };
        for (const Row &row : rows) {
            for (const auto &[variant, suffix] : { std::pair { Variant::Lf, "lf" },
                     std::pair { Variant::Crlf, "crlf" }, std::pair { Variant::Bom, "bom" } }) {
                QTest::addRow("%s (%s)", row.name, suffix)
                    << QString::fromLatin1(row.input) << QString::fromLatin1(row.weights) << row.changed
                    << QString::fromLatin1(row.expected) << variant;
            }
        }
    }

    void keepsEverythingButWeights()
    {
        QFETCH(QString, input);
        QFETCH(QString, weights);
        QFETCH(QStringList, changed);
        QFETCH(QString, expected);
        QFETCH(Variant, variant);

        const QByteArray original = variantOf(readData(input), variant);
        QVERIFY2(!original.isEmpty(), qPrintable(input));
        const QByteArray wanted = expected.isEmpty() ? original : variantOf(readData(expected), variant);
        QVERIFY2(!wanted.isEmpty(), qPrintable(expected));
        const WeightMap weightMap = parseWeights(weights, original);

        const WeightEditResult result = WeightWriter::apply(original, weightMap, input);
        QVERIFY2(result.ok(), qPrintable(problemText(result.problems)));
        QStringList changedIds = result.changedIds;
        changedIds.sort();
        QCOMPARE(changedIds, resolveIds(changed, original));
        QCOMPARE(QString::fromUtf8(result.text), QString::fromUtf8(wanted));

        // Independently of the expected file: only weight lines differ, one per changed deployment ...
        // (A removal may touch the line before it too, a flow map's comma: those rows rest on their
        // hand-written expected text and on the re-read below.)
        const bool removes = std::any_of(weightMap.cbegin(), weightMap.cend(), [](auto w) { return !w; });
        const QString unexplained = removes ? QString()
                                            : unexplainedDifference(original, result.text,
                                                  QStringList { QStringLiteral("weight") } + weightMap.keys(),
                                                  int(changedIds.size()));
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));
        if (variant == Variant::Crlf)
            QCOMPARE(result.text.count('\n'), result.text.count("\r\n"));
        if (variant == Variant::Bom)
            QVERIFY(result.text.startsWith("\xEF\xBB\xBF"));
        // ... and read back, everything but the requested weights is the same.
        verifyOnlyWeightsChanged(original, result.text, weightMap);
        if (QTest::currentTestFailed())
            return;

        // Writing the same weights again changes nothing.
        const WeightEditResult again = WeightWriter::apply(result.text, weightMap, input);
        QVERIFY2(again.ok(), qPrintable(problemText(again.problems)));
        QCOMPARE(again.changedIds, QStringList());
        QCOMPARE(again.text, result.text);
    }

    void refusesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QStringList>("messages"); // each must appear in the errors
        QTest::addColumn<int>("line"); // of the first error; 0: not checked

        QTest::addRow("unknown id") << "block.yaml"
                                    << "azure-primary=5;no-such-deployment=1"
                                    << QStringList { QStringLiteral(
                                           "no deployment has the id 'no-such-deployment'") }
                                    << 0;
        QTest::addRow("negative weight")
            << "block.yaml"
            << "azure-primary=-1"
            << QStringList { QStringLiteral("weight -1 for deployment 'azure-primary'"),
                   QStringLiteral("0 or more") }
            << 0;
        QTest::addRow("NaN weight") << "block.yaml"
                                    << "azure-secondary=nan"
                                    << QStringList { QStringLiteral(
                                           "weight nan for deployment 'azure-secondary'") }
                                    << 0;
        QTest::addRow("infinite weight")
            << "block.yaml"
            << "azure-secondary=inf"
            << QStringList { QStringLiteral("weight inf for deployment 'azure-secondary'") } << 0;
        QTest::addRow("several bad requests at once")
            << "block.yaml"
            << "azure-primary=-2;ghost=1"
            << QStringList { QStringLiteral("weight -2 for deployment 'azure-primary'"),
                   QStringLiteral("no deployment has the id 'ghost'") }
            << 0;
        QTest::addRow("alias litellm_params")
            << "anchors.yaml"
            << "alias-user=2"
            << QStringList { QStringLiteral(
                   "litellm_params of deployment 'alias-user' is an alias (*shared)") }
            << 25;
        QTest::addRow("anchor shared with an alias")
            << "anchors.yaml"
            << "anchor-owner=2"
            << QStringList { QStringLiteral(
                   "litellm_params of deployment 'anchor-owner' is anchored as &shared") }
            << 20;
        QTest::addRow("litellm_params from a merged deployment")
            << "anchors.yaml"
            << "merged-deployment=2"
            << QStringList { QStringLiteral(
                   "litellm_params of deployment 'merged-deployment' comes from a merge key") }
            << 44;
        QTest::addRow("deployment merged elsewhere")
            << "anchors.yaml"
            << "base-deployment=2"
            << QStringList { QStringLiteral("deployment 'base-deployment' is anchored as &base-deployment") }
            << 39;
        QTest::addRow("removing a weight that comes from a merge key")
            << "anchors.yaml"
            << "merged-inherits=none"
            << QStringList { QStringLiteral("the weight of deployment 'merged-inherits' comes from a merge key (<<); "
                                            "removing it would change the other entries") }
            << 10;
        QTest::addRow("removing an own weight that a merged one would replace")
            << "anchors.yaml"
            << "merged-own=none"
            << QStringList { QStringLiteral("would give deployment 'merged-own' weight 4 instead of none") }
            << 13;
        QTest::addRow("removing a weight anchored for others")
            << "anchors.yaml"
            << "anchor-owner=none"
            << QStringList { QStringLiteral("litellm_params of deployment 'anchor-owner' is anchored as &shared") }
            << 20;
        QTest::addRow("removing the only override of a group")
            << "overrides.yaml"
            << "chat-a=none"
            << QStringList { QStringLiteral("the weight of deployment 'chat-a' is the only entry of "
                                            "router_settings.weights.chat") }
            << 12;
        QTest::addRow("broken YAML") << "broken.yaml"
                                     << "x=1" << QStringList { QStringLiteral("YAML syntax error") } << 5;
        QTest::addRow("empty flow map fails the codec")
            << "emptyflow.yaml"
            << "empty-params=1" << QStringList { QStringLiteral("litellm_params.model is missing") } << 3;
        QTest::addRow("file errors the change does not repair")
            << "weighterrors.yaml"
            << "negative=1;fine=3"
            << QStringList { QStringLiteral("weight of deployment 'negative' is -1"),
                   QStringLiteral("every deployment of 'batch' has weight 0") }
            << 6;
        QTest::addRow("file errors and nothing to change")
            << "weighterrors.yaml"
            << "fine=2" << QStringList { QStringLiteral("weight of deployment 'negative' is -1") } << 6;
        QTest::addRow("a whole group at weight 0")
            << "block.yaml"
            << "azure-primary=0;azure-secondary=0;openai-direct=0"
            << QStringList { QStringLiteral(
                   "after the weight change: every deployment of 'gpt-4o-mini' has weight 0") }
            << 4;
    }

    void refusesAndChangesNothing()
    {
        QFETCH(QString, input);
        QFETCH(QString, weights);
        QFETCH(QStringList, messages);
        QFETCH(int, line);

        const QByteArray original = readData(input);
        QVERIFY(!original.isEmpty());
        const WeightEditResult result = WeightWriter::apply(original, parseWeights(weights, original), input);
        QVERIFY(!result.ok());
        QCOMPARE(result.text, original);
        QCOMPARE(result.changedIds, QStringList());
        const QString errors = errorText(result.problems);
        for (const QString &message : std::as_const(messages))
            QVERIFY2(errors.contains(message), qPrintable(errors));
        if (line > 0) {
            const auto first = std::find_if(result.problems.cbegin(), result.problems.cend(),
                [](const Problem &p) { return p.isError(); });
            QCOMPARE(first->where.line, line);
            QCOMPARE(first->where.file, input);
        }
    }

    void duplicateWeightKeyEditsTheOneLiteLlmReads()
    {
        // PyYAML keeps the last of duplicate keys, so LiteLLM routes by the second weight: that is the one
        // changed, the first stays as it was, and the warning about the duplicate remains.
        const QByteArray original = "model_list:\n  - model_name: m\n    litellm_params:\n      model: x\n      weight: 1\n"
                                    "      weight: 2\n    model_info: {id: a}\n  - model_name: m\n    litellm_params: {model: y, "
                                    "weight: 1}\n    model_info: {id: b}\n";
        const WeightEditResult result = WeightWriter::apply(original, { { QStringLiteral("a"), 7 } });
        QVERIFY2(result.ok(), qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().toString()));
        QCOMPARE(result.text, QByteArray(original).replace("      weight: 2\n", "      weight: 7\n"));
        const ConfigLoadResult after = LiteLlmConfigCodec::parse(result.text, QStringLiteral("config.yaml"));
        QCOMPARE(after.config.deployments.first().weight, std::optional<double>(7));
        const bool warned = std::any_of(after.problems.cbegin(), after.problems.cend(), [](const Problem &p) {
            return p.severity == Problem::Severity::Warning && p.message.contains(QLatin1String("set more than once"));
        });
        QVERIFY(warned);
    }

    void emptyRequestChangesNothing()
    {
        const QByteArray original = readData(QStringLiteral("block.yaml"));
        const WeightEditResult result = WeightWriter::apply(original, {});
        QVERIFY(result.ok());
        QCOMPARE(result.text, original);
        QVERIFY(result.changedIds.isEmpty());
    }

    void formatWeight_data()
    {
        QTest::addColumn<double>("weight");
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("integer") << 5.0 << QByteArray("5");
        QTest::addRow("zero") << 0.0 << QByteArray("0");
        QTest::addRow("negative zero") << -0.0 << QByteArray("0");
        QTest::addRow("half") << 2.5 << QByteArray("2.5");
        QTest::addRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::addRow("third") << 1.0 / 3 << QByteArray("0.333333");
        QTest::addRow("six significant digits") << 1234.56789 << QByteArray("1234.57");
        QTest::addRow("rounds to an integer") << 9.9999999 << QByteArray("10");
        QTest::addRow("small") << 0.000125 << QByteArray("0.000125");
        QTest::addRow("large integer") << 1000000.0 << QByteArray("1000000");
        QTest::addRow("large fraction") << 1234567.5 << QByteArray("1234568");
    }

    void formatWeight()
    {
        QFETCH(double, weight);
        QFETCH(QByteArray, text);
        QCOMPARE(WeightWriter::formatWeight(weight), text);
    }

    void fiveThousandDeployments()
    {
        const int count = 5000;
        const QByteArray original = generatedConfig(count);
        WeightMap weights;
        int expectedChanges = 0;
        const RouterConfig config = LiteLlmConfigCodec::parse(original).config;
        QCOMPARE(config.deployments.size(), count);
        for (int i = 0; i < count; i += 4) {
            const double weight = (i % 9) + 0.5;
            const QString id = QStringLiteral("dep-%1").arg(i);
            weights.insert(id, weight);
            expectedChanges += config.findDeployment(id)->weight != std::optional(weight) ? 1 : 0;
        }
        weights.insert(QStringLiteral("dep-3"), 4); // written by hand as 4 already: unchanged
        QElapsedTimer timer;
        timer.start();
        const WeightEditResult result
            = WeightWriter::apply(original, weights, QStringLiteral("generated.yaml"));
        const qint64 applyMs = timer.elapsed();
        QVERIFY2(result.ok(), qPrintable(problemText(result.problems)));
        QCOMPARE(result.changedIds.size(), expectedChanges);
        QVERIFY(!result.changedIds.contains(QStringLiteral("dep-3")));
        const QString unexplained
            = unexplainedDifference(original, result.text, { QStringLiteral("weight") }, expectedChanges);
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));
        verifyOnlyWeightsChanged(original, result.text, weights);

        timer.restart();
        const QString diff = UnifiedDiff::diff(QString::fromUtf8(original), QString::fromUtf8(result.text),
            QStringLiteral("a/generated.yaml"), QStringLiteral("b/generated.yaml"));
        const qint64 diffMs = timer.elapsed();
        QCOMPARE(applyUnifiedDiff(QString::fromUtf8(original), diff), QString::fromUtf8(result.text));
        qInfo("%d deployments (%lld bytes), %lld weights changed: apply %lld ms, diff %lld ms", count,
            qint64(original.size()), qint64(expectedChanges), applyMs, diffMs);
    }

    void writeFileReplacesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("model_list: []\n");
        existing.close();
        QVERIFY(existing.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));

        const QByteArray text = readData(QStringLiteral("block.all.expected.yaml"));
        QCOMPARE(WeightWriter::writeFile(path, text), QString());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), text);
        QCOMPARE(QFileInfo(path).permissions()
                & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                    | QFileDevice::WriteGroup | QFileDevice::ReadOther),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("config.yaml") });
    }

    void writeFileNamesThePathOnFailure()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("no-such-dir/config.yaml"));
        const QString error = WeightWriter::writeFile(missing, "x: 1\n");
        QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
        QVERIFY(!QFile::exists(missing));

        const QString error2 = WeightWriter::writeFile(dir.path(), "x: 1\n"); // a directory
        QVERIFY2(error2.contains(QDir::toNativeSeparators(dir.path())), qPrintable(error2));
    }

    // ConfigFilesWriter::changedSinceRead names a file whose text someone changed after apply() read it.
    void changedSinceReadNamesTheFileSomeoneWrote()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        const QByteArray original = readData(QStringLiteral("block.yaml"));
        QVERIFY(!original.isEmpty());
        QCOMPARE(WeightWriter::writeFile(path, original), QString());
        const ConfigLoadResult loaded = LiteLlmConfigCodec::load(path);
        QVERIFY2(loaded.ok(), qPrintable(errorText(loaded.problems)));
        const ConfigFilesEditResult edit = ConfigFilesWriter::apply(loaded.config, { { QStringLiteral("azure-primary"), 5 } });
        QVERIFY2(edit.ok(), qPrintable(errorText(edit.problems)));
        QCOMPARE(edit.files.size(), 1);
        QCOMPARE(edit.files.first().path, path);
        QCOMPARE(edit.files.first().after, readData(QStringLiteral("block.primary5.expected.yaml")));

        // Untouched since it was read: nothing to report.
        QCOMPARE(ConfigFilesWriter::changedSinceRead(edit), QString());
        // Someone else writes into it (an editor, a git pull), even without touching a weight: it is named.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("# edited by hand\n");
        }
        QCOMPARE(ConfigFilesWriter::changedSinceRead(edit), path);
        // It is the text that counts: back as it was read, nothing to report again; gone, it is named.
        QCOMPARE(WeightWriter::writeFile(path, original), QString());
        QCOMPARE(ConfigFilesWriter::changedSinceRead(edit), QString());
        QVERIFY(QFile::remove(path));
        QCOMPARE(ConfigFilesWriter::changedSinceRead(edit), path);
    }

    // ---- UnifiedDiff ----

    void diffOfEqualTextsIsEmpty()
    {
        QCOMPARE(UnifiedDiff::diff(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"), QStringLiteral("a"),
                     QStringLiteral("b")),
            QString());
        QCOMPARE(
            UnifiedDiff::diff(QString(), QString(), QStringLiteral("a"), QStringLiteral("b")), QString());
    }

    void diffLiteral_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected"); // without the two header lines

        const QString letters = QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\n");
        QTest::addRow("one changed line")
            << letters << QStringLiteral("a\nb\nc\nd\nE\nf\ng\nh\n") << 3
            << QStringLiteral("@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
        QTest::addRow("insert at start")
            << QStringLiteral("a\nb\nc\nd\ne\n") << QStringLiteral("new\na\nb\nc\nd\ne\n") << 3
            << QStringLiteral("@@ -1,3 +1,4 @@\n+new\n a\n b\n c\n");
        QTest::addRow("insert at end")
            << QStringLiteral("a\nb\nc\nd\ne\n") << QStringLiteral("a\nb\nc\nd\ne\nnew\n") << 3
            << QStringLiteral("@@ -3,3 +3,4 @@\n c\n d\n e\n+new\n");
        QTest::addRow("delete at start") << QStringLiteral("a\nb\nc\n") << QStringLiteral("b\nc\n") << 3
                                         << QStringLiteral("@@ -1,3 +1,2 @@\n-a\n b\n c\n");
        QTest::addRow("single lines")
            << QStringLiteral("a\n") << QStringLiteral("b\n") << 3 << QStringLiteral("@@ -1 +1 @@\n-a\n+b\n");
        QTest::addRow("from empty") << QString() << QStringLiteral("x\ny\n") << 3
                                    << QStringLiteral("@@ -0,0 +1,2 @@\n+x\n+y\n");
        QTest::addRow("to empty") << QStringLiteral("x\ny\n") << QString() << 3
                                  << QStringLiteral("@@ -1,2 +0,0 @@\n-x\n-y\n");
        QTest::addRow("no newline, last line changed")
            << QStringLiteral("a\nb") << QStringLiteral("a\nc") << 3
            << QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at "
                              "end of file\n");
        QTest::addRow("newline added at end")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\n") << 3
            << QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
        QTest::addRow("newline removed at end")
            << QStringLiteral("a\nb\n") << QStringLiteral("a\nb") << 3
            << QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n");
        QTest::addRow("unterminated last line as context")
            << QStringLiteral("a\nb\nc") << QStringLiteral("A\nb\nc") << 3
            << QStringLiteral("@@ -1,3 +1,3 @@\n-a\n+A\n b\n c\n\\ No newline at end of file\n");
        QTest::addRow("insert before an unterminated line")
            << QStringLiteral("a\nb") << QStringLiteral("a\nx\nb") << 3
            << QStringLiteral("@@ -1,2 +1,3 @@\n a\n+x\n b\n\\ No newline at end of file\n");
        QTest::addRow("CRLF lines keep their CR")
            << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\r\nc\r\n") << 3
            << QStringLiteral("@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");

        QString twenty;
        for (int i = 1; i <= 20; ++i)
            twenty += QStringLiteral("line %1\n").arg(i);
        QString farApart = twenty;
        farApart.replace(QStringLiteral("line 2\n"), QStringLiteral("LINE 2\n"));
        farApart.replace(QStringLiteral("line 18\n"), QStringLiteral("LINE 18\n"));
        QTest::addRow("two hunks") << twenty << farApart << 3
                                   << QStringLiteral(
                                          "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n"
                                          " line 5\n@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n"
                                          "-line 18\n+LINE 18\n line 19\n line 20\n");
        QString close = twenty;
        close.replace(QStringLiteral("line 5\n"), QStringLiteral("LINE 5\n"));
        close.replace(QStringLiteral("line 11\n"), QStringLiteral("LINE 11\n"));
        QTest::addRow("changes six lines apart share a hunk")
            << twenty << close << 3
            << QStringLiteral(
                   "@@ -2,13 +2,13 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n"
                   " line 8\n line 9\n line 10\n-line 11\n+LINE 11\n line 12\n line 13\n line 14\n");
        QTest::addRow("no context") << letters << QStringLiteral("a\nb\nc\nd\nE\nf\ng\nh\n") << 0
                                    << QStringLiteral("@@ -5 +5 @@\n-e\n+E\n");
        QTest::addRow("pure insertion without context")
            << letters << QStringLiteral("a\nb\nX\nc\nd\ne\nf\ng\nh\n") << 0
            << QStringLiteral("@@ -2,0 +3 @@\n+X\n");
    }

    void diffLiteral()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, context);
        QFETCH(QString, expected);
        const QString diff = UnifiedDiff::diff(
            before, after, QStringLiteral("a/config.yaml"), QStringLiteral("b/config.yaml"), context);
        QCOMPARE(diff, QStringLiteral("--- a/config.yaml\n+++ b/config.yaml\n") + expected);
        QCOMPARE(applyUnifiedDiff(before, diff), after);
    }

    void diffOfAWeightEdit()
    {
        const QByteArray original = readData(QStringLiteral("block.yaml"));
        const WeightEditResult result
            = WeightWriter::apply(original, { { QStringLiteral("azure-primary"), 5 } });
        QVERIFY(result.ok());
        QCOMPARE(UnifiedDiff::diff(QString::fromUtf8(original), QString::fromUtf8(result.text),
                     QStringLiteral("a/block.yaml"), QStringLiteral("b/block.yaml")),
            QStringLiteral("--- a/block.yaml\n+++ b/block.yaml\n@@ -7,7 +7,7 @@\n"
                           "       api_base: https://primary.openai.azure.com\n"
                           "       api_key: os.environ/AZURE_PRIMARY_KEY\n"
                           "       api_version: \"2024-06-01\"\n"
                           "-      weight: 8 # ~73% of traffic\n"
                           "+      weight: 5 # ~73% of traffic\n"
                           "       rpm: 600\n"
                           "     model_info:\n"
                           "       id: azure-primary\n"));
    }

    // Random texts over a small alphabet: the diff applies and is minimal (as long as an LCS allows).
    void diffIsCorrectAndMinimal()
    {
        QRandomGenerator random(20240611);
        const QStringList alphabet { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
            QStringLiteral("d") };
        for (int round = 0; round < 600; ++round) {
            const auto randomText = [&] {
                QString text;
                const int lines = int(random.bounded(round % 3 == 0 ? 60 : 12));
                for (int i = 0; i < lines; ++i) {
                    // Now and then a line that the other text cannot have.
                    if (round % 4 == 1 && random.bounded(5) == 0)
                        text += QStringLiteral("unique %1\n").arg(random.generate());
                    else
                        text += alphabet.at(random.bounded(round % 2 ? 4 : 2)) + QLatin1Char('\n');
                }
                if (!text.isEmpty() && random.bounded(4) == 0)
                    text.chop(1);
                return text;
            };
            const QString before = randomText();
            const QString after = round % 5 == 0 ? before : randomText();
            const QString diff = UnifiedDiff::diff(
                before, after, QStringLiteral("a"), QStringLiteral("b"), int(random.bounded(4)));
            if (before == after) {
                QVERIFY(diff.isEmpty());
                continue;
            }
            QCOMPARE(applyUnifiedDiff(before, diff), after);
            const QStringList a = comparableLines(before);
            const QStringList b = comparableLines(after);
            qsizetype changed = 0;
            for (const QString &line : diff.split(QLatin1Char('\n')).mid(2)) {
                if (line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-')))
                    ++changed;
            }
            QCOMPARE(changed, a.size() + b.size() - 2 * lcsLength(a, b));
        }
    }

    void diffOfLargeTexts()
    {
        QString before;
        const int lines = 100000;
        for (int i = 0; i < lines; ++i)
            before += QStringLiteral("      key_%1: value %2\n").arg(i).arg(i % 97);
        QStringList afterLines = before.split(QLatin1Char('\n'));
        afterLines.removeLast();
        QRandomGenerator random(7);
        for (int k = 0; k < 40; ++k) {
            const int at = int(random.bounded(afterLines.size()));
            if (k % 3 == 0)
                afterLines.insert(at, QStringLiteral("      inserted_%1: 1").arg(k));
            else if (k % 3 == 1)
                afterLines.removeAt(at);
            else
                afterLines[at] = QStringLiteral("      changed_%1: 2").arg(k);
        }
        const QString after = afterLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        QElapsedTimer timer;
        timer.start();
        const QString diff = UnifiedDiff::diff(before, after, QStringLiteral("a"), QStringLiteral("b"));
        const qint64 smallEditMs = timer.elapsed();
        QCOMPARE(applyUnifiedDiff(before, diff), after);

        // Every line different, the worst case for an O(ND) algorithm were it not for the lines
        // without a counterpart being set aside first.
        QString other;
        for (int i = 0; i < 20000; ++i)
            other += QStringLiteral("other %1\n").arg(i);
        const QString shortBefore = before.left(before.indexOf(QStringLiteral("key_20000:")) - 6);
        timer.restart();
        const QString full = UnifiedDiff::diff(shortBefore, other, QStringLiteral("a"), QStringLiteral("b"));
        const qint64 allDifferentMs = timer.elapsed();
        QCOMPARE(applyUnifiedDiff(shortBefore, full), other);
        QCOMPARE(full.count(QStringLiteral("\n-      key_")), 20000);
        QCOMPARE(full.count(QStringLiteral("\n+other ")), 20000);

        // Shared lines in shuffled order: many edits, all lines matchable.
        QString mixedBefore;
        QString mixedAfter;
        for (int i = 0; i < 4000; ++i) {
            mixedBefore += QStringLiteral("value %1\n").arg(random.bounded(20));
            mixedAfter += QStringLiteral("value %1\n").arg(random.bounded(20));
        }
        timer.restart();
        const QString mixed
            = UnifiedDiff::diff(mixedBefore, mixedAfter, QStringLiteral("a"), QStringLiteral("b"));
        const qint64 mixedMs = timer.elapsed();
        QCOMPARE(applyUnifiedDiff(mixedBefore, mixed), mixedAfter);
        qInfo("diff of %d lines with 40 edits: %lld ms; 20000 vs 20000 different lines: %lld ms; "
              "4000 vs 4000 shuffled lines: %lld ms",
            lines, smallEditMs, allDifferentMs, mixedMs);
    }
};

QTEST_GUILESS_MAIN(TestWeightWriter)
#include "tst_weightwriter.moc"
