// SPDX-License-Identifier: GPL-3.0-or-later
// YamlValues resolves plain scalars as PyYAML does, because LiteLLM loads its config with PyYAML's
// safe_load. The reference is the real PyYAML (Debian's python3-yaml), run on the same text.
#include "yamlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

using namespace RouteDeck;

namespace {

// Each case is one plain scalar as it would follow `key: ` in a config.
const QStringList kScalars {
    QStringLiteral("80_000"), QStringLiteral("1_000.5"), QStringLiteral("0x1F"), QStringLiteral("0x_1f"),
    QStringLiteral("017"), QStringLiteral("0o17"), QStringLiteral("0b101"), QStringLiteral("-0b1_1"),
    QStringLiteral("1:30"), QStringLiteral("-1:30"), QStringLiteral("190:20:30"), QStringLiteral("1:30.5"),
    QStringLiteral(".inf"), QStringLiteral("-.Inf"), QStringLiteral("+.INF"), QStringLiteral(".NaN"),
    QStringLiteral("yes"), QStringLiteral("No"), QStringLiteral("ON"), QStringLiteral("off"), QStringLiteral("y"),
    QStringLiteral("n"), QStringLiteral("true"), QStringLiteral("False"), QStringLiteral("TRUE"),
    QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"), QString(),
    QStringLiteral("1e5"), QStringLiteral("1.0e+5"), QStringLiteral("1.5e5"), QStringLiteral("6.02e-3"),
    QStringLiteral("+12"), QStringLiteral("-0"), QStringLiteral("08"), QStringLiteral("09.5"), QStringLiteral("1."),
    QStringLiteral(".5"), QStringLiteral("12abc"), QStringLiteral("2024-01-15"), QStringLiteral("0"),
    QStringLiteral("9223372036854775807"), QStringLiteral("9223372036854775808"),
    QStringLiteral("-9223372036854775808"), QStringLiteral("100000000000000000000"), QStringLiteral("1_0_0"),
    // Sexagesimal at exactly 2^63: past qlonglong (a cast there is undefined behaviour, UBSan's finding).
    QStringLiteral("2562047788015215:30:08"), QStringLiteral("-2562047788015215:30:08"),
    QStringLiteral("azure/gpt-4o"), QStringLiteral("os.environ/AZURE_KEY"), QStringLiteral("3.5"),
    QStringLiteral("-1"), QStringLiteral("0.000_1"), QStringLiteral("Yes please"), QStringLiteral("NO"),
};

QByteArray documentOf(const QStringList &scalars)
{
    QByteArray text;
    for (qsizetype i = 0; i < scalars.size(); ++i)
        text += "k" + QByteArray::number(i) + ": " + scalars.at(i).toUtf8() + '\n';
    return text;
}

// PyYAML's view of the document: key -> [type, value as text].
const char *kPython = R"PY(
import datetime, json, sys, yaml
out = {}
for key, value in yaml.safe_load(sys.stdin).items():
    if value is None: out[key] = ["null", ""]
    elif isinstance(value, bool): out[key] = ["bool", "true" if value else "false"]
    elif isinstance(value, int): out[key] = ["int", str(value)]
    elif isinstance(value, float): out[key] = ["float", repr(value)]
    elif isinstance(value, (datetime.date, datetime.datetime)): out[key] = ["timestamp", str(value)]
    else: out[key] = ["str", value]
print(json.dumps(out))
)PY";

QJsonObject pyyaml(const QByteArray &document)
{
    QProcess python;
    python.start(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromUtf8(kPython) });
    if (!python.waitForStarted(10000))
        return { { QStringLiteral("error"), QStringLiteral("python3 did not start (install python3-yaml)") } };
    python.write(document);
    python.closeWriteChannel();
    python.waitForFinished(30000);
    const QByteArray out = python.readAllStandardOutput();
    if (python.exitCode() != 0)
        return { { QStringLiteral("error"), QString::fromUtf8(python.readAllStandardError()) } };
    return QJsonDocument::fromJson(out).object();
}

// RouteDeck's value in the same [type, text] form.
QStringList routeDeckView(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return { QStringLiteral("null"), QString() };
    case QMetaType::Bool:
        return { QStringLiteral("bool"), value.toBool() ? QStringLiteral("true") : QStringLiteral("false") };
    case QMetaType::LongLong:
        return { QStringLiteral("int"), QString::number(value.toLongLong()) };
    case QMetaType::Double:
        return { QStringLiteral("float"), QString::number(value.toDouble(), 'g', 17) };
    default:
        return { QStringLiteral("str"), value.toString() };
    }
}

