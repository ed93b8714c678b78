// SPDX-License-Identifier: GPL-3.0-or-later
// Real LiteLLM configs, taken unmodified from LiteLLM's own repository (tests/data/litellm-real/PROVENANCE.md),
// load as the proxy loads them: the deployment and group counts, the field simple_shuffle weighs by and the
// shares are those PyYAML + LiteLLM's include and simple_shuffle rules give (expected.tsv, made by
// compute_expected.py with the real PyYAML).
#include "configfileswriter.h"
#include "litellmconfigcodec.h"
#include "sharemath.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RouteDeck;

namespace {

const QString kDir = QStringLiteral(ROUTEDECK_TEST_DATA "/litellm-real/");

struct ExpectedGroup
{
    QString name;
    int deployments = 0;
    QString field;
    QString shares;
};

struct ExpectedFile
{
    QString deploymentsTotal; // a number, or "error"
    QString groupsTotal;
    QString error; // the exception LiteLLM raises, when deploymentsTotal is "error"
    QList<ExpectedGroup> groups;
};

QMap<QString, ExpectedFile> readExpected()
{
    QMap<QString, ExpectedFile> files;
    QFile tsv(kDir + QStringLiteral("expected.tsv"));
    if (!tsv.open(QIODevice::ReadOnly))
        return files;
    tsv.readLine(); // header
    while (!tsv.atEnd()) {
        const QStringList cells = QString::fromUtf8(tsv.readLine()).chopped(1).split(QLatin1Char('\t'));
        if (cells.size() < 7)
            continue;
        ExpectedFile &file = files[cells.at(0)];
        file.deploymentsTotal = cells.at(1);
        file.groupsTotal = cells.at(2);
        if (cells.at(1) == QLatin1String("error"))
            file.error = cells.at(5);
        else if (!cells.at(3).isEmpty())
            file.groups.append({ cells.at(3), cells.at(4).toInt(), cells.at(5), cells.at(6) });
    }
    return files;
}

QString sharesOf(const QList<Deployment> &members)
{
    const QHash<QString, double> shares = ShareMath::configuredShares(members);
    QStringList parts;
    for (const Deployment &d : members)
        parts.append(ShareMath::formatPercent(shares.value(d.id)));
    return parts.join(QLatin1Char(','));
}

QStringList errorLines(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems) {
        if (p.isError())
            lines.append(p.toString());
    }
    return lines;
}

} // namespace

class TestLiteLlmReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAsLiteLlm_data()
    {
        QTest::addColumn<QString>("file");
        const QMap<QString, ExpectedFile> expected = readExpected();
        QVERIFY2(expected.size() >= 12, "tests/data/litellm-real/expected.tsv is missing or short");
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QTest::addRow("%s", qPrintable(it.key())) << it.key();
    }

    void loadsAsLiteLlm()
    {
        QFETCH(QString, file);
        const ExpectedFile expected = readExpected().value(file);
        const ConfigLoadResult result = LiteLlmConfigCodec::load(kDir + file);
        if (expected.deploymentsTotal == QLatin1String("error")) {
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("LiteLLM refuses this file (%1)").arg(expected.error)));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(errorLines(result.problems).join(u'\n')));
        const RouterConfig &config = result.config;
        QCOMPARE(QString::number(config.deployments.size()), expected.deploymentsTotal);
        QCOMPARE(QString::number(config.groupNames().size()), expected.groupsTotal);
        for (const ExpectedGroup &group : expected.groups) {
            const QList<Deployment> members = config.deploymentsInGroup(group.name);
            QCOMPARE(members.size(), group.deployments);
            QCOMPARE(ShareMath::sourceName(ShareMath::weightSource(ShareMath::trafficTier(members))), group.field);
            QCOMPARE(sharesOf(members), group.shares);
        }
    }

    // The facts each real file is in this set for, checked one by one.
    void underscoresAreNumbers()
    {
        const ConfigLoadResult result
            = LiteLlmConfigCodec::load(kDir + QStringLiteral("litellm/proxy/example_config_yaml/azure_config_with_tpm.yaml"));
        QVERIFY(result.ok());
        for (const Deployment &d : result.config.deployments)
            QCOMPARE(d.tpm, std::optional<double>(80000)); // `tpm: 80_000`
    }

    void includedDeploymentsNameTheirFile()
    {
        const QString main = kDir + QStringLiteral("tests/proxy_unit_tests/example_config_yaml/config_with_multiple_includes.yaml");
        const ConfigLoadResult result = LiteLlmConfigCodec::load(main);
        QVERIFY2(result.ok(), qPrintable(errorLines(result.problems).join(u'\n')));
        QCOMPARE(result.config.includedFiles.size(), 2);
        QCOMPARE(result.config.deployments.size(), 2);
        QVERIFY(result.config.deployments.at(0).location.file.endsWith(QLatin1String("/models_file_1.yaml")));
        QVERIFY(result.config.deployments.at(1).location.file.endsWith(QLatin1String("/models_file_2.yaml")));
        QCOMPARE(result.config.deployments.at(1).indexInFile, 0);
        QCOMPARE(result.config.deployments.at(1).index, 1);
        QVERIFY(result.config.deployments.at(0).location.line > 0);
    }

    void weightEditGoesIntoTheFileThatHoldsTheDeployment()
    {
        QTemporaryDir dir;
        const QString from = kDir + QStringLiteral("tests/proxy_unit_tests/example_config_yaml/");
        for (const char *name : { "config_with_multiple_includes.yaml", "models_file_1.yaml", "models_file_2.yaml" })
            QVERIFY(QFile::copy(from + QLatin1String(name), dir.filePath(QLatin1String(name))));
        const QString main = dir.filePath(QStringLiteral("config_with_multiple_includes.yaml"));
        const ConfigLoadResult before = LiteLlmConfigCodec::load(main);
        QVERIFY(before.ok());
        const Deployment second = before.config.deployments.at(1);

        const ConfigFilesEditResult edit = ConfigFilesWriter::apply(before.config, { { second.id, 4 } });
        QVERIFY2(edit.ok(), qPrintable(errorLines(edit.problems).join(u'\n')));
        QCOMPARE(edit.files.size(), 1);
        QCOMPARE(edit.files.first().path, dir.filePath(QStringLiteral("models_file_2.yaml")));
        QCOMPARE(edit.changedIds(), QStringList { second.id });
        QVERIFY(edit.diff().contains(QLatin1String("+    weight: 4")) || edit.diff().contains(QLatin1String("weight: 4")));
        QCOMPARE(ConfigFilesWriter::write(edit), QString());

        const ConfigLoadResult after = LiteLlmConfigCodec::load(main);
        QVERIFY(after.ok());
        QCOMPARE(after.config.deployments.at(1).weight, std::optional<double>(4));
        QCOMPARE(after.config.deployments.at(0).weight, std::nullopt);
        QFile untouched(main);
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QFile original(from + QStringLiteral("config_with_multiple_includes.yaml"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), original.readAll());
    }

    void missingIncludeNamesThePath()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(
            kDir + QStringLiteral("tests/proxy_unit_tests/example_config_yaml/config_with_missing_include.yaml"));
        QVERIFY(!result.ok());
        QVERIFY2(errorLines(result.problems).join(u'\n').contains(QLatin1String("does not exist")),
                 qPrintable(errorLines(result.problems).join(u'\n')));
    }

    void duplicateKeyIsAWarningAndTheLastWins()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(
            kDir + QStringLiteral("tests/proxy_unit_tests/example_config_yaml/config_with_env_vars.yaml"));
        QVERIFY(result.ok());
        QStringList duplicates;
        for (const Problem &p : result.problems) {
            if (p.severity == Problem::Severity::Warning && p.message.contains(QLatin1String("more than once")))
                duplicates.append(QStringLiteral("%1: %2").arg(p.where.line).arg(p.message));
        }
        QCOMPARE(duplicates.size(), 1);
        QVERIFY2(duplicates.first().startsWith(QLatin1String("38: litellm_settings.success_callback is set more than once")),
                 qPrintable(duplicates.first()));
        const QVariantMap litellm = result.config.document.value(QStringLiteral("litellm_settings")).toMap();
        QCOMPARE(litellm.value(QStringLiteral("success_callback")).toList(), QVariantList { QStringLiteral("s3") });
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmReal)
#include "tst_litellmreal.moc"
