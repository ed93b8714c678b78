// SPDX-License-Identifier: GPL-3.0-or-later
#include "litellmconfigcodec.h"
#include "sharemath.h"

#include <QFile>
#include <QTest>

using namespace RouteDeck;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(ROUTEDECK_TEST_DATA "/configs/") + QString::fromLatin1(name);
}

// All problems as "line:column severity: message" lines, for readable comparisons.
QStringList problemLines(const Problems &problems, Problem::Severity minimum = Problem::Severity::Warning)
{
    QStringList lines;
    for (const Problem &p : problems) {
        if (int(p.severity) <= int(minimum))
            lines.append(QStringLiteral("%1:%2 %3: %4")
                             .arg(QString::number(p.where.line), QString::number(p.where.column), p.severityName(),
                                  p.message));
    }
    return lines;
}

QString sharesText(const RouterConfig &config, const QString &group)
{
    const QList<Deployment> members = config.deploymentsInGroup(group);
    const QHash<QString, double> shares = ShareMath::configuredShares(members);
    QStringList parts;
    for (const Deployment &d : members)
        parts.append(ShareMath::formatPercent(shares.value(d.id)));
    return parts.join(QLatin1Char('/'));
}
} // namespace

class TestConfigCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedSetup()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/examples/config.yaml"));
        QVERIFY2(result.ok(), qPrintable(problemLines(result.problems).join(u'\n')));
        QCOMPARE(problemLines(result.problems), QStringList());
        const RouterConfig &config = result.config;
        QCOMPARE(config.groupNames(), (QStringList { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o") }));
        QCOMPARE(config.deployments.size(), 5);
        const Deployment &primary = config.deployments.at(0);
        QCOMPARE(primary.id, QStringLiteral("azure-primary"));
        QVERIFY(!primary.idDerived);
        QCOMPARE(primary.provider, QStringLiteral("azure"));
        QCOMPARE(primary.model, QStringLiteral("azure/gpt-4o-mini-ptu"));
        QCOMPARE(primary.apiBase, QStringLiteral("https://primary.openai.azure.com"));
        QCOMPARE(primary.weight, std::optional<double>(8));
        QCOMPARE(primary.rpm, std::optional<double>(6000));
        QCOMPARE(primary.location.line, 5);
        QCOMPARE(sharesText(config, QStringLiteral("gpt-4o-mini")), QStringLiteral("72.7/18.2/9.1"));
        QCOMPARE(config.settings.effectiveNumRetries(), 3);
        QCOMPARE(config.settings.effectiveCooldown(), 30.0);
        QCOMPARE(config.settings.fallbacksFor(QStringLiteral("gpt-4o-mini")), QStringList { QStringLiteral("gpt-4o") });
        // Secrets stay in the full params for the simulator, never in the public ones.
        QCOMPARE(primary.litellmParams.value(QStringLiteral("api_key")).toString(),
                 QStringLiteral("os.environ/AZURE_PRIMARY_API_KEY"));
        QVERIFY(!primary.publicParams().contains(QStringLiteral("api_key")));
        QCOMPARE(primary.publicParams().value(QStringLiteral("weight")).toInt(), 8);
        // Unknown sections survive as plain values.
        QCOMPARE(config.document.value(QStringLiteral("litellm_settings")).toMap().value(QStringLiteral("callbacks")).toList(),
                 QVariantList { QStringLiteral("prometheus") });
    }

    void environmentReferencesAreNotesWithoutValues()
    {
        qputenv("AZURE_PRIMARY_API_KEY", "super-secret-value");
        const ConfigLoadResult result = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/examples/config.yaml"));
        const QStringList notes = problemLines(result.problems, Problem::Severity::Note);
        QVERIFY(notes.contains(QStringLiteral(
            "9:16 note: model_list[0].litellm_params.api_key is read from environment variable AZURE_PRIMARY_API_KEY by the router")));
        for (const Problem &p : result.problems)
            QVERIFY(!p.message.contains(QLatin1String("super-secret-value")));
    }

    void oldStyleRpmTpm()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(dataFile("oldstyle.yaml"));
        QVERIFY(result.ok());
        const RouterConfig &config = result.config;
        QCOMPARE(config.deployments.at(0).rpmLimit(), std::optional<double>(900));
        QCOMPARE(config.deployments.at(1).tpmLimit(), std::optional<double>(100000));
        QCOMPARE(config.deployments.at(1).provider, QStringLiteral("openai"));
        // Rate limits, but no weights: simple_shuffle reads rpm/tpm from litellm_params only
        // (litellm/router_strategy/simple_shuffle.py), so LiteLLM splits this group evenly.
        QCOMPARE(config.deployments.at(0).rpm, std::nullopt);
        QCOMPARE(ShareMath::weightSource(config.deployments), ShareMath::WeightSource::Uniform);
        QCOMPARE(sharesText(config, QStringLiteral("gpt-3.5-turbo")), QStringLiteral("50.0/50.0"));
        // No model_info: ids are derived, stable and different.
        QVERIFY(config.deployments.at(0).idDerived);
        QVERIFY(config.deployments.at(0).id.startsWith(QLatin1String("rd-")));
        QCOMPARE(config.deployments.at(0).id.size(), 15);
        QVERIFY(config.deployments.at(0).id != config.deployments.at(1).id);
        QCOMPARE(LiteLlmConfigCodec::load(dataFile("oldstyle.yaml")).config.deployments.at(0).id,
                 config.deployments.at(0).id);
    }

    void derivedIdsIgnoreSecretsAndDisambiguate()
    {
        const QByteArray a = "model_list:\n"
                             "  - model_name: m\n    litellm_params: {model: openai/x, api_key: one}\n"
                             "  - model_name: m\n    litellm_params: {model: openai/x, api_key: two}\n";
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(a);
        QVERIFY(result.ok());
        const QString first = result.config.deployments.at(0).id;
        QCOMPARE(result.config.deployments.at(1).id, first + QStringLiteral("-2"));
        QCOMPARE(first, LiteLlmConfigCodec::derivedId(QStringLiteral("m"),
                                                      { { QStringLiteral("model"), QStringLiteral("openai/x") } }));
    }

    void flowMapsAndOrderTiers()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(dataFile("flow.yaml"));
        QVERIFY(result.ok());
        QCOMPARE(result.config.deployments.size(), 3);
        QCOMPARE(result.config.deployments.at(2).order, std::optional<int>(2));
        QCOMPARE(sharesText(result.config, QStringLiteral("chat")), QStringLiteral("75.0/25.0/0.0"));
        QCOMPARE(result.config.settings.effectiveNumRetries(), 2);
        QCOMPARE(result.config.settings.effectiveCooldown(), 10.0);
    }

    void anchorsAndMergeKeys()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(dataFile("anchors.yaml"));
        QVERIFY2(result.ok(), qPrintable(problemLines(result.problems).join(u'\n')));
        const Deployment &ptu = result.config.deployments.at(0);
        QCOMPARE(ptu.id, QStringLiteral("eu-ptu"));
        QCOMPARE(ptu.apiBase, QStringLiteral("https://eu.openai.azure.com"));
        QCOMPARE(ptu.model, QStringLiteral("azure/mini-ptu"));
        QCOMPARE(ptu.litellmParams.value(QStringLiteral("api_version")).toString(), QStringLiteral("2024-08-01-preview"));
        QCOMPARE(sharesText(result.config, QStringLiteral("gpt-4o-mini")), QStringLiteral("80.0/20.0"));
    }

    void hostileValues()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(dataFile("hostile.yaml"));
        QVERIFY(!result.ok());
        const QStringList lines = problemLines(result.problems);
        const QStringList expected {
            QStringLiteral("3:46 error: weight of deployment 'dup' is -1; it must be 0 or more"),
            QStringLiteral("6:46 error: weight of deployment 'dup' is 'lots', which is not a number"),
            QStringLiteral("11:21 error: litellm_params.model is missing in model_list entry 4 ('missing-model')"),
            QStringLiteral("13:21 warning: routing_strategy 'random-pick' is not one LiteLLM knows (simple-shuffle, "
                           "least-busy, usage-based-routing, usage-based-routing-v2, latency-based-routing, "
                           "cost-based-routing); RouteDeck assumes simple-shuffle when computing shares"),
            QStringLiteral("5:5 error: deployment id 'dup' is used twice (first at line 2); ids must be unique"),
            QStringLiteral("8:5 error: every deployment of 'zero' has weight 0, so LiteLLM's weighted pick fails "
                           "every request of the group: it does not fall back to another field or to an even split"),
            QStringLiteral("15:5 error: fallbacks: 'gpt-4o-mini' falls back to 'gpt-5', which is not a model_name in "
                           "model_list"),
        };
        QCOMPARE(lines, expected);
    }

    void aliasBombIsRefused()
    {
        // 10 levels of 10 aliases stand for 10^10 values; PyYAML shares them, every walk over the tree
        // would not. Refused at the alias that goes over the limit (in a4, which stands for 111,111), before
        // any walk.
        const ConfigLoadResult result = LiteLlmConfigCodec::load(dataFile("alias-bomb.yaml"));
        QVERIFY(!result.ok());
        const QStringList lines = problemLines(result.problems);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("6:45 error: the aliases (*name) in this file stand for more than ")),
                 qPrintable(lines.first()));
        QVERIFY(lines.first().contains(QLatin1String("an alias bomb?")));
        QVERIFY(result.config.deployments.isEmpty());
    }

    void aliasInsideItsOwnValueIsRefused()
    {
        // An alias inside the value it names is a loop (PyYAML builds a recursive list): a walk over
        // `&a [*a, *a]` 256 levels deep visits 2^256 values. The config-codec fuzzer hung on such a file in CI
        // (with yaml-cpp); it is refused at once.
        const QByteArray text = "model_list: &a [*a, *a]\n";
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(text, QStringLiteral("loop.yaml"));
        QVERIFY(!result.ok());
        const QStringList lines = problemLines(result.problems);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("1:17 error: the aliases (*name) in this file stand for more than ")),
                 qPrintable(lines.first()));
    }

    void mergeKeysInEveryEntryAreNoBomb()
    {
        // 5,000 deployments each merging a 4-key anchor: the aliases stand for 20,000 more values than
        // written, well inside the limit.
        QByteArray text = "x-azure: &azure\n  api_base: https://eu.openai.azure.com\n  api_key: os.environ/K\n"
                          "  api_version: v1\n  timeout: 30\nmodel_list:\n";
        for (int i = 0; i < 5000; ++i)
            text += "  - model_name: g" + QByteArray::number(i % 50) + "\n    litellm_params: {<<: *azure, model: azure/m"
                + QByteArray::number(i) + ", weight: 1}\n";
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(text, QStringLiteral("config.yaml"));
        QVERIFY2(result.ok(), qPrintable(problemLines(result.problems).join(u'\n')));
        QCOMPARE(result.config.deployments.size(), 5000);
        QCOMPARE(result.config.deployments.last().apiBase, QStringLiteral("https://eu.openai.azure.com"));
    }

    void brokenInputs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // first problem, "line:column severity: message" prefix

        QFile broken(dataFile("broken.yaml"));
        QVERIFY(broken.open(QIODevice::ReadOnly));
        QTest::addRow("syntax error names the line") << broken.readAll() << QStringLiteral("6:15 error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 5, column 15)");
        // LiteLLM's loader (PyYAML's own scanner) stops at a tab between tokens; libyaml alone would take it.
        QTest::addRow("tab before a value") << QByteArray("model_list:\n  - model_name: a\n    litellm_params:\n      model: x\n      weight:\t8\n")
                                            << QStringLiteral("5:14 error: YAML syntax error: a tab where PyYAML");
        QTest::addRow("empty file") << QByteArray() << QStringLiteral("1:1 error: file is empty");
        QTest::addRow("only comments") << QByteArray("# nothing\n") << QStringLiteral("1:1 error: file is empty");
        QTest::addRow("binary garbage") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10)
                                        << QStringLiteral("1:8 error: file is binary, not YAML text (NUL byte at offset 7)");
        QTest::addRow("latin-1") << QByteArray("model_list:\n  - model_name: caf\xe9\n")
                                 << QStringLiteral("2:20 error: file is not valid UTF-8 text (byte 0xe9 at offset 31)");
        QTest::addRow("top level list") << QByteArray("- a\n- b\n") << QStringLiteral("1:1 error: top level must be a map");
        QTest::addRow("no model_list") << QByteArray("router_settings: {}\n") << QStringLiteral("1:1 error: model_list is missing");
        QTest::addRow("model_list scalar") << QByteArray("model_list: 3\n") << QStringLiteral("1:13 error: model_list must be a list");
        QTest::addRow("entry not a map") << QByteArray("model_list:\n  - hello\n")
                                         << QStringLiteral("2:5 error: model_list entry 1 must be a map");
        QTest::addRow("deep flow nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']'))
                                           << QStringLiteral("1:257 error: nesting deeper than 256 levels");
        QTest::addRow("NaN weight") << QByteArray("model_list:\n  - model_name: a\n    litellm_params: {model: x, weight: .nan}\n")
                                    << QStringLiteral("3:40 error: weight of deployment #1 of 'a' (x) is .nan; it must be a finite number");
        QTest::addRow("weight is a map") << QByteArray("model_list:\n  - model_name: a\n    litellm_params:\n      model: x\n      weight: {a: 1}\n")
                                         << QStringLiteral("5:15 error: weight of deployment #1 of 'a' (x) must be a number, not a map");
        QTest::addRow("fractional order") << QByteArray("model_list:\n  - model_name: a\n    litellm_params: {model: x, order: 1.5}\n")
                                          << QStringLiteral("3:39 error: order of deployment #1 of 'a' (x) is 1.5; it must be a whole number");
        QTest::addRow("bad num_retries") << QByteArray("model_list:\n  - model_name: a\n    litellm_params: {model: x}\nrouter_settings:\n  num_retries: -3\n")
                                         << QStringLiteral("5:16 error: router_settings.num_retries is '-3'");
    }

    void brokenInputs()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(text, QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        const QStringList lines = problemLines(result.problems);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.first().startsWith(expected), qPrintable(lines.join(u'\n')));
        QCOMPARE(result.problems.first().where.file, QStringLiteral("config.yaml"));
    }

    void quotedWeightIsReadButWarned()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(
            "model_list:\n  - model_name: a\n    litellm_params: {model: x, weight: \"8\"}\n");
        QVERIFY(result.ok());
        QCOMPARE(result.config.deployments.at(0).weight, std::optional<double>(8));
        QCOMPARE(problemLines(result.problems),
                 QStringList { QStringLiteral("3:40 warning: weight of deployment #1 of 'a' (x) is quoted (\"8\"); "
                                              "LiteLLM reads it as text, write it without quotes") });
    }

    void environmentWeightIsAWarning()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(
            "model_list:\n  - model_name: a\n    litellm_params: {model: x, weight: os.environ/W}\n");
        QVERIFY(result.ok());
        QVERIFY(!result.config.deployments.at(0).weight);
        QVERIFY(problemLines(result.problems).first().contains(QLatin1String("comes from environment variable W")));
    }

    void weightsOverrideInRouterSettings()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(
            "model_list:\n"
            "  - {model_name: a, litellm_params: {model: x, weight: 1}, model_info: {id: one}}\n"
            "  - {model_name: a, litellm_params: {model: y, weight: 1}, model_info: {id: two}}\n"
            "router_settings:\n  weights: {a: {one: 3, nope: 2}}\n");
        QCOMPARE(result.config.deployments.at(0).weight, std::optional<double>(3));
        QCOMPARE(problemLines(result.problems),
                 QStringList { QStringLiteral("5:25 error: router_settings.weights names deployment 'nope' in 'a', which does not exist") });
    }

    void numRetriesFromLitellmSettings()
    {
        const QByteArray base = "model_list:\n  - {model_name: a, litellm_params: {model: x}}\nlitellm_settings:\n  num_retries: 2\n";
        QCOMPARE(LiteLlmConfigCodec::parse(base).config.settings.effectiveNumRetries(), 2);
        const ConfigLoadResult both = LiteLlmConfigCodec::parse(base + "router_settings:\n  num_retries: 5\n");
        QCOMPARE(both.config.settings.effectiveNumRetries(), 5);
        const ConfigLoadResult bad = LiteLlmConfigCodec::parse(
            "model_list:\n  - {model_name: a, litellm_params: {model: x}}\nlitellm_settings:\n  num_retries: many\n");
        QCOMPARE(problemLines(bad.problems),
                 QStringList { QStringLiteral("4:16 error: litellm_settings.num_retries is 'many'; it must be a whole number from 0 to 1000") });
    }

    void tenMegabyteFile()
    {
        QByteArray text = "model_list:\n";
        int n = 0;
        while (text.size() < 10 * 1024 * 1024) {
            text += "  - model_name: group-" + QByteArray::number(n % 500) + "\n    litellm_params:\n      model: azure/d"
                + QByteArray::number(n) + "\n      api_base: https://example-" + QByteArray::number(n)
                + ".openai.azure.com\n      weight: " + QByteArray::number(n % 7 + 1) + "\n    model_info:\n      id: d"
                + QByteArray::number(n) + "\n      description: \"" + QByteArray(40, 'x') + "\"\n";
            ++n;
        }
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(text);
        QVERIFY(result.ok());
        QCOMPARE(result.config.deployments.size(), n);
        QCOMPARE(result.config.groupNames().size(), 500);
    }

    void oversizedFileIsRefused()
    {
        const QByteArray text(LiteLlmConfigCodec::kMaxFileBytes + 1, '#');
        const ConfigLoadResult result = LiteLlmConfigCodec::parse(text, QStringLiteral("big.yaml"));
        QCOMPARE(problemLines(result.problems),
                 QStringList { QStringLiteral("0:0 error: file is 64.0 MiB, larger than the 64 MiB RouteDeck reads") });
    }

    void missingFile()
    {
        const ConfigLoadResult result = LiteLlmConfigCodec::load(QStringLiteral("/nonexistent/config.yaml"));
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.first().toString(),
                 QStringLiteral("/nonexistent/config.yaml: error: cannot open file: No such file or directory"));
    }
};

QTEST_GUILESS_MAIN(TestConfigCodec)
#include "tst_configcodec.moc"