bool sameFloat(const QString &python, double mine)
{
    if (python == QLatin1String("nan"))
        return std::isnan(mine);
    if (python == QLatin1String("inf") || python == QLatin1String("-inf"))
        return std::isinf(mine) && (mine < 0) == python.startsWith(QLatin1Char('-'));
    return python.toDouble() == mine;
}

} // namespace

class TestYaml11Scalar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesAsPyYamlDoes()
    {
        const QByteArray document = documentOf(kScalars);
        const QJsonObject reference = pyyaml(document);
        QVERIFY2(!reference.contains(QStringLiteral("error")),
                 qPrintable(reference.value(QStringLiteral("error")).toString()));
        QCOMPARE(reference.size(), kScalars.size());

        const YamlParseResult parsed = YamlValues::parse(document, QStringLiteral("scalars.yaml"));
        QVERIFY(parsed.ok());
        const QVariantMap mine = parsed.value.toMap();
        QStringList differences;
        for (qsizetype i = 0; i < kScalars.size(); ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            const QJsonArray theirs = reference.value(key).toArray();
            const QString type = theirs.at(0).toString();
            const QString text = theirs.at(1).toString();
            const QVariant value = mine.value(key);
            const QStringList ours = routeDeckView(value);
            bool same = ours.at(0) == type && ours.at(1) == text;
            if (type == QLatin1String("float"))
                same = ours.at(0) == type && sameFloat(text, value.toDouble());
            else if (type == QLatin1String("int") && value.typeId() == QMetaType::Double) // beyond 64 bits
                same = text.toDouble() == value.toDouble();
            else if (type == QLatin1String("timestamp")) // kept as its text: RouteDeck reads no dates
                same = ours == QStringList { QStringLiteral("str"), kScalars.at(i) };
            if (!same) {
                differences.append(QStringLiteral("'%1': PyYAML %2 %3, RouteDeck %4 %5")
                                       .arg(kScalars.at(i), type, text, ours.at(0), ours.at(1)));
            }
        }
        QCOMPARE(differences, QStringList());
    }

    void quotedScalarsStayText()
    {
        const YamlParseResult parsed = YamlValues::parse("a: '80_000'\nb: \"yes\"\nc: '~'\n");
        QVERIFY(parsed.ok());
        const QVariantMap map = parsed.value.toMap();
        QCOMPARE(map.value(QStringLiteral("a")), QVariant(QStringLiteral("80_000")));
        QCOMPARE(map.value(QStringLiteral("b")), QVariant(QStringLiteral("yes")));
        QCOMPARE(map.value(QStringLiteral("c")), QVariant(QStringLiteral("~")));
    }

    void duplicateKeysKeepTheLast()
    {
        const YamlParseResult parsed = YamlValues::parse("weight: 1\nrpm: 5\nweight: 7\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.toMap().value(QStringLiteral("weight")), QVariant(qlonglong(7)));
    }

    // Every RouteDeck file (profiles, query catalog, alert rules, the simulator's scenarios) is read by
    // YamlValues: an alias bomb is refused there too, naming where, and nested aliases that stay small
    // are read as PyYAML reads them.
    void aliasBombIsRefused()
    {
        QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int level = 1; level < 9; ++level) {
            const QByteArray previous = "*a" + QByteArray::number(level - 1);
            text += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + previous + ", " + previous
                + ", " + previous + ", " + previous + ", " + previous + ", " + previous + ", " + previous + ", " + previous
                + ", " + previous + ", " + previous + "]\n";
        }
        const YamlParseResult bomb = YamlValues::parse(text, QStringLiteral("profiles.yaml"));
        QVERIFY(!bomb.ok());
        QCOMPARE(bomb.problems.size(), 1);
        QCOMPARE(bomb.problems.first().where.file, QStringLiteral("profiles.yaml"));
        QCOMPARE(bomb.problems.first().where.line, 5); // a4 is the first level past 100,000 values (111,111)
        QVERIFY(bomb.problems.first().message.contains(QLatin1String("an alias bomb?")));

        const YamlParseResult small = YamlValues::parse("a: &a [1, 2]\nb: &b [*a, *a]\nc: [*b, *b]\n");
        QVERIFY(small.ok());
        QCOMPARE(small.value.toMap().value(QStringLiteral("c")).toList().at(1).toList().at(0).toList().at(1), QVariant(qlonglong(2)));
    }
};

QTEST_GUILESS_MAIN(TestYaml11Scalar)
#include "tst_yaml11scalar.moc"
